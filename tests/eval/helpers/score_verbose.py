#!/usr/bin/env python3
"""Run score.py's main --verbose on pairs of files; print, for each pair, {"result": ..., "verbose": {label: value}}.

Usage: score_verbose.py SCORE_PY < [[gold, graph], ...] (JSON on stdin); prints a JSON list.
Used by the eval tests to compare the TypeScript port with score.py (one Python start for many pairs).
"""
import ast, contextlib, importlib.util, io, json, sys

spec = importlib.util.spec_from_file_location('score', sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def run(gold, graph):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        score.main([gold, graph, '--verbose'])
    lines = buf.getvalue().splitlines()
    verbose = {}
    for line in lines[:-1]:
        label, _, rest = line.partition(': ')
        verbose[label] = ast.literal_eval(rest)
    return {'result': json.loads(lines[-1]), 'verbose': verbose}


print(json.dumps([run(gold, graph) for gold, graph in json.load(sys.stdin)]))
