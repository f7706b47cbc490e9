# followup-agent in a container: the daemon, as a non-root user, with config and state
# on volumes.
#
#   docker build -t followup-agent .
#   docker run --rm -v "$PWD/config.yaml:/config/config.yaml:ro" followup-agent followup-agent doctor
#   docker run -d --name followup-agent --restart on-failure \
#       -v "$PWD/config.yaml:/config/config.yaml:ro" -v followup-state:/data \
#       -e FOLLOWUP_IMAP_PASSWORD followup-agent
#   docker logs -f followup-agent
#
# In config.yaml, keep store.path and any token/credentials files under /data (or leave
# store.path unset: the default is /data/followup-agent/state.db here). A Maildir mounts
# like any other volume, e.g. -v "$HOME/Mail:/mail" with mailbox.maildir.path: /mail.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY agent ./agent
RUN pip install . && rm -rf /src

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin agent \
    && mkdir -p /config /data \
    && chown agent:agent /config /data

USER agent
WORKDIR /home/agent
# --config defaults to this file; the default state (store.path) lands in /data.
ENV FOLLOWUP_AGENT_CONFIG=/config/config.yaml \
    XDG_DATA_HOME=/data
VOLUME ["/data"]

# SIGTERM (docker stop) lets the current scan finish; allow it with `docker stop -t 120`.
STOPSIGNAL SIGTERM
CMD ["followup-agent", "run"]
