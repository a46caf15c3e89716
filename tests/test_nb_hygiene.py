"Notebook hygiene: papermill notebooks are parameterised correctly; library notebooks follow the anatomy."
import json, re
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
REPRO = sorted((ROOT/'nbs').glob('repro_*.ipynb'))
LIB = [p for p in sorted((ROOT/'nbs').glob('[0-9]*.ipynb'))]

def _nb(p): return json.loads(p.read_text())
def _src(c): return ''.join(c['source'])

@pytest.mark.parametrize('nb', REPRO, ids=lambda p: p.name)
def test_repro_has_one_parameters_cell(nb):
    d = _nb(nb)
    tagged = [c for c in d['cells'] if 'parameters' in c.get('metadata', {}).get('tags', [])]
    assert len(tagged) == 1, f"{nb.name}: expected exactly one cell tagged 'parameters', found {len(tagged)}"
    assert tagged[0]['cell_type'] == 'code'
    assert d['metadata']['kernelspec']['name'] == 'python3'

@pytest.mark.parametrize('nb', REPRO, ids=lambda p: p.name)
def test_repro_is_glue_only(nb):
    "papermill ignores nbdev directives, so repro notebooks must not rely on them; nbdev_test skips them."
    d = _nb(nb)
    srcs = [_src(c) for c in d['cells'] if c['cell_type'] == 'code']
    assert not any(re.search(r'^#\|\s*(eval|gpu|slow|export)', s, re.M) for s in srcs)
    assert not any('nbdev_export(' in s for s in srcs)
    assert 'skip_exec: true' in _src(d['cells'][0])

@pytest.mark.parametrize('nb', LIB, ids=lambda p: p.name)
def test_library_notebook_anatomy(nb):
    d = _nb(nb)
    first = _src(d['cells'][0])
    assert first.startswith('# ') and '\n> ' in '\n' + first, f"{nb.name}: first cell must be '# Title' + '> summary'"
    exps = [s for s in map(_src, d['cells']) if re.search(r'^#\|\s*default_exp', s, re.M)]
    assert len(exps) == 1, f"{nb.name}: expected one default_exp"
    assert d['metadata']['kernelspec']['name'] == 'python3'
