<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
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
        <extracomment>Chart kinds (as in kimboard.report.charts, repeated so this module imports no matplotlib).</extracomment>
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
    <name>GoalDialog</name>
    <message>
        <source>Sprint-Ziel bewerten – {name}</source>
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
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Dienststelle &amp;verwalten …</source>
        <translation>&amp;Manage office…</translation>
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
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
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
        <source>Über kimboard</source>
        <translation>About kimboard</translation>
    </message>
    <message>
        <source>kimboard %1

Kanban, Sprints und Retrospektiven für Ausländerbehörden im kommunalen Integrationsmanagement – offline, auf diesem Rechner.

Datenbank: %2</source>
        <translation>kimboard %1

Kanban, sprints and retrospectives for immigration offices in municipal integration management (KIM) – offline, on this computer.

Database: %2</translation>
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
        <source>&lt;h2&gt;Wie lange&lt;/h2&gt;&lt;p&gt;Bis Sie etwas löschen: kimboard löscht nichts von selbst. Archivierte Karten und Boards bleiben gespeichert, bis sie gelöscht werden. Vor jedem Update der Datenbank legt kimboard automatisch eine Sicherungskopie an; sie bleibt, bis sie im Ordner „backups“ gelöscht wird. Legen Sie in Ihrer Dienststelle fest, wie lange Boards, Retrospektiven und Sicherungen aufbewahrt werden.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;For how long&lt;/h2&gt;&lt;p&gt;Until you delete something: kimboard deletes nothing by itself. Archived cards and boards stay stored until they are deleted. Before every update of the database, kimboard automatically makes a backup copy; it stays until it is deleted from the “backups” folder. Decide in your office how long boards, retrospectives and backups are kept.&lt;/p&gt;</translation>
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
        <source> Sicherungen</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Anzahl aufzubewahrender automatischer Sicherungen</source>
        <translation>Number of automatic backups to keep</translation>
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
        <source>Automatische Sicherungen &amp;behalten:</source>
        <translation>&amp;Keep automatic backups:</translation>
    </message>
    <message>
        <source>kimboard sichert die Datenbank automatisch vor jedem Update. Der Wert wird gespeichert; ältere Sicherungen entfernt kimboard noch nicht selbst – bitte bei Bedarf im Sicherungsordner löschen.</source>
        <translation>kimboard backs up the database automatically before every update. The value is saved; kimboard does not yet remove older backups itself – please delete them in the backup folder when needed.</translation>
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
    <name>app</name>
    <message>
        <source>kimboard kann nicht starten:</source>
        <translation>kimboard cannot start:</translation>
    </message>
    <message>
        <source>Datenbank aktualisiert; Sicherung: %1</source>
        <translation>Database updated; backup: %1</translation>
    </message>
</context>
</TS>
