#!/usr/bin/env bash
# Per-user desktop integration for kimboard on Linux: menu entry, icons, the .kimb file type
# and the AppStream metadata, installed below ~/.local/share (or $XDG_DATA_HOME).
#
#   install.sh [--from DIR | --exec PATH] [--data-home DIR]   install (or update)
#   install.sh --uninstall [--data-home DIR]                  remove exactly those files
#
# --from DIR     a PyInstaller folder (dist/kimboard) holding the program "kimboard"
# --exec PATH    the kimboard program to start (e.g. .venv/bin/kimboard of a pip install)
# Without either: a "kimboard" next to this script, else the one on PATH.
# The desktop entry gets the program's absolute path, so it works without PATH changes.
#
# The uninstall removes only the files listed in installed_files below and never touches the
# user's data (the database and backups in ~/.local/share/kimboard).
set -euo pipefail

APP_ID="de.kimboard.Kimboard"
ICON_SIZES=(16 24 32 48 64 128 256 512)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

die() {
  echo "install.sh: $*" >&2
  exit 1
}

mode=install
from=""
exe=""
data_home="${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}"
data_home_arg=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --from) [[ $# -ge 2 ]] || die "--from needs a folder"; from="$2"; shift 2 ;;
    --exec) [[ $# -ge 2 ]] || die "--exec needs a program"; exe="$2"; shift 2 ;;
    --data-home) [[ $# -ge 2 ]] || die "--data-home needs a folder"; data_home="$2"; data_home_arg="$2"; shift 2 ;;
    --uninstall) mode=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[[ -n "$from" && -n "$exe" ]] && die "give either --from or --exec, not both"
mkdir -p "$data_home"
data_home="$(cd "$data_home" && pwd)"

# Every file this script installs, relative to the data home. The uninstall removes these.
installed_files() {
  echo "applications/$APP_ID.desktop"
  echo "metainfo/$APP_ID.metainfo.xml"
  echo "mime/packages/$APP_ID.xml"
  for n in "${ICON_SIZES[@]}"; do
    echo "icons/hicolor/${n}x${n}/apps/$APP_ID.png"
  done
  echo "icons/hicolor/scalable/apps/$APP_ID.svg"
}

# Refresh the caches of menus, file types and icons, where the tools exist.
refresh_caches() {
  if command -v update-mime-database >/dev/null && [[ -d "$data_home/mime/packages" ]]; then
    update-mime-database "$data_home/mime" >/dev/null 2>&1 || echo "update-mime-database failed" >&2
  fi
  if command -v update-desktop-database >/dev/null && [[ -d "$data_home/applications" ]]; then
    update-desktop-database -q "$data_home/applications" || echo "update-desktop-database failed" >&2
  fi
  if command -v gtk-update-icon-cache >/dev/null && [[ -d "$data_home/icons/hicolor" ]]; then
    gtk-update-icon-cache -q -f -t "$data_home/icons/hicolor" || echo "gtk-update-icon-cache failed" >&2
  fi
}

if [[ "$mode" == uninstall ]]; then
  removed=0
  while IFS= read -r rel; do
    if [[ -e "$data_home/$rel" || -L "$data_home/$rel" ]]; then
      rm -f -- "$data_home/$rel"
      removed=$((removed + 1))
    fi
  done < <(installed_files)
  refresh_caches
  echo "kimboard: $removed files removed from $data_home (your data is untouched)"
  exit 0
fi

# --- install --------------------------------------------------------------------------------

# The program to start.
if [[ -n "$from" ]]; then
  [[ -d "$from" ]] || die "no such folder: $from"
  exe="$from/kimboard"
  [[ -x "$exe" ]] || die "$from is not a kimboard build folder (no executable kimboard in it)"
elif [[ -z "$exe" ]]; then
  if [[ -x "$here/kimboard" && ! -d "$here/kimboard" ]]; then
    exe="$here/kimboard"
    from="$here"
  else
    exe="$(command -v kimboard || true)"
    [[ -n "$exe" ]] || die "kimboard not found: give --from DIR or --exec PATH"
  fi
fi
[[ -f "$exe" && -x "$exe" ]] || die "not an executable program: $exe"
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
case "$exe" in
  *[\"\`\$\\%]*|*$'\n'*) die "the program path must not contain \" \` \$ \\ % or a line break: $exe" ;;
esac

# The icons: a PyInstaller folder, this repository, or the installed Python package.
icons=""
candidates=()
if [[ -n "$from" ]]; then
  candidates+=("$from/_internal/kimboard/resources/icons/hicolor" "$from/kimboard/resources/icons/hicolor")
fi
candidates+=("$here/icons/hicolor" "$here/../../resources/icons/hicolor")
for dir in "${candidates[@]}"; do
  if [[ -f "$dir/scalable/apps/$APP_ID.svg" ]]; then icons="$(cd "$dir" && pwd)"; break; fi
done
if [[ -z "$icons" ]]; then
  # A pip-installed kimboard: its script's interpreter knows where the package lies.
  shebang="$(head -n 1 "$exe" 2>/dev/null | tr -d '\0' || true)"
  if [[ "$shebang" == '#!'* ]]; then
    python="${shebang#\#!}"
    python="${python%% *}"
    if [[ -x "$python" ]]; then
      resources="$("$python" -c 'from kimboard.resources import RESOURCES_DIR; print(RESOURCES_DIR)' 2>/dev/null || true)"
      if [[ -n "$resources" && -f "$resources/icons/hicolor/scalable/apps/$APP_ID.svg" ]]; then
        icons="$resources/icons/hicolor"
      fi
    fi
  fi
fi
[[ -n "$icons" ]] || die "the icons (hicolor/scalable/apps/$APP_ID.svg) were not found"

for f in "$APP_ID.desktop" "$APP_ID.metainfo.xml" "$APP_ID.xml"; do
  [[ -f "$here/$f" ]] || die "missing next to this script: $f"
done

# The desktop entry, with the program's absolute path (quoted: the path may hold spaces).
mkdir -p "$data_home/applications"
desktop_tmp="$data_home/applications/.$APP_ID.desktop.tmp"
while IFS= read -r line || [[ -n "$line" ]]; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%f\n' "$exe" ;;
    TryExec=*) printf 'TryExec=%s\n' "$exe" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/$APP_ID.desktop" > "$desktop_tmp"
chmod 644 "$desktop_tmp"
mv -f "$desktop_tmp" "$data_home/applications/$APP_ID.desktop"

install -D -m 644 "$here/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$here/$APP_ID.xml" "$data_home/mime/packages/$APP_ID.xml"
for n in "${ICON_SIZES[@]}"; do
  src="$icons/${n}x${n}/apps/$APP_ID.png"
  if [[ -f "$src" ]]; then
    install -D -m 644 "$src" "$data_home/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
  fi
done
install -D -m 644 "$icons/scalable/apps/$APP_ID.svg" "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"

refresh_caches
echo "kimboard: installed for this user in $data_home (program: $exe)"
uninstall_cmd="$(printf '%q --uninstall' "$0")"
[[ -n "$data_home_arg" ]] && uninstall_cmd+="$(printf ' --data-home %q' "$data_home_arg")"
echo "Remove it again with: $uninstall_cmd"
