#!/usr/bin/env python3
"""Bytes per page type of a built site (median and total), file count and the largest file:
`python3 scripts/bench/output-sizes.py _site` (issue 14, smaller output)."""
import os, sys, re, statistics
root = sys.argv[1]
cats = {}
def cat(rel):
    if rel.startswith('people/') and rel.endswith('.html'): return 'person'
    if re.match(r'^\d{4}/(q\d/|\d\d/)?departments/', rel): 
        return 'dept-dash month' if re.match(r'^\d{4}/\d\d/', rel) else ('dept-dash quarter' if '/q' in rel else 'dept-dash year')
    if rel.startswith('departments/'): return 'dept latest/index'
    if re.match(r'^\d{4}/', rel) and rel.endswith('.html'): return 'period page'
    if rel.startswith('leaderboards/'): return 'leaderboard'
    if rel.startswith('alerts/'): return 'alerts'
    if rel.startswith('downloads/'): return 'downloads ' + rel.rsplit('.',1)[-1]
    if rel.startswith('data/'): return 'data'
    if rel.startswith('assets/search') or rel.startswith('search/'): return 'search'
    if rel.startswith('assets/'): return 'assets'
    if rel.startswith('policies/'): return 'policies'
    return 'other'
allsizes=[]; largest=(0,'')
for d,_,fs in os.walk(root):
    for f in fs:
        p=os.path.join(d,f); rel=os.path.relpath(p,root); s=os.path.getsize(p)
        cats.setdefault(cat(rel),[]).append(s); allsizes.append(s)
        if s>largest[0]: largest=(s,rel)
pages=sum(len(v) for k,v in cats.items() if k not in ('data','assets','search') and not k.startswith('downloads'))
print(f"{'type':22} {'files':>7} {'median B':>9} {'total MB':>9}")
for k in sorted(cats):
    v=cats[k]; print(f"{k:22} {len(v):7} {int(statistics.median(v)):9} {sum(v)/1e6:9.2f}")
html=sum(1 for d,_,fs in os.walk(root) for f in fs if f.endswith('.html'))
print(f"TOTAL files {len(allsizes)} html {html} bytes {sum(allsizes)/1e6:.2f} MB; largest {largest[1]} {largest[0]/1e6:.2f} MB")
