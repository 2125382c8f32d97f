<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über kimboard</source>
        <translation>About kimboard</translation>
    </message>
    <message>
        <source>Informationen zu kimboard</source>
        <translation>Information about kimboard</translation>
    </message>
    <message>
        <source>Ü&amp;ber</source>
        <translation>A&amp;bout</translation>
    </message>
    <message>
        <source>&amp;Lizenz</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>&amp;Drittanbieter</source>
        <translation>&amp;Third parties</translation>
    </message>
    <message>
        <source>&amp;Qt</source>
        <translation>&amp;Qt</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Logo von kimboard</source>
        <translation>kimboard logo</translation>
    </message>
    <message>
        <source>Kanban, Scrum und Retrospektiven für Ausländerbehörden und das KIM-Netzwerk – offline, ohne Server und ohne Konto.</source>
        <translation>Kanban, Scrum and retrospectives for immigration offices and the KIM network – offline, without a server and without an account.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>{license} (&lt;a href=&quot;#license&quot;&gt;European Union Public Licence v. 1.2&lt;/a&gt;)</source>
        <translation>{license} (&lt;a href=&quot;#license&quot;&gt;European Union Public Licence v. 1.2&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>© {year} die Mitwirkenden an kimboard</source>
        <translation>© {year} the kimboard contributors</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Lizenz:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Urheberrecht:</source>
        <translation>Copyright:</translation>
    </message>
    <message>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Datenbank:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Laufzeitumgebung</source>
        <translation>Runtime environment</translation>
    </message>
    <message>
        <source>Laufzeit:</source>
        <translation>Runtime:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Versionsangaben &amp;kopieren</source>
        <translation>&amp;Copy version details</translation>
    </message>
    <message>
        <source>Kopiert Version, Laufzeit und Datenbankpfad in die Zwischenablage, z. B. für eine Anfrage an den IT-Support.</source>
        <translation>Copies the version, runtime and database path to the clipboard, e.g. for a request to IT support.</translation>
    </message>
    <message>
        <source>Datenbank: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>In die Zwischenablage kopiert.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <source>kimboard ist freie Software. Sie dürfen es unter den Bedingungen der European Union Public Licence (EUPL) v. 1.2 nutzen, untersuchen, verändern und weitergeben. Alle Sprachfassungen der EUPL sind gleichermaßen verbindlich; hier steht die englische Fassung.</source>
        <translation>kimboard is free software. You may use, study, change and pass it on under the terms of the European Union Public Licence (EUPL) v. 1.2. All language versions of the EUPL are equally valid; the English version is shown here.</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in dieser Installation.</source>
        <translation>The licence text is missing from this installation.</translation>
    </message>
    <message>
        <source>Lizenztext der EUPL-1.2</source>
        <translation>Licence text of the EUPL-1.2</translation>
    </message>
    <message>
        <source>kimboard enthält diese Komponenten anderer Projekte. Wählen Sie eine aus, um ihren Lizenztext zu sehen.</source>
        <translation>kimboard contains these components of other projects. Select one to see its licence text.</translation>
    </message>
    <message>
        <source>Komponente</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Komponenten anderer Projekte</source>
        <translation>Components of other projects</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Komponenten</source>
        <translation>Column headers of the components</translation>
    </message>
    <message>
        <source>Lizenztext der Komponente</source>
        <translation>Licence text of the component</translation>
    </message>
    <message>
        <source>Die Liste der Komponenten fehlt in dieser Installation.</source>
        <translation>The list of components is missing from this installation.</translation>
    </message>
    <message>
        <source>kimboard nutzt diese Komponente unter der {license} (angeboten unter: {offered}).</source>
        <translation>kimboard uses this component under the {license} (offered under: {offered}).</translation>
    </message>
    <message>
        <source>Zu dieser Komponente ist kein Lizenztext hinterlegt.</source>
        <translation>No licence text is available for this component.</translation>
    </message>
    <message>
        <source>{first} und {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>kimboard verwendet die Bibliothek &lt;b&gt;Qt {qt}&lt;/b&gt; über &lt;b&gt;Qt for Python (PySide6 {pyside})&lt;/b&gt;. Qt und PySide6 sind © The Qt Company Ltd. und weitere Mitwirkende. kimboard nutzt sie unter der &lt;b&gt;GNU Lesser General Public License Version 3 (LGPL-3.0)&lt;/b&gt;.</source>
        <translation>kimboard uses the &lt;b&gt;Qt {qt}&lt;/b&gt; library through &lt;b&gt;Qt for Python (PySide6 {pyside})&lt;/b&gt;. Qt and PySide6 are © The Qt Company Ltd. and other contributors. kimboard uses them under the &lt;b&gt;GNU Lesser General Public License version 3 (LGPL-3.0)&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Die Qt-Bibliotheken liegen als eigene Dateien im Installationsordner von kimboard. Die LGPL erlaubt Ihnen, sie durch andere, auch selbst veränderte Fassungen derselben Qt-Version zu ersetzen. In dieser Installation liegen sie hier:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>The Qt libraries are separate files in kimboard&apos;s installation folder. The LGPL allows you to replace them with other versions of the same Qt release, including ones you changed yourself. In this installation they are here:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Den Quelltext von Qt erhalten Sie unter {links}, den von PySide6 unter &lt;a href=&quot;{pyside_url}&quot;&gt;{pyside_url}&lt;/a&gt;; die Versionsnummern oben nennen die passende Fassung. Unten steht der Text der LGPL-3.0; den Text der GPL-3.0, auf der sie aufbaut, zeigt die Schaltfläche „GPL-3.0 anzeigen“.</source>
        <translation>The source code of Qt is available at {links}, that of PySide6 at &lt;a href=&quot;{pyside_url}&quot;&gt;{pyside_url}&lt;/a&gt;; the version numbers above name the matching release. Below is the text of the LGPL-3.0; the button &quot;Show GPL-3.0&quot; shows the text of the GPL-3.0 it builds on.</translation>
    </message>
    <message>
        <source>Hinweis zur Lizenz von Qt</source>
        <translation>Notice on the licence of Qt</translation>
    </message>
    <message>
        <source>Lizenztext der LGPL-3.0</source>
        <translation>Licence text of the LGPL-3.0</translation>
    </message>
    <message>
        <source>&amp;GPL-3.0 anzeigen</source>
        <translation>Show &amp;GPL-3.0</translation>
    </message>
    <message>
        <source>Zeigt unter „Drittanbieter“ alle Lizenztexte von PySide6.</source>
        <translation>Shows all licence texts of PySide6 under &quot;Third parties&quot;.</translation>
    </message>
    <message>
        <source>Über Q&amp;t …</source>
        <translation>Abo&amp;ut Qt …</translation>
    </message>
    <message>
        <source>Über Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>– noch offen –</source>
        <translation>– not assigned yet –</translation>
    </message>
    <message>
        <source>Maßnahme bearbeiten</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <source>&amp;Fällig bis:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>Fälligkeitsdatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;Maßnahme:</source>
        <translation>&amp;Action item:</translation>
    </message>
    <message>
        <source>&amp;Verantwortlich:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Auf Board übernehmen</source>
        <translation>Add to board</translation>
    </message>
    <message>
        <source>Aus der Maßnahme „{action}“ wird eine Karte. Sie verweist auf diese Retrospektive und ihr Thema; verantwortliche Person und Termin werden übernommen.</source>
        <translation>The action item “{action}” becomes a card. It refers to this retrospective and its topic; the responsible person and the due date are carried over.</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <source>&amp;Spalte:</source>
        <translation>&amp;Column:</translation>
    </message>
    <message>
        <source>Karte anlegen</source>
        <translation>Create card</translation>
    </message>
    <message>
        <source>Neue Maßnahme</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>Was genau tun wir? Z. B. „Rückrufzeiten im Intranet veröffentlichen“</source>
        <translation>What exactly will we do? E.g. “Publish callback times on the intranet”</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Maßnahme festhalten (Enter im Textfeld)</source>
        <translation>Record action item (Enter in the text field)</translation>
    </message>
    <message>
        <source>T&amp;hema:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>Vereinbarte Maßnahmen</source>
        <translation>Agreed action items</translation>
    </message>
    <message>
        <source>– ohne Thema –</source>
        <translation>– no topic –</translation>
    </message>
    <message>
        <source>1 Maßnahme</source>
        <translation>1 action item</translation>
    </message>
    <message>
        <source>{n} Maßnahmen</source>
        <translation>{n} action items</translation>
    </message>
    <message>
        <source>Noch keine Maßnahmen. Gute Maßnahmen sind klein, konkret und haben eine verantwortliche Person.</source>
        <translation>No action items yet. Good action items are small, concrete and have a responsible person.</translation>
    </message>
    <message>
        <source>Thema: {topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <source>Karte #{number} auf „{board}“</source>
        <translation>Card #{number} on “{board}”</translation>
    </message>
    <message>
        <source>Auf Board übernehmen …</source>
        <translation>Add to board…</translation>
    </message>
    <message>
        <source>„{action}“ auf ein Board übernehmen</source>
        <translation>Add “{action}” to a board</translation>
    </message>
    <message>
        <source>Legt eine Karte an, die auf diese Retrospektive verweist</source>
        <translation>Creates a card that refers to this retrospective</translation>
    </message>
    <message>
        <source>Als Lösungsansatz …</source>
        <translation>As solution approach…</translation>
    </message>
    <message>
        <source>„{action}“ als Lösungsansatz festhalten</source>
        <translation>Record “{action}” as a solution approach</translation>
    </message>
    <message>
        <source>Legt in der Bibliothek (KIM → Lösungsansätze) einen Lösungsansatz an, der auf diese Maßnahme verweist</source>
        <translation>Creates a solution approach in the library (KIM → Solution approaches) that refers to this action item</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>„{action}“ bearbeiten</source>
        <translation>Edit “{action}”</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>„{action}“ löschen</source>
        <translation>Delete “{action}”</translation>
    </message>
    <message>
        <source>Bitte zuerst die Maßnahme beschreiben.</source>
        <translation>Please describe the action item first.</translation>
    </message>
    <message>
        <source>Maßnahme „{text}“ festgehalten.</source>
        <translation>Action item “{text}” recorded.</translation>
    </message>
    <message>
        <source>Die Maßnahme „{action}“ löschen?</source>
        <translation>Delete the action item “{action}”?</translation>
    </message>
    <message>
        <source>Die Karte #{number} bleibt auf dem Board „{board}“.</source>
        <translation>Card #{number} stays on the board “{board}”.</translation>
    </message>
    <message>
        <source>Das lässt sich nicht rückgängig machen.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Maßnahme löschen</source>
        <translation>Delete action item</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Die Dienststelle hat noch kein Board.</source>
        <translation>The office has no board yet.</translation>
    </message>
    <message>
        <source>Thema der Retrospektive: „{topic}“</source>
        <translation>Topic of the retrospective: “{topic}”</translation>
    </message>
    <message>
        <source>Karte #{number} auf „{board}“ angelegt.</source>
        <translation>Card #{number} created on “{board}”.</translation>
    </message>
    <message>
        <source>Lösungsansatz angelegt – zu finden unter KIM → Lösungsansätze.</source>
        <translation>Solution approach created – see KIM → Solution approaches.</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Dienststelle verwalten</source>
        <extracomment>Something was saved; the main window reloads after the dialog.</extracomment>
        <translation>Manage office</translation>
    </message>
    <message>
        <source>Dienststelle wählen</source>
        <translation>Choose an office</translation>
    </message>
    <message>
        <source>Neue Dienststelle &amp;anlegen …</source>
        <translation>Create ne&amp;w office…</translation>
    </message>
    <message>
        <source>Dienststelle &amp;wählen:</source>
        <translation>&amp;Choose office:</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bereiche der Verwaltung</source>
        <translation>Sections of the office administration</translation>
    </message>
    <message>
        <source>&amp;Dienststelle</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Team&amp;mitglieder</source>
        <translation>Team &amp;members</translation>
    </message>
    <message>
        <source>Statusmeldung</source>
        <translation>Status message</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Name der Dienststelle</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <source>Kürzel der Dienststelle</source>
        <translation>Short code of the office</translation>
    </message>
    <message>
        <source>Bezirksregierung</source>
        <translation>District government</translation>
    </message>
    <message>
        <source>Herkunft der Dienststelle</source>
        <translation>Origin of the office</translation>
    </message>
    <message>
        <source>Zustand der Dienststelle</source>
        <translation>State of the office</translation>
    </message>
    <message>
        <source>Kennung (UUID) der Dienststelle</source>
        <translation>Identifier (UUID) of the office</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kürzel:</source>
        <translation>&amp;Short code:</translation>
    </message>
    <message>
        <source>&amp;Bezirksregierung:</source>
        <translation>&amp;District government:</translation>
    </message>
    <message>
        <source>Herkunft:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Zustand:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Kennung (&amp;UUID):</source>
        <translation>Identifier (&amp;UUID):</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Änderungen &amp;speichern</source>
        <translation>Sa&amp;ve changes</translation>
    </message>
    <message>
        <source>A&amp;rchivieren</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>Eine archivierte Dienststelle bleibt mit allen Boards erhalten und lässt sich jederzeit wiederherstellen.</source>
        <translation>An archived office is kept with all its boards and can be restored at any time.</translation>
    </message>
    <message>
        <source>Teams bündeln Teammitglieder und Boards. Wird ein Team gelöscht, bleiben seine Mitglieder und Boards erhalten, nur ohne Team.</source>
        <translation>Teams group team members and boards. When a team is deleted, its members and boards are kept, just without a team.</translation>
    </message>
    <message>
        <source>T&amp;eams der Dienststelle:</source>
        <translation>T&amp;eams of the office:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Mitglieder</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Teams der Dienststelle</source>
        <translation>Teams of the office</translation>
    </message>
    <message>
        <source>&amp;Neues Team …</source>
        <translation>&amp;New team…</translation>
    </message>
    <message>
        <source>Neues Team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>&amp;Umbenennen …</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Team umbenennen</source>
        <translation>Rename team</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Team löschen</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <source>Deaktivierte Personen können keine neuen Karten mehr bekommen; ihr Name bleibt im Verlauf. Beim Löschen (DSGVO Art. 17) verschwindet der Name überall, die Arbeit bleibt.</source>
        <translation>Deactivated people can no longer be given new cards; their name stays in the history. Erasing (GDPR Art. 17) removes the name everywhere; the work stays.</translation>
    </message>
    <message>
        <source>&amp;Personen der Dienststelle:</source>
        <translation>&amp;People of the office:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Teammitglieder der Dienststelle</source>
        <translation>Team members of the office</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen …</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Teammitglied hinzufügen</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Teammitglied bearbeiten</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <source>Dea&amp;ktivieren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Teammitglied deaktivieren</source>
        <translation>Deactivate team member</translation>
    </message>
    <message>
        <source>Person &amp;löschen (DSGVO Art. 17) …</source>
        <translation>Era&amp;se person (GDPR Art. 17)…</translation>
    </message>
    <message>
        <source>Person löschen nach DSGVO Artikel 17</source>
        <translation>Erase person under GDPR Article 17</translation>
    </message>
    <message>
        <source>übernommen, nur lesbar</source>
        <translation>imported, read-only</translation>
    </message>
    <message>
        <source>archiviert</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>hier angelegt</source>
        <translation>created here</translation>
    </message>
    <message>
        <source>aus dem Paket einer anderen Dienststelle übernommen</source>
        <translation>imported from another office’s bundle</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Wieder&amp;herstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Dienststelle wiederherstellen</source>
        <translation>Restore office</translation>
    </message>
    <message>
        <source>Dienststelle archivieren</source>
        <translation>Archive office</translation>
    </message>
    <message>
        <source>„{name}“ wurde aus dem Paket einer anderen Dienststelle übernommen und ist hier nur lesbar. Änderungen – auch das Löschen von Personen – nimmt die Dienststelle vor, aus der das Paket stammt.</source>
        <translation>“{name}” was imported from another office’s bundle and is read-only here. Changes – including erasing people – are made by the office the bundle comes from.</translation>
    </message>
    <message>
        <source>„{name}“ ist archiviert. Sie lässt sich auf der Seite „Dienststelle“ wiederherstellen.</source>
        <translation>“{name}” is archived. You can restore it on the “Office” page.</translation>
    </message>
    <message>
        <source>{name} (archiviert)</source>
        <translation>{name} (archived)</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>&amp;Reaktivieren</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Teammitglied reaktivieren</source>
        <translation>Reactivate team member</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dienststelle angelegt.</source>
        <translation>Office created.</translation>
    </message>
    <message>
        <source>Änderungen an der Dienststelle gespeichert.</source>
        <translation>Changes to the office saved.</translation>
    </message>
    <message>
        <source>Dienststelle wiederhergestellt.</source>
        <translation>Office restored.</translation>
    </message>
    <message>
        <source>Dienststelle archiviert.</source>
        <translation>Office archived.</translation>
    </message>
    <message>
        <source>Team angelegt.</source>
        <translation>Team created.</translation>
    </message>
    <message>
        <source>Team umbenannt.</source>
        <translation>Team renamed.</translation>
    </message>
    <message>
        <source>Das Team „{name}“ löschen? Seine Mitglieder und Boards bleiben erhalten und gehören danach zu keinem Team.</source>
        <translation>Delete the team “{name}”? Its members and boards are kept and then belong to no team.</translation>
    </message>
    <message>
        <source>Team gelöscht.</source>
        <translation>Team deleted.</translation>
    </message>
    <message>
        <source>Teammitglied angelegt.</source>
        <translation>Team member added.</translation>
    </message>
    <message>
        <source>Teammitglied gespeichert.</source>
        <translation>Team member saved.</translation>
    </message>
    <message>
        <source>„{name}“ ist jetzt inaktiv.</source>
        <translation>“{name}” is now inactive.</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder aktiv.</source>
        <translation>“{name}” is active again.</translation>
    </message>
    <message>
        <source>Person wird gelöscht, Datenbank wird bereinigt …</source>
        <translation>Erasing the person and cleaning up the database…</translation>
    </message>
    <message>
        <source>Person gelöscht.</source>
        <translation>Person erased.</translation>
    </message>
    <message>
        <source>Die Person wurde gelöscht. Ihr Name lautet jetzt überall „{label}“; Karten, Zuweisungen, Verlauf und Kennzahlen sind erhalten.</source>
        <translation>The person was erased. Their name is now “{label}” everywhere; cards, assignments, history and metrics are kept.</translation>
    </message>
    <message>
        <source>Der Name wurde ersetzt in: {where}.</source>
        <translation>The name was replaced in: {where}.</translation>
    </message>
    <message>
        <source>Die Datenbankdatei wurde bereinigt; alte Reste des Namens sind daraus entfernt.</source>
        <translation>The database file was cleaned up; old traces of the name have been removed from it.</translation>
    </message>
    <message>
        <source>Person gelöscht</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <source>1 Sicherungsdatei von vorher enthält den Namen noch.</source>
        <translation>1 earlier backup file still contains the name.</translation>
    </message>
    <message>
        <source>{n} Sicherungsdateien von vorher enthalten den Namen noch.</source>
        <translation>{n} earlier backup files still contain the name.</translation>
    </message>
    <message>
        <source>Ordner: {folder}

Sollen sie jetzt gelöscht werden? Dann fehlt auch der Stand von vorher; eine neue Sicherung können Sie danach über „Datei → Sicherung erstellen“ anlegen.</source>
        <translation>Folder: {folder}

Delete them now? The earlier state is then gone too; you can make a new backup afterwards with “File → Create a backup”.</translation>
    </message>
    <message>
        <source>Alte Sicherungen löschen?</source>
        <translation>Delete old backups?</translation>
    </message>
    <message>
        <source>Sicherungen löschen</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Person gelöscht. Alte Sicherungen wurden behalten.</source>
        <translation>Person erased. Old backups were kept.</translation>
    </message>
    <message>
        <source>Person gelöscht, 1 alte Sicherung gelöscht.</source>
        <translation>Person erased, 1 old backup deleted.</translation>
    </message>
    <message>
        <source>Person gelöscht, {n} alte Sicherungen gelöscht.</source>
        <translation>Person erased, {n} old backups deleted.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>AdoptBoardDialog</name>
    <message>
        <source>Board übernehmen</source>
        <translation>Adopt board</translation>
    </message>
    <message>
        <source>„{board}“ von „{office}“ in die eigene Dienststelle übernehmen?</source>
        <translation>Adopt “{board}” from “{office}” into your own office?</translation>
    </message>
    <message>
        <source>Kopiert werden die Spalten, Swimlanes, Labels und die offenen Karten mit ihren Checklisten. Nicht kopiert werden Personen, Kommentare, Sprints und der Verlauf. Die Kopie gehört Ihrer Dienststelle und ist bearbeitbar; „{office}“ erfährt mit Ihrem nächsten Paket (ganze Dienststelle), dass Sie das Board übernommen haben.</source>
        <translation>Copied are the columns, swimlanes, labels and the open cards with their checklists. Not copied are people, comments, sprints and the history. The copy belongs to your office and can be edited; “{office}” learns with your next bundle (whole office) that you have adopted the board.</translation>
    </message>
    <message>
        <source>z. B. „für das Team Einbürgerung“</source>
        <translation>e.g. “for the naturalisation team”</translation>
    </message>
    <message>
        <source>In die &amp;Dienststelle:</source>
        <translation>Into the &amp;office:</translation>
    </message>
    <message>
        <source>&amp;Notiz (freiwillig):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation>&amp;Adopt</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Diese Dienststelle hat das Board am {date} schon übernommen.</source>
        <translation>This office already adopted the board on {date}.</translation>
    </message>
    <message>
        <source>Das Board gibt es nicht (mehr).</source>
        <translation>The board does not exist (any more).</translation>
    </message>
    <message>
        <source>„{board}“ gehört schon zu einer eigenen Dienststelle. Übernehmen lassen sich Boards, die andere Dienststellen geschickt haben.</source>
        <translation>“{board}” already belongs to one of your own offices. Boards can be adopted when other offices have sent them.</translation>
    </message>
    <message>
        <source>Es gibt hier keine eigene Dienststelle, in die das Board übernommen werden könnte. Bitte zuerst eine Dienststelle anlegen.</source>
        <translation>There is no own office here to adopt the board into. Please create an office first.</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Lösungsansatz übernehmen</source>
        <translation>Adopt solution approach</translation>
    </message>
    <message>
        <source>„{title}“ von {origin} wird als eigener Lösungsansatz im Status „in Erprobung“ angelegt. Die Übernahme wird vermerkt und erreicht {origin} mit dem nächsten Paket dieser Dienststelle.</source>
        <translation>“{title}” from {origin} is created as your own solution approach with the status “being piloted”. The adoption is recorded and reaches {origin} with this office’s next bundle.</translation>
    </message>
    <message>
        <source>Optional: wofür oder wie angepasst</source>
        <translation>Optional: what for, or how it was adapted</translation>
    </message>
    <message>
        <source>Notiz zur Übernahme</source>
        <translation>Note on the adoption</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Adopt</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archivierte Karten – {board}</source>
        <translation>Archived cards – {board}</translation>
    </message>
    <message>
        <source>Archivierte Karten</source>
        <translation>Archived cards</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Gewählte Karte wiederherstellen</source>
        <translation>Restore the selected card</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>#{number} {title}  ({column}, archiviert am {when})</source>
        <translation>#{number} {title}  ({column}, archived on {when})</translation>
    </message>
    <message>
        <source>Wiederhergestellte Karten kommen ans Ende ihrer Spalte zurück.</source>
        <translation>Restored cards go back to the end of their column.</translation>
    </message>
    <message>
        <source>Auf diesem Board gibt es keine archivierten Karten.</source>
        <translation>This board has no archived cards.</translation>
    </message>
</context>
<context>
    <name>BacklogCommand</name>
    <message>
        <source>Karte #{number} im Backlog verschoben</source>
        <translation>Card #{number} moved within the backlog</translation>
    </message>
    <message>
        <source>Karte #{number} in „{sprint}“ verschoben</source>
        <translation>Card #{number} moved within “{sprint}”</translation>
    </message>
    <message>
        <source>Karte #{number} zurück ins Backlog gelegt</source>
        <translation>Card #{number} moved back to the backlog</translation>
    </message>
    <message>
        <source>Karte #{number} in „{sprint}“ eingeplant</source>
        <translation>Card #{number} planned into “{sprint}”</translation>
    </message>
    <message>
        <source>{n} Karten im Backlog verschoben</source>
        <translation>{n} cards moved within the backlog</translation>
    </message>
    <message>
        <source>{n} Karten in „{sprint}“ verschoben</source>
        <translation>{n} cards moved within “{sprint}”</translation>
    </message>
    <message>
        <source>{n} Karten zurück ins Backlog gelegt</source>
        <translation>{n} cards moved back to the backlog</translation>
    </message>
    <message>
        <source>{n} Karten in „{sprint}“ eingeplant</source>
        <translation>{n} cards planned into “{sprint}”</translation>
    </message>
    <message>
        <source>Karte #{number} bearbeiten</source>
        <translation>Edit card #{number}</translation>
    </message>
</context>
<context>
    <name>BacklogPage</name>
    <message>
        <source>Hinweis</source>
        <extracomment>(card UUID, sprint id or None for the backlog, UUID of the card to put it before or None) after every successful change (so other views of the board can reload) a short message for the status bar</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Neuer &amp;Sprint …</source>
        <translation>New &amp;sprint…</translation>
    </message>
    <message>
        <source>Neuer Sprint</source>
        <translation>New sprint</translation>
    </message>
    <message>
        <source>Den nächsten Sprint planen</source>
        <translation>Plan the next sprint</translation>
    </message>
    <message>
        <source>Product Backlog</source>
        <translation>Product backlog</translation>
    </message>
    <message>
        <source>Wichtigstes oben. Karten in einen Sprint ziehen oder mit Strg+Pfeil rechts einplanen; Alt+Pfeil hoch/runter ändert die Reihenfolge.</source>
        <translation>Most important at the top. Drag cards into a sprint or plan them with Ctrl+Right; Alt+Up/Down changes the order.</translation>
    </message>
    <message>
        <source>Offene Sprints</source>
        <translation>Open sprints</translation>
    </message>
    <message>
        <source>Keine offenen Sprints. Mit „Neuer Sprint …“ den nächsten Sprint planen.</source>
        <translation>No open sprints. Plan the next sprint with “New sprint…”.</translation>
    </message>
    <message>
        <source>Backlog und Sprints</source>
        <translation>Backlog and sprints</translation>
    </message>
    <message>
        <source>Das Board kann nicht angezeigt werden.</source>
        <translation>The board cannot be shown.</translation>
    </message>
    <message>
        <source>Backlog und Sprints · {board}</source>
        <translation>Backlog and sprints · {board}</translation>
    </message>
    <message>
        <source>Backlog und Sprints von {board}</source>
        <translation>Backlog and sprints of {board}</translation>
    </message>
    <message>
        <source>Nur lesen – archiviertes Board</source>
        <translation>Read-only – archived board</translation>
    </message>
    <message>
        <source>Nur lesen – Board einer anderen Dienststelle</source>
        <translation>Read-only – board of another office</translation>
    </message>
    <message>
        <source>Backlog und Sprints gibt es auf Scrum-Boards</source>
        <translation>Backlog and sprints are available on Scrum boards</translation>
    </message>
    <message>
        <source>„{board}“ ist ein Kanban-Board: Seine Karten fließen fortlaufend über das Board, begrenzt durch WIP-Limits – ohne Sprints.

Auf einem Scrum-Board wird die Arbeit dagegen in Sprints geplant: Karten aus dem Product Backlog werden geschätzt und eingeplant, mit Velocity und Burndown.

Die Arbeitsweise lässt sich beim Bearbeiten des Boards auf „Scrum“ umstellen.</source>
        <translation>“{board}” is a Kanban board: its cards flow continuously across the board, limited by WIP limits – without sprints.

On a Scrum board, by contrast, work is planned in sprints: cards from the product backlog are estimated and planned into sprints, with velocity and a burndown.

You can switch the way of working to “Scrum” when editing the board.</translation>
    </message>
    <message>
        <source>{cards} · {points}</source>
        <translation>{cards} · {points}</translation>
    </message>
    <message>
        <source>{n} ohne Schätzung</source>
        <translation>{n} not estimated</translation>
    </message>
    <message>
        <source>Product Backlog: {summary}</source>
        <translation>Product backlog: {summary}</translation>
    </message>
    <message>
        <source>Product Backlog, {summary}</source>
        <translation>Product backlog, {summary}</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Nur lesen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>{action} (Rückgängig: Strg+Z)</source>
        <translation>{action} (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Es gibt noch keinen offenen Sprint – mit „Neuer Sprint …“ einen planen.</source>
        <translation>There is no open sprint yet – plan one with “New sprint…”.</translation>
    </message>
    <message>
        <source>Nach diesem Sprint ist kein weiterer geplant.</source>
        <translation>No further sprint is planned after this one.</translation>
    </message>
    <message>
        <source>Die Karte gibt es nicht mehr.</source>
        <translation>The card no longer exists.</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>In &amp;Sprint verschieben</source>
        <translation>Move to &amp;sprint</translation>
    </message>
    <message>
        <source>{name} ({state})</source>
        <translation>{name} ({state})</translation>
    </message>
    <message>
        <source>Kein offener Sprint</source>
        <translation>No open sprint</translation>
    </message>
    <message>
        <source>Zurück ins &amp;Backlog</source>
        <translation>Back to the &amp;backlog</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Neuer Sprint …</source>
        <translation>New sprint…</translation>
    </message>
    <message>
        <source>Sprint „{name}“ geplant.</source>
        <translation>Sprint “{name}” planned.</translation>
    </message>
    <message>
        <source>Sprint gespeichert.</source>
        <translation>Sprint saved.</translation>
    </message>
    <message>
        <source>{cards} mit zusammen {points}</source>
        <translation>{cards} with {points} in total</translation>
    </message>
    <message>
        <source> ({n} davon ohne Schätzung)</source>
        <translation> ({n} of them not estimated)</translation>
    </message>
    <message>
        <source>Sprint „{name}“ jetzt starten?

Zusage des Teams: {commitment}.

Die Zusage wird beim Start festgehalten; was danach hinzukommt oder herausgenommen wird, zählt als Änderung des Umfangs. Der Start lässt sich nicht rückgängig machen.</source>
        <translation>Start sprint “{name}” now?

Team commitment: {commitment}.

The commitment is recorded at the start; anything added or removed afterwards counts as a change of scope. Starting cannot be undone.</translation>
    </message>
    <message>
        <source>Sprint starten</source>
        <translation>Start sprint</translation>
    </message>
    <message>
        <source>Starten</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sprint „{name}“ läuft.</source>
        <translation>Sprint “{name}” started.</translation>
    </message>
    <message>
        <source>Sprint „{name}“ abgeschlossen.</source>
        <translation>Sprint “{name}” completed.</translation>
    </message>
    <message>
        <source>Den geplanten Sprint „{name}“ löschen?</source>
        <translation>Delete the planned sprint “{name}”?</translation>
    </message>
    <message>
        <source>Seine Karte geht zurück ins Backlog.</source>
        <translation>Its card goes back to the backlog.</translation>
    </message>
    <message>
        <source>Seine {n} Karten gehen zurück ins Backlog.</source>
        <translation>Its {n} cards go back to the backlog.</translation>
    </message>
    <message>
        <source>Das Löschen lässt sich nicht rückgängig machen.</source>
        <translation>Deleting cannot be undone.</translation>
    </message>
    <message>
        <source>Sprint löschen</source>
        <translation>Delete sprint</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Sprint „{name}“ gelöscht.</source>
        <translation>Sprint “{name}” deleted.</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>„{title}“ nach „{column}“ verschieben</source>
        <translation>Move “{title}” to “{column}”</translation>
    </message>
    <message>
        <source>{n} Karten nach „{column}“ verschieben</source>
        <translation>Move {n} cards to “{column}”</translation>
    </message>
    <message>
        <source>Karte „{title}“ anlegen</source>
        <extracomment>the swimlane to put the cards into (None: the board has no lanes there)</extracomment>
        <translation>Create card “{title}”</translation>
    </message>
    <message>
        <source>Karte archivieren</source>
        <translation>Archive card</translation>
    </message>
    <message>
        <source>{n} Karten archivieren</source>
        <translation>Archive {n} cards</translation>
    </message>
    <message>
        <source>Karte wiederherstellen</source>
        <translation>Restore card</translation>
    </message>
    <message>
        <source>Karte löschen</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <source>{n} Karten löschen</source>
        <translation>Delete {n} cards</translation>
    </message>
    <message>
        <source>Karte „{title}“ bearbeiten</source>
        <translation>Edit card “{title}”</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Dieses Board stammt aus einem Paket einer anderen Dienststelle und kann hier nur gelesen werden.</source>
        <extracomment>Undo commands are no QObjects: their texts use the context &quot;BoardCommand&quot;. column ids whose content changed (empty list: everything, e.g. after a reload) a message for the status bar (soft WIP limit …); the core&apos;s texts are German an error message for a dialog</extracomment>
        <translation>This board comes from another office’s bundle and is read-only here.</translation>
    </message>
</context>
<context>
    <name>BoardDialog</name>
    <message>
        <source>Board bearbeiten</source>
        <translation>Edit board</translation>
    </message>
    <message>
        <source>Neues Board</source>
        <translation>New board</translation>
    </message>
    <message>
        <source>z. B. Team Aufenthalt</source>
        <translation>e.g. Residence team</translation>
    </message>
    <message>
        <source>Name des Boards</source>
        <translation>Board name</translation>
    </message>
    <message>
        <source>&amp;Kanban – fortlaufender Arbeitsfluss</source>
        <translation>&amp;Kanban – continuous flow</translation>
    </message>
    <message>
        <source>Kanban</source>
        <translation>Kanban</translation>
    </message>
    <message>
        <source>Karten fließen fortlaufend durch die Spalten, begrenzt durch WIP-Limits.</source>
        <translation>Cards flow continuously through the columns, limited by WIP limits.</translation>
    </message>
    <message>
        <source>&amp;Scrum – Arbeit in Sprints</source>
        <translation>&amp;Scrum – work in sprints</translation>
    </message>
    <message>
        <source>Scrum</source>
        <translation>Scrum</translation>
    </message>
    <message>
        <source>Arbeit wird in Sprints geplant, mit Schätzungen und Burndown.</source>
        <translation>Work is planned in sprints, with estimates and a burndown.</translation>
    </message>
    <message>
        <source>Wofür ist das Board da? Wer arbeitet damit? (optional)</source>
        <translation>What is the board for? Who works with it? (optional)</translation>
    </message>
    <message>
        <source>Beschreibung des Boards</source>
        <translation>Board description</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Arbeitsweise:</source>
        <translation>Way of working:</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Das Board gibt es nicht mehr.</source>
        <translation>The board no longer exists.</translation>
    </message>
    <message>
        <source>Erneut „Speichern“ übernimmt Ihre Eingaben trotzdem.</source>
        <translation>Clicking “Save” again keeps your changes anyway.</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Board von {office} – aus einem Paket übernommen und hier nur zu lesen. „Board → Board übernehmen …“ kopiert es in die eigene Dienststelle.</source>
        <translation>Board of {office} – taken over from a bundle and read-only here. “Board → Adopt board…” copies it into your own office.</translation>
    </message>
    <message>
        <source>Board {name}</source>
        <translation>Board {name}</translation>
    </message>
    <message>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Archivieren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Karte archiviert (Rückgängig: Strg+Z).</source>
        <translation>Card archived (undo: Ctrl+Z).</translation>
    </message>
    <message>
        <source>{n} Karten archiviert (Rückgängig: Strg+Z).</source>
        <translation>{n} cards archived (undo: Ctrl+Z).</translation>
    </message>
    <message>
        <source>Soll die Karte „{title}“ mit Checkliste, Kommentaren und Verlauf gelöscht werden?

Archivieren behält die Karte für Auswertungen. Löschen kann mit Strg+Z rückgängig gemacht werden, solange kimboard geöffnet ist.</source>
        <translation>Delete the card “{title}” with its checklist, comments and history?

Archiving keeps the card for reports. Deleting can be undone with Ctrl+Z as long as kimboard stays open.</translation>
    </message>
    <message>
        <source>Karte löschen</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <source>Sollen {n} Karten mit Checkliste, Kommentaren und Verlauf gelöscht werden?

Archivieren behält die Karten für Auswertungen. Löschen kann mit Strg+Z rückgängig gemacht werden, solange kimboard geöffnet ist.</source>
        <translation>Delete {n} cards with their checklists, comments and history?

Archiving keeps the cards for reports. Deleting can be undone with Ctrl+Z as long as kimboard stays open.</translation>
    </message>
    <message>
        <source>Karten löschen</source>
        <translation>Delete cards</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Gelöscht (Rückgängig: Strg+Z).</source>
        <translation>Deleted (undo: Ctrl+Z).</translation>
    </message>
    <message>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Als &amp;Lösungsansatz festhalten …</source>
        <translation>Record as a &amp;solution approach…</translation>
    </message>
    <message>
        <source>Lösungsansatz angelegt – zu finden unter KIM → Lösungsansätze.</source>
        <translation>Solution approach created – find it under KIM → Solution approaches.</translation>
    </message>
</context>
<context>
    <name>BoardSettings</name>
    <message>
        <source>{limit} (fest)</source>
        <comment>hard WIP limit</comment>
        <translation>{limit} (hard)</translation>
    </message>
    <message>
        <source>{limit} (weich)</source>
        <comment>soft WIP limit</comment>
        <translation>{limit} (soft)</translation>
    </message>
    <message>
        <source>1 Karte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <source>{n} Karten</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Farbe des Labels</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Liste</source>
        <translation>Column headers of the list</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Board-Einstellungen</source>
        <extracomment>Emitted after every applied change, so the board can refresh.</extracomment>
        <translation>Board settings</translation>
    </message>
    <message>
        <source>Bereiche der Board-Einstellungen</source>
        <translation>Sections of the board settings</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Board-Einstellungen schließen</source>
        <translation>Close the board settings</translation>
    </message>
    <message>
        <source>Die Spalten des Boards von links nach rechts. Die Bedeutung zählt für Auswertungen; ein WIP-Limit begrenzt, wie viele Karten gleichzeitig in der Spalte sein dürfen. Änderungen werden sofort gespeichert.</source>
        <translation>The board’s columns from left to right. The meaning counts for reports; a WIP limit caps how many cards may be in the column at the same time. Changes are saved immediately.</translation>
    </message>
    <message>
        <source>Spal&amp;ten (von links nach rechts):</source>
        <translation>Colum&amp;ns (left to right):</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>WIP-Limit</source>
        <translation>WIP limit</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Spalten des Boards</source>
        <translation>Columns of the board</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen …</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Spalte hinzufügen</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Neue Spalte anlegen (Einfg)</source>
        <translation>Create a new column (Ins)</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Spalte bearbeiten</source>
        <translation>Edit column</translation>
    </message>
    <message>
        <source>Name, Bedeutung und WIP-Limit ändern (F2)</source>
        <translation>Change name, meaning and WIP limit (F2)</translation>
    </message>
    <message>
        <source>Nach l&amp;inks</source>
        <translation>Move &amp;left</translation>
    </message>
    <message>
        <source>Spalte nach links verschieben</source>
        <translation>Move column to the left</translation>
    </message>
    <message>
        <source>Strg+Pfeil hoch in der Liste</source>
        <translation>Ctrl+Up in the list</translation>
    </message>
    <message>
        <source>Nach &amp;rechts</source>
        <translation>Move &amp;right</translation>
    </message>
    <message>
        <source>Spalte nach rechts verschieben</source>
        <translation>Move column to the right</translation>
    </message>
    <message>
        <source>Strg+Pfeil runter in der Liste</source>
        <translation>Ctrl+Down in the list</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Spalte löschen</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <source>Spalte löschen; ihre Karten kommen in eine andere Spalte (Entf)</source>
        <translation>Delete column; its cards move to another column (Del)</translation>
    </message>
    <message>
        <source>&amp;Spalten</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Swimlanes teilen das Board in Zeilen, z. B. nach Servicebereich. Ein Board ohne Swimlanes zeigt alle Karten in einer Zeile.</source>
        <translation>Swimlanes split the board into rows, e.g. by service area. A board without swimlanes shows all cards in one row.</translation>
    </message>
    <message>
        <source>Swimlanes (von oben nach un&amp;ten):</source>
        <translation>Swimlanes (top to &amp;bottom):</translation>
    </message>
    <message>
        <source>Swimlane</source>
        <translation>Swimlane</translation>
    </message>
    <message>
        <source>Swimlanes des Boards</source>
        <translation>Swimlanes of the board</translation>
    </message>
    <message>
        <source>Swimlane hinzufügen</source>
        <translation>Add swimlane</translation>
    </message>
    <message>
        <source>Neue Swimlane anlegen (Einfg)</source>
        <translation>Create a new swimlane (Ins)</translation>
    </message>
    <message>
        <source>&amp;Umbenennen …</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Swimlane umbenennen</source>
        <translation>Rename swimlane</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Swimlane nach oben verschieben</source>
        <translation>Move swimlane up</translation>
    </message>
    <message>
        <source>Nach u&amp;nten</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Swimlane nach unten verschieben</source>
        <translation>Move swimlane down</translation>
    </message>
    <message>
        <source>Swimlane löschen</source>
        <translation>Delete swimlane</translation>
    </message>
    <message>
        <source>Die Karten bleiben auf dem Board (Entf)</source>
        <translation>The cards stay on the board (Del)</translation>
    </message>
    <message>
        <source>S&amp;wimlanes</source>
        <translation>S&amp;wimlanes</translation>
    </message>
    <message>
        <source>Labels markieren Karten, z. B. „Eilt“ oder „Rückfrage“. Jedes Label hat einen Namen und eine Farbe; auf den Karten steht immer der Name.</source>
        <translation>Labels mark cards, e.g. “Urgent” or “Query”. Every label has a name and a colour; cards always show the name.</translation>
    </message>
    <message>
        <source>Labels (alphabe&amp;tisch):</source>
        <translation>Labels (alphabe&amp;tical):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Labels des Boards</source>
        <translation>Labels of the board</translation>
    </message>
    <message>
        <source>Label hinzufügen</source>
        <translation>Add label</translation>
    </message>
    <message>
        <source>Neues Label anlegen (Einfg)</source>
        <translation>Create a new label (Ins)</translation>
    </message>
    <message>
        <source>Label umbenennen oder Farbe ändern</source>
        <translation>Rename the label or change its colour</translation>
    </message>
    <message>
        <source>Name und Farbe ändern (F2)</source>
        <translation>Change name and colour (F2)</translation>
    </message>
    <message>
        <source>Label löschen</source>
        <translation>Delete label</translation>
    </message>
    <message>
        <source>Das Label wird von allen Karten entfernt (Entf)</source>
        <translation>The label is removed from all cards (Del)</translation>
    </message>
    <message>
        <source>L&amp;abels</source>
        <translation>L&amp;abels</translation>
    </message>
    <message>
        <source>Scrum-Board</source>
        <translation>Scrum board</translation>
    </message>
    <message>
        <source>Kanban-Board</source>
        <translation>Kanban board</translation>
    </message>
    <message>
        <source>Board-Einstellungen – {name}</source>
        <translation>Board settings – {name}</translation>
    </message>
    <message>
        <source>Dieses Board gehört zu einer importierten Dienststelle und kann hier nur angesehen werden.</source>
        <translation>This board belongs to an imported office and can only be viewed here.</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Spalte „{x}“ angelegt.</source>
        <translation>Column “{x}” created.</translation>
    </message>
    <message>
        <source>Spalte „{x}“ gespeichert.</source>
        <translation>Column “{x}” saved.</translation>
    </message>
    <message>
        <source>Sie enthält schon {n} Karten – mehr als das WIP-Limit {m}.</source>
        <translation>It already holds {n} cards – more than the WIP limit of {m}.</translation>
    </message>
    <message>
        <source>Spalte „{x}“ verschoben.</source>
        <translation>Column “{x}” moved.</translation>
    </message>
    <message>
        <source>Die letzte Spalte kann nicht gelöscht werden: ein Board braucht mindestens eine Spalte.</source>
        <translation>The last column cannot be deleted: a board needs at least one column.</translation>
    </message>
    <message>
        <source>Spalte „{x}“ gelöscht; {cards} nach „{y}“ verschoben.</source>
        <translation>Column “{x}” deleted; {cards} moved to “{y}”.</translation>
    </message>
    <message>
        <source>Die Spalte „{x}“ ist leer. Soll sie gelöscht werden?</source>
        <translation>The column “{x}” is empty. Delete it?</translation>
    </message>
    <message>
        <source>Spalte „{x}“ gelöscht.</source>
        <translation>Column “{x}” deleted.</translation>
    </message>
    <message>
        <source>Neue Swimlane</source>
        <translation>New swimlane</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name der Swimlane</source>
        <translation>Swimlane name</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Swimlane „{x}“ angelegt.</source>
        <translation>Swimlane “{x}” created.</translation>
    </message>
    <message>
        <source>Swimlane „{x}“ umbenannt.</source>
        <translation>Swimlane “{x}” renamed.</translation>
    </message>
    <message>
        <source>Swimlane „{x}“ verschoben.</source>
        <translation>Swimlane “{x}” moved.</translation>
    </message>
    <message>
        <source>Die Swimlane „{x}“ wird gelöscht. Sie enthält keine Karten.</source>
        <translation>The swimlane “{x}” will be deleted. It holds no cards.</translation>
    </message>
    <message>
        <source>Die Swimlane „{x}“ wird gelöscht. Ihre Karte bleibt auf dem Board, dann ohne Swimlane.</source>
        <translation>The swimlane “{x}” will be deleted. Its card stays on the board, without a swimlane.</translation>
    </message>
    <message>
        <source>Die Swimlane „{x}“ wird gelöscht. Ihre {n} Karten bleiben auf dem Board, dann ohne Swimlane.</source>
        <translation>The swimlane “{x}” will be deleted. Its {n} cards stay on the board, without a swimlane.</translation>
    </message>
    <message>
        <source>Swimlane „{x}“ gelöscht.</source>
        <translation>Swimlane “{x}” deleted.</translation>
    </message>
    <message>
        <source>Label „{x}“ angelegt.</source>
        <translation>Label “{x}” created.</translation>
    </message>
    <message>
        <source>Label „{x}“ gespeichert.</source>
        <translation>Label “{x}” saved.</translation>
    </message>
    <message>
        <source>Das Label „{x}“ wird gelöscht. Es ist keiner Karte zugeordnet.</source>
        <translation>The label “{x}” will be deleted. No card has it.</translation>
    </message>
    <message>
        <source>Das Label „{x}“ wird gelöscht und von 1 Karte entfernt.</source>
        <translation>The label “{x}” will be deleted and removed from 1 card.</translation>
    </message>
    <message>
        <source>Das Label „{x}“ wird gelöscht und von {n} Karten entfernt.</source>
        <translation>The label “{x}” will be deleted and removed from {n} cards.</translation>
    </message>
    <message>
        <source>Label „{x}“ gelöscht.</source>
        <translation>Label “{x}” deleted.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Ohne Swimlane</source>
        <translation>No swimlane</translation>
    </message>
    <message>
        <source>Swimlane {lane} ein- oder ausklappen</source>
        <translation>Expand or collapse swimlane {lane}</translation>
    </message>
    <message>
        <source>Karten in {column}, Swimlane {lane}</source>
        <translation>Cards in {column}, swimlane {lane}</translation>
    </message>
    <message>
        <source>Karten in {column}</source>
        <translation>Cards in {column}</translation>
    </message>
</context>
<context>
    <name>BoardWorkspace</name>
    <message>
        <source>Ansichten des Boards</source>
        <translation>Board views</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Backlog und Sprints</source>
        <translation>Backlog and sprints</translation>
    </message>
    <message>
        <source>Sprint-Review</source>
        <translation>Sprint review</translation>
    </message>
    <message>
        <source>Kennzahlen</source>
        <translation>Metrics</translation>
    </message>
</context>
<context>
    <name>BoardsModel</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Archiviert</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Blockiert: {reason}</source>
        <extracomment>Cards are light paper on the grey column in every theme, so contrast is known (≥ 4.5:1).</extracomment>
        <translation>Blocked: {reason}</translation>
    </message>
    <message>
        <source>Blockiert</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>{points} P</source>
        <comment>story points, abbreviated</comment>
        <translation>{points} pts</translation>
    </message>
</context>
<context>
    <name>CardDescription</name>
    <message>
        <source>Karte #{number}: {title}</source>
        <extracomment>lupdate finds ``translate(&quot;Context&quot;, &quot;…&quot;)`` calls by name; context and text must be literals. Cards without a swimlane on a board that has swimlanes. Scrum boards: &quot;in&quot; shows only the cards of ``sprint_id`` (the running sprint), &quot;out&quot; only the others; &quot;&quot; does not filter by sprint. Card ids from a full-text search; None when no search is active. column id -&gt; card ids in board order (all active cards, unfiltered) uuid -&gt; id, rebuilt lazily by :meth:`id_of` when it no longer matches ``cards`` card ids, target column id, anchor card id (drop before it; None: the end), lane</extracomment>
        <translation>Card #{number}: {title}</translation>
    </message>
    <message>
        <source>Labels: {names}</source>
        <translation>labels: {names}</translation>
    </message>
    <message>
        <source>zugewiesen: {names}</source>
        <translation>assigned to: {names}</translation>
    </message>
    <message>
        <source>Priorität kritisch</source>
        <translation>priority critical</translation>
    </message>
    <message>
        <source>Priorität hoch</source>
        <translation>priority high</translation>
    </message>
    <message>
        <source>fällig am {date} (überfällig)</source>
        <translation>due on {date} (overdue)</translation>
    </message>
    <message>
        <source>fällig am {date}</source>
        <translation>due on {date}</translation>
    </message>
    <message>
        <source>blockiert: {reason}</source>
        <translation>blocked: {reason}</translation>
    </message>
    <message>
        <source>blockiert</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>Checkliste {done} von {total} erledigt</source>
        <translation>checklist {done} of {total} done</translation>
    </message>
    <message>
        <source>{points} Punkte</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>Zielbereich: {name}</source>
        <translation>goal area: {name}</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <source>Karte #{number} – {title}</source>
        <translation>Card #{number} – {title}</translation>
    </message>
    <message>
        <source>Karte bearbeiten</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Bereiche der Karte</source>
        <translation>Sections of the card</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Verlauf</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Kartennummer</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Titel der Karte</source>
        <translation>Card title</translation>
    </message>
    <message>
        <source>Board „{board}“ · Spalte „{column}“ · angelegt am {date}</source>
        <translation>Board “{board}” · column “{column}” · created on {date}</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Worum geht es? Keine Namen oder Aktenzeichen von Kundinnen und Kunden.</source>
        <translation>What is it about? No client names or file numbers.</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <source>kritisch</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>Fällig am</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>ke&amp;in Fälligkeitsdatum</source>
        <translation>n&amp;o due date</translation>
    </message>
    <message>
        <source>kein Fälligkeitsdatum</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>Schätzung in Punkten</source>
        <translation>Estimate in points</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source> Punkte</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Story Points; ganz nach unten: keine Schätzung</source>
        <translation>Story points; all the way down: no estimate</translation>
    </message>
    <message>
        <source>Zielbereich</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <source>kein Zielbereich</source>
        <translation>no goal area</translation>
    </message>
    <message>
        <source>Bl&amp;ockiert</source>
        <translation>Bl&amp;ocked</translation>
    </message>
    <message>
        <source>Blockiert</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Grund der Blockade</source>
        <translation>Reason for the block</translation>
    </message>
    <message>
        <source>Worauf wartet die Karte?</source>
        <translation>What is the card waiting for?</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Zuständige Teammitglieder</source>
        <translation>Assigned team members</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Network partners</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>P&amp;riorität:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <source>&amp;Fällig am:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <source>&amp;Schätzung:</source>
        <translation>&amp;Estimate:</translation>
    </message>
    <message>
        <source>Zi&amp;elbereich:</source>
        <translation>&amp;Goal area:</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Assignees:</translation>
    </message>
    <message>
        <source>&amp;Netzwerkpartner:</source>
        <translation>&amp;Network partners:</translation>
    </message>
    <message>
        <source>Checkliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Leertaste hakt ab, F2 bearbeitet den Text, Entf löscht den Eintrag.</source>
        <translation>Space ticks an item, F2 edits its text, Del deletes it.</translation>
    </message>
    <message>
        <source>Neuer Checklisten-Eintrag</source>
        <translation>New checklist item</translation>
    </message>
    <message>
        <source>Eintrag eingeben und Enter drücken</source>
        <translation>Type an item and press Enter</translation>
    </message>
    <message>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Eintrag hinzufügen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Eintrag nach oben</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Eintrag nach unten</source>
        <translation>Move item down</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Eintrag löschen</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag:</source>
        <translation>New &amp;item:</translation>
    </message>
    <message>
        <source>Kommentare</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Be&amp;arbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Kommentar bearbeiten</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Kommentar löschen</source>
        <translation>Delete comment</translation>
    </message>
    <message>
        <source>Kommentar verfasst von</source>
        <translation>Comment written by</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Neuer Kommentar</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Strg+Enter sendet den Kommentar.</source>
        <translation>Ctrl+Enter sends the comment.</translation>
    </message>
    <message>
        <source>Kommentar schreiben … (Strg+Enter sendet)</source>
        <translation>Write a comment… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <source>&amp;Senden</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Kommentar senden</source>
        <translation>Send comment</translation>
    </message>
    <message>
        <source>Kommentar senden (Strg+Enter)</source>
        <translation>Send comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Bearbeiten a&amp;bbrechen</source>
        <translation>Cancel editin&amp;g</translation>
    </message>
    <message>
        <source>Bearbeiten des Kommentars abbrechen</source>
        <translation>Stop editing the comment</translation>
    </message>
    <message>
        <source>&amp;Neuer Kommentar:</source>
        <translation>&amp;New comment:</translation>
    </message>
    <message>
        <source>Ver&amp;fasst von:</source>
        <translation>Written &amp;by:</translation>
    </message>
    <message>
        <source>Verlauf der Karte</source>
        <translation>History of the card</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} (inaktiv)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Dieses Board hat noch keine Labels.</source>
        <translation>This board has no labels yet.</translation>
    </message>
    <message>
        <source>Keine Teammitglieder angelegt.</source>
        <translation>No team members yet.</translation>
    </message>
    <message>
        <source>Keine Netzwerkpartner angelegt.</source>
        <translation>No network partners yet.</translation>
    </message>
    <message>
        <source>ohne Namen</source>
        <translation>no name</translation>
    </message>
    <message>
        <source> (bearbeitet)</source>
        <translation> (edited)</translation>
    </message>
    <message>
        <source>&amp;Checkliste ({done}/{total})</source>
        <translation>&amp;Checklist ({done}/{total})</translation>
    </message>
    <message>
        <source>&amp;Checkliste</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Kommentare ({n})</source>
        <translation>Co&amp;mments ({n})</translation>
    </message>
    <message>
        <source>&amp;Kommentare</source>
        <translation>Co&amp;mments</translation>
    </message>
    <message>
        <source>Diese Karte stammt aus einem Paket einer anderen Dienststelle und kann hier nur gelesen werden.</source>
        <translation>This card comes from another office’s bundle and is read-only here.</translation>
    </message>
    <message>
        <source>Diese Karte ist archiviert und kann nur gelesen werden. Zum Bearbeiten bitte zuerst im Archiv des Boards wiederherstellen.</source>
        <translation>This card is archived and read-only. To edit it, first restore it from the board’s archive.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Der Titel darf nicht leer sein.</source>
        <translation>The title must not be empty.</translation>
    </message>
    <message>
        <source>Die Änderungen wurden nicht gespeichert. Die Eingaben bleiben erhalten.</source>
        <translation>The changes were not saved. Your input is kept.</translation>
    </message>
    <message>
        <source>Änderungen verwerfen?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Die Änderungen an dieser Karte sind noch nicht gespeichert. Sollen sie verworfen werden?</source>
        <translation>The changes to this card are not saved yet. Discard them?</translation>
    </message>
    <message>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Der Kommentar darf nicht leer sein.</source>
        <translation>The comment must not be empty.</translation>
    </message>
    <message>
        <source>Kommentar &amp;ändern:</source>
        <translation>&amp;Change comment:</translation>
    </message>
    <message>
        <source>Kommentar ändern</source>
        <translation>Change comment</translation>
    </message>
    <message>
        <source>Änderung &amp;speichern</source>
        <translation>&amp;Save change</translation>
    </message>
    <message>
        <source>Geänderten Kommentar speichern</source>
        <translation>Save the changed comment</translation>
    </message>
    <message>
        <source>Soll dieser Kommentar gelöscht werden? Das kann nicht rückgängig gemacht werden.</source>
        <translation>Delete this comment? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Diagramm wird gezeichnet …</source>
        <translation>Drawing chart…</translation>
    </message>
    <message>
        <source>{title} als Tabelle</source>
        <translation>{title} as a table</translation>
    </message>
    <message>
        <source>Als &amp;Tabelle</source>
        <translation>As &amp;table</translation>
    </message>
    <message>
        <source>{title} als Tabelle zeigen</source>
        <translation>Show {title} as a table</translation>
    </message>
    <message>
        <source>Beschreibung: {title}</source>
        <translation>Description: {title}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Wie geht es Ihnen heute?</source>
        <translation>How are you today?</translation>
    </message>
    <message>
        <source>Freiwillig: Wer mag, tippt eine Zahl von 1 bis 5. Die Werte werden ohne Namen gespeichert.</source>
        <translation>Optional: whoever wants to types a number from 1 to 5. The values are stored without names.</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Anzahl der Teilnehmenden</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>&amp;Teilnehmende (für den Vorhang):</source>
        <translation>&amp;Participants (for the curtain):</translation>
    </message>
    <message>
        <source>Vorlage: {name}</source>
        <translation>Template: {name}</translation>
    </message>
    <message>
        <source>ohne Vorlage</source>
        <translation>no template</translation>
    </message>
    <message>
        <source>Anonym: Beiträge werden ohne Namen gespeichert, Stimmen ohne Bezug zu Personen.</source>
        <translation>Anonymous: items are stored without names, votes without any link to people.</translation>
    </message>
    <message>
        <source>Mit Namen: Wer mag, kann beim Schreiben seinen Namen angeben.</source>
        <translation>With names: whoever wants to can give their name when writing.</translation>
    </message>
    <message>
        <source>Abstimmung: {budget} pro Person, höchstens {cap} pro Thema.</source>
        <translation>Voting: {budget} per person, at most {cap} per topic.</translation>
    </message>
    <message>
        <source>Board: {board}</source>
        <translation>Board: {board}</translation>
    </message>
    <message>
        <source>Sprint: {sprint}</source>
        <translation>Sprint: {sprint}</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Wie hat sich die Zeit gelohnt? (ROTI)</source>
        <translation>Was the time well spent? (ROTI)</translation>
    </message>
    <message>
        <source>Return on Time Invested: Jede Person tippt einen Wert von 1 (Zeit verschwendet) bis 5 (sehr gelohnt) – ohne Namen.</source>
        <translation>Return on Time Invested: each person types a value from 1 (time wasted) to 5 (very worthwhile) – without names.</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>„Abschließen“ beendet die Retrospektive. Über „Zurück“ lässt sie sich später wieder öffnen.</source>
        <translation>“Finish” ends the retrospective. It can be reopened later with “Back”.</translation>
    </message>
    <message>
        <source>Keine Maßnahmen vereinbart.</source>
        <translation>No action items agreed.</translation>
    </message>
    <message>
        <source>1 Maßnahme</source>
        <translation>1 action item</translation>
    </message>
    <message>
        <source>{n} Maßnahmen</source>
        <translation>{n} action items</translation>
    </message>
    <message>
        <source>{k} davon auf dem Board</source>
        <translation>{k} of them on the board</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Spalte bearbeiten</source>
        <extracomment>Where a new column goes (0 = leftmost); None when editing.</extracomment>
        <translation>Edit column</translation>
    </message>
    <message>
        <source>Neue Spalte</source>
        <translation>New column</translation>
    </message>
    <message>
        <source>z. B. Abstimmung mit Partnern</source>
        <translation>e.g. Coordination with partners</translation>
    </message>
    <message>
        <source>Name der Spalte</source>
        <translation>Column name</translation>
    </message>
    <message>
        <source>Bedeutung der Spalte</source>
        <translation>Meaning of the column</translation>
    </message>
    <message>
        <source>Die Bedeutung bestimmt, wie Auswertungen die Spalte zählen (Durchlaufzeit, Burndown, kumulativer Fluss).</source>
        <translation>The meaning decides how reports count the column (cycle time, burndown, cumulative flow).</translation>
    </message>
    <message>
        <source>kein Limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>WIP-Limit</source>
        <translation>WIP limit</translation>
    </message>
    <message>
        <source>Höchstzahl gleichzeitiger Karten in der Spalte; 0 heißt kein Limit.</source>
        <translation>Maximum number of cards in the column at the same time; 0 means no limit.</translation>
    </message>
    <message>
        <source>weich – warnt nur</source>
        <translation>soft – only warns</translation>
    </message>
    <message>
        <source>fest – nimmt keine weitere Karte an</source>
        <translation>hard – accepts no further card</translation>
    </message>
    <message>
        <source>Art des WIP-Limits</source>
        <translation>Kind of WIP limit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Bedeutung:</source>
        <translation>&amp;Meaning:</translation>
    </message>
    <message>
        <source>&amp;WIP-Limit:</source>
        <translation>&amp;WIP limit:</translation>
    </message>
    <message>
        <source>&amp;Art des Limits:</source>
        <translation>&amp;Kind of limit:</translation>
    </message>
    <message>
        <source>Erste Spalte</source>
        <translation>First column</translation>
    </message>
    <message>
        <source>Ganz links, vor „{a}“</source>
        <translation>Far left, before “{a}”</translation>
    </message>
    <message>
        <source>Ganz rechts, nach „{a}“</source>
        <translation>Far right, after “{a}”</translation>
    </message>
    <message>
        <source>Zwischen „{a}“ und „{b}“</source>
        <translation>Between “{a}” and “{b}”</translation>
    </message>
    <message>
        <source>Position der neuen Spalte</source>
        <translation>Position of the new column</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Ein weiches Limit warnt beim Überschreiten, ein festes lässt keine weitere Karte in die Spalte.</source>
        <translation>A soft limit warns when it is exceeded; a hard one lets no further card into the column.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <source>+ Karte hinzufügen (Enter)</source>
        <translation>+ Add a card (Enter)</translation>
    </message>
    <message>
        <source>Neue Karte in „{column}“</source>
        <translation>New card in “{column}”</translation>
    </message>
    <message>
        <source>{n} Karten</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <source>{n} Karten, WIP-Limit {limit} (fest) – überschritten</source>
        <translation>{n} cards, WIP limit {limit} (hard) – exceeded</translation>
    </message>
    <message>
        <source>{n} Karten, WIP-Limit {limit} (fest)</source>
        <translation>{n} cards, WIP limit {limit} (hard)</translation>
    </message>
    <message>
        <source>{n} Karten, WIP-Limit {limit} (weich) – überschritten</source>
        <translation>{n} cards, WIP limit {limit} (soft) – exceeded</translation>
    </message>
    <message>
        <source>{n} Karten, WIP-Limit {limit} (weich)</source>
        <translation>{n} cards, WIP limit {limit} (soft)</translation>
    </message>
    <message>
        <source>Spalte {column}, {counts}</source>
        <translation>Column {column}, {counts}</translation>
    </message>
</context>
<context>
    <name>ColumnKind</name>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Zu erledigen</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>In Arbeit</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>CompleteSprintDialog</name>
    <message>
        <source>Sprint abschließen – {name}</source>
        <translation>Complete sprint – {name}</translation>
    </message>
    <message>
        <source>„{name}“ abschließen</source>
        <translation>Complete “{name}”</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Sprint-Ziel: {goal}</source>
        <translation>Sprint goal: {goal}</translation>
    </message>
    <message>
        <source>Für diesen Sprint ist kein Ziel festgehalten.</source>
        <translation>No goal was recorded for this sprint.</translation>
    </message>
    <message>
        <source>{cards} · {points}</source>
        <translation>{cards} · {points}</translation>
    </message>
    <message>
        <source>Erledigt: {summary}</source>
        <translation>Done: {summary}</translation>
    </message>
    <message>
        <source>Nicht erledigt: {summary}</source>
        <translation>Not done: {summary}</translation>
    </message>
    <message>
        <source>Erledigt:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <source>Nicht erledigt:</source>
        <translation>Not done:</translation>
    </message>
    <message>
        <source>Nicht erledigte Karten</source>
        <translation>Unfinished cards</translation>
    </message>
    <message>
        <source>&amp;Zurück ins Backlog</source>
        <translation>Back to the &amp;backlog</translation>
    </message>
    <message>
        <source>In den &amp;nächsten Sprint:</source>
        <translation>To the &amp;next sprint:</translation>
    </message>
    <message>
        <source>Nächster Sprint</source>
        <translation>Next sprint</translation>
    </message>
    <message>
        <source>läuft</source>
        <translation>active</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>{name} ({state}, ab {start})</source>
        <translation>{name} ({state}, from {start})</translation>
    </message>
    <message>
        <source>In einen ne&amp;uen Sprint</source>
        <translation>To a ne&amp;w sprint</translation>
    </message>
    <message>
        <source>„{name}“, {start} – {end}</source>
        <translation>“{name}”, {start} – {end}</translation>
    </message>
    <message>
        <source>kein weiterer offener Sprint</source>
        <translation>no other open sprint</translation>
    </message>
    <message>
        <source>Alle Karten des Sprints sind erledigt.</source>
        <translation>All cards of the sprint are done.</translation>
    </message>
    <message>
        <source>Erledigte Karten bleiben im Sprint und in ihrer Spalte.</source>
        <translation>Done cards stay in the sprint and in their column.</translation>
    </message>
    <message>
        <source>Sprint-Ziel erreicht?</source>
        <translation>Sprint goal reached?</translation>
    </message>
    <message>
        <source>&amp;Ja</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>N&amp;ein</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>&amp;Offen</source>
        <translation>&amp;Undecided</translation>
    </message>
    <message>
        <source>Sprint-Ziel erreicht: ja</source>
        <translation>Sprint goal reached: yes</translation>
    </message>
    <message>
        <source>Sprint-Ziel erreicht: nein</source>
        <translation>Sprint goal reached: no</translation>
    </message>
    <message>
        <source>Sprint-Ziel erreicht: offen</source>
        <translation>Sprint goal reached: undecided</translation>
    </message>
    <message>
        <source>Notiz zum Sprint-Ziel</source>
        <translation>Note on the sprint goal</translation>
    </message>
    <message>
        <source>Was hat geholfen, was hat gefehlt? (optional)</source>
        <translation>What helped, what was missing? (optional)</translation>
    </message>
    <message>
        <source>No&amp;tiz:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Sprint abschließen</source>
        <translation>Complete sprint</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte den Sprint wählen, in den die offenen Karten wandern.</source>
        <translation>Please choose the sprint the unfinished cards move to.</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>Ich bin dran</source>
        <extracomment>a person finished their turn (voting) the facilitator wants to see the result the voter token of the open voting sheet (never stored anywhere else) &quot;Fertig – Vorhang zu&quot; of the open sheet</extracomment>
        <translation>My turn</translation>
    </message>
    <message>
        <source>Öffnet ein leeres Blatt nur für die Person am Gerät (Enter)</source>
        <translation>Opens a blank sheet just for the person at the computer (Enter)</translation>
    </message>
    <message>
        <source>Ergebnis zeigen</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>Deckt die Stimmen aller auf</source>
        <translation>Reveals everyone’s votes</translation>
    </message>
    <message>
        <source>Abstimmung beenden …</source>
        <translation>End voting…</translation>
    </message>
    <message>
        <source>Das Ergebnis zeigen, obwohl noch nicht alle abgestimmt haben</source>
        <translation>Show the result although not everyone has voted yet</translation>
    </message>
    <message>
        <source>Anzahl der Teilnehmenden</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>So viele Personen kommen nacheinander ans Gerät</source>
        <translation>This many people come to the computer one after another</translation>
    </message>
    <message>
        <source>&amp;Teilnehmende:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>Für diese Retrospektive sind keine Stimmen vorgesehen</source>
        <translation>No votes are planned for this retrospective</translation>
    </message>
    <message>
        <source>Die Themen werden in der Reihenfolge besprochen, in der sie gruppiert wurden.</source>
        <translation>The topics are discussed in the order in which they were grouped.</translation>
    </message>
    <message>
        <source>Alle {n} Personen haben abgestimmt</source>
        <translation>All {n} people have voted</translation>
    </message>
    <message>
        <source>Die Person hat abgestimmt</source>
        <translation>The person has voted</translation>
    </message>
    <message>
        <source>Jetzt kann das Ergebnis aufgedeckt werden. Wer noch nicht dran war, kommt mit „Noch eine Person“ ans Gerät.</source>
        <translation>The result can now be revealed. Anyone who has not had a turn yet comes to the computer with “One more person”.</translation>
    </message>
    <message>
        <source>Alle {n} Personen haben geschrieben</source>
        <translation>All {n} people have written</translation>
    </message>
    <message>
        <source>Die Person hat geschrieben</source>
        <translation>The person has written</translation>
    </message>
    <message>
        <source>Weiter zum Aufdecken mit „Weiter“ (Strg+Pfeil rechts oder Bild ab). Wer noch etwas ergänzen möchte, kommt mit „Noch eine Person“ ans Gerät.</source>
        <translation>Go on to Reveal with “Next” (Ctrl+Right or Page Down). Anyone who wants to add something comes to the computer with “One more person”.</translation>
    </message>
    <message>
        <source>Noch eine Person</source>
        <translation>One more person</translation>
    </message>
    <message>
        <source>Person {k} von {n} – bitte ans Gerät</source>
        <translation>Person {k} of {n} – please come to the computer</translation>
    </message>
    <message>
        <source>Der Vorhang ist zu. Mit „Ich bin dran“ sehen Sie die Themen und verteilen Ihre Stimmen – die Stimmen der anderen bleiben verdeckt, bis alle abgestimmt haben.</source>
        <translation>The curtain is closed. With “My turn” you see the topics and cast your votes – the others’ votes stay hidden until everyone has voted.</translation>
    </message>
    <message>
        <source>Der Vorhang ist zu: Alles bisher Geschriebene bleibt verdeckt. Mit „Ich bin dran“ öffnet sich ein leeres Blatt – nur für Sie.</source>
        <translation>The curtain is closed: everything written so far stays hidden. “My turn” opens a blank sheet – just for you.</translation>
    </message>
    <message>
        <source>{done} von {n} haben abgestimmt</source>
        <translation>{done} of {n} have voted</translation>
    </message>
    <message>
        <source>{done} von {n} fertig · {items} Beiträge verdeckt</source>
        <translation>{done} of {n} done · {items} items hidden</translation>
    </message>
    <message>
        <source>{done} von {n} fertig · 1 Beitrag verdeckt</source>
        <translation>{done} of {n} done · 1 item hidden</translation>
    </message>
    <message>
        <source>Text noch nicht hinzugefügt</source>
        <translation>Text not added yet</translation>
    </message>
    <message>
        <source>In einem Eingabefeld steht noch Text, der nicht hinzugefügt wurde. Trotzdem den Vorhang schließen? Der Text geht dann verloren.</source>
        <translation>There is still text in an input field that has not been added. Close the curtain anyway? The text will then be lost.</translation>
    </message>
    <message>
        <source>Vorhang schließen</source>
        <translation>Close curtain</translation>
    </message>
    <message>
        <source>Person {k} – Ihr Blatt</source>
        <translation>Person {k} – your sheet</translation>
    </message>
    <message>
        <source>Nur Ihre eigenen Beiträge sind zu sehen; alles, was andere geschrieben haben, bleibt bis zum Aufdecken verdeckt. Enter fügt einen Beitrag hinzu, Entf nimmt ihn wieder heraus.</source>
        <translation>Only your own items are visible; everything the others wrote stays hidden until the reveal. Enter adds an item, Del takes it out again.</translation>
    </message>
    <message>
        <source>Anonym – Ihr Name wird nicht gespeichert</source>
        <translation>Anonymous – your name is not stored</translation>
    </message>
    <message>
        <source>Ich bin</source>
        <translation>My name</translation>
    </message>
    <message>
        <source>– ohne Namen –</source>
        <translation>– no name –</translation>
    </message>
    <message>
        <source>&amp;Ich bin:</source>
        <translation>&amp;My name:</translation>
    </message>
    <message>
        <source>Noch keine Beiträge von Ihnen.</source>
        <translation>No items from you yet.</translation>
    </message>
    <message>
        <source>Fertig – Vorhang zu</source>
        <translation>Done – close curtain</translation>
    </message>
    <message>
        <source>Schließt Ihr Blatt; die nächste Person ist dran (Strg+Enter)</source>
        <translation>Closes your sheet; it’s the next person’s turn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Neuer Beitrag zu „{prompt}“</source>
        <translation>New item for “{prompt}”</translation>
    </message>
    <message>
        <source>Beitrag schreiben, Enter …</source>
        <translation>Write an item, Enter…</translation>
    </message>
    <message>
        <source>Hinzufügen (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Beitrag zu „{prompt}“ hinzufügen</source>
        <translation>Add item to “{prompt}”</translation>
    </message>
    <message>
        <source>Ihre Beiträge zu „{prompt}“</source>
        <translation>Your items for “{prompt}”</translation>
    </message>
    <message>
        <source>1 Beitrag von Ihnen gespeichert.</source>
        <translation>1 item from you saved.</translation>
    </message>
    <message>
        <source>{n} Beiträge von Ihnen gespeichert.</source>
        <translation>{n} items from you saved.</translation>
    </message>
    <message>
        <source>Beitrag herausgenommen – der Text steht wieder im Eingabefeld.</source>
        <translation>Item taken out – the text is back in the input field.</translation>
    </message>
    <message>
        <source>&amp;Herausnehmen</source>
        <translation>&amp;Take out</translation>
    </message>
    <message>
        <source>Person {k} – Ihre Stimmen</source>
        <translation>Person {k} – your votes</translation>
    </message>
    <message>
        <source>Jede Person hat {budget} Stimmen, höchstens {cap} pro Thema. „+“ vergibt eine Stimme, „−“ nimmt sie zurück. Die Stimmen der anderen bleiben verdeckt.</source>
        <translation>Each person has {budget} votes, at most {cap} per topic. “+” casts a vote, “−” takes it back. The others’ votes stay hidden.</translation>
    </message>
    <message>
        <source>Es gibt noch keine Beiträge, für die man stimmen könnte.</source>
        <translation>There are no items to vote on yet.</translation>
    </message>
    <message>
        <source>Schließt Ihre Abstimmung; die nächste Person ist dran (Strg+Enter)</source>
        <translation>Closes your vote; it’s the next person’s turn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>… und {n} weitere</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Eine Stimme zurücknehmen</source>
        <translation>Take back a vote</translation>
    </message>
    <message>
        <source>Eine Stimme von „{topic}“ zurücknehmen</source>
        <translation>Take back a vote from “{topic}”</translation>
    </message>
    <message>
        <source>Eine Stimme vergeben</source>
        <translation>Cast a vote</translation>
    </message>
    <message>
        <source>Eine Stimme für „{topic}“ vergeben</source>
        <translation>Cast a vote for “{topic}”</translation>
    </message>
    <message>
        <source>Ihre Stimmen für „{topic}“: {n}</source>
        <translation>Your votes for “{topic}”: {n}</translation>
    </message>
    <message>
        <source>noch {left} von {budget}</source>
        <translation>{left} of {budget} left</translation>
    </message>
    <message>
        <source>Noch {left} von {budget} Stimmen frei</source>
        <translation>{left} of {budget} votes left</translation>
    </message>
    <message>
        <source>Alle Stimmen sind verteilt. Mit „Fertig – Vorhang zu“ ist die nächste Person dran.</source>
        <translation>All votes are cast. With “Done – close curtain” it’s the next person’s turn.</translation>
    </message>
    <message>
        <source>Abstimmung beenden</source>
        <translation>End voting</translation>
    </message>
    <message>
        <source>Erst {done} von {n} Personen haben abgestimmt. Die Abstimmung trotzdem beenden und das Ergebnis zeigen?</source>
        <translation>Only {done} of {n} people have voted. End the voting anyway and show the result?</translation>
    </message>
</context>
<context>
    <name>Discussion</name>
    <message>
        <source>Themen nach Stimmen</source>
        <translation>Topics by votes</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Die meisten Stimmen zuerst. Pfeiltasten wählen das Thema.</source>
        <translation>Most votes first. The arrow keys choose the topic.</translation>
    </message>
    <message>
        <source>Beiträge zum Thema</source>
        <translation>Items on the topic</translation>
    </message>
    <message>
        <source>Notizen zur Diskussion</source>
        <translation>Discussion notes</translation>
    </message>
    <message>
        <source>Was wurde besprochen? Ursachen, Ideen, Vereinbarungen …</source>
        <translation>What was discussed? Causes, ideas, agreements…</translation>
    </message>
    <message>
        <source>&amp;Notizen zur Diskussion</source>
        <translation>&amp;Discussion notes</translation>
    </message>
    <message>
        <source>Maßnahme zu diesem Thema</source>
        <translation>Action item for this topic</translation>
    </message>
    <message>
        <source>Maßnahme zu diesem Thema festhalten, Enter …</source>
        <translation>Record an action item for this topic, Enter…</translation>
    </message>
    <message>
        <source>Maßnahme festhalten</source>
        <translation>Record action item</translation>
    </message>
    <message>
        <source>Verantwortliche Person und Termin folgen in der Phase „Maßnahmen“</source>
        <translation>Responsible person and due date follow in the “Action items” phase</translation>
    </message>
    <message>
        <source>{title}, {points}, {items}</source>
        <translation>{title}, {points}, {items}</translation>
    </message>
    <message>
        <source>Noch keine Themen</source>
        <translation>No topics yet</translation>
    </message>
    <message>
        <source>Maßnahmen zu diesem Thema: {actions}</source>
        <translation>Action items for this topic: {actions}</translation>
    </message>
    <message>
        <source>wird gespeichert …</source>
        <translation>saving…</translation>
    </message>
    <message>
        <source>gespeichert</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Maßnahme „{text}“ festgehalten.</source>
        <translation>Action item “{text}” recorded.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>Person löschen (DSGVO Art. 17)</source>
        <translation>Erase person (GDPR Art. 17)</translation>
    </message>
    <message>
        <source>„{name}“ endgültig löschen?</source>
        <translation>Erase “{name}” permanently?</translation>
    </message>
    <message>
        <source>Der Name kommt in {n} Einträgen vor: {where}.</source>
        <translation>The name appears in {n} entries: {where}.</translation>
    </message>
    <message>
        <source>In Texten kommt der Name nicht vor.</source>
        <translation>The name does not appear in any texts.</translation>
    </message>
    <message>
        <source>Der Name wird überall durch „{label}“ ersetzt: in der Liste der Teammitglieder, auf Karten, in Kommentaren, Checklisten und im Verlauf, in Retrospektiven und Maßnahmen.</source>
        <translation>The name is replaced everywhere by “{label}”: in the list of team members, on cards, in comments, checklists and the history, in retrospectives and action items.</translation>
    </message>
    <message>
        <source>Die Arbeit bleibt erhalten: Karten, Zuweisungen, Verlauf und Kennzahlen ändern sich nicht. Die Rolle der Person wird gelöscht, sie wird deaktiviert.</source>
        <translation>The work is kept: cards, assignments, history and metrics do not change. The person’s role is deleted and the person is deactivated.</translation>
    </message>
    <message>
        <source>Danach wird die Datenbankdatei bereinigt, damit keine alten Reste des Namens darin bleiben.</source>
        <translation>Afterwards the database file is cleaned up so that no old traces of the name remain in it.</translation>
    </message>
    <message>
        <source>Vorhandene Sicherungskopien ({n}) und bereits verschickte Pakete enthalten den Namen weiterhin. Die Sicherungen können Sie anschließend löschen.</source>
        <translation>Existing backup copies ({n}) and bundles already sent still contain the name. You can delete the backups afterwards.</translation>
    </message>
    <message>
        <source>Mit demselben Namen gibt es auch Teammitglieder in: {sites}. Diese bleiben unverändert.</source>
        <translation>There are also team members with the same name in: {sites}. They stay unchanged.</translation>
    </message>
    <message>
        <source>Was beim Löschen geschieht</source>
        <translation>What erasing does</translation>
    </message>
    <message>
        <source>Das kann nicht rückgängig gemacht werden.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Ich habe verstanden: Der Name wird unwiderruflich gelöscht.</source>
        <translation>&amp;I understand: the name will be erased irrevocably.</translation>
    </message>
    <message>
        <source>Endgültig löschen</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Person endgültig löschen</source>
        <translation>Erase person permanently</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Dienststellen</source>
        <extracomment>The entity types of a bundle (``kimboard.core.bundle.entities``), plural, for tables.</extracomment>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Teammitglieder</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Network partners</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Spalten</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Checklisten-Einträge</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>Kommentare</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Verlaufseinträge</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>Retro-Vorlagen</source>
        <translation>Retro templates</translation>
    </message>
    <message>
        <source>Fragen von Retro-Vorlagen</source>
        <translation>Retro template questions</translation>
    </message>
    <message>
        <source>Retrospektiven</source>
        <translation>Retrospectives</translation>
    </message>
    <message>
        <source>Retro-Gruppen</source>
        <translation>Retro groups</translation>
    </message>
    <message>
        <source>Retro-Beiträge</source>
        <translation>Retro items</translation>
    </message>
    <message>
        <source>Retro-Punkte</source>
        <translation>Retro votes</translation>
    </message>
    <message>
        <source>Retro-Bewertungen</source>
        <translation>Retro ratings</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Lösungsansätze</source>
        <translation>Solution approaches</translation>
    </message>
    <message>
        <source>Statuswechsel von Lösungsansätzen</source>
        <translation>Solution approach status changes</translation>
    </message>
    <message>
        <source>Übernahmen von Lösungsansätzen</source>
        <translation>Solution approach adoptions</translation>
    </message>
    <message>
        <source>Übernahmen von Boards</source>
        <translation>Board adoptions</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <extracomment>The same, singular, for one row (a conflict).</extracomment>
        <translation>Office</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Teammitglied</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Swimlane</source>
        <translation>Swimlane</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Checklisten-Eintrag</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Verlaufseintrag</source>
        <translation>History entry</translation>
    </message>
    <message>
        <source>Retro-Vorlage</source>
        <translation>Retro template</translation>
    </message>
    <message>
        <source>Frage einer Retro-Vorlage</source>
        <translation>Retro template question</translation>
    </message>
    <message>
        <source>Retrospektive</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <source>Retro-Gruppe</source>
        <translation>Retro group</translation>
    </message>
    <message>
        <source>Retro-Beitrag</source>
        <translation>Retro item</translation>
    </message>
    <message>
        <source>Retro-Punkt</source>
        <translation>Retro vote</translation>
    </message>
    <message>
        <source>Retro-Bewertung</source>
        <translation>Retro rating</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Lösungsansatz</source>
        <translation>Solution approach</translation>
    </message>
    <message>
        <source>Statuswechsel</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Übernahme eines Lösungsansatzes</source>
        <translation>Adoption of a solution approach</translation>
    </message>
    <message>
        <source>Übernahme eines Boards</source>
        <translation>Adoption of a board</translation>
    </message>
    <message>
        <source>ganze Dienststelle</source>
        <translation>whole office</translation>
    </message>
    <message>
        <source>ein Board</source>
        <translation>a board</translation>
    </message>
    <message>
        <source>eine Retrospektive</source>
        <translation>a retrospective</translation>
    </message>
    <message>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Auf dem Datenträger ist nicht genug Platz.</source>
        <translation>There is not enough space on the disk.</translation>
    </message>
    <message>
        <source>Der Datenträger ist schreibgeschützt.</source>
        <translation>The disk is write-protected.</translation>
    </message>
    <message>
        <source>Keine Berechtigung, im Ordner „{folder}“ zu schreiben.</source>
        <translation>No permission to write in the folder “{folder}”.</translation>
    </message>
    <message>
        <source>Keine Berechtigung für diese Datei.</source>
        <translation>No permission for this file.</translation>
    </message>
    <message>
        <source>Die Datei oder der Ordner ist nicht (mehr) da.</source>
        <translation>The file or folder is not there (any more).</translation>
    </message>
    <message>
        <source>Die Datei konnte nicht gelesen oder geschrieben werden ({reason}).</source>
        <translation>The file could not be read or written ({reason}).</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
    <message>
        <source>von {office}</source>
        <translation>from {office}</translation>
    </message>
    <message>
        <source>Aus einem Paket von „{office}“: hier nur lesbar. Mit „Übernehmen“ wird daraus eine eigene, bearbeitbare Kopie.</source>
        <translation>From a bundle from “{office}”: read-only here. “Adopt” turns it into your own editable copy.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>E-Mail-Adresse</source>
        <extracomment>Item role of the excerpt column: (before, match, after) for the highlighting delegate. Characters of context each side of a finding in the excerpt.</extracomment>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>AZR-Nummer</source>
        <translation>AZR number</translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Paket exportieren – {office}</source>
        <extracomment>Records of these entities belong to a card: the card editor can change them.</extracomment>
        <translation>Export bundle – {office}</translation>
    </message>
    <message>
        <source>Paket exportieren</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>Bac&amp;k</translation>
    </message>
    <message>
        <source>&amp;Weiter: Datenschutz prüfen</source>
        <translation>&amp;Next: check privacy</translation>
    </message>
    <message>
        <source>&amp;Exportieren …</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Dienststelle gibt es nicht (mehr).</source>
        <translation>The office does not exist (any more).</translation>
    </message>
    <message>
        <source>„{office}“ wurde aus einem Paket einer anderen Dienststelle übernommen. Exportieren lassen sich nur Einträge der eigenen Dienststelle.</source>
        <translation>“{office}” was imported from another office’s bundle. Only entries of your own office can be exported.</translation>
    </message>
    <message>
        <source>Das Board gehört nicht zu dieser Dienststelle.</source>
        <translation>The board does not belong to this office.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schritt 1 von 2:&lt;/b&gt; Was soll das Paket enthalten?</source>
        <translation>&lt;b&gt;Step 1 of 2:&lt;/b&gt; What should the bundle contain?</translation>
    </message>
    <message>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Die ganze &amp;Dienststelle „{office}“</source>
        <translation>The whole &amp;office “{office}”</translation>
    </message>
    <message>
        <source>Teams, Teammitglieder, Netzwerkpartner, alle Boards mit Karten und Verlauf, Retrospektiven, Vorlagen und Lösungsansätze.</source>
        <translation>Teams, team members, network partners, all boards with cards and history, retrospectives, templates and solution approaches.</translation>
    </message>
    <message>
        <source>Ein &amp;Board:</source>
        <translation>A &amp;board:</translation>
    </message>
    <message>
        <source>Das Board mit Spalten, Karten, Checklisten, Kommentaren, Verlauf, Sprints und deren Retrospektiven, dazu die darin genannten Teammitglieder und Partner.</source>
        <translation>The board with columns, cards, checklists, comments, history, sprints and their retrospectives, plus the team members and partners named in them.</translation>
    </message>
    <message>
        <source>Board für den Export</source>
        <translation>Board to export</translation>
    </message>
    <message>
        <source>{name} (archiviert)</source>
        <translation>{name} (archived)</translation>
    </message>
    <message>
        <source>Eine &amp;Retrospektive:</source>
        <translation>A &amp;retrospective:</translation>
    </message>
    <message>
        <source>Die Retrospektive mit Beiträgen, Gruppen, Punkten, Bewertungen und Maßnahmen.</source>
        <translation>The retrospective with items, groups, votes, ratings and action items.</translation>
    </message>
    <message>
        <source>Retrospektive für den Export</source>
        <translation>Retrospective to export</translation>
    </message>
    <message>
        <source>{date} – {title}</source>
        <translation>{date} – {title}</translation>
    </message>
    <message>
        <source>&amp;Lösungsansätze:</source>
        <translation>&amp;Solution approaches:</translation>
    </message>
    <message>
        <source>&amp;alle ({n})</source>
        <translation>&amp;all ({n})</translation>
    </message>
    <message>
        <source>nur &amp;ausgewählte:</source>
        <translation>only se&amp;lected:</translation>
    </message>
    <message>
        <source>Lösungsansätze für den Export</source>
        <translation>Solution approaches to export</translation>
    </message>
    <message>
        <source>{title} (archiviert)</source>
        <translation>{title} (archived)</translation>
    </message>
    <message>
        <source>Optionen</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Teammitglieder &amp;pseudonymisieren</source>
        <translation>&amp;Pseudonymise team members</translation>
    </message>
    <message>
        <source>Namen werden zu „Teammitglied 7F3A2C91“ – auch wo sie in Texten stehen. Der Schlüssel dafür bleibt in dieser Datenbank.</source>
        <translation>Names become “Teammitglied 7F3A2C91” – also where they appear in texts. The key for this stays in this database.</translation>
    </message>
    <message>
        <source>&amp;Kommentare weglassen</source>
        <translation>Leave out &amp;comments</translation>
    </message>
    <message>
        <source>&amp;Signieren</source>
        <translation>S&amp;ign</translation>
    </message>
    <message>
        <source>Mit dem Schlüssel der Dienststelle (Fingerabdruck {fp}). Die empfangende Stelle erkennt so, dass das Paket von Ihnen stammt und unverändert ist.</source>
        <translation>With the office’s key (fingerprint {fp}). This way the receiving office can tell that the bundle comes from you and is unchanged.</translation>
    </message>
    <message>
        <source>Beim ersten Signieren wird ein Schlüssel für die Dienststelle angelegt. Die empfangende Stelle erkennt so, dass das Paket von Ihnen stammt und unverändert ist.</source>
        <translation>A key for the office is created the first time you sign. This way the receiving office can tell that the bundle comes from you and is unchanged.</translation>
    </message>
    <message>
        <source>Als Nächstes prüft kimboard alle Texte, die das Paket enthielte, auf personenbezogene Angaben (E-Mail-Adressen, Telefonnummern, Aktenzeichen …).</source>
        <translation>Next, kimboard checks all texts the bundle would contain for personal data (email addresses, phone numbers, file numbers…).</translation>
    </message>
    <message>
        <source>Board „{name}“</source>
        <translation>Board “{name}”</translation>
    </message>
    <message>
        <source>Retrospektive „{title}“</source>
        <translation>Retrospective “{title}”</translation>
    </message>
    <message>
        <source>alle Lösungsansätze</source>
        <translation>all solution approaches</translation>
    </message>
    <message>
        <source>{n} ausgewählte Lösungsansätze</source>
        <translation>{n} selected solution approaches</translation>
    </message>
    <message>
        <source>die ganze Dienststelle „{office}“</source>
        <translation>the whole office “{office}”</translation>
    </message>
    <message>
        <source>pseudonymisiert</source>
        <translation>pseudonymised</translation>
    </message>
    <message>
        <source>ohne Kommentare</source>
        <translation>without comments</translation>
    </message>
    <message>
        <source>signiert</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>nicht signiert</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schritt 2 von 2:&lt;/b&gt; Datenschutz-Prüfung</source>
        <translation>&lt;b&gt;Step 2 of 2:&lt;/b&gt; Privacy check</translation>
    </message>
    <message>
        <source>Ergebnis der Datenschutz-Prüfung</source>
        <translation>Result of the privacy check</translation>
    </message>
    <message>
        <source>Funde der Datenschutz-Prüfung</source>
        <translation>Findings of the privacy check</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Auszug</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Funde</source>
        <translation>Column headers of the findings</translation>
    </message>
    <message>
        <source>So geht es weiter: Texte ändern – ein Doppelklick auf einen Fund in einer Karte öffnet die Karte; danach „Erneut prüfen“. Oder Kommentare weglassen. Oder, wenn jeder Fund geprüft ist und weitergegeben werden darf, trotzdem exportieren.</source>
        <translation>What next: change the texts – double-clicking a finding in a card opens the card; then “Check again”. Or leave out the comments. Or, once every finding has been checked and may be passed on, export anyway.</translation>
    </message>
    <message>
        <source>Karte ö&amp;ffnen …</source>
        <translation>&amp;Open card…</translation>
    </message>
    <message>
        <source>Die Karte des gewählten Fundes bearbeiten; danach wird erneut geprüft.</source>
        <translation>Edit the card of the selected finding; it is checked again afterwards.</translation>
    </message>
    <message>
        <source>Erneut &amp;prüfen</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Das Paket ohne Kommentare erstellen und erneut prüfen.</source>
        <translation>Create the bundle without comments and check again.</translation>
    </message>
    <message>
        <source>Die Texte werden geprüft …</source>
        <translation>Checking the texts…</translation>
    </message>
    <message>
        <source>Paket: {what}</source>
        <translation>Bundle: {what}</translation>
    </message>
    <message>
        <source>{n} mögliche personenbezogene Angabe(n) in den Texten, die das Paket enthielte. Bitte jeden Fund prüfen: Namen, Kontaktdaten oder Aktenzeichen von Kundinnen und Kunden gehören nicht in ein Paket.</source>
        <translation>{n} possible item(s) of personal data in the texts the bundle would contain. Please check every finding: names, contact details or file numbers of clients do not belong in a bundle.</translation>
    </message>
    <message>
        <source>Keine möglichen personenbezogenen Angaben gefunden. Namen von Personen erkennt die Prüfung nicht – bitte denken Sie selbst daran.</source>
        <translation>No possible personal data found. The check does not recognise names of people – please keep an eye on them yourself.</translation>
    </message>
    <message>
        <source>Dieser Text gehört nicht zu einer Karte ({where}). Bitte ändern Sie ihn dort, wo er steht, und prüfen Sie dann erneut.</source>
        <translation>This text does not belong to a card ({where}). Please change it where it is, then check again.</translation>
    </message>
    <message>
        <source>{n} mögliche personenbezogene Angabe(n) würden die Dienststelle verlassen.

Haben Sie jeden Fund geprüft, und dürfen diese Angaben weitergegeben werden?</source>
        <translation>{n} possible item(s) of personal data would leave the office.

Have you checked every finding, and may this data be passed on?</translation>
    </message>
    <message>
        <source>Ja, trotzdem exportieren</source>
        <translation>Yes, export anyway</translation>
    </message>
    <message>
        <source>Das Paket wird geschrieben … {percent} %</source>
        <translation>Writing the bundle… {percent} %</translation>
    </message>
    <message>
        <source>Das Paket wurde gespeichert:
{path}</source>
        <translation>The bundle was saved:
{path}</translation>
    </message>
    <message>
        <source>{n} Einträge, {size}</source>
        <translation>{n} entries, {size}</translation>
    </message>
    <message>
        <source>, pseudonymisiert</source>
        <translation>, pseudonymised</translation>
    </message>
    <message>
        <source>, ohne Kommentare</source>
        <translation>, without comments</translation>
    </message>
    <message>
        <source>Signiert (Fingerabdruck {fp}).</source>
        <translation>Signed (fingerprint {fp}).</translation>
    </message>
    <message>
        <source>Nicht signiert.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <source>Trotz {n} möglicher personenbezogener Angabe(n) exportiert.</source>
        <translation>Exported despite {n} possible item(s) of personal data.</translation>
    </message>
    <message>
        <source>Das Paket wurde nicht gespeichert: {reason}

Es ist keine unvollständige Datei zurückgeblieben.</source>
        <translation>The bundle was not saved: {reason}

No incomplete file was left behind.</translation>
    </message>
    <message>
        <source>Bitte warten, bis die laufende Aufgabe fertig ist, und es dann erneut versuchen.</source>
        <translation>Please wait until the running task has finished, then try again.</translation>
    </message>
    <message>
        <source>&amp;Trotzdem exportieren …</source>
        <translation>E&amp;xport anyway…</translation>
    </message>
    <message>
        <source>Paket speichern</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <source>kimboard-Paket (*.kimb);;Alle Dateien (*)</source>
        <translation>kimboard bundle (*.kimb);;All files (*)</translation>
    </message>
    <message>
        <source>Zurück zur Prüfung</source>
        <translation>Back to the check</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Suchen (Strg+F) …</source>
        <extracomment>the new filter without search ids; the page adds those from the index</extracomment>
        <translation>Search (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Karten durchsuchen</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <source>Nach zuständiger Person filtern</source>
        <translation>Filter by assignee</translation>
    </message>
    <message>
        <source>Nach Label filtern</source>
        <translation>Filter by label</translation>
    </message>
    <message>
        <source>Nach Zielbereich filtern</source>
        <translation>Filter by goal area</translation>
    </message>
    <message>
        <source>Nach Fälligkeit filtern</source>
        <translation>Filter by due date</translation>
    </message>
    <message>
        <source>Alle Fälligkeiten</source>
        <translation>Any due date</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Fällig diese Woche</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Nach Sprint filtern</source>
        <translation>Filter by sprint</translation>
    </message>
    <message>
        <source>Nur &amp;blockierte</source>
        <translation>&amp;Blocked only</translation>
    </message>
    <message>
        <source>Nur blockierte Karten zeigen</source>
        <translation>Show only blocked cards</translation>
    </message>
    <message>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>Alle Filter zurücksetzen</source>
        <translation>Reset all filters</translation>
    </message>
    <message>
        <source>Alle Personen</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Alle Labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <source>Alle Zielbereiche</source>
        <translation>All goal areas</translation>
    </message>
    <message>
        <source>Alle Karten</source>
        <translation>All cards</translation>
    </message>
    <message>
        <source>Laufender Sprint</source>
        <translation>Active sprint</translation>
    </message>
    <message>
        <source>Nicht im laufenden Sprint</source>
        <translation>Not in the active sprint</translation>
    </message>
    <message>
        <source>{visible} von {total} Karten</source>
        <translation>{visible} of {total} cards</translation>
    </message>
    <message>
        <source>{total} Karten</source>
        <translation>{total} cards</translation>
    </message>
</context>
<context>
    <name>Finished</name>
    <message>
        <source>Beiträge</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Stimmen</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Stimmung Ø</source>
        <translation>Mood avg.</translation>
    </message>
    <message>
        <source>ROTI Ø</source>
        <translation>ROTI avg.</translation>
    </message>
    <message>
        <source>Themen und Notizen</source>
        <translation>Topics and notes</translation>
    </message>
    <message>
        <source>Keine Beiträge.</source>
        <translation>No items.</translation>
    </message>
    <message>
        <source>Keine Maßnahmen vereinbart.</source>
        <translation>No action items agreed.</translation>
    </message>
</context>
<context>
    <name>GoalAreasPage</name>
    <message>
        <source>Zielbereiche</source>
        <extracomment>A solution approach was activated (its UUID): the window may open the library.</extracomment>
        <translation>Goal areas</translation>
    </message>
    <message>
        <source>Die sieben Zielbereiche des Kommunalen Integrationsmanagements – und was die Dienststelle für jeden tut: Karten auf den Boards, Lösungsansätze und Maßnahmen aus Retrospektiven.</source>
        <translation>The seven goal areas of municipal integration management (KIM) – and what the office does for each: cards on the boards, solution approaches and action items from retrospectives.</translation>
    </message>
    <message>
        <source>Zielbereich</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <source>Karten offen / erledigt</source>
        <translation>Cards open / done</translation>
    </message>
    <message>
        <source>Lösungsansätze</source>
        <translation>Solution approaches</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Liste der Zielbereiche</source>
        <translation>List of goal areas</translation>
    </message>
    <message>
        <source>Was die Dienststelle für den Zielbereich tut</source>
        <translation>What the office does for the goal area</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Zielbereiche – {office}</source>
        <translation>Goal areas – {office}</translation>
    </message>
    <message>
        <source>Ohne Zielbereich: {open} offene und {done} erledigte Karten, {approaches} Lösungsansätze, {actions} Maßnahmen.</source>
        <translation>Without a goal area: {open} open and {done} done cards, {approaches} solution approaches, {actions} action items.</translation>
    </message>
    <message>
        <source>{open} offene und {done} erledigte Karten · {approaches} Lösungsansätze{detail} · {actions} Maßnahmen, davon {done_actions} erledigt</source>
        <translation>{open} open and {done} done cards · {approaches} solution approaches{detail} · {actions} action items, {done_actions} of them done</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Lösungsansatz</source>
        <translation>Solution approach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Retrospektive</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Es werden je Liste die ersten {n} Einträge gezeigt.</source>
        <translation>Each list shows the first {n} entries.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Sprint-Ziel bewerten – {name}</source>
        <extracomment>Chart kinds (as in kimboard.report.charts, repeated so this module imports no matplotlib).</extracomment>
        <translation>Evaluate sprint goal – {name}</translation>
    </message>
    <message>
        <source>Kein Sprint-Ziel festgehalten.</source>
        <translation>No sprint goal recorded.</translation>
    </message>
    <message>
        <source>&amp;Ja, erreicht</source>
        <translation>&amp;Yes, reached</translation>
    </message>
    <message>
        <source>&amp;Nein, nicht erreicht</source>
        <translation>&amp;No, not reached</translation>
    </message>
    <message>
        <source>&amp;Offen</source>
        <translation>&amp;Undecided</translation>
    </message>
    <message>
        <source>Notiz zum Sprint-Ziel</source>
        <translation>Note on the sprint goal</translation>
    </message>
    <message>
        <source>No&amp;tiz (was half, was fehlte):</source>
        <translation>No&amp;te (what helped, what was missing):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sprint-Ziel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sprint goal&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Grouping</name>
    <message>
        <source>Titel der Gruppe …</source>
        <translation>Group title…</translation>
    </message>
    <message>
        <source>Titel der Gruppe {n}</source>
        <translation>Title of group {n}</translation>
    </message>
    <message>
        <source>Titel eingeben, Enter speichert (F2 in der Liste springt hierher)</source>
        <translation>Enter a title, Enter saves (F2 in the list jumps here)</translation>
    </message>
    <message>
        <source>Auflösen …</source>
        <translation>Dissolve…</translation>
    </message>
    <message>
        <source>Die Gruppe auflösen; ihre Beiträge bleiben erhalten</source>
        <translation>Dissolve the group; its items are kept</translation>
    </message>
    <message>
        <source>Beiträge hierher ziehen oder mit Strg+G hinzufügen</source>
        <translation>Drag items here or add them with Ctrl+G</translation>
    </message>
    <message>
        <source>ohne Titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>Gruppe {n}: {title}</source>
        <translation>Group {n}: {title}</translation>
    </message>
    <message>
        <source>Gruppe {n} auflösen</source>
        <translation>Dissolve group {n}</translation>
    </message>
    <message>
        <source>Noch ohne Gruppe</source>
        <extracomment>group ids of commands → the id the group has now (after undo/redo made it anew) groups side by side (one on the projector); None until first shown</extracomment>
        <translation>Not grouped yet</translation>
    </message>
    <message>
        <source>Beiträge ohne Gruppe</source>
        <translation>Items without a group</translation>
    </message>
    <message>
        <source>Alle Beiträge sind gruppiert.</source>
        <translation>All items are grouped.</translation>
    </message>
    <message>
        <source>Zu Gruppe hinzufügen …</source>
        <translation>Add to group…</translation>
    </message>
    <message>
        <source>Die ausgewählten Beiträge einer Gruppe zuordnen (Strg+G)</source>
        <translation>Assign the selected items to a group (Ctrl+G)</translation>
    </message>
    <message>
        <source>Neue Gruppe aus Auswahl …</source>
        <translation>New group from selection…</translation>
    </message>
    <message>
        <source>Eine Gruppe mit den ausgewählten Beiträgen anlegen (Strg+Umschalt+G)</source>
        <translation>Create a group with the selected items (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>+ Neue Gruppe
Beiträge hierher ziehen</source>
        <translation>+ New group
Drag items here</translation>
    </message>
    <message>
        <source>ohne Gruppe</source>
        <translation>no group</translation>
    </message>
    <message>
        <source>Gruppe ohne Titel</source>
        <translation>Untitled group</translation>
    </message>
    <message>
        <source>{action} (Rückgängig: Strg+Z)</source>
        <translation>{action} (undo: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Neue Gruppe</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Titel der Gruppe:</source>
        <translation>Group title:</translation>
    </message>
    <message>
        <source>Die Gruppe „{title}“ auflösen? Ihre Beiträge bleiben erhalten und stehen wieder ohne Gruppe da.</source>
        <translation>Dissolve the group “{title}”? Its items are kept and are ungrouped again.</translation>
    </message>
    <message>
        <source>Die {votes} auf die Gruppe gehen verloren.</source>
        <translation>The {votes} for the group will be lost.</translation>
    </message>
    <message>
        <source>Die Diskussionsnotizen der Gruppe gehen verloren.</source>
        <translation>The group’s discussion notes will be lost.</translation>
    </message>
    <message>
        <source>Das lässt sich nicht rückgängig machen.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Gruppe auflösen</source>
        <translation>Dissolve group</translation>
    </message>
    <message>
        <source>Auflösen</source>
        <translation>Dissolve</translation>
    </message>
    <message>
        <source>Zu Gruppe hinzufügen</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <source>&amp;0 Aus der Gruppe nehmen</source>
        <translation>&amp;0 Remove from group</translation>
    </message>
    <message>
        <source>&amp;Neue Gruppe aus Auswahl …</source>
        <translation>&amp;New group from selection…</translation>
    </message>
    <message>
        <source>Zuerst einen Beitrag auswählen.</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <source>Zu &amp;Gruppe hinzufügen</source>
        <translation>Add to &amp;group</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Benutzerhandbuch – kimboard</source>
        <extracomment>Roughly this many characters per line at most: long lines are hard to read. The note shown above the guide when the user interface is not German (not translated on purpose: it is written in the language of the user who cannot read the guide). the folded text of the whole chapter every anchor (``id`` / ``&lt;a name&gt;``) in the chapter the sections that contain every word (may be empty: the words are spread out) how often the words occur in the chapter the chapter (slug) now shown</extracomment>
        <translation>User guide – kimboard</translation>
    </message>
    <message>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Zurück zur vorigen Stelle</source>
        <translation>Back to the previous place</translation>
    </message>
    <message>
        <source>Zurück zur vorigen Stelle (Alt+Pfeil links)</source>
        <translation>Back to the previous place (Alt+Left)</translation>
    </message>
    <message>
        <source>Vor</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Vor zur nächsten Stelle</source>
        <translation>Forward to the next place</translation>
    </message>
    <message>
        <source>Vor zur nächsten Stelle (Alt+Pfeil rechts)</source>
        <translation>Forward to the next place (Alt+Right)</translation>
    </message>
    <message>
        <source>Im Handbuch suchen (Strg+F) …</source>
        <translation>Search the guide (Ctrl+F) …</translation>
    </message>
    <message>
        <source>Im Handbuch suchen</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Zeigt die Kapitel, in denen alle Wörter vorkommen. Enter springt zum nächsten Treffer, Umschalt+Enter zum vorigen, Pfeil runter in die Liste der Kapitel.</source>
        <translation>Shows the chapters that contain all the words. Enter jumps to the next hit, Shift+Enter to the previous one, Down arrow into the list of chapters.</translation>
    </message>
    <message>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Ergebnis der Suche</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Kapitel des Handbuchs</source>
        <translation>Chapters of the guide</translation>
    </message>
    <message>
        <source>Text des Handbuchs</source>
        <translation>Text of the guide</translation>
    </message>
    <message>
        <source>{chapter} – Benutzerhandbuch – kimboard</source>
        <translation>{chapter} – User guide – kimboard</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>Nichts gefunden – bitte andere Wörter versuchen.</source>
        <translation>Nothing found – please try other words.</translation>
    </message>
    <message>
        <source>In 1 Kapitel gefunden</source>
        <translation>Found in 1 chapter</translation>
    </message>
    <message>
        <source>In {n} Kapiteln gefunden</source>
        <translation>Found in {n} chapters</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Paket importieren – {file}</source>
        <translation>Import bundle – {file}</translation>
    </message>
    <message>
        <source>Paket importieren</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Alles in einem Schritt übernehmen – ganz oder gar nicht.</source>
        <translation>Import everything in one step – all or nothing.</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Das Paket „{file}“ wird gelesen und geprüft …</source>
        <translation>Reading and checking the bundle “{file}”…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Das Paket wurde nicht importiert.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The bundle was not imported.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Datei: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>An der Datenbank wurde nichts geändert. Bitte bei der Dienststelle, von der das Paket kommt, ein neues Paket anfordern.</source>
        <translation>Nothing was changed in the database. Please ask the office the bundle comes from for a new bundle.</translation>
    </message>
    <message>
        <source>Herkunft:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Erstellt am:</source>
        <translation>Created on:</translation>
    </message>
    <message>
        <source>Umfang:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Signatur:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Ziel:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Ich habe bei der Dienststelle nachgefragt: Der Schlüssel ist bestätigt. Trotzdem übernehmen.</source>
        <translation>I have checked with the office: the key is confirmed. Import anyway.</translation>
    </message>
    <message>
        <source>Wie übernehmen?</source>
        <translation>How to import?</translation>
    </message>
    <message>
        <source>Hinweis zum Import</source>
        <translation>Note on the import</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Bereiche der Vorschau</source>
        <translation>Sections of the preview</translation>
    </message>
    <message>
        <source>Ü&amp;bersicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Konflikte</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>Vorschau je Art</source>
        <translation>Preview by type</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Aktualisiert</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unverändert</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Übersprungen</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Vorschau</source>
        <translation>Column headers of the preview</translation>
    </message>
    <message>
        <source>Neu: kommt hinzu. Aktualisiert: der Stand aus dem Paket ist neuer. Unverändert: schon so vorhanden. Konflikte: hier und dort geändert – Sie entscheiden. Übersprungen: hier ist ein neuerer Stand, oder es fehlt, worauf sich der Eintrag bezieht.</source>
        <translation>New: is added. Updated: the state in the bundle is newer. Unchanged: already here as it is. Conflicts: changed both here and there – you decide. Skipped: there is a newer state here, or what the entry refers to is missing.</translation>
    </message>
    <message>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Diese Einträge wurden hier und in der anderen Datenbank geändert. Nichts wird stillschweigend überschrieben: Bitte je Eintrag entscheiden. „Meine Fassung“ ist der Stand hier, „Ihre Fassung“ der aus dem Paket.</source>
        <translation>These entries were changed both here and in the other database. Nothing is overwritten silently: please decide for each entry. “My version” is the state here, “Their version” the one from the bundle.</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Meine Fassung</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Ihre Fassung</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Konflikte</source>
        <translation>Column headers of the conflicts</translation>
    </message>
    <message>
        <source>Alle: &amp;Meine behalten</source>
        <translation>All: keep &amp;mine</translation>
    </message>
    <message>
        <source>Alle: &amp;Ihre übernehmen</source>
        <translation>All: take &amp;theirs</translation>
    </message>
    <message>
        <source>Das Paket wird geprüft … {percent} %</source>
        <translation>Checking the bundle… {percent} %</translation>
    </message>
    <message>
        <source>Die Vorschau wird berechnet …</source>
        <translation>Calculating the preview…</translation>
    </message>
    <message>
        <source>„{office}“ ({code})</source>
        <translation>“{office}” ({code})</translation>
    </message>
    <message>
        <source>„{office}“</source>
        <translation>“{office}”</translation>
    </message>
    <message>
        <source>{time} · Format {format} · kimboard {version}</source>
        <translation>{time} · format {format} · kimboard {version}</translation>
    </message>
    <message>
        <source>{scope} „{name}“</source>
        <translation>{scope} “{name}”</translation>
    </message>
    <message>
        <source>pseudonymisiert</source>
        <translation>pseudonymised</translation>
    </message>
    <message>
        <source>ohne Kommentare</source>
        <translation>without comments</translation>
    </message>
    <message>
        <source>{n} Einträge, {size}</source>
        <translation>{n} entries, {size}</translation>
    </message>
    <message>
        <source>nicht signiert</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>signiert von „{office}“ (Fingerabdruck {fp}) – diesen Schlüssel sieht kimboard zum ersten Mal; er wird gemerkt. Wer sicher gehen will, vergleicht den Fingerabdruck am Telefon.</source>
        <translation>signed by “{office}” (fingerprint {fp}) – kimboard sees this key for the first time; it is remembered. To be sure, compare the fingerprint over the phone.</translation>
    </message>
    <message>
        <source>signiert von „{office}“ (Fingerabdruck {fp}) – bekannter Schlüssel</source>
        <translation>signed by “{office}” (fingerprint {fp}) – known key</translation>
    </message>
    <message>
        <source>signiert von „{office}“ (Fingerabdruck {fp}) – der eigene Schlüssel dieser Dienststelle</source>
        <translation>signed by “{office}” (fingerprint {fp}) – this office’s own key</translation>
    </message>
    <message>
        <source>Schlüssel fehlt! Das Paket ist nicht signiert, obwohl von „{office}“ bisher signierte Pakete kamen (bekannter Fingerabdruck {before}).</source>
        <translation>Key missing! The bundle is not signed, although bundles from “{office}” were signed until now (known fingerprint {before}).</translation>
    </message>
    <message>
        <source>Schlüssel geändert! Das Paket ist mit Fingerabdruck {fp} signiert – nicht mit dem eigenen Schlüssel dieser Dienststelle ({before}).</source>
        <translation>Key changed! The bundle is signed with fingerprint {fp} – not with this office’s own key ({before}).</translation>
    </message>
    <message>
        <source>Schlüssel fehlt! Das Paket ist nicht signiert, diese Dienststelle signiert ihre Pakete aber ({before}).</source>
        <translation>Key missing! The bundle is not signed, but this office signs its bundles ({before}).</translation>
    </message>
    <message>
        <source>Schlüssel geändert! Signiert von „{office}“ mit einem anderen Schlüssel (Fingerabdruck {fp}; bisher {before}).</source>
        <translation>Key changed! Signed by “{office}” with a different key (fingerprint {fp}; previously {before}).</translation>
    </message>
    <message>
        <source>„{office}“ ist hier neu: wird angelegt und ist hier nur lesbar (gekennzeichnet „von {office}“).</source>
        <translation>“{office}” is new here: it is created and is read-only here (marked “from {office}”).</translation>
    </message>
    <message>
        <source>„{office}“ ist hier schon bekannt (nur lesbar): ihr Stand wird aktualisiert.</source>
        <translation>“{office}” is already known here (read-only): its state is updated.</translation>
    </message>
    <message>
        <source>Das Paket stammt von dieser Dienststelle selbst: es wird mit dem Stand hier zusammengeführt; was auf beiden Seiten geändert wurde, erscheint als Konflikt.</source>
        <translation>The bundle comes from this office itself: it is merged with the state here; whatever was changed on both sides appears as a conflict.</translation>
    </message>
    <message>
        <source>„{office}“ wird hier als eigene Dienststelle wiederhergestellt und ist hier bearbeitbar.</source>
        <translation>“{office}” is restored here as your own office and can be edited here.</translation>
    </message>
    <message>
        <source>Als &amp;andere Dienststelle übernehmen – hier nur lesbar, gekennzeichnet „von {office}“</source>
        <translation>Import as &amp;another office – read-only here, marked “from {office}”</translation>
    </message>
    <message>
        <source>Als &amp;eigene Dienststelle wiederherstellen – hier bearbeitbar (z. B. auf einem neuen PC; nur für Pakete der eigenen Dienststelle)</source>
        <translation>&amp;Restore as your own office – editable here (e.g. on a new PC; only for bundles of your own office)</translation>
    </message>
    <message>
        <source>Dieses Paket wurde bereits am {dates} übernommen – es ändert sich nichts.</source>
        <translation>This bundle was already imported on {dates} – nothing changes.</translation>
    </message>
    <message>
        <source>Dieses Paket wurde bereits am {dates} übernommen; seitdem wurde hier etwas geändert.</source>
        <translation>This bundle was already imported on {dates}; something has been changed here since then.</translation>
    </message>
    <message>
        <source>Alles ist schon auf diesem Stand – es ändert sich nichts.</source>
        <translation>Everything is already up to date – nothing changes.</translation>
    </message>
    <message>
        <source>{n} Konflikt(e): hier und im Paket geändert. Bitte im Reiter „Konflikte“ je Eintrag entscheiden (sonst bleibt Ihre Fassung).</source>
        <translation>{n} conflict(s): changed here and in the bundle. Please decide for each entry on the “Conflicts” tab (otherwise your version is kept).</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} neu</source>
        <translation>{n} new</translation>
    </message>
    <message>
        <source>{n} aktualisiert</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <source>{n} unverändert</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <source>{n} Konflikt(e)</source>
        <translation>{n} conflict(s)</translation>
    </message>
    <message>
        <source>{n} übersprungen</source>
        <translation>{n} skipped</translation>
    </message>
    <message>
        <source>Insgesamt {n} Einträge: {parts}</source>
        <translation>{n} entries in total: {parts}</translation>
    </message>
    <message>
        <source>{what} „{title}“</source>
        <translation>{what} “{title}”</translation>
    </message>
    <message>
        <source>{title}
hier geändert: {mine}
im Paket geändert: {theirs}</source>
        <translation>{title}
changed here: {mine}
changed in the bundle: {theirs}</translation>
    </message>
    <message>
        <source>Meine behalten</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Ihre übernehmen</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Entscheidung für {what} „{title}“</source>
        <translation>Decision for {what} “{title}”</translation>
    </message>
    <message>
        <source>&amp;Konflikte ({n})</source>
        <translation>&amp;Conflicts ({n})</translation>
    </message>
    <message>
        <source>{mine}× meine Fassung, {theirs}× ihre Fassung</source>
        <translation>{mine}× my version, {theirs}× their version</translation>
    </message>
    <message>
        <source>{reason}

An der Datenbank wurde nichts geändert.</source>
        <translation>{reason}

Nothing was changed in the database.</translation>
    </message>
    <message>
        <source>Das Paket wird übernommen … {percent} %</source>
        <translation>Importing the bundle… {percent} %</translation>
    </message>
    <message>
        <source>Nichts zu übernehmen: Alles ist schon auf diesem Stand.</source>
        <translation>Nothing to import: everything is already up to date.</translation>
    </message>
    <message>
        <source>Übernommen von „{office}“: {new} neu, {updated} aktualisiert, {unchanged} unverändert</source>
        <translation>Imported from “{office}”: {new} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>, {n} Konflikt(e) ({mine}× eigene Fassung behalten, {theirs}× Fassung aus dem Paket übernommen)</source>
        <translation>, {n} conflict(s) ({mine}× own version kept, {theirs}× version from the bundle taken)</translation>
    </message>
    <message>
        <source>, {n} übersprungen</source>
        <translation>, {n} skipped</translation>
    </message>
    <message>
        <source>Bitte warten, bis die laufende Aufgabe fertig ist, und es dann erneut versuchen.</source>
        <translation>Please wait until the running task has finished, then try again.</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>kimboard-Paket (*.kimb);;Alle Dateien (*)</source>
        <translation>kimboard bundle (*.kimb);;All files (*)</translation>
    </message>
</context>
<context>
    <name>KimLabels</name>
    <message>
        <source>Idee</source>
        <extracomment>Row role of :class:`RowsModel`: the row&apos;s dict.</extracomment>
        <translation>Idea</translation>
    </message>
    <message>
        <source>in Erprobung</source>
        <translation>being piloted</translation>
    </message>
    <message>
        <source>in der Praxis</source>
        <translation>in practice</translation>
    </message>
    <message>
        <source>von anderen übernommen</source>
        <translation>adopted by others</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Agentur für Arbeit</source>
        <translation>Employment agency</translation>
    </message>
    <message>
        <source>Kommunales Integrationszentrum</source>
        <translation>Municipal integration centre</translation>
    </message>
    <message>
        <source>Beratungsstelle</source>
        <translation>Counselling service</translation>
    </message>
    <message>
        <source>Arbeitgeberservice</source>
        <translation>Employer service</translation>
    </message>
    <message>
        <source>Sozialamt</source>
        <translation>Social welfare office</translation>
    </message>
    <message>
        <source>Bildungsträger</source>
        <translation>Education provider</translation>
    </message>
    <message>
        <source>Kammer</source>
        <translation>Chamber</translation>
    </message>
    <message>
        <source>Behörde</source>
        <translation>Public authority</translation>
    </message>
    <message>
        <source>Zivilgesellschaft</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
</context>
<context>
    <name>LabelColor</name>
    <message>
        <source>Blau</source>
        <extracomment>Named label colours (German names, translated where shown); each carries black or white text at 4.5:1 or better.</extracomment>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Violett</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Rot</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Ocker</source>
        <translation>Ochre</translation>
    </message>
    <message>
        <source>Grün</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Grau</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Gelb</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Hellblau</source>
        <translation>Light blue</translation>
    </message>
    <message>
        <source>Eigene Farbe {hex}</source>
        <translation>Custom colour {hex}</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Label bearbeiten</source>
        <translation>Edit label</translation>
    </message>
    <message>
        <source>Neues Label</source>
        <translation>New label</translation>
    </message>
    <message>
        <source>z. B. Eilt</source>
        <translation>e.g. Urgent</translation>
    </message>
    <message>
        <source>Name des Labels</source>
        <translation>Label name</translation>
    </message>
    <message>
        <source>Farbe des Labels</source>
        <translation>Label colour</translation>
    </message>
    <message>
        <source>&amp;Andere Farbe …</source>
        <translation>&amp;Other colour…</translation>
    </message>
    <message>
        <source>Andere Farbe wählen</source>
        <translation>Choose another colour</translation>
    </message>
    <message>
        <source>Vorschau des Labels</source>
        <translation>Label preview</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Farbe:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Vorschau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dienststelle wählen</source>
        <translation>Choose an office</translation>
    </message>
    <message>
        <source>&amp;Dienststelle:</source>
        <translation>Offi&amp;ce:</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Board wählen</source>
        <translation>Choose a board</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <source>Daten werden geöffnet …</source>
        <translation>Opening the data …</translation>
    </message>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Neue &amp;Dienststelle …</source>
        <translation>New &amp;office…</translation>
    </message>
    <message>
        <source>D&amp;emodaten laden</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Sicherung erstellen …</source>
        <translation>Create a &amp;backup…</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Dienststelle &amp;verwalten …</source>
        <translation>&amp;Manage office…</translation>
    </message>
    <message>
        <source>Paket &amp;exportieren …</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>Paket &amp;importieren …</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Übersicht der Dienststelle</source>
        <translation>&amp;Office overview</translation>
    </message>
    <message>
        <source>&amp;Kompakte Karten</source>
        <translation>&amp;Compact cards</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Back&amp;log und Sprints</source>
        <translation>Backlog and &amp;sprints</translation>
    </message>
    <message>
        <source>Sprint-&amp;Review und Kennzahlen</source>
        <translation>Sprint &amp;review and metrics</translation>
    </message>
    <message>
        <source>&amp;Sprache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>B&amp;oard</source>
        <translation>B&amp;oard</translation>
    </message>
    <message>
        <source>&amp;Neues Board …</source>
        <translation>&amp;New board…</translation>
    </message>
    <message>
        <source>Board &amp;umbenennen …</source>
        <translation>&amp;Rename board…</translation>
    </message>
    <message>
        <source>Board-&amp;Einstellungen …</source>
        <translation>Board &amp;settings…</translation>
    </message>
    <message>
        <source>&amp;Archivierte Karten …</source>
        <translation>&amp;Archived cards…</translation>
    </message>
    <message>
        <source>Board ü&amp;bernehmen …</source>
        <translation>A&amp;dopt board…</translation>
    </message>
    <message>
        <source>&amp;Retrospektive</source>
        <translation>&amp;Retrospective</translation>
    </message>
    <message>
        <source>&amp;Neue Retrospektive …</source>
        <translation>&amp;New retrospective…</translation>
    </message>
    <message>
        <source>Retrospektiven und &amp;Maßnahmen …</source>
        <translation>Retrospectives and &amp;action items…</translation>
    </message>
    <message>
        <source>&amp;Vorlagen …</source>
        <translation>&amp;Templates…</translation>
    </message>
    <message>
        <source>&amp;KIM</source>
        <translation>&amp;KIM</translation>
    </message>
    <message>
        <source>&amp;Lösungsansätze</source>
        <translation>&amp;Solution approaches</translation>
    </message>
    <message>
        <source>&amp;Netzwerkpartner</source>
        <translation>&amp;Network partners</translation>
    </message>
    <message>
        <source>&amp;Zielbereiche</source>
        <translation>&amp;Goal areas</translation>
    </message>
    <message>
        <source>Landes&amp;netzwerk</source>
        <translation>S&amp;tate network</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Benutzer&amp;handbuch</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Tastenkürzel …</source>
        <translation>&amp;Keyboard shortcuts …</translation>
    </message>
    <message>
        <source>&amp;Datenschutz</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Ü&amp;ber kimboard</source>
        <translation>&amp;About kimboard</translation>
    </message>
    <message>
        <source>Noch keine Dienststelle angelegt.</source>
        <translation>No office created yet.</translation>
    </message>
    <message>
        <source>1 Board</source>
        <translation>1 board</translation>
    </message>
    <message>
        <source>{n} Boards</source>
        <translation>{n} boards</translation>
    </message>
    <message>
        <source>1 offene Karte</source>
        <translation>1 open card</translation>
    </message>
    <message>
        <source>{n} offene Karten</source>
        <translation>{n} open cards</translation>
    </message>
    <message>
        <source>– Übersicht –</source>
        <translation>– Overview –</translation>
    </message>
    <message>
        <source>Backlog und Sprints gibt es nur auf Scrum-Boards.</source>
        <translation>Backlog and sprints are only available on Scrum boards.</translation>
    </message>
    <message>
        <source>Bitte zuerst eine Dienststelle anlegen oder wählen.</source>
        <translation>Please create or choose an office first.</translation>
    </message>
    <message>
        <source>Lösungsansätze</source>
        <translation>Solution approaches</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Network partners</translation>
    </message>
    <message>
        <source>Zielbereiche</source>
        <translation>Goal areas</translation>
    </message>
    <message>
        <source>Landesnetzwerk</source>
        <translation>State network</translation>
    </message>
    <message>
        <source>Das Paket %1 wird geöffnet, sobald der offene Dialog geschlossen ist.</source>
        <translation>The bundle %1 opens as soon as the open dialog is closed.</translation>
    </message>
    <message>
        <source>Dienststelle angelegt.</source>
        <translation>Office created.</translation>
    </message>
    <message>
        <source>Demodaten geladen.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <source>Die Demodaten sind bereits vorhanden.</source>
        <translation>The demo data is already there.</translation>
    </message>
    <message>
        <source>Demodaten werden geladen …</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>kimboard-Datenbank (*.sqlite3)</source>
        <translation>kimboard database (*.sqlite3)</translation>
    </message>
    <message>
        <source>Sicherung gespeichert: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Sicherung wird erstellt …</source>
        <translation>Creating backup…</translation>
    </message>
    <message>
        <source>Die tägliche Sicherung wird noch abgeschlossen …</source>
        <translation>The daily backup is still being finished …</translation>
    </message>
    <message>
        <source>Tägliche Sicherung gespeichert: %1</source>
        <translation>Daily backup saved: %1</translation>
    </message>
    <message>
        <source>Die tägliche Sicherung ist fehlgeschlagen: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Tägliche Sicherung wird erstellt …</source>
        <translation>Making the daily backup…</translation>
    </message>
    <message>
        <source>Die neue Sprache gilt ab dem nächsten Start von kimboard.</source>
        <translation>The new language takes effect the next time you start kimboard.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Teammitglied bearbeiten</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <source>Neues Teammitglied</source>
        <translation>New team member</translation>
    </message>
    <message>
        <source>z. B. Anna S.</source>
        <translation>e.g. Anna S.</translation>
    </message>
    <message>
        <source>Anzeigename</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>z. B. Sachbearbeitung, Teamleitung</source>
        <translation>e.g. Caseworker, Team lead</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>– kein Team –</source>
        <translation>– no team –</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Anzeigename:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Nur ein Name, unter dem das Team die Person kennt, und ihre Rolle – keine weiteren persönlichen Angaben.</source>
        <translation>Only a name the team knows the person by, and their role – no other personal details.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>MoveCardsDialog</name>
    <message>
        <source>Spalte löschen</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <source>Zielspalte für die Karten</source>
        <translation>Target column for the cards</translation>
    </message>
    <message>
        <source>Was mit den Karten geschieht</source>
        <translation>What happens to the cards</translation>
    </message>
    <message>
        <source>Karten verschieben &amp;nach:</source>
        <translation>Move cards &amp;to:</translation>
    </message>
    <message>
        <source>Die Karte der Spalte „{x}“ wird nach „{y}“ verschoben.</source>
        <translation>The card in column “{x}” moves to “{y}”.</translation>
    </message>
    <message>
        <source>Die {n} Karten der Spalte „{x}“ werden nach „{y}“ verschoben.</source>
        <translation>The {n} cards in column “{x}” move to “{y}”.</translation>
    </message>
    <message>
        <source>Archivierte Karten sind mitgezählt ({m}).</source>
        <translation>Archived cards are included ({m}).</translation>
    </message>
    <message>
        <source>Danach wird die Spalte gelöscht.</source>
        <translation>Then the column is deleted.</translation>
    </message>
</context>
<context>
    <name>MoveMenu</name>
    <message>
        <source>&amp;Verschieben nach</source>
        <translation>&amp;Move to</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Landesnetzwerk</source>
        <extracomment>Chart kinds (as in kimboard.report.network_charts; repeated so no matplotlib is imported). The figures are on screen (after :meth:`reload`, also when computed on the worker).</extracomment>
        <translation>State network</translation>
    </message>
    <message>
        <source>Nach Bezirksregierung filtern</source>
        <translation>Filter by district government</translation>
    </message>
    <message>
        <source>Alle Bezirksregierungen</source>
        <translation>All district governments</translation>
    </message>
    <message>
        <source>&amp;Bezirksregierung:</source>
        <translation>&amp;District government:</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Bezirksregierung</source>
        <translation>District government</translation>
    </message>
    <message>
        <source>Daten</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>eigene</source>
        <translation>own</translation>
    </message>
    <message>
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>Boards (Kanban / Scrum)</source>
        <translation>Boards (Kanban / Scrum)</translation>
    </message>
    <message>
        <source>{n} ({kanban} / {scrum})</source>
        <translation>{n} ({kanban} / {scrum})</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Ø Velocity</source>
        <translation>Avg. velocity</translation>
    </message>
    <message>
        <source>Sprint-Ziel erreicht</source>
        <translation>Sprint goal met</translation>
    </message>
    <message>
        <source>Maßnahmen umgesetzt</source>
        <translation>Action items done</translation>
    </message>
    <message>
        <source>{rate} ({done}/{total})</source>
        <translation>{rate} ({done}/{total})</translation>
    </message>
    <message>
        <source>Wirkung bewertet</source>
        <translation>Effect rated</translation>
    </message>
    <message>
        <source>Dienststellen mit ihren Kennzahlen</source>
        <translation>Offices with their metrics</translation>
    </message>
    <message>
        <source>gesamt</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Zielbereiche</source>
        <translation>Goal areas</translation>
    </message>
    <message>
        <source>Lösungsansätze je Dienststelle</source>
        <translation>Solution approaches per office</translation>
    </message>
    <message>
        <source>Übernahmen von Lösungsansätzen</source>
        <translation>Adoptions of solution approaches</translation>
    </message>
    <message>
        <source>Übernommene Boards</source>
        <translation>Adopted boards</translation>
    </message>
    <message>
        <source>Welche Dienststelle hat welchen Lösungsansatz übernommen? Übernahmen kommen mit dem Paket der übernehmenden Dienststelle hier an.</source>
        <translation>Which office has adopted which solution approach? Adoptions arrive here with the bundle of the adopting office.</translation>
    </message>
    <message>
        <source>Lösungsansätze nach Status</source>
        <translation>Solution approaches by status</translation>
    </message>
    <message>
        <source>Transfer zwischen Dienststellen</source>
        <translation>Transfer between offices</translation>
    </message>
    <message>
        <source>Diagramme</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Ansichten des Landesnetzwerks</source>
        <translation>Views of the state network</translation>
    </message>
    <message>
        <source>&amp;Dienststellen</source>
        <translation>&amp;Offices</translation>
    </message>
    <message>
        <source>&amp;Lösungsansätze</source>
        <translation>&amp;Solution approaches</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Nur lesend. Alle Kennzahlen auf Team- bzw. Dienststellenebene – keine Zahlen zu einzelnen Personen. Andere Dienststellen erscheinen hier, sobald ihre Pakete importiert sind.</source>
        <translation>Read-only. All metrics are at team or office level – no figures on individual people. Other offices appear here as soon as their bundles have been imported.</translation>
    </message>
    <message>
        <source>Die Übersicht konnte nicht berechnet werden: {reason}</source>
        <translation>The overview could not be calculated: {reason}</translation>
    </message>
    <message>
        <source>Übersicht wird berechnet …</source>
        <translation>Calculating the overview…</translation>
    </message>
    <message>
        <source>{offices} Dienststellen ({local} eigene, {imported} importiert) · {boards} Boards · {solutions} Lösungsansätze · {adoptions} Übernahmen · Stand {time}</source>
        <translation>{offices} offices ({local} own, {imported} imported) · {boards} boards · {solutions} solution approaches · {adoptions} adoptions · as of {time}</translation>
    </message>
    <message>
        <source>Keine Dienststellen im gewählten Bereich.

Die Übersicht zeigt alle Dienststellen dieser Datenbank – die eigene und die aus importierten Paketen.</source>
        <translation>No offices in the selected area.

The overview shows all offices in this database – your own and those from imported bundles.</translation>
    </message>
    <message>
        <source>ohne Zielbereich</source>
        <translation>no goal area</translation>
    </message>
    <message>
        <source>Lösungsansatz</source>
        <translation>Solution approach</translation>
    </message>
    <message>
        <source>Zielbereich</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Übernommen von</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>am</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>&amp;Transfer ({n})</source>
        <translation>&amp;Transfer ({n})</translation>
    </message>
    <message>
        <source>Übersicht des Landesnetzwerks speichern</source>
        <translation>Save the state network overview</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Das PDF konnte nicht erstellt werden: {reason}</source>
        <translation>The PDF could not be created: {reason}</translation>
    </message>
    <message>
        <source>Übersicht gespeichert: {path}</source>
        <translation>Overview saved: {path}</translation>
    </message>
</context>
<context>
    <name>NewRetro</name>
    <message>
        <source>Neue Retrospektive</source>
        <translation>New retrospective</translation>
    </message>
    <message>
        <source>Eine Retrospektive für {site}: Das Team schaut gemeinsam zurück, sammelt Beiträge, stimmt ab und vereinbart Maßnahmen.</source>
        <translation>A retrospective for {site}: the team looks back together, collects items, votes and agrees on action items.</translation>
    </message>
    <message>
        <source>– ohne Board –</source>
        <translation>– no board –</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>{name} (eigene Vorlage)</source>
        <translation>{name} (own template)</translation>
    </message>
    <message>
        <source>&amp;Anonym (empfohlen)</source>
        <translation>&amp;Anonymous (recommended)</translation>
    </message>
    <message>
        <source> Stimmen</source>
        <translation> votes</translation>
    </message>
    <message>
        <source>So oft geht der Vorhang beim Schreiben und Abstimmen auf – einmal je Person. Die Zahl lässt sich in der Retrospektive ändern.</source>
        <translation>This is how often the curtain opens during writing and voting – once per person. The number can be changed in the retrospective.</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint:</translation>
    </message>
    <message>
        <source>&amp;Vorlage:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <source>höchstens &amp;pro Thema:</source>
        <translation>at most &amp;per topic:</translation>
    </message>
    <message>
        <source>Sti&amp;mmen je Person:</source>
        <translation>&amp;Votes per person:</translation>
    </message>
    <message>
        <source>Teil&amp;nehmende:</source>
        <translation>Parti&amp;cipants:</translation>
    </message>
    <message>
        <source>Stimmen je Person</source>
        <translation>Votes per person</translation>
    </message>
    <message>
        <source>Höchstens Stimmen pro Thema</source>
        <translation>Maximum votes per topic</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Retrospektive starten</source>
        <translation>Start retrospective</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Die Dienststelle gibt es nicht mehr.</source>
        <translation>The office no longer exists.</translation>
    </message>
    <message>
        <source>– kein Sprint –</source>
        <translation>– no sprint –</translation>
    </message>
    <message>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>{name} ({start} – {end}, {state})</source>
        <translation>{name} ({start} – {end}, {state})</translation>
    </message>
    <message>
        <source>Retrospektive {sprint}</source>
        <translation>Retrospective {sprint}</translation>
    </message>
    <message>
        <source>Retrospektive vom {date}</source>
        <translation>Retrospective of {date}</translation>
    </message>
    <message>
        <source>Beiträge werden ohne Namen gespeichert – auch in der Datenbank steht nicht, wer was geschrieben hat.</source>
        <translation>Items are stored without names – not even the database records who wrote what.</translation>
    </message>
    <message>
        <source>Beim Schreiben kann jede Person ihren Namen angeben. Später lässt sich das nicht mehr auf anonym umstellen, ohne die Namen zu löschen.</source>
        <translation>When writing, each person can give their name. This cannot be switched to anonymous later without deleting the names.</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>Neue Vorlage</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Beschreibung der Vorlage</source>
        <translation>Template description</translation>
    </message>
    <message>
        <source>z. B. Was lief gut?</source>
        <translation>e.g. What went well?</translation>
    </message>
    <message>
        <source>Erste Frage der Vorlage</source>
        <translation>First question of the template</translation>
    </message>
    <message>
        <source>Weitere Fragen, Erläuterungen und Farben lassen sich danach in der Liste ergänzen.</source>
        <translation>More questions, explanations and colours can be added in the list afterwards.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Erste Frage:</source>
        <translation>&amp;First question:</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Boards der Dienststelle</source>
        <translation>Boards of the office</translation>
    </message>
    <message>
        <source>aus einem Paket übernommen, nur lesbar</source>
        <translation>imported from a bundle, read-only</translation>
    </message>
    <message>
        <source>1 Teammitglied</source>
        <translation>1 team member</translation>
    </message>
    <message>
        <source>{n} Teammitglieder</source>
        <translation>{n} team members</translation>
    </message>
    <message>
        <source>1 Karte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <source>{n} Karten</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <source>1 Sprint</source>
        <translation>1 sprint</translation>
    </message>
    <message>
        <source>{n} Sprints</source>
        <translation>{n} sprints</translation>
    </message>
    <message>
        <source>1 Retrospektive</source>
        <translation>1 retrospective</translation>
    </message>
    <message>
        <source>{n} Retrospektiven</source>
        <translation>{n} retrospectives</translation>
    </message>
    <message>
        <source>1 Lösungsansatz</source>
        <translation>1 solution approach</translation>
    </message>
    <message>
        <source>{n} Lösungsansätze</source>
        <translation>{n} solution approaches</translation>
    </message>
    <message>
        <source>1 Netzwerkpartner</source>
        <translation>1 network partner</translation>
    </message>
    <message>
        <source>{n} Netzwerkpartner</source>
        <translation>{n} network partners</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Netzwerkpartner bearbeiten</source>
        <extracomment>Item role in the collaboration tree: (&quot;partner&quot; | &quot;card&quot; | &quot;approach&quot;, uuid).</extracomment>
        <translation>Edit network partner</translation>
    </message>
    <message>
        <source>Neuer Netzwerkpartner</source>
        <translation>New network partner</translation>
    </message>
    <message>
        <source>z. B. Jobcenter Musterstadt</source>
        <translation>e.g. Jobcenter Sampletown</translation>
    </message>
    <message>
        <source>Eine Rolle, z. B. „Team Arbeitsmarktintegration“</source>
        <translation>A role, e.g. “Labour market integration team”</translation>
    </message>
    <message>
        <source>Funktionspostfach</source>
        <translation>Shared mailbox</translation>
    </message>
    <message>
        <source>z. B. poststelle@jobcenter-beispiel.de</source>
        <translation>e.g. poststelle@jobcenter-beispiel.de</translation>
    </message>
    <message>
        <source>Nur Organisationen, keine Privatpersonen: als Kontakt eine Rolle und ein Funktionspostfach, keine persönlichen Namen oder Adressen.</source>
        <translation>Organisations only, no private individuals: as contact, a role and a shared mailbox – no personal names or addresses.</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Ansprech&amp;rolle:</source>
        <translation>Contact &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Funktionspostfach:</source>
        <translation>&amp;Shared mailbox:</translation>
    </message>
    <message>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Netzwerkpartner</source>
        <extracomment>A linked solution approach was activated (its UUID): the window may open the library.</extracomment>
        <translation>Network partners</translation>
    </message>
    <message>
        <source>&amp;Neuer Netzwerkpartner …</source>
        <translation>&amp;New network partner…</translation>
    </message>
    <message>
        <source>&amp;Archivierte zeigen</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Archi&amp;vieren</source>
        <translation>Archi&amp;ve</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source> (archiviert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ansprechrolle</source>
        <translation>Contact role</translation>
    </message>
    <message>
        <source>Funktionspostfach</source>
        <translation>Shared mailbox</translation>
    </message>
    <message>
        <source>Karten offen</source>
        <translation>Cards open</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Lösungsansätze</source>
        <translation>Solution approaches</translation>
    </message>
    <message>
        <source>Liste der Netzwerkpartner</source>
        <translation>List of network partners</translation>
    </message>
    <message>
        <source>Gemeinsame Karten</source>
        <translation>Shared cards</translation>
    </message>
    <message>
        <source>Gemeinsame Lösungsansätze</source>
        <translation>Shared solution approaches</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Wer arbeitet mit wem woran</source>
        <translation>Who works with whom on what</translation>
    </message>
    <message>
        <source>Partner, Zielbereich, Karte oder Lösungsansatz</source>
        <translation>Partner, goal area, card or solution approach</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Je Netzwerkpartner: woran die Dienststelle mit ihm arbeitet – nach Zielbereich, mit den gemeinsamen Karten und Lösungsansätzen.</source>
        <translation>Per network partner: what the office is working on with them – by goal area, with the shared cards and solution approaches.</translation>
    </message>
    <message>
        <source>Ansichten der Netzwerkpartner</source>
        <translation>Network partner views</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>&amp;Zusammenarbeit</source>
        <translation>&amp;Collaboration</translation>
    </message>
    <message>
        <source>Netzwerkpartner – {office}</source>
        <translation>Network partners – {office}</translation>
    </message>
    <message>
        <source>Kein Netzwerkpartner gewählt</source>
        <translation>No network partner selected</translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner angelegt</source>
        <translation>No network partners created yet</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Zusammenarbeit mit {name}</source>
        <translation>Collaboration with {name}</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Lösungsansatz</source>
        <translation>Solution approach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Karten: {open} offen, {done} erledigt</source>
        <translation>Cards: {open} open, {done} done</translation>
    </message>
    <message>
        <source>1 Lösungsansatz</source>
        <translation>1 solution approach</translation>
    </message>
    <message>
        <source>{n} Lösungsansätze</source>
        <translation>{n} solution approaches</translation>
    </message>
    <message>
        <source>Karte #{number} „{title}“ – {board}</source>
        <translation>Card #{number} “{title}” – {board}</translation>
    </message>
    <message>
        <source>Lösungsansatz „{title}“</source>
        <translation>Solution approach “{title}”</translation>
    </message>
    <message>
        <source>ohne Zielbereich</source>
        <translation>no goal area</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>– noch nichts verknüpft –</source>
        <translation>– nothing linked yet –</translation>
    </message>
    <message>
        <source>Netzwerkpartner angelegt.</source>
        <translation>Network partner created.</translation>
    </message>
    <message>
        <source>Netzwerkpartner gespeichert.</source>
        <translation>Network partner saved.</translation>
    </message>
    <message>
        <source>Netzwerkpartner wiederhergestellt.</source>
        <translation>Network partner restored.</translation>
    </message>
    <message>
        <source>Netzwerkpartner archiviert; Karten und Lösungsansätze behalten die Verknüpfung.</source>
        <translation>Network partner archived; cards and solution approaches keep the link.</translation>
    </message>
</context>
<context>
    <name>PhaseBar</name>
    <message>
        <source>Zur Phase „{phase}“ wechseln</source>
        <translation>Switch to the “{phase}” phase</translation>
    </message>
    <message>
        <source>Phase {name} (aktuell)</source>
        <translation>Phase {name} (current)</translation>
    </message>
    <message>
        <source>Phase {name}</source>
        <translation>Phase {name}</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>Start</source>
        <extracomment>phase → (duration in seconds, elapsed seconds)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Timer starten oder anhalten (Strg+T)</source>
        <translation>Start or pause the timer (Ctrl+T)</translation>
    </message>
    <message>
        <source>Timer zurücksetzen (Strg+Umschalt+T)</source>
        <translation>Reset the timer (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Timer zurücksetzen</source>
        <translation>Reset timer</translation>
    </message>
    <message>
        <source>Eine Minute weniger</source>
        <translation>One minute less</translation>
    </message>
    <message>
        <source>Eine Minute mehr</source>
        <translation>One minute more</translation>
    </message>
    <message>
        <source>Restzeit {time}</source>
        <translation>Time left {time}</translation>
    </message>
    <message>
        <source>Zeit überschritten um {time}</source>
        <translation>Over time by {time}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>Karte #{number}: {title}</source>
        <translation>Card #{number}: {title}</translation>
    </message>
    <message>
        <source>nicht geschätzt</source>
        <translation>not estimated</translation>
    </message>
    <message>
        <source>Priorität {priority}</source>
        <translation>priority {priority}</translation>
    </message>
    <message>
        <source>Spalte „{column}“</source>
        <translation>column “{column}”</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>blockiert</source>
        <translation>blocked</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Nr.</source>
        <extracomment>card UUIDs, target sprint id (None: backlog), UUID of the card to put them before (None: at the end)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Schätzung in Punkten; – heißt: noch nicht geschätzt</source>
        <translation>Estimate in points; – means not estimated yet</translation>
    </message>
</context>
<context>
    <name>PlanTableView</name>
    <message>
        <source>Spaltenköpfe</source>
        <translation>Column headers</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>niedrig</source>
        <extracomment>lupdate finds ``translate(&quot;Context&quot;, &quot;…&quot;)`` calls by name; context and text are literals. Drag payload: JSON with the board&apos;s and the cards&apos; UUIDs, never pickle. A list of the page: ``None`` is the product backlog, an int a sprint&apos;s id.</extracomment>
        <translation>low</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <source>kritisch</source>
        <translation>critical</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Datenschutz</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Datenschutz-Informationen</source>
        <translation>Privacy information</translation>
    </message>
    <message>
        <source>Was kimboard speichert, wo, wie lange und was eine Dienststelle weitergibt</source>
        <translation>What kimboard stores, where, for how long, and what an office passes on</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;p&gt;Die Datenbank dieses Programms: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Sicherungskopien: &lt;code&gt;{backups}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;This program’s database: &lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Backup copies: &lt;code&gt;{backups}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Datenschutz in kimboard&lt;/h1&gt;&lt;p&gt;&lt;b&gt;Kurz gesagt:&lt;/b&gt; kimboard speichert alles auf diesem Rechner in einer einzigen Datei. Es gibt kein Konto, keinen Server und keine Cloud; das Programm überträgt nichts ins Internet. Was Ihre Dienststelle an andere Stellen weitergibt, entscheiden Sie selbst – als Paketdatei.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Privacy in kimboard&lt;/h1&gt;&lt;p&gt;&lt;b&gt;In short:&lt;/b&gt; kimboard stores everything on this computer in a single file. There is no account, no server and no cloud; the program sends nothing to the internet. You decide yourself what your office passes on to other authorities – as a bundle file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Karten handeln von der Arbeit – nie von Kundinnen und Kunden&lt;/h2&gt;&lt;p&gt;Schreiben Sie auf Karten, was Ihre Dienststelle verbessern oder erledigen will (zum Beispiel „Terminvergabe vereinfachen“), nicht, wen Sie betreuen. &lt;b&gt;Keine&lt;/b&gt; Namen von Antragstellenden, keine Geburtsdaten, Aktenzeichen, AZR-Nummern, Telefonnummern, E-Mail-Adressen oder Kontodaten. kimboard ist weder Fachverfahren noch Akte.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cards are about the work – never about clients&lt;/h2&gt;&lt;p&gt;Write on cards what your office wants to improve or get done (for example “Simplify appointment booking”), not whom you look after. &lt;b&gt;No&lt;/b&gt; names of applicants, no dates of birth, file numbers, AZR numbers, phone numbers, email addresses or bank details. kimboard is neither a case management system nor a case file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Was kimboard speichert&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dienststellen, Teams und Teammitglieder.&lt;/b&gt; Von einer Person nur einen Anzeigenamen und eine Rolle (zum Beispiel „Sachbearbeitung“) – keine E-Mail-Adresse, kein Passwort, kein Konto.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Boards und Karten&lt;/b&gt; mit Checklisten, Kommentaren und dem Verlauf jeder Karte (wann sie wohin verschoben wurde und von wem). Daraus berechnet kimboard Kennzahlen für das Team, keine Ranglisten einzelner Personen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sprints und Retrospektiven&lt;/b&gt; mit Beiträgen und Maßnahmen. In einer anonymen Retrospektive wird nicht gespeichert, wer einen Beitrag geschrieben hat; Stimmen und Stimmungsbilder sind nie mit einer Person verbunden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lösungsansätze und Netzwerkpartner&lt;/b&gt; – Organisationen, keine Privatpersonen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einstellungen&lt;/b&gt; des Programms (Sprache, Fenstergröße und Ähnliches) im Benutzerprofil.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;What kimboard stores&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Offices, teams and team members.&lt;/b&gt; For a person, only a display name and a role (for example “Caseworker”) – no email address, no password, no account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Boards and cards&lt;/b&gt; with checklists, comments and the history of every card (when it was moved where, and by whom). From this, kimboard calculates metrics for the team, not rankings of individual people.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sprints and retrospectives&lt;/b&gt; with contributions and action items. An anonymous retrospective does not store who wrote a contribution; votes and mood checks are never linked to a person.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Solution approaches and network partners&lt;/b&gt; – organisations, not private individuals.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; of the program (language, window size and the like) in the user profile.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo die Daten liegen&lt;/h2&gt;&lt;p&gt;In einer Datenbankdatei im Benutzerprofil – oder dort, wo beim Start eine andere Datei gewählt wurde. Neben ihr liegt der Ordner „backups“ mit den Sicherungskopien. Wer die Datei kopieren kann, kann sie lesen: Bitte legen Sie sie nur in Ordner, auf die allein Ihr Team Zugriff hat.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Where the data is kept&lt;/h2&gt;&lt;p&gt;In a database file in the user profile – or wherever another file was chosen at start-up. Next to it is the “backups” folder with the backup copies. Anyone who can copy the file can read it: please keep it only in folders that only your team can access.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wie lange&lt;/h2&gt;&lt;p&gt;Bis Sie etwas löschen: Karten, Boards, Retrospektiven und archivierte Einträge bleiben gespeichert, bis sie gelöscht werden. Einmal am Tag legt kimboard automatisch eine Sicherungskopie an und löscht tägliche Sicherungen, die älter sind als in den Einstellungen festgelegt (anfangs 10 Tage). Die Sicherung vor jedem Update der Datenbank und selbst erstellte Sicherungen bleiben, bis sie im Ordner „backups“ gelöscht werden. Legen Sie in Ihrer Dienststelle fest, wie lange Boards, Retrospektiven und Sicherungen aufbewahrt werden.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;For how long&lt;/h2&gt;&lt;p&gt;Until you delete something: cards, boards, retrospectives and archived entries stay stored until they are deleted. Once a day kimboard automatically makes a backup copy and deletes daily backups older than set in the settings (10 days at first). The backup made before every update of the database and backups you make yourself stay until they are deleted from the “backups” folder. Decide in your office how long boards, retrospectives and backups are kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Was ein Paket weitergibt&lt;/h2&gt;&lt;p&gt;Ein Paket ist eine Datei, die Sie selbst erstellen und verschicken – etwa an eine andere Ausländerbehörde, die Bezirksregierung oder das Ministerium. Es enthält nur, was Sie beim Export auswählen (zum Beispiel ein Board mit seinen Karten, ein Sprint-Review, das Ergebnis einer Retrospektive oder einen Lösungsansatz) und den Namen Ihrer Dienststelle. Auf Wunsch erscheinen Teammitglieder darin nur unter einem Pseudonym (etwa „Teammitglied 7F3A2C91“); der Schlüssel dafür verlässt Ihre Datenbank nie. &lt;b&gt;Was in Texten steht, geht so mit, wie es geschrieben wurde&lt;/b&gt; – auch ein Name in einem Kommentar. Sicherungen, Einstellungen und nicht ausgewählte Boards gehören nie zu einem Paket.&lt;/p&gt;&lt;p&gt;Übernommene Pakete anderer Dienststellen sind hier nur lesbar und als „übernommen“ gekennzeichnet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;What a bundle passes on&lt;/h2&gt;&lt;p&gt;A bundle is a file that you create and send yourself – for example to another immigration office, the district government or the ministry. It contains only what you choose when exporting (for example a board with its cards, a sprint review, the result of a retrospective or a solution approach) and the name of your office. If you wish, team members appear in it only under a pseudonym (such as “Teammitglied 7F3A2C91”); the key for it never leaves your database. &lt;b&gt;Whatever is written in texts goes along as it was written&lt;/b&gt; – including a name in a comment. Backups, settings and boards not selected are never part of a bundle.&lt;/p&gt;&lt;p&gt;Bundles taken over from other offices are read-only here and marked as “taken over”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Eine Person löschen (Art. 17 DSGVO)&lt;/h2&gt;&lt;p&gt;Wenn jemand das Team verlässt oder die Löschung verlangt: &lt;i&gt;Datei → Dienststelle verwalten → Teammitglieder → Person löschen (DSGVO Art. 17)&lt;/i&gt;. Der Name wird überall durch „{label}“ ersetzt – in der Liste der Teammitglieder, auf Karten, in Kommentaren, Checklisten und im Verlauf, in Retrospektiven und Maßnahmen. Die Arbeit selbst, ihr Verlauf und alle Kennzahlen bleiben erhalten. Danach bereinigt kimboard die Datenbankdatei, damit keine alten Reste darin bleiben. Das lässt sich nicht rückgängig machen.&lt;/p&gt;&lt;p&gt;Ersetzt wird der vollständige Anzeigename. Steht irgendwo nur ein Vorname oder eine andere Schreibweise, ändern Sie diese Stellen bitte selbst.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sicherungen und Pakete:&lt;/b&gt; Sicherungskopien von vorher und bereits verschickte Pakete enthalten den Namen weiterhin. kimboard bietet nach dem Löschen an, die alten Sicherungen zu löschen. Bei verschickten Paketen wenden Sie sich an die Empfänger.&lt;/p&gt;&lt;p&gt;Für Administratorinnen und Administratoren geht das Löschen auch ohne Oberfläche: &lt;code&gt;kimboard member erase PERSON --site DIENSTSTELLE --yes&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erasing a person (Art. 17 GDPR)&lt;/h2&gt;&lt;p&gt;When someone leaves the team or asks for erasure: &lt;i&gt;File → Manage office → Team members → Erase person (GDPR Art. 17)&lt;/i&gt;. The name is replaced everywhere by “{label}” – in the list of team members, on cards, in comments, checklists and the history, in retrospectives and action items. The work itself, its history and all metrics are kept. Afterwards kimboard cleans up the database file so that no old traces remain in it. This cannot be undone.&lt;/p&gt;&lt;p&gt;What is replaced is the full display name. Where only a first name or a different spelling appears, please change those places yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Backups and bundles:&lt;/b&gt; earlier backup copies and bundles already sent still contain the name. After the erasure, kimboard offers to delete the old backups. For bundles already sent, please contact the recipients.&lt;/p&gt;&lt;p&gt;Administrators can also erase a person without the user interface: &lt;code&gt;kimboard member erase PERSON --site OFFICE --yes&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fragen&lt;/h2&gt;&lt;p&gt;Fragen zum Datenschutz beantwortet die oder der Datenschutzbeauftragte Ihrer Dienststelle. Werkzeuge, die Arbeit sichtbar machen, können mitbestimmungspflichtig sein: Beziehen Sie den Personalrat frühzeitig ein.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Questions&lt;/h2&gt;&lt;p&gt;Your office’s data protection officer answers questions about data protection. Tools that make work visible may be subject to co-determination by the staff council: involve the staff council early.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Frage bearbeiten</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Neue Frage</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>z. B. Was lief gut?</source>
        <translation>e.g. What went well?</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Optional: ein Satz, der die Frage erläutert</source>
        <translation>Optional: a sentence explaining the question</translation>
    </message>
    <message>
        <source>Erläuterung der Frage</source>
        <translation>Explanation of the question</translation>
    </message>
    <message>
        <source>Farbe der Frage</source>
        <translation>Colour of the question</translation>
    </message>
    <message>
        <source>Andere Farbe &amp;wählen …</source>
        <translation>&amp;Choose another colour…</translation>
    </message>
    <message>
        <source>Andere Farbe für die Frage wählen</source>
        <translation>Choose another colour for the question</translation>
    </message>
    <message>
        <source>Vorschau der Spalte</source>
        <translation>Preview of the column</translation>
    </message>
    <message>
        <source>&amp;Frage:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Erläuterung:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>F&amp;arbe:</source>
        <translation>Co&amp;lour:</translation>
    </message>
    <message>
        <source>Vorschau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Wert {value} geben (Alt+{value})</source>
        <translation>Give {value} (Alt+{value})</translation>
    </message>
    <message>
        <source>Letzte zurücknehmen</source>
        <translation>Take back the last one</translation>
    </message>
    <message>
        <source>Nimmt den zuletzt getippten Wert zurück</source>
        <translation>Takes back the value typed last</translation>
    </message>
    <message>
        <source>Ergebnis zeigen</source>
        <translation>Show result</translation>
    </message>
    <message>
        <source>Speichert die Werte ohne Namen und zeigt das Ergebnis</source>
        <translation>Saves the values without names and shows the result</translation>
    </message>
    <message>
        <source>Anteil der Bewertungen mit {value}</source>
        <translation>Share of ratings with {value}</translation>
    </message>
    <message>
        <source>Bewertungen gespeichert.</source>
        <translation>Ratings saved.</translation>
    </message>
    <message>
        <source>Nacheinander den eigenen Wert tippen – die Werte erscheinen erst nach dem Speichern.</source>
        <translation>Everyone types their own value in turn – the values only appear after saving.</translation>
    </message>
    <message>
        <source>1 Wert eingegeben (noch nicht gespeichert)</source>
        <translation>1 value entered (not saved yet)</translation>
    </message>
    <message>
        <source>{n} Werte eingegeben (noch nicht gespeichert)</source>
        <translation>{n} values entered (not saved yet)</translation>
    </message>
    <message>
        <source>Ergebnis: Ø {avg} aus {n} Bewertungen</source>
        <translation>Result: avg. {avg} from {n} ratings</translation>
    </message>
    <message>
        <source>sehr schlecht</source>
        <translation>very bad</translation>
    </message>
    <message>
        <source>eher schlecht</source>
        <translation>rather bad</translation>
    </message>
    <message>
        <source>geht so</source>
        <translation>so-so</translation>
    </message>
    <message>
        <source>gut</source>
        <translation>good</translation>
    </message>
    <message>
        <source>sehr gut</source>
        <translation>very good</translation>
    </message>
    <message>
        <source>Zeit verschwendet</source>
        <translation>time wasted</translation>
    </message>
    <message>
        <source>wenig Nutzen</source>
        <translation>little benefit</translation>
    </message>
    <message>
        <source>Aufwand = Nutzen</source>
        <translation>effort = benefit</translation>
    </message>
    <message>
        <source>hat sich gelohnt</source>
        <translation>worthwhile</translation>
    </message>
    <message>
        <source>sehr gelohnt</source>
        <translation>very worthwhile</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>tägliche Sicherung</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>vor einem Update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>manuelle Sicherung</source>
        <translation>manual backup</translation>
    </message>
    <message>
        <source>vor einer Wiederherstellung ersetzt</source>
        <translation>replaced by a restore</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Sicherungen der Datenbank {path}, die neueste zuerst. Beim Wiederherstellen wird die aktuelle Datenbank ersetzt; sie bleibt als „…-ersetzt-…“ daneben erhalten. Danach wird kimboard beendet und muss neu gestartet werden.</source>
        <translation>Backups of the database {path}, newest first. Restoring replaces the current database; it is kept beside it as “…-ersetzt-…”. kimboard then quits and has to be started again.</translation>
    </message>
    <message>
        <source>Vorhandene Sicherungen</source>
        <translation>Available backups</translation>
    </message>
    <message>
        <source>Erstellt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Sicherungen</source>
        <translation>Column headers of the backups</translation>
    </message>
    <message>
        <source>Es gibt noch keine Sicherung dieser Datenbank.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Andere Datei wählen …</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{kind} vom {date}</source>
        <translation>{kind} of {date}</translation>
    </message>
    <message>
        <source>Sicherung wählen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>kimboard-Datenbank (*.sqlite3);;Alle Dateien (*)</source>
        <translation>kimboard database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Die aktuelle Datenbank durch diese Sicherung ersetzen?

{what}
{path}

Alles, was seit dieser Sicherung geändert wurde, fehlt danach in der Datenbank. Die bisherige Datei bleibt als „…-ersetzt-…“ neben der Datenbank erhalten. kimboard wird danach beendet.</source>
        <translation>Replace the current database with this backup?

{what}
{path}

Everything changed since this backup will then be missing from the database. The current file is kept beside the database as “…-ersetzt-…”. kimboard quits afterwards.</translation>
    </message>
    <message>
        <source>Ersetzen und beenden</source>
        <translation>Replace and quit</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte warten, bis die laufende Aufgabe fertig ist, und es dann erneut versuchen.</source>
        <translation>Please wait until the running task has finished, then try again.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt; die Datenbank ist unverändert.

%1</source>
        <translation>The backup was not restored; the database is unchanged.

%1</translation>
    </message>
    <message>
        <source>Die Datenbank wurde aus der Sicherung wiederhergestellt.

Die bisherige Datei liegt unter:
%1

kimboard wird jetzt beendet. Bitte starten Sie kimboard neu.</source>
        <translation>The database was restored from the backup.

The previous file is at:
%1

kimboard quits now. Please start kimboard again.</translation>
    </message>
    <message>
        <source>Die Datenbank %1 ist beschädigt und kann nicht geöffnet werden. An der Datei wurde nichts verändert.

Die neueste Sicherung ist vom %2 (%3):
%4

Soll kimboard die Datenbank aus dieser Sicherung wiederherstellen? Was nach der Sicherung geändert wurde, fehlt danach. Die beschädigte Datei bleibt als „…-ersetzt-…“ daneben erhalten.</source>
        <translation>The database %1 is damaged and cannot be opened. Nothing was changed in the file.

The newest backup is of %2 (%3):
%4

Should kimboard restore the database from this backup? What was changed after the backup will then be missing. The damaged file is kept beside it as “…-ersetzt-…”.</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Die Sicherung konnte nicht wiederhergestellt werden:

%1</source>
        <translation>The backup could not be restored:

%1</translation>
    </message>
    <message>
        <source>Die Datenbank wurde aus der Sicherung vom %1 wiederhergestellt. Die beschädigte Datei liegt unter:
%2</source>
        <translation>The database was restored from the backup of %1. The damaged file is at:
%2</translation>
    </message>
</context>
<context>
    <name>Retro</name>
    <message>
        <source>Gruppe ohne Titel</source>
        <translation>Untitled group</translation>
    </message>
    <message>
        <source>1 Stimme</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{n} Stimmen</source>
        <translation>{n} votes</translation>
    </message>
    <message>
        <source>1 Beitrag</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>{n} Beiträge</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>Beitrag bearbeiten</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Text des Beitrags:</source>
        <translation>Text of the item:</translation>
    </message>
    <message>
        <source>Beitrag löschen</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Den Beitrag „{text}“ löschen? Stimmen darauf gehen verloren. Das lässt sich nicht rückgängig machen.</source>
        <translation>Delete the item “{text}”? Votes on it will be lost. This cannot be undone.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Text &amp;bearbeiten …</source>
        <translation>&amp;Edit text…</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>RetroCommand</name>
    <message>
        <source>Gruppe „{title}“ umbenennen</source>
        <translation>Rename group “{title}”</translation>
    </message>
    <message>
        <source>{n} Beiträge aus der Gruppe genommen</source>
        <translation>{n} items removed from the group</translation>
    </message>
    <message>
        <source>Beitrag aus der Gruppe genommen</source>
        <translation>Item removed from the group</translation>
    </message>
    <message>
        <source>{n} Beiträge zu „{group}“</source>
        <translation>{n} items added to “{group}”</translation>
    </message>
    <message>
        <source>Beitrag zu „{group}“</source>
        <translation>Item added to “{group}”</translation>
    </message>
    <message>
        <source>Neue Gruppe „{title}“</source>
        <translation>New group “{title}”</translation>
    </message>
</context>
<context>
    <name>RetroHistory</name>
    <message>
        <source>ROTI-Verlauf</source>
        <translation>ROTI history</translation>
    </message>
</context>
<context>
    <name>RetroHistoryDialog</name>
    <message>
        <source>Retrospektiven – Verlauf ({office})</source>
        <extracomment>A German message for the window&apos;s status bar (e.g. &quot;Protokoll gespeichert: …&quot;).</extracomment>
        <translation>Retrospectives – history ({office})</translation>
    </message>
    <message>
        <source>Nur Retrospektiven dieses Boards</source>
        <translation>Only retrospectives of this board</translation>
    </message>
    <message>
        <source>Alle Boards</source>
        <translation>All boards</translation>
    </message>
    <message>
        <source>{name} (archiviert)</source>
        <translation>{name} (archived)</translation>
    </message>
    <message>
        <source>Nur Retrospektiven dieses Teams</source>
        <translation>Only retrospectives of this team</translation>
    </message>
    <message>
        <source>Alle Teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Vergangene Retrospektiven</source>
        <translation>Past retrospectives</translation>
    </message>
    <message>
        <source>Protokoll der gewählten Retrospektive</source>
        <translation>Minutes of the selected retrospective</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Protokoll als PDF speichern</source>
        <translation>Save minutes as PDF</translation>
    </message>
    <message>
        <source>Als &amp;Markdown speichern …</source>
        <translation>Save as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Protokoll als Markdown-Datei speichern</source>
        <translation>Save minutes as a Markdown file</translation>
    </message>
    <message>
        <source>Besprechung ö&amp;ffnen</source>
        <translation>Op&amp;en meeting</translation>
    </message>
    <message>
        <source>Gewählte Retrospektive im Besprechungsfenster öffnen (fortsetzen oder ansehen)</source>
        <translation>Open the selected retrospective in the meeting window (continue or view)</translation>
    </message>
    <message>
        <source>P&amp;rotokoll:</source>
        <translation>M&amp;inutes:</translation>
    </message>
    <message>
        <source>&amp;Retrospektiven (neueste zuerst):</source>
        <translation>&amp;Retrospectives (newest first):</translation>
    </message>
    <message>
        <source>Maßnahmen aus allen Retrospektiven</source>
        <translation>Action items from all retrospectives</translation>
    </message>
    <message>
        <source>Nur &amp;offene Maßnahmen</source>
        <translation>Only &amp;open action items</translation>
    </message>
    <message>
        <source>Bereiche des Verlaufs</source>
        <translation>Sections of the history</translation>
    </message>
    <message>
        <source>Retrospektiven</source>
        <translation>Retrospectives</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>ROTI-Verlauf</source>
        <translation>ROTI history</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Verlauf schließen</source>
        <translation>Close history</translation>
    </message>
    <message>
        <source>1 Retrospektive</source>
        <translation>1 retrospective</translation>
    </message>
    <message>
        <source>{n} Retrospektiven</source>
        <translation>{n} retrospectives</translation>
    </message>
    <message>
        <source>, ROTI im Mittel {avg} von 5</source>
        <translation>, average ROTI {avg} out of 5</translation>
    </message>
    <message>
        <source>1 Maßnahme</source>
        <translation>1 action item</translation>
    </message>
    <message>
        <source>{n} Maßnahmen</source>
        <translation>{n} action items</translation>
    </message>
    <message>
        <source>, davon {open} offen.</source>
        <translation>, {open} of them open.</translation>
    </message>
    <message>
        <source>: {open} offen ({overdue} überfällig), {done} erledigt, {dropped} verworfen; {followed} in einer späteren Retrospektive nachgehalten ({effective} wirksam, {not_effective} nicht wirksam).</source>
        <translation>: {open} open ({overdue} overdue), {done} done, {dropped} dropped; {followed} followed up in a later retrospective ({effective} effective, {not_effective} not effective).</translation>
    </message>
    <message>
        <source>Retrospektiven ({n})</source>
        <translation>Retrospectives ({n})</translation>
    </message>
    <message>
        <source>Maßnahmen ({n})</source>
        <translation>Action items ({n})</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Retrospektive</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Maßnahmen erledigt</source>
        <translation>Action items done</translation>
    </message>
    <message>
        <source>ROTI Ø</source>
        <translation>ROTI avg.</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{done} von {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Vereinbart in</source>
        <translation>Agreed in</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wirkung</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Nachgehalten in</source>
        <translation>Followed up in</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>wirksam</source>
        <translation>effective</translation>
    </message>
    <message>
        <source>nicht wirksam</source>
        <translation>not effective</translation>
    </message>
    <message>
        <source>offen, überfällig</source>
        <translation>open, overdue</translation>
    </message>
    <message>
        <source>noch nicht bewertet</source>
        <translation>not rated yet</translation>
    </message>
    <message>
        <source>#{number} auf „{board}“ ({column})</source>
        <translation>#{number} on “{board}” ({column})</translation>
    </message>
    <message>
        <source>{date}: {title}</source>
        <translation>{date}: {title}</translation>
    </message>
    <message>
        <source>Hier gibt es noch keine Retrospektiven. Sobald eine Retrospektive stattgefunden hat, steht ihr Protokoll hier.</source>
        <translation>There are no retrospectives here yet. As soon as a retrospective has taken place, its minutes appear here.</translation>
    </message>
    <message>
        <source>Die Retrospektive gibt es nicht mehr.</source>
        <translation>The retrospective no longer exists.</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Protokoll als Markdown speichern</source>
        <translation>Save minutes as Markdown</translation>
    </message>
    <message>
        <source>Markdown-Datei (*.md)</source>
        <translation>Markdown file (*.md)</translation>
    </message>
    <message>
        <source>Das Protokoll konnte nicht gespeichert werden: {reason}</source>
        <translation>The minutes could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Protokoll gespeichert: {path}</source>
        <translation>Minutes saved: {path}</translation>
    </message>
</context>
<context>
    <name>RetroMeeting</name>
    <message>
        <source>{title} – Retrospektive – kimboard</source>
        <extracomment>the phase changed (to the given one)</extracomment>
        <translation>{title} – Retrospective – kimboard</translation>
    </message>
    <message>
        <source>Retrospektive {title}</source>
        <translation>Retrospective {title}</translation>
    </message>
    <message>
        <source>Nur lesen – Retrospektive einer anderen Dienststelle</source>
        <translation>Read-only – retrospective of another office</translation>
    </message>
    <message>
        <source>Präsentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Vollbild mit großer Schrift für den Beamer (F5 oder F11; Esc beendet)</source>
        <translation>Full screen with large text for the projector (F5 or F11; Esc ends it)</translation>
    </message>
    <message>
        <source>Zur vorigen Phase (Strg+Pfeil links oder Bild auf)</source>
        <translation>To the previous phase (Ctrl+Left or Page Up)</translation>
    </message>
    <message>
        <source>Zur nächsten Phase (Strg+Pfeil rechts oder Bild ab)</source>
        <translation>To the next phase (Ctrl+Right or Page Down)</translation>
    </message>
    <message>
        <source>Strg+→ / Bild ab: weiter · Strg+← / Bild auf: zurück · F5: Präsentation</source>
        <translation>Ctrl+→ / Page Down: next · Ctrl+← / Page Up: back · F5: presentation</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Timer &amp;starten/anhalten</source>
        <translation>&amp;Start/pause timer</translation>
    </message>
    <message>
        <source>Timer &amp;zurücksetzen</source>
        <translation>&amp;Reset timer</translation>
    </message>
    <message>
        <source>Fenster &amp;schließen</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Präsentationsmodus</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>&amp;Retrospektive</source>
        <translation>&amp;Retrospective</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Mit Namen</source>
        <translation>With names</translation>
    </message>
    <message>
        <source>Beiträge werden ohne Namen gespeichert</source>
        <translation>Items are stored without names</translation>
    </message>
    <message>
        <source>Beim Schreiben kann man seinen Namen angeben</source>
        <translation>You can give your name when writing</translation>
    </message>
    <message>
        <source>◀ Zurück: {phase}</source>
        <translation>◀ Back: {phase}</translation>
    </message>
    <message>
        <source>◀ Zurück</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Abschließen ▶</source>
        <translation>Finish ▶</translation>
    </message>
    <message>
        <source>Weiter: {phase} ▶</source>
        <translation>Next: {phase} ▶</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Phase: {phase}</translation>
    </message>
    <message>
        <source>Die Zeit für „{phase}“ ist um – in Ruhe zum Ende kommen.</source>
        <translation>Time for “{phase}” is up – come to a close calmly.</translation>
    </message>
    <message>
        <source>Präsentation beenden</source>
        <translation>End presentation</translation>
    </message>
    <message>
        <source>Präsentationsmodus – Esc beendet ihn.</source>
        <translation>Presentation mode – Esc ends it.</translation>
    </message>
    <message>
        <source>Präsentationsmodus beendet.</source>
        <translation>Presentation mode ended.</translation>
    </message>
</context>
<context>
    <name>RetroNote</name>
    <message>
        <source>Beitrag zu „{prompt}“: {text}</source>
        <translation>Item for “{prompt}”: {text}</translation>
    </message>
    <message>
        <source>Beitrag: {text}</source>
        <translation>Item: {text}</translation>
    </message>
</context>
<context>
    <name>RetroPhase</name>
    <message>
        <source>Check-in</source>
        <extracomment>Suggested minutes per phase (the facilitator can change them; remembered per phase).</extracomment>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Rückblick</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Schreiben</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Aufdecken</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Gruppieren</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Abstimmen</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Diskutieren</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Maßnahmen</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Abschluss</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Fertig</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Jetzt: Ankommen – reihum kurz sagen, wie es einem geht. Wer mag, gibt eine Stimmung von 1 bis 5; die Werte werden ohne Namen gespeichert.</source>
        <translation>Now: arriving – in turn, briefly say how you are. Whoever wants to gives a mood from 1 to 5; the values are stored without names.</translation>
    </message>
    <message>
        <source>Jetzt: Rückblick – was ist aus den Maßnahmen der letzten Retrospektiven geworden? Für jede festhalten: erledigt, wirksam, nicht wirksam oder verworfen.</source>
        <translation>Now: review – what became of the action items from the last retrospectives? Record for each one: done, effective, not effective or dropped.</translation>
    </message>
    <message>
        <source>Jetzt: Schreiben – jede Person notiert für sich, was ihr zu den Fragen einfällt. Nacheinander am Gerät; der Vorhang verbirgt alles bisher Geschriebene.</source>
        <translation>Now: write – each person notes down for themselves what comes to mind about the questions. One after another at the computer; the curtain hides everything written so far.</translation>
    </message>
    <message>
        <source>Jetzt: Aufdecken – alle Beiträge erscheinen gemischt und ohne Namen. Reihum vorlesen, Verständnisfragen klären, noch nicht diskutieren.</source>
        <translation>Now: reveal – all items appear shuffled and without names. Read them out in turn, clarify questions of understanding, don’t discuss yet.</translation>
    </message>
    <message>
        <source>Jetzt: Gruppieren – Ähnliches zusammenlegen (ziehen oder Strg+G) und jeder Gruppe einen Titel geben.</source>
        <translation>Now: group – put similar items together (drag or Ctrl+G) and give each group a title.</translation>
    </message>
    <message>
        <source>Jetzt: Abstimmen – reihum am Gerät verteilt jede Person {budget} Stimmen, höchstens {cap} auf ein Thema. Das Ergebnis bleibt verdeckt, bis alle abgestimmt haben.</source>
        <translation>Now: vote – in turn at the computer, each person casts {budget} votes, at most {cap} on one topic. The result stays hidden until everyone has voted.</translation>
    </message>
    <message>
        <source>Jetzt: Diskutieren – die Themen mit den meisten Stimmen zuerst. Ursachen und Ideen in den Notizen festhalten.</source>
        <translation>Now: discuss – the topics with the most votes first. Record causes and ideas in the notes.</translation>
    </message>
    <message>
        <source>Jetzt: Maßnahmen – konkrete nächste Schritte mit verantwortlicher Person und Termin vereinbaren; bei Bedarf direkt auf ein Board übernehmen.</source>
        <translation>Now: action items – agree on concrete next steps with a responsible person and a due date; if needed, add them straight to a board.</translation>
    </message>
    <message>
        <source>Jetzt: Abschluss – hat sich die Zeit gelohnt? Jede Person gibt einen Wert von 1 bis 5 (ROTI).</source>
        <translation>Now: closing – was the time well spent? Each person gives a value from 1 to 5 (ROTI).</translation>
    </message>
    <message>
        <source>Die Retrospektive ist abgeschlossen. Mit „Zurück“ lässt sich eine frühere Phase wieder öffnen.</source>
        <translation>The retrospective is completed. “Back” reopens an earlier phase.</translation>
    </message>
</context>
<context>
    <name>RetroTemplates</name>
    <message>
        <source>Farbe der Frage</source>
        <translation>Colour of the question</translation>
    </message>
</context>
<context>
    <name>RetroTemplatesDialog</name>
    <message>
        <source>Vorlagen für Retrospektiven</source>
        <extracomment>Emitted after every saved change (e.g. so a retrospective start page re-reads them).</extracomment>
        <translation>Templates for retrospectives</translation>
    </message>
    <message>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Fragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Vorlagen</source>
        <translation>Column headers of the templates</translation>
    </message>
    <message>
        <source>&amp;Kopieren …</source>
        <translation>&amp;Copy…</translation>
    </message>
    <message>
        <source>Vorlage als eigene Vorlage kopieren</source>
        <translation>Copy the template as your own template</translation>
    </message>
    <message>
        <source>&amp;Neue Vorlage …</source>
        <translation>&amp;New template…</translation>
    </message>
    <message>
        <source>Neue eigene Vorlage anlegen</source>
        <translation>Create a new template of your own</translation>
    </message>
    <message>
        <source>Vorlage &amp;löschen …</source>
        <translation>&amp;Delete template…</translation>
    </message>
    <message>
        <source>Eigene Vorlage löschen</source>
        <translation>Delete your own template</translation>
    </message>
    <message>
        <source>&amp;Vorlagen:</source>
        <translation>&amp;Templates:</translation>
    </message>
    <message>
        <source>Name der Vorlage</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Beschreibung der Vorlage</source>
        <translation>Template description</translation>
    </message>
    <message>
        <source>Name und Beschreibung &amp;speichern</source>
        <translation>&amp;Save name and description</translation>
    </message>
    <message>
        <source>Name und Beschreibung der Vorlage speichern</source>
        <translation>Save the template’s name and description</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Beschrei&amp;bung:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>Frage</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Erläuterung</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Farbe</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Fragen der Vorlage</source>
        <translation>Questions of the template</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Fragen</source>
        <translation>Column headers of the questions</translation>
    </message>
    <message>
        <source>Frage &amp;hinzufügen …</source>
        <translation>&amp;Add question…</translation>
    </message>
    <message>
        <source>Frage hinzufügen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Neue Frage am Ende (Einfg)</source>
        <translation>New question at the end (Ins)</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Frage bearbeiten</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Frage, Erläuterung und Farbe (F2)</source>
        <translation>Question, explanation and colour (F2)</translation>
    </message>
    <message>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Frage nach oben verschieben</source>
        <translation>Move question up</translation>
    </message>
    <message>
        <source>Strg+Pfeil hoch in der Liste</source>
        <translation>Ctrl+Up in the list</translation>
    </message>
    <message>
        <source>Nach &amp;unten</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Frage nach unten verschieben</source>
        <translation>Move question down</translation>
    </message>
    <message>
        <source>Strg+Pfeil runter in der Liste</source>
        <translation>Ctrl+Down in the list</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Frage entfernen</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Frage aus der Vorlage entfernen (Entf)</source>
        <translation>Remove the question from the template (Del)</translation>
    </message>
    <message>
        <source>&amp;Fragen (in dieser Reihenfolge als Spalten):</source>
        <translation>&amp;Questions (as columns, in this order):</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Vorlagen schließen</source>
        <translation>Close templates</translation>
    </message>
    <message>
        <source>Eine Vorlage legt die Fragen einer Retrospektive fest; jede Frage wird eine Spalte. Mitgelieferte Vorlagen lassen sich kopieren und dann anpassen. Änderungen werden sofort gespeichert.</source>
        <translation>A template defines the questions of a retrospective; each question becomes a column. Built-in templates can be copied and then adapted. Changes are saved immediately.</translation>
    </message>
    <message>
        <source>Mitgelieferte Vorlagen</source>
        <translation>Built-in templates</translation>
    </message>
    <message>
        <source>Eigene Vorlagen der Dienststelle</source>
        <translation>The office’s own templates</translation>
    </message>
    <message>
        <source>(noch keine – eine Vorlage kopieren oder neu anlegen)</source>
        <translation>(none yet – copy a template or create a new one)</translation>
    </message>
    <message>
        <source>Bitte links eine Vorlage wählen.</source>
        <translation>Please choose a template on the left.</translation>
    </message>
    <message>
        <source>Diese Dienststelle wurde aus einem Paket übernommen; ihre Vorlagen sind hier nur lesbar.</source>
        <translation>This office was imported from a bundle; its templates are read-only here.</translation>
    </message>
    <message>
        <source>Mitgelieferte Vorlage – nur lesbar. Mit „Kopieren“ entsteht eine eigene Fassung, die sich ändern lässt.</source>
        <translation>Built-in template – read-only. “Copy” creates your own version that can be changed.</translation>
    </message>
    <message>
        <source>Eigene Vorlage, verwendet in 1 Retrospektive. Änderungen an Fragen wirken auch dort.</source>
        <translation>Own template, used in 1 retrospective. Changes to questions apply there too.</translation>
    </message>
    <message>
        <source>Eigene Vorlage, verwendet in {n} Retrospektiven. Änderungen an Fragen wirken auch dort.</source>
        <translation>Own template, used in {n} retrospectives. Changes to questions apply there too.</translation>
    </message>
    <message>
        <source>Eigene Vorlage – Änderungen werden sofort gespeichert.</source>
        <translation>Own template – changes are saved immediately.</translation>
    </message>
    <message>
        <source>Vorlage kopieren</source>
        <translation>Copy template</translation>
    </message>
    <message>
        <source>Name der eigenen Vorlage:</source>
        <translation>Name of your own template:</translation>
    </message>
    <message>
        <source>{name} (eigene Fassung)</source>
        <translation>{name} (own version)</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ angelegt.</source>
        <translation>Template “{name}” created.</translation>
    </message>
    <message>
        <source>Vorlage löschen</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Die Vorlage „{name}“ mit ihren Fragen wirklich löschen?</source>
        <translation>Really delete the template “{name}” with its questions?</translation>
    </message>
    <message>
        <source>Vorlage „{name}“ gelöscht.</source>
        <translation>Template “{name}” deleted.</translation>
    </message>
    <message>
        <source>Name und Beschreibung gespeichert.</source>
        <translation>Name and description saved.</translation>
    </message>
    <message>
        <source>Frage „{title}“ hinzugefügt.</source>
        <translation>Question “{title}” added.</translation>
    </message>
    <message>
        <source>Frage „{title}“ gespeichert.</source>
        <translation>Question “{title}” saved.</translation>
    </message>
    <message>
        <source>„{title}“ steht jetzt an Stelle {n} von {m}.</source>
        <translation>“{title}” is now in position {n} of {m}.</translation>
    </message>
    <message>
        <source>Zur Frage „{title}“ gibt es schon 1 Beitrag in einer Retrospektive. Sie kann deshalb nicht entfernt werden; für künftige Retrospektiven bitte eine Kopie der Vorlage anlegen.</source>
        <translation>There is already 1 item for the question “{title}” in a retrospective, so it cannot be removed; for future retrospectives, please make a copy of the template.</translation>
    </message>
    <message>
        <source>Zur Frage „{title}“ gibt es schon {n} Beiträge in Retrospektiven. Sie kann deshalb nicht entfernt werden; für künftige Retrospektiven bitte eine Kopie der Vorlage anlegen.</source>
        <translation>There are already {n} items for the question “{title}” in retrospectives, so it cannot be removed; for future retrospectives, please make a copy of the template.</translation>
    </message>
    <message>
        <source>Die Frage „{title}“ aus der Vorlage „{name}“ entfernen?</source>
        <translation>Remove the question “{title}” from the template “{name}”?</translation>
    </message>
    <message>
        <source>Frage „{title}“ entfernt.</source>
        <translation>Question “{title}” removed.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>Beim Aufdecken erscheinen alle Beiträge gemischt und ohne Namen – niemand kann sehen, wer was geschrieben hat.</source>
        <translation>When revealed, all items appear shuffled and without names – nobody can see who wrote what.</translation>
    </message>
    <message>
        <source>Aufdecken</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Alle Beiträge zeigen (Enter)</source>
        <translation>Show all items (Enter)</translation>
    </message>
    <message>
        <source>Alle Beiträge sind aufgedeckt.</source>
        <translation>All items are revealed.</translation>
    </message>
    <message>
        <source>Beiträge</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Beiträge zu „{prompt}“</source>
        <translation>Items for “{prompt}”</translation>
    </message>
    <message>
        <source>Keine Beiträge</source>
        <translation>No items</translation>
    </message>
    <message>
        <source>1 Beitrag ist geschrieben</source>
        <translation>1 item has been written</translation>
    </message>
    <message>
        <source>{n} Beiträge sind geschrieben</source>
        <translation>{n} items have been written</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Noch offen</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Wirksam</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Nicht wirksam</source>
        <translation>Not effective</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>aus „{retro}“ vom {date}</source>
        <translation>from “{retro}” on {date}</translation>
    </message>
    <message>
        <source>verantwortlich: {name}</source>
        <translation>responsible: {name}</translation>
    </message>
    <message>
        <source>noch niemand verantwortlich</source>
        <translation>nobody responsible yet</translation>
    </message>
    <message>
        <source>fällig: {date}</source>
        <translation>due: {date}</translation>
    </message>
    <message>
        <source>Karte #{number} auf „{board}“</source>
        <translation>Card #{number} on “{board}”</translation>
    </message>
    <message>
        <source>(erledigt)</source>
        <translation>(done)</translation>
    </message>
    <message>
        <source>Maßnahmen aus früheren Retrospektiven</source>
        <translation>Action items from earlier retrospectives</translation>
    </message>
    <message>
        <source>{done} von {n} besprochen</source>
        <translation>{done} of {n} discussed</translation>
    </message>
    <message>
        <source>Keine offenen Maßnahmen aus früheren Retrospektiven.</source>
        <translation>No open action items from earlier retrospectives.</translation>
    </message>
    <message>
        <source>Weiter zum Schreiben mit „Weiter“ (Strg+Pfeil rechts).</source>
        <translation>Go on to writing with “Next” (Ctrl+Right).</translation>
    </message>
    <message>
        <source>„{action}“: {choice}</source>
        <translation>“{action}”: {choice}</translation>
    </message>
    <message>
        <source>besprochen</source>
        <translation>discussed</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Sprint für die Auswertung</source>
        <extracomment>The figures (or the note why there are none) are on screen.</extracomment>
        <translation>Sprint to review</translation>
    </message>
    <message>
        <source>&amp;Sprint:</source>
        <translation>&amp;Sprint:</translation>
    </message>
    <message>
        <source>Punkte</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Karten</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Einheit der Diagramme</source>
        <translation>Chart unit</translation>
    </message>
    <message>
        <source>&amp;Einheit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Sprint-Review als PDF speichern</source>
        <translation>Save the sprint review as a PDF</translation>
    </message>
    <message>
        <source>&amp;Ziel bewerten …</source>
        <translation>Evaluate &amp;goal…</translation>
    </message>
    <message>
        <source>Sprint-Ziel als erreicht oder nicht erreicht bewerten</source>
        <translation>Mark the sprint goal as reached or not reached</translation>
    </message>
    <message>
        <source>Zugesagt</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Umfang geändert</source>
        <translation>Scope changed</translation>
    </message>
    <message>
        <source>Ø Velocity</source>
        <translation>Avg. velocity</translation>
    </message>
    <message>
        <source>Durchlaufzeit (Median)</source>
        <translation>Lead time (median)</translation>
    </message>
    <message>
        <source>Durchsatz</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>In Arbeit</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Burndown</source>
        <translation>Burndown</translation>
    </message>
    <message>
        <source>Burnup</source>
        <translation>Burnup</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Velocity</translation>
    </message>
    <message>
        <source>Kumulativer Fluss</source>
        <translation>Cumulative flow</translation>
    </message>
    <message>
        <source>Zykluszeit (Median)</source>
        <translation>Cycle time (median)</translation>
    </message>
    <message>
        <source>Zykluszeit</source>
        <translation>Cycle time</translation>
    </message>
    <message>
        <source>Diagramme</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Offene Punkte</source>
        <translation>Open issues</translation>
    </message>
    <message>
        <source>Blockiert</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Lange in Arbeit</source>
        <translation>Long in progress</translation>
    </message>
    <message>
        <source>Nicht erledigt</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Maßnahmen der letzten Retrospektive</source>
        <translation>Action items from the last retrospective</translation>
    </message>
    <message>
        <source>In Arbeit nach Alter</source>
        <translation>In progress by age</translation>
    </message>
    <message>
        <source>Alle Kennzahlen auf Team-Ebene – keine Zahlen zu einzelnen Personen.</source>
        <translation>All metrics are at team level – no figures on individual people.</translation>
    </message>
    <message>
        <source>Auswertung {name}</source>
        <translation>Report for {name}</translation>
    </message>
    <message>
        <source> (läuft)</source>
        <translation> (active)</translation>
    </message>
    <message>
        <source>Noch kein Sprint gestartet.

Sobald ein Sprint läuft, zeigt die Auswertung Burndown, Velocity und Flusskennzahlen. Sprints plant man im Backlog.</source>
        <translation>No sprint started yet.

As soon as a sprint is active, the report shows the burndown, velocity and flow metrics. Sprints are planned in the backlog.</translation>
    </message>
    <message>
        <source>Der Sprint gibt es nicht mehr.</source>
        <translation>The sprint no longer exists.</translation>
    </message>
    <message>
        <source>Die Kennzahlen konnten nicht berechnet werden: {reason}</source>
        <translation>The metrics could not be calculated: {reason}</translation>
    </message>
    <message>
        <source>Kennzahlen werden berechnet …</source>
        <translation>Calculating metrics…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{board}&lt;/h2&gt;&lt;p&gt;Flusskennzahlen vom {start} bis {end}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{board}&lt;/h2&gt;&lt;p&gt;Flow metrics from {start} to {end}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>läuft</source>
        <translation>active</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Ziel erreicht</source>
        <translation>Goal reached</translation>
    </message>
    <message>
        <source>Ziel nicht erreicht</source>
        <translation>Goal not reached</translation>
    </message>
    <message>
        <source>Ziel noch nicht bewertet</source>
        <translation>Goal not assessed yet</translation>
    </message>
    <message>
        <source>&lt;i&gt;kein Sprint-Ziel angegeben&lt;/i&gt;</source>
        <translation>&lt;i&gt;no sprint goal given&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;{start} – {end} · {state}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sprint-Ziel:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;{reached}&lt;/b&gt;{note}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;{start} – {end} · {state}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sprint goal:&lt;/b&gt; {goal}&lt;br&gt;&lt;b&gt;{reached}&lt;/b&gt;{note}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{n} Punkte</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <source>{n} Karten</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <source>Karten aufgenommen / herausgenommen</source>
        <translation>Cards added / removed</translation>
    </message>
    <message>
        <source>letzte {n} abgeschlossene Sprints</source>
        <translation>last {n} completed sprints</translation>
    </message>
    <message>
        <source>{n} Tage</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>85 % in höchstens {n} Tagen · {c} Karten</source>
        <translation>85% within {n} days · {c} cards</translation>
    </message>
    <message>
        <source>erledigt in 1 Kalenderwoche</source>
        <translation>done in 1 calendar week</translation>
    </message>
    <message>
        <source>erledigt in {n} Kalenderwochen</source>
        <translation>done in {n} calendar weeks</translation>
    </message>
    <message>
        <source>Alter Median {n} Tage</source>
        <translation>Median age {n} days</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Alter (Tage)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Blockiert seit (Tage)</source>
        <translation>Blocked for (days)</translation>
    </message>
    <message>
        <source>Schätzung</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>wirksam</source>
        <translation>effective</translation>
    </message>
    <message>
        <source>nicht wirksam</source>
        <translation>not effective</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wirkung</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Bewertung des Sprint-Ziels gespeichert.</source>
        <translation>Sprint goal evaluation saved.</translation>
    </message>
    <message>
        <source>Sprint-Review speichern</source>
        <translation>Save sprint review</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Das PDF konnte nicht gespeichert werden ({path}): {reason}</source>
        <translation>The PDF could not be saved ({path}): {reason}</translation>
    </message>
    <message>
        <source>Das PDF konnte nicht erstellt werden: {reason}</source>
        <translation>The PDF could not be created: {reason}</translation>
    </message>
    <message>
        <source>Sprint-Review gespeichert: {path}</source>
        <translation>Sprint review saved: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <extracomment>Text size in the presentation mode, in percent of the normal size.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Eine neue Sprache gilt ab dem nächsten Start von kimboard.</source>
        <translation>A new language takes effect the next time you start kimboard.</translation>
    </message>
    <message>
        <source>Datenordner</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Ordner ö&amp;ffnen</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Datenordner öffnen</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Ordner der Sicherungen</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Ordner öff&amp;nen</source>
        <translation>O&amp;pen folder</translation>
    </message>
    <message>
        <source>Ordner der Sicherungen öffnen</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>Daten und Sicherungen</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <source>&amp;Datenordner:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>Die Datenbankdatei: {name}</source>
        <translation>The database file: {name}</translation>
    </message>
    <message>
        <source>Sicherungs&amp;ordner:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Tägliche Sicherungen so viele Tage aufbewahren</source>
        <translation>Keep daily backups for this many days</translation>
    </message>
    <message>
        <source>Tägliche Sicherungen &amp;behalten:</source>
        <translation>&amp;Keep daily backups:</translation>
    </message>
    <message>
        <source>kimboard sichert die Datenbank einmal am Tag automatisch und löscht tägliche Sicherungen, sobald sie so viele Tage alt sind. Sicherungen vor einem Update und selbst erstellte bleiben, bis sie im Sicherungsordner gelöscht werden.</source>
        <translation>kimboard backs up the database automatically once a day and deletes daily backups once they are this many days old. Backups made before an update and those you make yourself stay until they are deleted in the backup folder.</translation>
    </message>
    <message>
        <source>weich – warnt nur</source>
        <translation>soft – only warns</translation>
    </message>
    <message>
        <source>fest – nimmt keine weitere Karte an</source>
        <translation>hard – accepts no further card</translation>
    </message>
    <message>
        <source>WIP-Limit neuer Spalten</source>
        <translation>WIP limit of new columns</translation>
    </message>
    <message>
        <source>Boards</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>&amp;WIP-Limit neuer Spalten:</source>
        <translation>&amp;WIP limit of new columns:</translation>
    </message>
    <message>
        <source>Schriftgröße im Präsentationsmodus</source>
        <translation>Font size in presentation mode</translation>
    </message>
    <message>
        <source>&amp;Hoher Kontrast (Schwarz auf Weiß, kräftige Farben)</source>
        <translation>&amp;High contrast (black on white, strong colours)</translation>
    </message>
    <message>
        <source>Präsentationsmodus (Beamer)</source>
        <translation>Presentation mode (projector)</translation>
    </message>
    <message>
        <source>Schrift&amp;größe:</source>
        <translation>Font si&amp;ze:</translation>
    </message>
    <message>
        <source>Gilt für die Präsentation von Retrospektiven an einem Beamer.</source>
        <translation>Applies when presenting retrospectives on a projector.</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Auf dem Board</source>
        <extracomment>Special keys some platforms bind besides the ordinary one (F1 and the &quot;Help&quot; key): not on an office keyboard, so not listed.</extracomment>
        <translation>On the board</translation>
    </message>
    <message>
        <source>In einer geöffneten Karte</source>
        <translation>In an open card</translation>
    </message>
    <message>
        <source>Backlog und Sprints</source>
        <translation>Backlog and sprints</translation>
    </message>
    <message>
        <source>Retrospektive (Besprechungsfenster)</source>
        <translation>Retrospective (meeting window)</translation>
    </message>
    <message>
        <source>Listen in Dialogen</source>
        <translation>Lists in dialogs</translation>
    </message>
    <message>
        <source>Benutzerhandbuch</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Überall</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Karten durchsuchen (Suchfeld über dem Board)</source>
        <translation>Search cards (search field above the board)</translation>
    </message>
    <message>
        <source>In die Nachbarspalte wechseln</source>
        <translation>Go to the neighbouring column</translation>
    </message>
    <message>
        <source>Karte in die Nachbarspalte verschieben</source>
        <translation>Move the card to the neighbouring column</translation>
    </message>
    <message>
        <source>Karte in der Spalte nach oben oder unten verschieben</source>
        <translation>Move the card up or down in the column</translation>
    </message>
    <message>
        <source>Karte öffnen; im Feld „+ Karte hinzufügen“: Karte anlegen</source>
        <translation>Open the card; in the “+ Add card” field: create the card</translation>
    </message>
    <message>
        <source>Karte archivieren</source>
        <translation>Archive the card</translation>
    </message>
    <message>
        <source>Karte löschen (mit Rückfrage)</source>
        <translation>Delete the card (asks first)</translation>
    </message>
    <message>
        <source>Kontextmenü der Karte</source>
        <translation>Context menu of the card</translation>
    </message>
    <message>
        <source>Änderungen speichern</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Kommentar senden</source>
        <translation>Send the comment</translation>
    </message>
    <message>
        <source>Bearbeiten eines Kommentars abbrechen, sonst die Karte schließen</source>
        <translation>Cancel editing a comment, otherwise close the card</translation>
    </message>
    <message>
        <source>Eintrag der Checkliste verschieben</source>
        <translation>Move a checklist item</translation>
    </message>
    <message>
        <source>Eintrag der Checkliste löschen</source>
        <translation>Delete a checklist item</translation>
    </message>
    <message>
        <source>Karte in der Liste nach oben oder unten</source>
        <translation>Card up or down in the list</translation>
    </message>
    <message>
        <source>Karte in den (nächsten) Sprint einplanen</source>
        <translation>Plan the card into the (next) sprint</translation>
    </message>
    <message>
        <source>Karte zurück ins Backlog</source>
        <translation>Card back to the backlog</translation>
    </message>
    <message>
        <source>Karte öffnen</source>
        <translation>Open the card</translation>
    </message>
    <message>
        <source>Alle Aktionen für die Karte</source>
        <translation>All actions for the card</translation>
    </message>
    <message>
        <source>Nächste Phase</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Vorige Phase</source>
        <translation>Previous phase</translation>
    </message>
    <message>
        <source>Präsentationsmodus an oder aus</source>
        <translation>Presentation mode on or off</translation>
    </message>
    <message>
        <source>Präsentationsmodus beenden</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>Timer starten oder anhalten</source>
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <source>Timer zurücksetzen</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <source>Am Vorhang: „Ich bin dran“; im Eingabefeld: Beitrag hinzufügen</source>
        <translation>At the curtain: “It&apos;s my turn”; in the input field: add a note</translation>
    </message>
    <message>
        <source>„Fertig – Vorhang zu“</source>
        <translation>“Done – close the curtain”</translation>
    </message>
    <message>
        <source>Beiträge einer Gruppe zuordnen (danach die Ziffer der Gruppe)</source>
        <translation>Add notes to a group (then the group&apos;s digit)</translation>
    </message>
    <message>
        <source>Neue Gruppe aus den ausgewählten Beiträgen</source>
        <translation>New group from the selected notes</translation>
    </message>
    <message>
        <source>Titel der Gruppe bearbeiten</source>
        <translation>Edit the group&apos;s title</translation>
    </message>
    <message>
        <source>Beitrag herausnehmen oder löschen</source>
        <translation>Take out or delete a note</translation>
    </message>
    <message>
        <source>Wert 1 bis 5 für Stimmung oder ROTI geben</source>
        <translation>Give a value from 1 to 5 for mood or ROTI</translation>
    </message>
    <message>
        <source>Rückgängig (in der Phase)</source>
        <translation>Undo (within the phase)</translation>
    </message>
    <message>
        <source>Wiederholen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Besprechungsfenster schließen</source>
        <translation>Close the meeting window</translation>
    </message>
    <message>
        <source>Neue Spalte, Swimlane oder neues Label (Board-Einstellungen)</source>
        <translation>New column, swimlane or label (board settings)</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten oder umbenennen</source>
        <translation>Edit or rename the entry</translation>
    </message>
    <message>
        <source>Eintrag löschen (mit Rückfrage)</source>
        <translation>Delete the entry (asks first)</translation>
    </message>
    <message>
        <source>Spalte oder Swimlane verschieben</source>
        <translation>Move a column or swimlane</translation>
    </message>
    <message>
        <source>Im Handbuch suchen</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Nächster oder voriger Treffer der Suche</source>
        <translation>Next or previous search hit</translation>
    </message>
    <message>
        <source>Zurück und vor</source>
        <translation>Back and forward</translation>
    </message>
    <message>
        <source>Schrift größer oder kleiner</source>
        <translation>Larger or smaller text</translation>
    </message>
    <message>
        <source>Handbuch schließen</source>
        <translation>Close the guide</translation>
    </message>
    <message>
        <source>Zum nächsten oder vorigen Feld</source>
        <translation>To the next or previous field</translation>
    </message>
    <message>
        <source>Dialog schließen</source>
        <translation>Close the dialog</translation>
    </message>
    <message>
        <source> oder </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Alle Tastenkürzel von kimboard. Die Einträge der Menüs stehen so da, wie sie im Menü heißen; darunter folgen die Tasten in Board, Karte, Backlog, Retrospektive und Handbuch.</source>
        <translation>All keyboard shortcuts of kimboard. Menu entries are shown as they are named in the menu; below follow the keys of the board, card, backlog, retrospective and guide.</translation>
    </message>
    <message>
        <source>Filtern, z. B. „Paket“ oder „Strg+Z“ …</source>
        <translation>Filter, e.g. “bundle” or “Ctrl+Z” …</translation>
    </message>
    <message>
        <source>Tastenkürzel filtern</source>
        <translation>Filter keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Anzahl der gezeigten Tastenkürzel</source>
        <translation>Number of shortcuts shown</translation>
    </message>
    <message>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Liste der Tastenkürzel</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <source>Spaltenköpfe der Tastenkürzel</source>
        <translation>Column headers of the shortcuts</translation>
    </message>
    <message>
        <source>Als Text &amp;kopieren</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>Gezeigte Tastenkürzel als Text kopieren</source>
        <translation>Copy the shown shortcuts as text</translation>
    </message>
    <message>
        <source>Im &amp;Handbuch lesen</source>
        <translation>Read in the &amp;guide</translation>
    </message>
    <message>
        <source>Kapitel Tastenkürzel im Handbuch öffnen</source>
        <translation>Open the chapter on keyboard shortcuts in the guide</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{shown} von {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>{total} Tastenkürzel</source>
        <translation>{total} shortcuts</translation>
    </message>
    <message>
        <source>In die Zwischenablage kopiert.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Dienststelle anlegen</source>
        <extracomment>The five district governments of North Rhine-Westphalia, offered for convenience.</extracomment>
        <translation>Create office</translation>
    </message>
    <message>
        <source>Dienststelle bearbeiten</source>
        <translation>Edit office</translation>
    </message>
    <message>
        <source>z. B. Ausländerbehörde Musterstadt</source>
        <translation>e.g. Ausländerbehörde Musterstadt</translation>
    </message>
    <message>
        <source>z. B. ABH-MST</source>
        <translation>e.g. ABH-MST</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kürzel:</source>
        <translation>&amp;Short code:</translation>
    </message>
    <message>
        <source>&amp;Bezirksregierung:</source>
        <translation>&amp;District government:</translation>
    </message>
    <message>
        <source>Name der Dienststelle</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <source>Kürzel der Dienststelle</source>
        <translation>Short code of the office</translation>
    </message>
    <message>
        <source>Bezirksregierung</source>
        <translation>District government</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SolutionDialog</name>
    <message>
        <source>Lösungsansatz bearbeiten</source>
        <extracomment>Fields of an approach the dialog edits, besides title, goal area and partners.</extracomment>
        <translation>Edit solution approach</translation>
    </message>
    <message>
        <source>Neuer Lösungsansatz</source>
        <translation>New solution approach</translation>
    </message>
    <message>
        <source>Kurz und treffend, z. B. „Online-Terminvergabe mit Unterlagen-Hinweisen“</source>
        <translation>Short and to the point, e.g. “Online appointments with notes on documents”</translation>
    </message>
    <message>
        <source>kein Zielbereich</source>
        <translation>no goal area</translation>
    </message>
    <message>
        <source>Welches Problem löst der Ansatz? Was war vorher schwierig?</source>
        <translation>What problem does the approach solve? What was difficult before?</translation>
    </message>
    <message>
        <source>Unter welchen Bedingungen: Größe der Behörde, Zuständigkeit, beteiligte Stellen …</source>
        <translation>Under what conditions: size of the authority, responsibilities, bodies involved…</translation>
    </message>
    <message>
        <source>Was genau wird gemacht? Schritte, Werkzeuge, Absprachen.</source>
        <translation>What exactly is done? Steps, tools, arrangements.</translation>
    </message>
    <message>
        <source>Was wurde gemessen oder gelernt? Zahlen, Rückmeldungen, Erfahrungen.</source>
        <translation>What was measured or learned? Figures, feedback, experience.</translation>
    </message>
    <message>
        <source>Eine Rolle, keine Person – z. B. „KIM-Koordination“</source>
        <translation>A role, not a person – e.g. “KIM coordination”</translation>
    </message>
    <message>
        <source>Beteiligte Netzwerkpartner</source>
        <translation>Network partners involved</translation>
    </message>
    <message>
        <source> (archiviert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Zielbereich:</source>
        <translation>&amp;Goal area:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>&amp;Kontext:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <source>&amp;Lösungsweg:</source>
        <translation>&amp;Solution:</translation>
    </message>
    <message>
        <source>&amp;Belege:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Ansprechrolle:</source>
        <translation>Contact &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Netzwerkpartner:</source>
        <translation>&amp;Network partners:</translation>
    </message>
    <message>
        <source>Netzwerkpartner:</source>
        <translation>Network partners:</translation>
    </message>
    <message>
        <source>Noch keine Netzwerkpartner angelegt.</source>
        <translation>No network partners created yet.</translation>
    </message>
</context>
<context>
    <name>SolutionLibrary</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Diese Dienststelle wurde aus einem Paket übernommen und ist hier nur lesbar. Lösungsansätze entstehen in der eigenen Dienststelle.</source>
        <translation>This office was imported from a bundle and is read-only here. Solution approaches are created in your own office.</translation>
    </message>
    <message>
        <source>Aus der Karte #{number} „{title}“ auf dem Board „{board}“. Der Lösungsansatz wird mit der Karte und dem Board verknüpft.</source>
        <translation>From card #{number} “{title}” on the board “{board}”. The solution approach is linked to the card and the board.</translation>
    </message>
    <message>
        <source>Aus der Maßnahme „{text}“ der Retrospektive „{retro}“ vom {date}. Der Lösungsansatz wird mit beiden verknüpft.</source>
        <translation>From the action item “{text}” of the retrospective “{retro}” on {date}. The solution approach is linked to both.</translation>
    </message>
    <message>
        <source>Aus der Maßnahme „{text}“. Der Lösungsansatz wird mit ihr verknüpft.</source>
        <translation>From the action item “{text}”. The solution approach is linked to it.</translation>
    </message>
</context>
<context>
    <name>SolutionLibraryPage</name>
    <message>
        <source>Lösungsansätze</source>
        <extracomment>The approaches of this office changed (created, edited, status, adopted).</extracomment>
        <translation>Solution approaches</translation>
    </message>
    <message>
        <source>&amp;Neuer Lösungsansatz …</source>
        <translation>&amp;New solution approach…</translation>
    </message>
    <message>
        <source>Suchen in Titel, Problem, Lösungsweg …</source>
        <translation>Search in title, problem, solution…</translation>
    </message>
    <message>
        <source>Lösungsansätze durchsuchen</source>
        <translation>Search solution approaches</translation>
    </message>
    <message>
        <source>Nach Status filtern</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Nach Zielbereich filtern</source>
        <translation>Filter by goal area</translation>
    </message>
    <message>
        <source>Nach Herkunft filtern</source>
        <translation>Filter by origin</translation>
    </message>
    <message>
        <source>&amp;Archivierte zeigen</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source> (archiviert)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zielbereich</source>
        <translation>Goal area</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Übernahmen</source>
        <translation>Adoptions</translation>
    </message>
    <message>
        <source>Liste der Lösungsansätze</source>
        <translation>List of solution approaches</translation>
    </message>
    <message>
        <source>Bibliothek der Lösungsansätze</source>
        <translation>Library of solution approaches</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>S&amp;tatus ändern …</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Archi&amp;vieren</source>
        <translation>Archi&amp;ve</translation>
    </message>
    <message>
        <source>Ü&amp;bernehmen …</source>
        <translation>A&amp;dopt…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Kontext</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Lösungsweg</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Belege</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Ansprechrolle</source>
        <translation>Contact role</translation>
    </message>
    <message>
        <source>Netzwerkpartner</source>
        <translation>Network partners</translation>
    </message>
    <message>
        <source>Verlauf des Status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Entstanden aus</source>
        <translation>Originated from</translation>
    </message>
    <message>
        <source>Übernommen von</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <source>Links einen Lösungsansatz wählen – oder einen neuen anlegen.</source>
        <translation>Choose a solution approach on the left – or create a new one.</translation>
    </message>
    <message>
        <source>Die Dienststelle gibt es nicht mehr.</source>
        <translation>The office no longer exists.</translation>
    </message>
    <message>
        <source>Lösungsansätze – {office}</source>
        <translation>Solution approaches – {office}</translation>
    </message>
    <message>
        <source>Diese Dienststelle stammt aus einem Paket und ist hier nur lesbar.</source>
        <translation>This office comes from a bundle and is read-only here.</translation>
    </message>
    <message>
        <source>Alle Zielbereiche</source>
        <translation>All goal areas</translation>
    </message>
    <message>
        <source>ohne Zielbereich</source>
        <translation>no goal area</translation>
    </message>
    <message>
        <source>Alle Dienststellen</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Eigene Dienststelle</source>
        <translation>Own office</translation>
    </message>
    <message>
        <source>Andere Dienststellen</source>
        <translation>Other offices</translation>
    </message>
    <message>
        <source>{shown} von {total} Lösungsansätzen</source>
        <translation>{shown} of {total} solution approaches</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Zielbereich: {area}</source>
        <translation>Goal area: {area}</translation>
    </message>
    <message>
        <source>Dienststelle: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <source>archiviert</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Dieser Lösungsansatz gehört zu {office}. Hier ist er nur zu lesen; mit „Übernehmen“ wird er eine Kopie der eigenen Dienststelle.</source>
        <translation>This solution approach belongs to {office}. Here it is read-only; “Adopt” makes it a copy in your own office.</translation>
    </message>
    <message>
        <source>Aus einem Paket von {office}: hier nur zu lesen. Mit „Übernehmen“ wird er eine Kopie der eigenen Dienststelle.</source>
        <translation>From a bundle from {office}: read-only here. “Adopt” makes it a copy in your own office.</translation>
    </message>
    <message>
        <source>– nicht verknüpft –</source>
        <translation>– not linked –</translation>
    </message>
    <message>
        <source>{office}, am {date}</source>
        <translation>{office}, on {date}</translation>
    </message>
    <message>
        <source>– noch von keiner Dienststelle –</source>
        <translation>– not adopted by any office yet –</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Übernehmen ist in dieser Version noch nicht möglich.</source>
        <translation>Adopting is not possible in this version yet.</translation>
    </message>
    <message>
        <source>Nur eine eigene Dienststelle kann Lösungsansätze übernehmen.</source>
        <translation>Only your own office can adopt solution approaches.</translation>
    </message>
    <message>
        <source>Übernommen am {date}</source>
        <translation>Adopted on {date}</translation>
    </message>
    <message>
        <source>Die eigene Dienststelle hat diesen Lösungsansatz schon übernommen.</source>
        <translation>Your own office has already adopted this solution approach.</translation>
    </message>
    <message>
        <source>Als eigenen Lösungsansatz (in Erprobung) übernehmen</source>
        <translation>Adopt as your own solution approach (being piloted)</translation>
    </message>
    <message>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Retrospektive</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <source>Maßnahme</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>{kind} (nicht in dieser Datenbank)</source>
        <translation>{kind} (not in this database)</translation>
    </message>
    <message>
        <source>Karte #{number} „{title}“ – Board „{board}“</source>
        <translation>Card #{number} “{title}” – board “{board}”</translation>
    </message>
    <message>
        <source>Board „{name}“</source>
        <translation>Board “{name}”</translation>
    </message>
    <message>
        <source>Retrospektive „{title}“ vom {date}</source>
        <translation>Retrospective “{title}” on {date}</translation>
    </message>
    <message>
        <source>Maßnahme „{text}“ ({status})</source>
        <translation>Action item “{text}” ({status})</translation>
    </message>
    <message>
        <source>Lösungsansatz angelegt.</source>
        <translation>Solution approach created.</translation>
    </message>
    <message>
        <source>Lösungsansatz gespeichert.</source>
        <translation>Solution approach saved.</translation>
    </message>
    <message>
        <source>Status geändert: {status}</source>
        <translation>Status changed: {status}</translation>
    </message>
    <message>
        <source>Lösungsansatz archiviert. „Archivierte zeigen“ zeigt ihn wieder.</source>
        <translation>Solution approach archived. “Show archived” shows it again.</translation>
    </message>
    <message>
        <source>Lösungsansatz wiederhergestellt.</source>
        <translation>Solution approach restored.</translation>
    </message>
    <message>
        <source>Lösungsansatz archiviert.</source>
        <translation>Solution approach archived.</translation>
    </message>
    <message>
        <source>Übernommen: „{title}“ ist jetzt ein eigener Lösungsansatz in Erprobung.</source>
        <translation>Adopted: “{title}” is now your own solution approach, being piloted.</translation>
    </message>
</context>
<context>
    <name>Sprint</name>
    <message>
        <source>läuft</source>
        <translation>active</translation>
    </message>
    <message>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>Geplant: {points}</source>
        <translation>Planned: {points}</translation>
    </message>
    <message>
        <source>Noch keine abgeschlossenen Sprints – keine Velocity</source>
        <translation>No completed sprints yet – no velocity</translation>
    </message>
    <message>
        <source>Ø Velocity des letzten Sprints: {points}</source>
        <translation>Average velocity of the last sprint: {points}</translation>
    </message>
    <message>
        <source>Ø Velocity der letzten {n} Sprints: {points}</source>
        <translation>Average velocity of the last {n} sprints: {points}</translation>
    </message>
    <message>
        <source>⚠ Mehr geplant, als das Team im Schnitt schafft ({points} darüber).</source>
        <translation>⚠ More planned than the team usually completes ({points} over).</translation>
    </message>
    <message>
        <source>{cards} ohne Schätzung – in der Summe nicht enthalten.</source>
        <translation>{cards} without an estimate – not included in the total.</translation>
    </message>
    <message>
        <source>1 Punkt</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{points} Punkte</source>
        <translation>{points} points</translation>
    </message>
    <message>
        <source>1 Karte</source>
        <translation>1 card</translation>
    </message>
    <message>
        <source>{n} Karten</source>
        <translation>{n} cards</translation>
    </message>
    <message>
        <source>Sprint {n}</source>
        <translation>Sprint {n}</translation>
    </message>
    <message>
        <source>Den Sprint gibt es nicht mehr.</source>
        <extracomment>the sprint edited, or after a successful &quot;Anlegen&quot; the new one
----------
the sprint made by &quot;In einen neuen Sprint&quot;, once the dialog was accepted</extracomment>
        <translation>The sprint no longer exists.</translation>
    </message>
    <message>
        <source>Der Sprint „{name}“ läuft nicht; nur ein laufender Sprint kann abgeschlossen werden.</source>
        <translation>The sprint “{name}” is not active; only an active sprint can be completed.</translation>
    </message>
</context>
<context>
    <name>SprintDialog</name>
    <message>
        <source>Sprint bearbeiten</source>
        <translation>Edit sprint</translation>
    </message>
    <message>
        <source>Neuer Sprint</source>
        <translation>New sprint</translation>
    </message>
    <message>
        <source>Name des Sprints</source>
        <translation>Sprint name</translation>
    </message>
    <message>
        <source>Sprint-Ziel</source>
        <translation>Sprint goal</translation>
    </message>
    <message>
        <source>Was soll am Ende des Sprints erreicht sein? (optional)</source>
        <translation>What should be achieved by the end of the sprint? (optional)</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Enddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Dauer des Sprints</source>
        <translation>Sprint length</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Zeit&amp;raum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Das Enddatum liegt vor dem Startdatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>{days} Kalendertage, davon {work} Arbeitstage (Mo–Fr)</source>
        <translation>{days} calendar days, {work} of them working days (Mon–Fri)</translation>
    </message>
    <message>
        <source>Bitte einen Namen für den Sprint eingeben.</source>
        <translation>Please enter a name for the sprint.</translation>
    </message>
    <message>
        <source>Das Enddatum ({end}) darf nicht vor dem Startdatum ({start}) liegen.</source>
        <translation>The end date ({end}) must not be before the start date ({start}).</translation>
    </message>
</context>
<context>
    <name>SprintPanel</name>
    <message>
        <source>Noch keine Karten eingeplant: Karten aus dem Backlog hierher ziehen oder im Backlog mit Strg+Pfeil rechts einplanen.</source>
        <translation>No cards planned yet: drag cards here from the backlog, or plan them in the backlog with Ctrl+Right.</translation>
    </message>
    <message>
        <source>Bearbeiten …</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Starten</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Abschließen …</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Status: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <source>{start} – {end} · {days} Arbeitstage</source>
        <translation>{start} – {end} · {days} working days</translation>
    </message>
    <message>
        <source>Ziel: {goal}</source>
        <translation>Goal: {goal}</translation>
    </message>
    <message>
        <source>Kein Sprint-Ziel festgehalten.</source>
        <translation>No sprint goal recorded.</translation>
    </message>
    <message>
        <source>Sprint „{name}“ bearbeiten</source>
        <translation>Edit sprint “{name}”</translation>
    </message>
    <message>
        <source>Sprint „{name}“ starten</source>
        <translation>Start sprint “{name}”</translation>
    </message>
    <message>
        <source>Sprint „{name}“ abschließen</source>
        <translation>Complete sprint “{name}”</translation>
    </message>
    <message>
        <source>Sprint „{name}“ löschen</source>
        <translation>Delete sprint “{name}”</translation>
    </message>
    <message>
        <source>Karten in Sprint „{name}“ ({state})</source>
        <translation>Cards in sprint “{name}” ({state})</translation>
    </message>
    <message>
        <source>Sprint „{name}“</source>
        <translation>Sprint “{name}”</translation>
    </message>
    <message>
        <source>Erledigt: {done} von {total} Karten · {done_points} von {total_points} Punkten</source>
        <translation>Done: {done} of {total} cards · {done_points} of {total_points} points</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status ändern – {title}</source>
        <translation>Change status – {title}</translation>
    </message>
    <message>
        <source>Warum jetzt? Was hat sich gezeigt?</source>
        <translation>Why now? What has become apparent?</translation>
    </message>
    <message>
        <source>Bisheriger Verlauf</source>
        <translation>History so far</translation>
    </message>
    <message>
        <source>Bisher:</source>
        <translation>Previously:</translation>
    </message>
    <message>
        <source>&amp;Neuer Status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>N&amp;otiz:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team umbenennen</source>
        <translation>Rename team</translation>
    </message>
    <message>
        <source>Neues Team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>z. B. Team Einbürgerung</source>
        <translation>e.g. Citizenship team</translation>
    </message>
    <message>
        <source>Name des Teams</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Fehlermeldung</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anlegen</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Ergebnis der Abstimmung</source>
        <translation>Voting result</translation>
    </message>
    <message>
        <source>{points} von {voters} Personen</source>
        <translation>{points} from {voters} people</translation>
    </message>
    <message>
        <source>{points} für „{topic}“</source>
        <translation>{points} for “{topic}”</translation>
    </message>
    <message>
        <source>Zurück zur Abstimmung</source>
        <translation>Back to voting</translation>
    </message>
    <message>
        <source>Falls noch jemand abstimmen möchte</source>
        <translation>In case someone else still wants to vote</translation>
    </message>
    <message>
        <source>Das Ergebnis ist aufgedeckt.</source>
        <translation>The result has been revealed.</translation>
    </message>
    <message>
        <source>Es wird noch abgestimmt</source>
        <translation>Voting is still in progress</translation>
    </message>
    <message>
        <source>Am Gerät ist gerade eine Abstimmung offen. Trotzdem die Phase wechseln? Schon vergebene Stimmen bleiben gespeichert.</source>
        <translation>A vote is open at the computer right now. Switch the phase anyway? Votes already cast stay saved.</translation>
    </message>
    <message>
        <source>Phase wechseln</source>
        <translation>Switch phase</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Willkommen bei kimboard</source>
        <translation>Welcome to kimboard</translation>
    </message>
    <message>
        <source>kimboard hilft Ihrem Team, die Arbeit der Ausländerbehörde mit Kanban, Sprints und Retrospektiven zu organisieren – auf diesem Rechner, ohne Cloud.

Die Datenbank ist noch leer. Sie können Demodaten laden, um kimboard kennenzulernen, oder gleich Ihre Dienststelle anlegen.</source>
        <translation>kimboard helps your team organise the work of the immigration office with Kanban, sprints and retrospectives – on this computer, without a cloud.

The database is still empty. You can load demo data to get to know kimboard, or create your office right away.</translation>
    </message>
    <message>
        <source>&amp;Demodaten laden</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>Lädt erfundene Beispieldaten von drei Dienststellen</source>
        <translation>Loads made-up sample data from three offices</translation>
    </message>
    <message>
        <source>Erste &amp;Dienststelle anlegen</source>
        <translation>Create the first &amp;office</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Es wird noch geschrieben</source>
        <translation>Writing is still in progress</translation>
    </message>
    <message>
        <source>Am Gerät ist gerade ein Blatt offen. Trotzdem die Phase wechseln? Schon hinzugefügte Beiträge bleiben gespeichert.</source>
        <translation>A sheet is open at the computer right now. Switch the phase anyway? Items already added stay saved.</translation>
    </message>
    <message>
        <source>Phase wechseln</source>
        <translation>Switch phase</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>kimboard kann nicht starten:</source>
        <translation>kimboard cannot start:</translation>
    </message>
    <message>
        <source>Datenbank aktualisiert; Sicherung: %1</source>
        <extracomment>The application id of the desktop entry, AppStream metainfo, icon and MIME definition.</extracomment>
        <translation>Database updated; backup: %1</translation>
    </message>
</context>
</TS>
