#!/usr/bin/env python3
"""Prints the include graph of the core modules (app/core/<module>) and fails when it has a cycle, when a module
includes one it does not link (the DEPS of its ccm_add_module() in CMake), or when the core includes widgets.
The build enforces the same (each module sees only the include roots of what it links); this makes the graph
visible and catches a CMake change that would open a circle."""
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'app', 'core')
modules = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
include = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]')
edges = {m: set() for m in modules}
problems = []
for module in modules:
    for folder, _, files in os.walk(os.path.join(root, module)):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, errors='replace') as source:
                for line in source:
                    match = include.match(line)
                    if not match:
                        continue
                    target = match.group(1)
                    head = target.split('/')[0]
                    if head in modules and head != module:
                        edges[module].add(head)
                    if head in ('QtWidgets', 'QtGui') or target.startswith(('QWidget', 'QApplication', 'QDialog')):
                        problems.append(f'{os.path.relpath(path, root)} includes {target}: the core knows no widgets')

allowed = {}
declare = re.compile(r'ccm_add_module\(\s*(\w+)(.*?)\)', re.S)
for module in modules + ['.']:
    cmake = os.path.join(root, module, 'CMakeLists.txt') if module != '.' else os.path.join(root, 'CMakeLists.txt')
    if not os.path.exists(cmake):
        continue
    for name, body in declare.findall(open(cmake).read()):
        deps = re.search(r'DEPS\s+([\w\s]+?)(?:\s+(?:LIBS|PRIVATE_LIBS|SOURCES)\b|$)', body)
        allowed[name] = set(deps.group(1).split()) if deps else set()

for module in modules:
    if module not in allowed:
        problems.append(f'{module}: no ccm_add_module({module} ...) in its CMakeLists.txt')
        continue
    for target in sorted(edges[module] - allowed[module]):
        problems.append(f'{module} includes {target}, which it does not link (DEPS: {" ".join(sorted(allowed[module]))})')


def cycle_from(start):
    stack = [(start, [start])]
    while stack:
        node, path = stack.pop()
        for nxt in edges[node]:
            if nxt == start:
                return path + [start]
            if nxt not in path:
                stack.append((nxt, path + [nxt]))
    return None


for module in modules:
    found = cycle_from(module)
    if found:
        problems.append('cycle: ' + ' -> '.join(found))
        break

print('Core include graph (module -> modules it includes):')
for module in modules:
    print(f'  {module:12} -> {", ".join(sorted(edges[module])) or "(nothing)"}')
if problems:
    print('\nProblems:')
    for problem in problems:
        print('  ' + problem)
    sys.exit(1)
print('No cycle; every include follows the layers.')
