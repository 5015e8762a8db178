"""Runs many AWS CLI v2 commands in one Python process, the way /usr/bin/aws runs one.

Debian's /usr/bin/aws is `awscli.clidriver.main()`; this calls the same entry point (a fresh driver and session
per command) so a suite of dozens of commands costs one interpreter start instead of dozens. Reads a JSON list of
{"name", "argv", "env"} from stdin; "{other.Path.To.Field}" in an argument is replaced by that field of an earlier
command's JSON output. Prints a JSON list of {"name", "rc", "stdout", "stderr"}: exactly what the CLI printed.
"""
import contextlib
import io
import json
import os
import re
import sys

import awscli.clidriver

commands = json.load(sys.stdin)
outputs = {}
results = []
base_env = dict(os.environ)


def field(match):
    name, *path = match.group(1).split(".")
    value = outputs.get(name)
    try:
        for key in path:
            value = value[int(key)] if isinstance(value, list) else value[key]
    except (KeyError, IndexError, TypeError, ValueError):
        return match.group(0)  # left as written: the earlier command failed, and so will this one, visibly
    return str(value)


for command in commands:
    argv = [re.sub(r"\{([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_]+)+)\}", field, arg) for arg in command["argv"]]
    os.environ.clear()
    os.environ.update(base_env)
    for key, value in command.get("env", {}).items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            rc = awscli.clidriver.AWSCLIEntryPoint().main(argv)
        except SystemExit as exit_:
            rc = exit_.code
    text = stdout.getvalue()
    try:
        outputs[command["name"]] = json.loads(text)
    except ValueError:
        outputs[command["name"]] = text
    results.append({"name": command["name"], "argv": argv, "rc": rc, "stdout": text, "stderr": stderr.getvalue()})

os.environ.clear()
os.environ.update(base_env)
sys.stdout.write(json.dumps(results))
