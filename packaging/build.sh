#!/usr/bin/env bash
# Build kimboard's one-folder PyInstaller bundle: dist/kimboard/ with the executables
# kimboard (GUI) and kimboard-cli (command line); build/pyinstaller/ is the work folder.
#
#   packaging/build.sh                # with .venv/bin/python, or $PYTHON
#   PYTHON=python3 packaging/build.sh
#
# Needs PyInstaller in that Python: pip install -e '.[build]'. Works on Linux and, through Git
# Bash, on Windows (the Windows workflow runs the same pyinstaller command). Then check the
# result: python packaging/smoke_test.py dist/kimboard
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x .venv/bin/python ]]; then
    PYTHON=.venv/bin/python
  elif [[ -x .venv/Scripts/python.exe ]]; then
    PYTHON=.venv/Scripts/python.exe
  else
    PYTHON=python3
  fi
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: PyInstaller is missing in $PYTHON; install it with: $PYTHON -m pip install -e '.[build]'" >&2
  exit 1
fi

start=$(date +%s)
# --clean: no stale cache from an earlier build (a removed module or data file stays out).
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/kimboard.spec
end=$(date +%s)

dist=dist/kimboard
for exe in kimboard kimboard-cli; do
  if [[ ! -f "$dist/$exe" && ! -f "$dist/$exe.exe" ]]; then
    echo "build.sh: $dist/$exe is missing after the build" >&2
    exit 1
  fi
done
# Linux: the desktop integration travels with the folder (dist/kimboard/install.sh installs the
# desktop entry, icons, metainfo and the .kimb type for the user; --uninstall removes them).
if [[ "$(uname -s)" == Linux ]]; then
  cp packaging/linux/install.sh packaging/linux/de.kimboard.Kimboard.desktop \
     packaging/linux/de.kimboard.Kimboard.metainfo.xml packaging/linux/de.kimboard.Kimboard.xml "$dist/"
fi
size=$(du -sh "$dist" | cut -f1)
files=$(find "$dist" -type f | wc -l | tr -d ' ')
echo "build.sh: built $dist in $((end - start)) s: $size, $files files"
