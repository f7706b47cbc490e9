"""The local review page (``followup-agent review``): board, applications, drafts, corrections."""
