"The installed package: imports, version, and no module without its notebook."
import configparser, importlib, json, re
from pathlib import Path
import vlnb
from vlnb._modidx import d as modidx

ROOT = Path(__file__).resolve().parents[1]

def _cfg(): 
    c = configparser.ConfigParser(); c.read(ROOT/'settings.ini'); return c['DEFAULT']

def test_version_matches_settings():
    assert vlnb.__version__ == _cfg()['version']

def _exported_modules():
    "module names declared by `#| default_exp` in the library notebooks"
    mods = {}
    for nb in sorted((ROOT/'nbs').glob('*.ipynb')):
        for cell in json.loads(nb.read_text())['cells']:
            m = re.search(r'^#\|\s*default_exp\s+(\S+)', ''.join(cell['source']), re.M)
            if m: mods[m.group(1).replace('.__init__', '')] = nb.name
    return mods

def test_every_module_has_its_notebook():
    declared = {f'vlnb.{m}' for m in _exported_modules()}
    on_disk = {'vlnb.' + str(p.relative_to(ROOT/'vlnb').with_suffix('')).replace('/', '.').replace('.__init__', '')
               for p in (ROOT/'vlnb').rglob('*.py') if p.name not in ('_modidx.py',) and p != ROOT/'vlnb'/'__init__.py'}
    stale = on_disk - declared
    assert not stale, f"modules without a notebook (delete them or restore the notebook): {sorted(stale)}"
    listed = set(modidx['syms'])
    assert listed <= declared, f"_modidx lists stale modules: {sorted(listed - declared)}"

def test_every_module_imports():
    for m in _exported_modules(): importlib.import_module(f'vlnb.{m}')
