"""Run-time hook of kimboard's build, in place of PyInstaller's hook for PySide6 on Linux.

PyInstaller's hook imports PySide6.QtCore at every start to check for an embedded qt.conf —
also in ``kimboard-cli``, which never uses Qt (about 80 ms of every command). Qt 6 from the
PySide6 wheels on Linux is relocatable (it finds its plugins and translations relative to
libQt6Core), so only the plugin folder is set here, exactly as PyInstaller's hook sets it.
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
