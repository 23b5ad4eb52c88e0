"""System tests with real parts: an OpenSSH server, tmux, an offline venv."""
