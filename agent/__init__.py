"""followup-agent: recognises hiring-process mail and saves follow-up drafts for review."""

__version__ = "0.1.0"
