<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
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
        <extracomment>lupdate finds ``translate(&quot;Context&quot;, &quot;…&quot;)`` calls by name; context and text must be literals. Cards without a swimlane on a board that has swimlanes. Card ids from a full-text search; None when no search is active. column id -&gt; card ids in board order (all active cards, unfiltered) card ids, target column id, anchor card id (drop before it; None: the end), lane</extracomment>
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
        <extracomment>``on_save(card_id, changes, expected_version)``; a false result keeps the dialog open. The estimate spin box&apos;s &quot;keine&quot; sits below zero, out of the valid range of the core. The card as it was when the dialog opened: the base of the changes and version.</extracomment>
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
        <source>{visible} von {total} Karten</source>
        <translation>{visible} of {total} cards</translation>
    </message>
    <message>
        <source>{total} Karten</source>
        <translation>{total} cards</translation>
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
