#!/usr/bin/env python3
"""Evaluate score.py helpers on JSON input for the eval tests.

Usage: py_eval.py SCORE_PY MODE < input.json, MODE one of:
  norm      input: list of strings         -> list of norm(s)
  round3    input: list of [a, b]          -> list of round(a / b, 3)
  repr      input: list of strings         -> list of repr(s)
  floatrepr input: list of numbers         -> list of repr(float(x))
  sort      input: list of strings         -> sorted list
  yamlstr   input: list of YAML texts      -> list of str(yaml.safe_load(t)) or "ERROR"
  goldview  input: list of paths           -> score.py's reading of each gold file (keys, names, relations)
  graphml   input: list of paths           -> for each, {"nodes": [[id, [[k, v], ...]], ...], "edges": [[s, t, [[k, v], ...]], ...]}
"""
import importlib.util, json, sys

spec = importlib.util.spec_from_file_location('score', sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
mode, data = sys.argv[2], json.load(sys.stdin)


def yaml_str(text):
    import yaml
    try:
        return str(yaml.safe_load(text))
    except Exception:
        return 'ERROR'


def gold_view(path):
    import yaml
    gold = json.load(open(path)) if path.endswith('.json') else yaml.safe_load(open(path))
    return {'entities': [[str(g), str(e.get('type', '')), [str(n) for n in [e['name']] + (e.get('aliases') or [])],
                         bool(e.get('optional'))] for g, e in gold['entities'].items()],
           'relations': [[[str(x) for x in score.as_list(r['s'])], str(r['p']), [str(x) for x in score.as_list(r['o'])],
                          [str(a) for a in r.get('a', [])], bool(r.get('optional'))] for r in gold['relations']]}


def graphml_view(path):
    nodes, edges = score.load_graphml(path)
    return {'nodes': [[k, list(v.items())] for k, v in nodes.items()],
            'edges': [[s, t, list(a.items())] for s, t, a in edges]}


MODES = {
    'norm': lambda data: [score.norm(s) for s in data],
    'round3': lambda data: [round(a / b, 3) for a, b in data],
    'repr': lambda data: [repr(s) for s in data],
    'floatrepr': lambda data: [repr(float(x)) for x in data],
    'sort': lambda data: sorted(data),
    'yamlstr': lambda data: [yaml_str(t) for t in data],
    'goldview': lambda data: [gold_view(p) for p in data],
    'graphml': lambda data: [graphml_view(p) for p in data],
}
if mode not in MODES:
    sys.exit('unknown mode ' + mode)
print(json.dumps(MODES[mode](data)))
