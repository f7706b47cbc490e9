"""CLI commands, one module per area; each module has ``register(app)``.

Commands import the pipeline, the mailbox backends, the understanding step and the review
page inside the command that uses them, on purpose: ``import agent.pipeline`` alone takes
about a second, and ``--help``, ``config check`` or ``drafts`` should not pay for it.
"""
