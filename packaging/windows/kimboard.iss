; Inno Setup 6 script: per-user installer for kimboard on Windows.
;
; Installs the PyInstaller one-folder build (dist\kimboard\, see packaging/pyinstaller/kimboard.spec)
; into the user's profile without administrator rights, adds a start-menu entry and registers the
; .kimb bundle type for the current user. The uninstaller removes the program files and these
; registry entries only; the user's data (%LOCALAPPDATA%\kimboard: database and backups) and the
; settings (HKCU\Software\kimboard\kimboard) stay. See docs/it-deployment.md.
;
; Build (from the repository root, after the PyInstaller build):
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\kimboard.iss
; Output: dist\kimboard-<AppVersion>-setup.exe
; The CI workflow .github/workflows/windows.yml passes AppVersion from kimboard/__init__.py.
;
; This file is UTF-8 with a byte order mark (older Inno Setup 6 releases need the BOM for umlauts).

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is required (x64compatible architecture identifier).
#endif

#ifndef AppVersion
  ; A local build without /DAppVersion=...: clearly marked, never mistaken for a release.
  #define AppVersion "0.0.0-dev"
#endif

#define AppName "kimboard"
#define AppExeName "kimboard.exe"
#define AppCliExeName "kimboard-cli.exe"
#define BundleExt ".kimb"
#define BundleProgID "kimboard.Bundle"
#define BundleMimeType "application/vnd.kimboard.bundle+zip"
#define RepoRoot AddBackslash(SourcePath) + "..\.."

#ifndef DistDir
  #define DistDir RepoRoot + "\dist\kimboard"
#endif

#if !FileExists(DistDir + "\" + AppExeName) || !FileExists(DistDir + "\" + AppCliExeName)
  #error dist\kimboard\ must contain kimboard.exe and kimboard-cli.exe: run the PyInstaller build first (packaging/pyinstaller/kimboard.spec).
#endif

[Setup]
; Never change the AppId: it identifies the installation for updates and the uninstaller.
AppId={{8038AEC2-E9D9-47EF-B3B8-7A99D7A9ACB3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kimboard contributors
AppCopyright=2026 kimboard contributors, EUPL-1.2
AppPublisherURL=https://codeberg.org/kimboard/kimboard
AppSupportURL=https://codeberg.org/kimboard/kimboard
AppUpdatesURL=https://codeberg.org/kimboard/kimboard
; Per user, no UAC prompt, no override to an all-users install.
PrivilegesRequired=lowest
; {autopf} is {userpf} in non administrative install mode: %LOCALAPPDATA%\Programs\kimboard.
; It must never be %LOCALAPPDATA%\kimboard, which holds the user's data.
DefaultDirName={autopf}\{#AppName}
DisableDirPage=yes
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
LicenseFile={#RepoRoot}\LICENSE
; Explorer refreshes its icons and file types after install and uninstall.
ChangesAssociations=yes
; A running kimboard is detected with the Restart Manager and closed before its files are replaced
; (asked in the wizard, automatic in silent mode). kimboard writes every change at once, so closing
; it loses nothing. It is not restarted afterwards.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
OutputDir={#RepoRoot}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
#if FileExists(RepoRoot + "\resources\icons\kimboard.ico")
SetupIconFile={#RepoRoot}\resources\icons\kimboard.ico
#endif
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; German unless Windows runs in English; other UI languages get German, the first entry below.
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage
; A log in %TEMP% (Setup Log YYYY-MM-DD #NNN.txt) for the IT department.
SetupLogging=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AppComment=Kanban, Scrum und Retrospektiven für Ausländerbehörden
en.AppComment=Kanban, Scrum and retrospectives for immigration offices
de.BundleTypeName=kimboard-Paket
en.BundleTypeName=kimboard bundle

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Updating: remove the previous version's libraries first, so no stale Qt plugin or module of an
; older build stays beside the new one. Only the program folder; never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The .kimb file type for the current user (HKCU\Software\Classes; no administrator rights).
; Under .kimb only our values are removed on uninstall (the key only if nothing else is left in it);
; the ProgID kimboard.Bundle belongs to kimboard alone and is removed completely.
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgID}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#BundleMimeType}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgID}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#BundleProgID}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleTypeName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#BundleProgID}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
; Double-click runs: "<app>\kimboard.exe" "<file>.kimb", which opens the import preview.
Root: HKCU; Subkey: "Software\Classes\{#BundleProgID}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; "Open with" lists kimboard for .kimb files.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#BundleExt}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes exactly the files and registry
; entries listed above. %LOCALAPPDATA%\kimboard (database kimboard.sqlite3 and backups\) and the
; settings under HKCU\Software\kimboard\kimboard remain; docs/it-deployment.md says how to remove them.
