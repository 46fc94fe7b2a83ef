"""The one exception type that the command line turns into a one-line message."""


class TimelineError(Exception):
    """A problem with the user's input or environment, worded for the user."""
