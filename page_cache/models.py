# No models: this module only makes Django send the app its own post_migrate signal (apps.py).
