<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Spindle cannot read the archive %1. Check that it exists and is not damaged.</source>
        <translation>Spindle kann das Archiv %1 nicht lesen. Prüfen Sie, ob es vorhanden und unbeschädigt ist.</translation>
    </message>
    <message>
        <source>The archive %1 ended early or is damaged.</source>
        <translation>Das Archiv %1 endet vorzeitig oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged or in a format Spindle cannot read.</source>
        <translation>Das Archiv %1 ist beschädigt oder liegt in einem Format vor, das Spindle nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>BootFiles</name>
    <message>
        <source>BIOS boot image</source>
        <translation>BIOS-Boot-Abbild</translation>
    </message>
    <message>
        <source>UEFI boot image</source>
        <translation>UEFI-Boot-Abbild</translation>
    </message>
    <message>
        <source>boot image for platform 0x%1</source>
        <translation>Boot-Abbild für Plattform 0x%1</translation>
    </message>
    <message>
        <source>MIPS volume header</source>
        <translation>MIPS-Volume-Header</translation>
    </message>
    <message>
        <source>DEC MIPS boot block</source>
        <translation>DEC-MIPS-Bootblock</translation>
    </message>
    <message>
        <source>HP-PA PALO boot sector</source>
        <translation>HP-PA-PALO-Bootsektor</translation>
    </message>
    <message>
        <source>DEC Alpha boot sector</source>
        <translation>DEC-Alpha-Bootsektor</translation>
    </message>
    <message>
        <source>the SPARC boot images of the SUN disk label</source>
        <translation>die SPARC-Boot-Abbilder des SUN-Disklabels</translation>
    </message>
    <message>
        <source>the %1 in the system area</source>
        <translation>der %1 im Systembereich</translation>
    </message>
    <message>
        <source>system area of type %1</source>
        <translation>Systembereich vom Typ %1</translation>
    </message>
    <message>
        <source>MBR partition %1 (type 0x%2) inside the file system</source>
        <translation>MBR-Partition %1 (Typ 0x%2) innerhalb des Dateisystems</translation>
    </message>
    <message>
        <source>GPT partition %1 (%2) appended after the file system</source>
        <translation>GPT-Partition %1 (%2), an das Dateisystem angehängt</translation>
    </message>
    <message>
        <source>GPT partition %1 (%2) inside the file system</source>
        <translation>GPT-Partition %1 (%2) innerhalb des Dateisystems</translation>
    </message>
    <message>
        <source>the Apple Partition Map</source>
        <translation>die Apple-Partitionstabelle</translation>
    </message>
    <message>
        <source>the HFS+ blessing that lets Macs start from the disc</source>
        <translation>die HFS+-Markierung, mit der Macs von der Disc starten</translation>
    </message>
    <message>
        <source>El Torito boot image %1 (%2), which is neither a file of the image nor an appended partition</source>
        <translation>El-Torito-Boot-Abbild %1 (%2), das weder eine Datei des Abbilds noch eine angehängte Partition ist</translation>
    </message>
    <message>
        <source>El Torito boot catalog</source>
        <translation>El-Torito-Boot-Katalog</translation>
    </message>
    <message>
        <source>EFI system partition</source>
        <translation>EFI-Systempartition</translation>
    </message>
    <message>
        <source>GRUB configuration</source>
        <translation>GRUB-Konfiguration</translation>
    </message>
    <message>
        <source>loaded by the boot menu</source>
        <translation>vom Bootmenü geladen</translation>
    </message>
    <message>
        <source>GRUB modules for BIOS</source>
        <translation>GRUB-Module für BIOS</translation>
    </message>
    <message>
        <source>GRUB modules for UEFI</source>
        <translation>GRUB-Module für UEFI</translation>
    </message>
    <message>
        <source>ISOLINUX library</source>
        <translation>ISOLINUX-Bibliothek</translation>
    </message>
    <message>
        <source>ISOLINUX configuration</source>
        <translation>ISOLINUX-Konfiguration</translation>
    </message>
</context>
<context>
    <name>BootReplay</name>
    <message numerus="yes">
        <source>The new image will not boot: the boot file(s) %1 are left out. Tick them to keep the image bootable.</source>
        <translation>
            <numerusform>Das neue Abbild wird nicht bootfähig sein: Die Boot-Datei %1 wurde weggelassen. Kreuzen Sie sie an, damit das Abbild bootfähig bleibt.</numerusform>
            <numerusform>Das neue Abbild wird nicht bootfähig sein: Die Boot-Dateien %1 wurden weggelassen. Kreuzen Sie sie an, damit das Abbild bootfähig bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n El Torito boot image(s).</source>
        <translation>
            <numerusform>%n Boot-Abbild (El Torito) beibehalten.</numerusform>
            <numerusform>%n Boot-Abbilder (El Torito) beibehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reproduced the system area (%1)%2.</source>
        <translation>Systembereich (%1)%2 übernommen.</translation>
    </message>
    <message numerus="yes">
        <source> and %n appended partition(s)</source>
        <translation>
            <numerusform> und %n angehängte Partition</numerusform>
            <numerusform> und %n angehängte Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>El Torito boot image %1 of the source is neither a file of the image nor an appended partition; the new image cannot keep it.</source>
        <translation>El-Torito-Bootabbild %1 der Quelle ist weder eine Datei des Abbilds noch eine angehängte Partition; das neue Abbild kann es nicht übernehmen.</translation>
    </message>
</context>
<context>
    <name>BurnLibrary</name>
    <message>
        <source>The disc burning library (libburn) could not be started.</source>
        <translation>Die Brennbibliothek (libburn) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The ISO image library (libisofs) could not be started.</source>
        <translation>Die Bibliothek für ISO-Abbilder (libisofs) konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>No checksum file found for %1 (looked for %2.sha256 and SHA256SUMS next to it). Download the checksum file published with the image and name it on the command line.</source>
        <translation>Für %1 wurde keine Prüfsummendatei gefunden (gesucht wurde nach %2.sha256 und SHA256SUMS im selben Ordner). Laden Sie die mit dem Abbild veröffentlichte Prüfsummendatei herunter und geben Sie sie auf der Befehlszeile an.</translation>
    </message>
    <message>
        <source>Spindle cannot read the checksum file %1: %2.</source>
        <translation>Spindle kann die Prüfsummendatei %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The checksum file %1 lists no SHA-256 for %2. Check that it belongs to this image.</source>
        <translation>Die Prüfsummendatei %1 enthält keine SHA-256-Prüfsumme für %2. Prüfen Sie, ob sie zu diesem Abbild gehört.</translation>
    </message>
</context>
<context>
    <name>CompressedIsoDataSource</name>
    <message>
        <source>The decompressed stream ends after %1 bytes, before the block the image refers to.</source>
        <translation>Der dekomprimierte Datenstrom endet nach %1 Bytes, vor dem Block, auf den das Abbild verweist.</translation>
    </message>
    <message>
        <source>The compressed image %1 is damaged or incomplete (%2). Download it again, or check it against its published checksum.</source>
        <translation>Das komprimierte Abbild %1 ist beschädigt oder unvollständig (%2). Laden Sie es erneut herunter oder prüfen Sie es anhand der veröffentlichten Prüfsumme.</translation>
    </message>
</context>
<context>
    <name>DamagedFiles</name>
    <message>
        <source>The image %1 could not be opened to list damaged files.</source>
        <translation>Das Abbild %1 konnte nicht geöffnet werden, um beschädigte Dateien aufzulisten.</translation>
    </message>
    <message>
        <source>The list of damaged files is not available: the unreadable area includes the disc&apos;s directory information.</source>
        <translation>Die Liste beschädigter Dateien ist nicht verfügbar: Der unlesbare Bereich umfasst die Verzeichnisinformationen des Mediums.</translation>
    </message>
</context>
<context>
    <name>DiscImageSource</name>
    <message>
        <source>the disc in %1</source>
        <translation>das Medium in %1</translation>
    </message>
    <message>
        <source>The disc in %1 holds %2 sectors but its file system declares %3: the disc is incomplete or damaged. Copy it to an image in rescue mode first (spindle-cli read --skip-unreadable).</source>
        <translation>Das Medium in %1 enthält %2 Sektoren, sein Dateisystem gibt aber %3 an: Das Medium ist unvollständig oder beschädigt. Kopieren Sie es zuerst im Rettungsmodus in ein Abbild (spindle-cli read --skip-unreadable).</translation>
    </message>
    <message>
        <source>The disc in %1 could not be read at sector %2. Copy it to an image in rescue mode first (spindle-cli read --skip-unreadable).</source>
        <translation>Das Medium in %1 konnte bei Sektor %2 nicht gelesen werden. Kopieren Sie es zuerst im Rettungsmodus in ein Abbild (spindle-cli read --skip-unreadable).</translation>
    </message>
    <message>
        <source>The disc in %1 holds %2 sectors but its file system declares %3: the disc is incomplete or damaged. Copy it to an image with Copy Disc to Image in rescue mode first.</source>
        <translation>Das Medium in %1 enthält %2 Sektoren, sein Dateisystem gibt aber %3 an: Das Medium ist unvollständig oder beschädigt. Kopieren Sie es zuerst mit „Disc in Abbild kopieren“ im Rettungsmodus in ein Abbild.</translation>
    </message>
    <message>
        <source>The disc in %1 could not be read at sector %2. Copy it to an image with Copy Disc to Image in rescue mode first.</source>
        <translation>Das Medium in %1 konnte bei Sektor %2 nicht gelesen werden. Kopieren Sie es zuerst mit „Disc in Abbild kopieren“ im Rettungsmodus in ein Abbild.</translation>
    </message>
</context>
<context>
    <name>DiscReader</name>
    <message>
        <source>The disc in %1 could not be read beyond sector %2.</source>
        <translation>Das Medium in %1 konnte über Sektor %2 hinaus nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>DriveContents</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>New image file</source>
        <translation>Neue Abbilddatei</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>%1 (leer)</translation>
    </message>
    <message>
        <source>%1 without a file system</source>
        <translation>%1 ohne Dateisystem</translation>
    </message>
    <message>
        <source>No disc</source>
        <translation>Kein Medium</translation>
    </message>
    <message>
        <source>Tray open</source>
        <translation>Schublade offen</translation>
    </message>
    <message>
        <source>Disc loading</source>
        <translation>Medium wird geladen</translation>
    </message>
    <message>
        <source>Disc inserted</source>
        <translation>Medium eingelegt</translation>
    </message>
    <message>
        <source>Audio CD</source>
        <translation>Audio-CD</translation>
    </message>
</context>
<context>
    <name>DriveInfo</name>
    <message>
        <source>Virtual drive: %1</source>
        <translation>Virtuelles Laufwerk: %1</translation>
    </message>
</context>
<context>
    <name>DriveScanner</name>
    <message>
        <source>Spindle</source>
        <translation>Spindle</translation>
    </message>
    <message>
        <source>Virtual drive</source>
        <translation>Virtuelles Laufwerk</translation>
    </message>
    <message>
        <source>No optical drive was found on this computer. Connect a CD/DVD/BD drive, or use a virtual drive (an image file that acts as a disc, stdio:FILE).</source>
        <translation>Auf diesem Rechner wurde kein optisches Laufwerk gefunden. Schließen Sie ein CD-/DVD-/BD-Laufwerk an oder verwenden Sie ein virtuelles Laufwerk (eine Abbilddatei, die sich wie ein Medium verhält, stdio:FILE).</translation>
    </message>
    <message>
        <source>Spindle may not use %1: your user lacks permission. Add yourself to the &quot;%2&quot; group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Spindle darf %1 nicht verwenden: Ihrem Benutzer fehlt die Berechtigung. Fügen Sie sich der Gruppe &quot;%2&quot; hinzu (sudo usermod -aG %2 $USER) und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a burner or a media player). Close it and refresh the drive list.</source>
        <translation>%1 wird von einem anderen Programm verwendet (einem Brennprogramm oder einem Mediaplayer). Schließen Sie es und aktualisieren Sie die Laufwerksliste.</translation>
    </message>
    <message>
        <source>%1 (%2 %3) only reads discs (%4): it cannot write or erase any disc. Choose a drive that writes.</source>
        <translation>%1 (%2 %3) liest nur Medien (%4): Es kann kein Medium beschreiben oder löschen. Wählen Sie ein Laufwerk, das schreibt.</translation>
    </message>
</context>
<context>
    <name>DvdTitleList</name>
    <message>
        <source>This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO.</source>
        <translation>Diese Quelle ist keine DVD-Video: Sie enthält kein VIDEO_TS/VIDEO_TS.IFO.</translation>
    </message>
    <message>
        <source>Spindle cannot tell which source holds VIDEO_TS.</source>
        <translation>Spindle kann nicht erkennen, welche Quelle VIDEO_TS enthält.</translation>
    </message>
    <message>
        <source>The titles can be read only when the DVD&apos;s folder is added at the root of the new image.</source>
        <translation>Die Titel können nur gelesen werden, wenn der Ordner der DVD im Wurzelverzeichnis des neuen Abbilds hinzugefügt wird.</translation>
    </message>
    <message>
        <source>libdvdread cannot read the titles of %1: its IFO files are damaged. Files can still be left out one by one.</source>
        <translation>libdvdread kann die Titel von %1 nicht lesen: Die IFO-Dateien sind beschädigt. Dateien können weiterhin einzeln weggelassen werden.</translation>
    </message>
</context>
<context>
    <name>DvdVideo</name>
    <message>
        <source>Title %1, main feature</source>
        <translation>Titel %1, Hauptfilm</translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <source>, %1 angles</source>
        <translation>, %1 Blickwinkel</translation>
    </message>
    <message>
        <source>; audio %1</source>
        <translation>; Audio %1</translation>
    </message>
    <message>
        <source>; subtitles %1</source>
        <translation>; Untertitel %1</translation>
    </message>
    <message>
        <source>Disc navigation: 1 title</source>
        <translation>DVD-Navigation: 1 Titel</translation>
    </message>
    <message>
        <source>Disc navigation: %1 titles</source>
        <translation>DVD-Navigation: %1 Titel</translation>
    </message>
    <message>
        <source>Backup of VIDEO_TS.IFO</source>
        <translation>Sicherungskopie von VIDEO_TS.IFO</translation>
    </message>
    <message>
        <source>Disc menu</source>
        <translation>DVD-Menü</translation>
    </message>
    <message>
        <source>Title set %1 navigation: titles %2</source>
        <translation>Navigation von Titelset %1: Titel %2</translation>
    </message>
    <message>
        <source>Menus of title set %1</source>
        <translation>Menüs von Titelset %1</translation>
    </message>
    <message>
        <source>This is a DVD-Video. Leaving out %1 breaks playback: players read the title list from VIDEO_TS.IFO, which still names the missing files. Keep all IFO, BUP and VOB files for a playable disc.</source>
        <translation>Dies ist eine DVD-Video. Das Weglassen von %1 verhindert die Wiedergabe: Player lesen die Titelliste aus VIDEO_TS.IFO, die die fehlenden Dateien weiterhin nennt. Behalten Sie alle IFO-, BUP- und VOB-Dateien, damit das Medium abspielbar bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n Kapitel</numerusform>
            <numerusform>%n Kapitel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePlanReader</name>
    <message>
        <source>%1 is not in the source any more. Open the source again.</source>
        <translation>%1 ist nicht mehr in der Quelle vorhanden. Öffnen Sie die Quelle erneut.</translation>
    </message>
    <message>
        <source>%1 has no source to read from. This is a bug in Spindle; please report it.</source>
        <translation>%1 hat keine Quelle, aus der gelesen werden kann. Dies ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1 from %2. The source may be damaged.</source>
        <translation>Spindle kann %1 nicht aus %2 lesen. Die Quelle ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1: %2. Check that the file is still there.</source>
        <translation>Spindle kann %1 nicht lesen: %2. Prüfen Sie, ob die Datei noch vorhanden ist.</translation>
    </message>
    <message>
        <source>No file is open for reading. This is a bug in Spindle; please report it.</source>
        <translation>Es ist keine Datei zum Lesen geöffnet. Dies ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Reading %1 failed; the source may be damaged or gone. Check it and try again.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen; die Quelle ist möglicherweise beschädigt oder nicht mehr vorhanden. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <source>Spindle cannot read %1. Check that it exists.</source>
        <translation>Spindle kann %1 nicht lesen. Prüfen Sie, ob der Pfad existiert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Spindle could not read %n item(s) in %1, for example %2. Check their permissions.</source>
        <translation>
            <numerusform>Spindle konnte %n Eintrag in %1 nicht lesen, nämlich %2. Prüfen Sie die Zugriffsrechte.</numerusform>
            <numerusform>Spindle konnte %n Einträge in %1 nicht lesen, zum Beispiel %2. Prüfen Sie deren Zugriffsrechte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
</context>
<context>
    <name>GrabbedDrive</name>
    <message>
        <source>The folder %1 does not exist, so a virtual drive cannot be placed there. Create the folder or choose a file in an existing folder.</source>
        <translation>Der Ordner %1 existiert nicht, daher kann dort kein virtuelles Laufwerk angelegt werden. Legen Sie den Ordner an oder wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder. A virtual drive needs a file name.</source>
        <translation>%1 ist ein Ordner. Ein virtuelles Laufwerk benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>There is no drive at %1. Check the drive&apos;s connection or pick another drive.</source>
        <translation>Unter %1 gibt es kein Laufwerk. Prüfen Sie den Anschluss des Laufwerks oder wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <source>Spindle may not use %1: your user lacks permission. Add yourself to the &quot;%2&quot; group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Spindle darf %1 nicht verwenden: Ihrem Benutzer fehlt die Berechtigung. Fügen Sie sich der Gruppe &quot;%2&quot; hinzu (sudo usermod -aG %2 $USER) und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a burner or a media player). Close it and try again.</source>
        <translation>%1 wird von einem anderen Programm verwendet (einem Brennprogramm oder einem Mediaplayer). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Spindle could not open the drive %1. Check that it is connected and not used by another program, then try again.</source>
        <translation>Spindle konnte das Laufwerk %1 nicht öffnen. Prüfen Sie, ob es angeschlossen ist und nicht von einem anderen Programm verwendet wird, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ImageComparer</name>
    <message>
        <source>The image ended before its expected size.</source>
        <translation>Das Abbild ist kürzer als erwartet.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 holds less than the image; it could not be read from sector %2 on. The burn is incomplete or the disc is damaged; burn it again, preferably on another disc.</source>
        <translation>Überprüfung fehlgeschlagen: Das Medium in %1 enthält weniger als das Abbild; ab Sektor %2 konnte es nicht gelesen werden. Der Brennvorgang ist unvollständig oder das Medium ist beschädigt; brennen Sie das Abbild erneut, am besten auf ein anderes Medium.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from the image, first at sector %2 (byte %3). The disc is not a faithful copy; burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Überprüfung fehlgeschlagen: Das Medium in %1 weicht vom Abbild ab, erstmals bei Sektor %2 (Byte %3). Das Medium ist keine originalgetreue Kopie; brennen Sie das Abbild erneut, am besten auf ein anderes Medium oder mit geringerer Geschwindigkeit.</translation>
    </message>
</context>
<context>
    <name>ImageComposer</name>
    <message>
        <source>%1 comes from an archive member with an absolute name or &quot;..&quot; in its path, which cannot go into an image safely. Leave it out with --exclude or untick it.</source>
        <translation>%1 stammt aus einem Archiveintrag mit absolutem Namen oder &quot;..&quot; im Pfad und kann nicht sicher in ein Abbild übernommen werden. Lassen Sie ihn mit --exclude weg oder entfernen Sie sein Häkchen.</translation>
    </message>
    <message>
        <source>A file of %1 bytes needs ISO level 3; level %2 holds files below 4 GiB only. Choose level 3 or &quot;auto&quot;, or leave the file out.</source>
        <translation>Eine Datei mit %1 Bytes erfordert ISO-Level 3; Level %2 erlaubt nur Dateien unter 4 GiB. Wählen Sie Level 3 oder &quot;auto&quot; oder lassen Sie die Datei weg.</translation>
    </message>
    <message>
        <source>Out of memory while preparing the image.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Vorbereiten des Abbilds.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is longer than the 32 characters an ISO 9660 label may have. Choose a shorter one.</source>
        <translation>Die Bezeichnung &quot;%1&quot; ist länger als die 32 Zeichen, die eine Bezeichnung nach ISO 9660 haben darf. Wählen Sie eine kürzere.</translation>
    </message>
    <message>
        <source>libisofs could not lay out the new image. The detail below names the cause; often a file name or path the chosen options cannot hold.</source>
        <translation>libisofs konnte das neue Abbild nicht anlegen. Die Details unten nennen die Ursache; oft ist es ein Dateiname oder Pfad, den die gewählten Optionen nicht zulassen.</translation>
    </message>
    <message>
        <source>%1 is the El Torito boot catalog; it stays while the image is bootable.</source>
        <translation>%1 ist der Boot-Katalog (El Torito); er bleibt erhalten, solange das Abbild bootfähig ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n archive member(s) that are hard links or special files were left out.</source>
        <translation>
            <numerusform>%n Archiveintrag, der ein harter Link oder eine Spezialdatei ist, wurde weggelassen.</numerusform>
            <numerusform>%n Archiveinträge, die harte Links oder Spezialdateien sind, wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spindle could not add %1 to the image. Check that it is still there and readable.</source>
        <translation>Spindle konnte %1 nicht zum Abbild hinzufügen. Prüfen Sie, ob die Datei noch vorhanden und lesbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its file system says (an incomplete download or copy): %n file(s) lie past its end and would be zeros in the new image: %2. Use a complete copy of the source, or leave these files out.</source>
        <translation>
            <numerusform>%1 ist kürzer, als sein Dateisystem angibt (ein unvollständiger Download oder eine unvollständige Kopie): %n Datei liegt hinter seinem Ende und wäre im neuen Abbild voller Nullen: %2. Verwenden Sie eine vollständige Kopie der Quelle oder lassen Sie diese Dateien weg.</numerusform>
            <numerusform>%1 ist kürzer, als sein Dateisystem angibt (ein unvollständiger Download oder eine unvollständige Kopie): %n Dateien liegen hinter seinem Ende und wären im neuen Abbild voller Nullen: %2. Verwenden Sie eine vollständige Kopie der Quelle oder lassen Sie diese Dateien weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>To make the image anyway, with zeros where the source cannot be read, use spindle-cli build --skip-unreadable: it lists the damaged files.</source>
        <translation>Um das Abbild trotzdem zu erstellen, mit Nullen dort, wo die Quelle nicht lesbar ist, verwenden Sie spindle-cli build --skip-unreadable: Es listet die beschädigten Dateien auf.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 is a CUE/BIN image (a raw CD copy, often audio or mixed-mode). Spindle burns ISO images only; burn CUE/BIN images with cdrdao (cdrdao write --device /dev/sr0 IMAGE.cue).</source>
        <translation>%1 ist ein CUE/BIN-Abbild (eine Rohkopie einer CD, oft Audio oder Mixed-Mode). Spindle brennt nur ISO-Abbilder; brennen Sie CUE/BIN-Abbilder mit cdrdao (cdrdao write --device /dev/sr0 IMAGE.cue).</translation>
    </message>
    <message>
        <source>The image %1 does not exist. Check the path.</source>
        <translation>Das Abbild %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. To burn a folder, make a new disc from it instead.</source>
        <translation>%1 ist ein Ordner, keine Abbilddatei. Um einen Ordner zu brennen, erstellen Sie daraus stattdessen ein neues Medium.</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2. Check that you may read it.</source>
        <translation>Spindle kann das Abbild %1 nicht lesen: %2. Prüfen Sie, ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <source>The image %1 is empty (0 bytes). It is probably an interrupted download; download it again.</source>
        <translation>Das Abbild %1 ist leer (0 Bytes). Vermutlich wurde der Download abgebrochen; laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>The image %1 is %2, which is not a whole number of 2048-byte sectors. It is probably incomplete (an interrupted download) or not a disc image; download it again or check it against its checksum.</source>
        <translation>Das Abbild %1 ist %2 groß, was keiner ganzen Zahl von 2048-Byte-Sektoren entspricht. Vermutlich ist es unvollständig (ein abgebrochener Download) oder kein Medienabbild; laden Sie es erneut herunter oder prüfen Sie es anhand seiner Prüfsumme.</translation>
    </message>
    <message>
        <source>The image %1 holds no data.</source>
        <translation>Das Abbild %1 enthält keine Daten.</translation>
    </message>
    <message>
        <source>%1 does not contain an ISO 9660 or UDF file system, so it may not be a disc image. A disc burned from it may not be readable. Burn it anyway?</source>
        <translation>%1 enthält kein Dateisystem nach ISO 9660 oder UDF und ist daher möglicherweise kein Medienabbild. Ein daraus gebranntes Medium ist eventuell nicht lesbar. Trotzdem brennen?</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>The compressed image %1 is damaged or incomplete, so it cannot be burned. Download it again, or check it against its published checksum.</source>
        <translation>Das komprimierte Abbild %1 ist beschädigt oder unvollständig und kann daher nicht gebrannt werden. Laden Sie es erneut herunter oder prüfen Sie es anhand der veröffentlichten Prüfsumme.</translation>
    </message>
    <message>
        <source>The stream ended after %1 of %2 bytes.</source>
        <translation>Der Datenstrom endete nach %1 von %2 Bytes.</translation>
    </message>
    <message>
        <source>The gzip stream decodes to more data than its trailer records.</source>
        <translation>Der gzip-Datenstrom ergibt beim Dekomprimieren mehr Daten, als sein Abschlussblock angibt.</translation>
    </message>
    <message>
        <source>The decompressed image %1 is larger than its file system says (%2 bytes). Spindle stopped rather than burn an incomplete copy; decompress the image and burn the uncompressed file.</source>
        <translation>Das dekomprimierte Abbild %1 ist größer, als sein Dateisystem angibt (%2 Bytes). Spindle hat angehalten, statt eine unvollständige Kopie zu brennen; dekomprimieren Sie das Abbild und brennen Sie die unkomprimierte Datei.</translation>
    </message>
    <message>
        <source>The gzip CRC-32 does not match the decompressed data.</source>
        <translation>Die CRC-32-Prüfsumme von gzip stimmt nicht mit den dekomprimierten Daten überein.</translation>
    </message>
    <message>
        <source>%1 (%2-compressed)</source>
        <translation>%1 (mit %2 komprimiert)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Spindle kann das Abbild %1 nicht lesen: %2. Prüfen Sie, ob die Datei existiert und ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <source>Reading the image %1 failed: %2. The file or the disk holding it may be damaged.</source>
        <translation>Das Lesen des Abbilds %1 ist fehlgeschlagen: %2. Die Datei oder der Datenträger, auf dem sie liegt, ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 ended %2 bytes early while it was read; the stream would be incomplete.</source>
        <translation>%1 endete beim Lesen %2 Bytes zu früh; der Datenstrom wäre unvollständig.</translation>
    </message>
    <message>
        <source>%1 grew while it was read; the stream would be wrong. Leave the file alone while it is burned.</source>
        <translation>%1 wurde beim Lesen größer; der Datenstrom wäre falsch. Lassen Sie die Datei während des Brennens unverändert.</translation>
    </message>
    <message>
        <source>The file ended inside a compressed block.</source>
        <translation>Die Datei endet mitten in einem komprimierten Block.</translation>
    </message>
    <message>
        <source>A compressed block decodes to %1 bytes instead of %2.</source>
        <translation>Ein komprimierter Block ergibt %1 statt %2 Bytes.</translation>
    </message>
    <message>
        <source>Reading the image was cancelled.</source>
        <translation>Das Lesen des Abbilds wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImageSourceFactory</name>
    <message>
        <source>%1 is a link or special file, which a DVD-Video image (UDF) cannot hold; it was left out.</source>
        <translation>%1 ist ein Link oder eine Spezialdatei, die ein DVD-Video-Abbild (UDF) nicht enthalten kann; der Eintrag wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>ImageTreeLoader</name>
    <message>
        <source>Only one image or disc can be the base of a new image (%1 and %2 were given). Extract the files of one with &quot;spindle-cli extract&quot; and add them as a folder, or add the image itself as a file with --add.</source>
        <translation>Nur ein Abbild oder Medium kann die Grundlage eines neuen Abbilds sein (angegeben wurden %1 und %2). Extrahieren Sie die Dateien des einen mit &quot;spindle-cli extract&quot; und fügen Sie sie als Ordner hinzu, oder fügen Sie das Abbild selbst mit --add als Datei hinzu.</translation>
    </message>
    <message>
        <source>An image or disc is always the root of the new image; %1 cannot be placed at %2. Leave out &quot;=%2&quot;, or add the image as a file with --add.</source>
        <translation>Ein Abbild oder Medium bildet immer das Wurzelverzeichnis des neuen Abbilds; %1 kann nicht unter %2 abgelegt werden. Lassen Sie &quot;=%2&quot; weg oder fügen Sie das Abbild mit --add als Datei hinzu.</translation>
    </message>
    <message>
        <source>%1 cannot go to %2 in the image: a file of that name is in the way. Choose another place with =/PATH.</source>
        <translation>%1 kann nicht unter %2 im Abbild abgelegt werden: Dort befindet sich bereits eine Datei dieses Namens. Wählen Sie mit =/PATH einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Only one image or disc can be the base of a new image (%1 and %2 were given). Press Clear to start over from the other one, or choose an image with Image… to add it to the new image as a file.</source>
        <translation>Nur ein Abbild oder Medium kann die Grundlage eines neuen Abbilds sein (%1 und %2 wurden angegeben). Drücken Sie „Leeren“, um mit dem anderen neu zu beginnen, oder wählen Sie ein Abbild mit „Abbild…“, um es dem neuen Abbild als Datei hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>IsoImport</name>
    <message>
        <source>Spindle cannot read the image %1. Check that it exists and that you may read it.</source>
        <translation>Spindle kann das Abbild %1 nicht lesen. Prüfen Sie, ob es existiert und ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Öffnen von %1.</translation>
    </message>
    <message>
        <source>The compressed image %1 is damaged or incomplete. Download it again, or check it against its published checksum.</source>
        <translation>Das komprimierte Abbild %1 ist beschädigt oder unvollständig. Laden Sie es erneut herunter oder prüfen Sie es anhand der veröffentlichten Prüfsumme.</translation>
    </message>
    <message>
        <source>%1 does not hold a readable ISO 9660 file system. If it is a disc, clean it and try again; if it is a file, it may be damaged or not an image.</source>
        <translation>%1 enthält kein lesbares Dateisystem nach ISO 9660. Handelt es sich um ein Medium, reinigen Sie es und versuchen Sie es erneut; handelt es sich um eine Datei, ist sie möglicherweise beschädigt oder kein Abbild.</translation>
    </message>
</context>
<context>
    <name>IsoTreeCheck</name>
    <message>
        <source>The image&apos;s directory tree is damaged (a folder contains itself, at %1). Spindle does not use a damaged image: get a new copy of it, or read the disc again.</source>
        <translation>Der Verzeichnisbaum des Abbilds ist beschädigt (ein Ordner enthält sich selbst, bei %1). Spindle verwendet kein beschädigtes Abbild: Besorgen Sie eine neue Kopie oder lesen Sie das Medium erneut ein.</translation>
    </message>
    <message>
        <source>it lies outside the image</source>
        <translation>er liegt außerhalb des Abbilds</translation>
    </message>
    <message>
        <source>its length is zero</source>
        <translation>seine Länge ist null</translation>
    </message>
    <message>
        <source>a record in it crosses a sector boundary</source>
        <translation>ein Eintrag darin überschreitet eine Sektorgrenze</translation>
    </message>
    <message>
        <source>a record in it has a length that does not fit</source>
        <translation>ein Eintrag darin hat eine unpassende Länge</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>er kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>er ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>it holds more entries than the image has room for</source>
        <translation>er enthält mehr Einträge, als im Abbild Platz haben</translation>
    </message>
    <message>
        <source>The folder %1 in the image is damaged (%2). Spindle does not use a damaged image: get a new copy of it, or read the disc again.</source>
        <translation>Der Ordner %1 im Abbild ist beschädigt (%2). Spindle verwendet kein beschädigtes Abbild: Besorgen Sie eine neue Kopie oder lesen Sie das Medium erneut ein.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the disc burning libraries (libburn and libisofs). %2</source>
        <translation>&quot;%1&quot; benötigt die Brennbibliotheken (libburn und libisofs). %2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n more link(s) or special file(s) are only in the Rock Ridge names: the Joliet names (what Windows reads) cannot hold them.</source>
        <translation>
            <numerusform>%n weiterer Link oder weitere Spezialdatei steht nur in den Rock-Ridge-Namen: Die Joliet-Namen (die Windows liest) können ihn nicht aufnehmen.</numerusform>
            <numerusform>%n weitere Links oder Spezialdateien stehen nur in den Rock-Ridge-Namen: Die Joliet-Namen (die Windows liest) können sie nicht aufnehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaInfo</name>
    <message>
        <source>The file does not exist yet: the virtual disc is blank.</source>
        <translation>Die Datei existiert noch nicht: Das virtuelle Medium ist leer.</translation>
    </message>
    <message>
        <source>The file is read-only: this virtual disc can be read but not written or erased.</source>
        <translation>Die Datei ist schreibgeschützt: Dieses virtuelle Medium kann gelesen, aber nicht beschrieben oder gelöscht werden.</translation>
    </message>
    <message>
        <source>The folder&apos;s file system has less free space than the emulated medium holds; free space is limited to what the file system offers.</source>
        <translation>Das Dateisystem des Ordners hat weniger freien Speicherplatz, als das emulierte Medium fasst; der freie Platz ist auf das beschränkt, was das Dateisystem bietet.</translation>
    </message>
    <message>
        <source>The file is larger than the emulated medium could hold.</source>
        <translation>Die Datei ist größer, als das emulierte Medium fassen könnte.</translation>
    </message>
    <message>
        <source>No disc</source>
        <translation>Kein Medium</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Written, more can be added</source>
        <translation>Beschrieben, erweiterbar</translation>
    </message>
    <message>
        <source>Written and closed</source>
        <translation>Beschrieben und abgeschlossen</translation>
    </message>
    <message>
        <source>Unsuitable disc</source>
        <translation>Ungeeignetes Medium</translation>
    </message>
    <message>
        <source>Blank: nothing to erase; can be formatted</source>
        <translation>Leer: nichts zu löschen; kann formatiert werden</translation>
    </message>
    <message>
        <source>Blank: nothing to erase</source>
        <translation>Leer: nichts zu löschen</translation>
    </message>
    <message>
        <source>Image file (%1-compressed)</source>
        <translation>Abbilddatei (%1-komprimiert)</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <source>The file takes %1 on disk; decompressed, the image is %2.</source>
        <translation>Die Datei belegt %1 auf dem Datenträger; entpackt ist das Abbild %2 groß.</translation>
    </message>
    <message>
        <source>of unknown size</source>
        <translation>von unbekannter Größe</translation>
    </message>
    <message>
        <source>dvdisaster RS03 error-correction data for a %1: %2 roots, %3% redundancy; any %2 damaged sectors in each group of 255 can be repaired.</source>
        <translation>dvdisaster-RS03-Fehlerkorrekturdaten für eine %1: %2 Nullstellen, %3 % Redundanz; beliebige %2 beschädigte Sektoren in jeder Gruppe von 255 lassen sich reparieren.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data for a %1: %2 roots, %3% redundancy; any %2 damaged sectors in each group of 255 can be repaired from a copy made in rescue mode.</source>
        <translation>Das Medium enthält dvdisaster-RS03-Fehlerkorrekturdaten für eine %1: %2 Nullstellen, %3 % Redundanz; beliebige %2 beschädigte Sektoren in jeder Gruppe von 255 lassen sich aus einer im Rettungsmodus erstellten Kopie reparieren.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data: %1 roots, %2% redundancy; any %1 damaged sectors in each group of 255 can be repaired from a copy made in rescue mode.</source>
        <translation>Das Medium enthält dvdisaster-RS03-Fehlerkorrekturdaten: %1 Nullstellen, %2 % Redundanz; beliebige %1 beschädigte Sektoren in jeder Gruppe von 255 lassen sich aus einer im Rettungsmodus erstellten Kopie reparieren.</translation>
    </message>
    <message numerus="yes">
        <source>The disc ends %n sector(s) before the end of that data, so less can be repaired.</source>
        <translation>
            <numerusform>Das Medium endet %n Sektor vor dem Ende dieser Daten, daher lässt sich weniger reparieren.</numerusform>
            <numerusform>Das Medium endet %n Sektoren vor dem Ende dieser Daten, daher lässt sich weniger reparieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>dvdisaster RS03 error-correction data: %1 roots, %2% redundancy; any %1 damaged sectors in each group of 255 can be repaired.</source>
        <translation>dvdisaster-RS03-Fehlerkorrekturdaten: %1 Nullstellen, %2 % Redundanz; beliebige %1 beschädigte Sektoren in jeder Gruppe von 255 lassen sich reparieren.</translation>
    </message>
</context>
<context>
    <name>MediumEraser</name>
    <message>
        <source>Spindle could not empty the virtual disc %1: %2. Check that you may write the file.</source>
        <translation>Spindle konnte das virtuelle Medium %1 nicht leeren: %2. Prüfen Sie, ob Sie Schreibrechte für die Datei haben.</translation>
    </message>
    <message>
        <source>The drive %1 could not overwrite the start of the disc. The disc may be damaged or write-protected.</source>
        <translation>Das Laufwerk %1 konnte den Anfang des Mediums nicht überschreiben. Das Medium ist möglicherweise beschädigt oder schreibgeschützt.</translation>
    </message>
    <message>
        <source>The drive %1 could not erase the disc. Try a full erase, or another disc: rewritable discs wear out after many erases.</source>
        <translation>Das Laufwerk %1 konnte das Medium nicht löschen. Versuchen Sie ein vollständiges Löschen oder ein anderes Medium: Wiederbeschreibbare Medien nutzen sich nach vielen Löschvorgängen ab.</translation>
    </message>
</context>
<context>
    <name>MediumKind</name>
    <message>
        <source>A virtual disc must hold at least 2048 bytes (one block).</source>
        <translation>Ein virtuelles Medium muss mindestens 2048 Bytes (einen Block) fassen.</translation>
    </message>
    <message>
        <source>Unknown medium kind &quot;%1&quot;. Use one of %2, or a size such as 700M or 4.7G.</source>
        <translation>Unbekannte Medienart &quot;%1&quot;. Verwenden Sie eine von %2 oder eine Größe wie 700M oder 4.7G.</translation>
    </message>
    <message>
        <source>%1 is too large for a medium size.</source>
        <translation>%1 ist als Mediengröße zu groß.</translation>
    </message>
</context>
<context>
    <name>MediumPresets</name>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>CD %1</source>
        <translation>CD %1</translation>
    </message>
    <message>
        <source>DVD %1</source>
        <translation>DVD %1</translation>
    </message>
    <message>
        <source>DVD DL %1</source>
        <translation>DVD DL %1</translation>
    </message>
    <message>
        <source>BD %1</source>
        <translation>BD %1</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>NewImageSource</name>
    <message>
        <source>The new image was not prepared before reading.</source>
        <translation>Das neue Abbild wurde vor dem Lesen nicht vorbereitet.</translation>
    </message>
    <message>
        <source>The new image could not be made: %1 could not be read from the source. If the source is a scratched disc, copy it first with rescue mode (Copy Disc to Image, or spindle-cli read --skip-unreadable) and make the new image from that copy, or leave the file out.</source>
        <translation>Das neue Abbild konnte nicht erstellt werden: %1 konnte nicht aus der Quelle gelesen werden. Ist die Quelle ein zerkratztes Medium, kopieren Sie es zuerst im Rettungsmodus (Medium in Abbild kopieren oder spindle-cli read --skip-unreadable) und erstellen Sie das neue Abbild aus dieser Kopie, oder lassen Sie die Datei weg.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>The new image could not be made: %1</source>
        <translation>Das neue Abbild konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Read requests must be at least 2048 bytes.</source>
        <translation>Leseanforderungen müssen mindestens 2048 Bytes umfassen.</translation>
    </message>
    <message>
        <source>new image &quot;%1&quot; (ISO level %2)</source>
        <translation>neues Abbild &quot;%1&quot; (ISO-Level %2)</translation>
    </message>
    <message>
        <source>The new image could not be made: %1 could not be read from the source. If the source is a scratched disc, copy it first with Copy Disc to Image in rescue mode and make the new image from that copy, or leave the file out.</source>
        <translation>Das neue Abbild konnte nicht erstellt werden: %1 ließ sich aus der Quelle nicht lesen. Ist die Quelle ein zerkratztes Medium, kopieren Sie es zuerst mit „Disc in Abbild kopieren“ im Rettungsmodus und erstellen Sie das neue Abbild aus dieser Kopie, oder lassen Sie die Datei weg.</translation>
    </message>
</context>
<context>
    <name>PlannedUdfSource</name>
    <message>
        <source>The DVD-Video image was not prepared before reading.</source>
        <translation>Das DVD-Video-Abbild wurde vor dem Lesen nicht vorbereitet.</translation>
    </message>
</context>
<context>
    <name>ReadPlan</name>
    <message>
        <source>There is no disc in %1. Insert the disc to copy and try again.</source>
        <translation>In %1 liegt kein Medium. Legen Sie das zu kopierende Medium ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disc in %1 is blank: there is nothing to copy.</source>
        <translation>Das Medium in %1 ist leer: Es gibt nichts zu kopieren.</translation>
    </message>
    <message>
        <source>This is an audio CD. An ISO image cannot hold audio tracks; use an audio CD ripper to copy it.</source>
        <translation>Dies ist eine Audio-CD. Ein ISO-Abbild kann keine Audiospuren enthalten; verwenden Sie zum Kopieren ein Programm zum Auslesen von Audio-CDs.</translation>
    </message>
    <message>
        <source>The disc in %1 holds no data track to copy.</source>
        <translation>Das Medium in %1 enthält keine Datenspur, die kopiert werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>This is a mixed-mode CD: the data track is copied, its %n audio track(s) are not included (an ISO image cannot hold audio).</source>
        <translation>
            <numerusform>Dies ist eine Mixed-Mode-CD: Die Datenspur wird kopiert, ihre %n Audiospur wird nicht übernommen (ein ISO-Abbild kann kein Audio enthalten).</numerusform>
            <numerusform>Dies ist eine Mixed-Mode-CD: Die Datenspur wird kopiert, ihre %n Audiospuren werden nicht übernommen (ein ISO-Abbild kann kein Audio enthalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a multisession disc with %1 sessions. The image covers all of them and opens showing the newest one; the gaps between sessions are not read and stay empty.</source>
        <translation>Dies ist ein Multisession-Medium mit %1 Sitzungen. Das Abbild umfasst alle und zeigt beim Öffnen die neueste; die Lücken zwischen den Sitzungen werden nicht gelesen und bleiben leer.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data after its file system (%1 roots); the copy includes it (%2), so that damaged sectors can be rebuilt from it.</source>
        <translation>Das Medium enthält hinter seinem Dateisystem dvdisaster-RS03-Fehlerkorrekturdaten (%1 Nullstellen); die Kopie schließt sie ein (%2), damit beschädigte Sektoren daraus wiederhergestellt werden können.</translation>
    </message>
</context>
<context>
    <name>RescueMap</name>
    <message>
        <source>The map file %1 could not be opened: %2.</source>
        <translation>Die Map-Datei %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The map file %1 is damaged (line %2).</source>
        <translation>Die Map-Datei %1 ist beschädigt (Zeile %2).</translation>
    </message>
    <message>
        <source>%1 is not a ddrescue map file.</source>
        <translation>%1 ist keine Map-Datei von ddrescue.</translation>
    </message>
    <message>
        <source>The map file %1 could not be written: %2.</source>
        <translation>Die Map-Datei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>SafeOutputFile</name>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder for the output.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Ordner für die Ausgabe.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the output.</source>
        <translation>%1 ist ein Ordner. Wählen Sie einen Dateinamen für die Ausgabe.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or confirm overwriting it.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder bestätigen Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Spindle cannot write to %1: %2. Choose a folder you may write to.</source>
        <translation>Spindle kann nicht in %1 schreiben: %2. Wählen Sie einen Ordner, für den Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the image needs %2, the folder has %3. Free some space or choose another folder.</source>
        <translation>Nicht genügend freier Speicherplatz in %1: Das Abbild benötigt %2, im Ordner sind %3 frei. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another folder, then try again.</source>
        <translation>Der Datenträger, auf dem %1 liegt, ist voll. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The image is too large for the file system holding %1 or for your account&apos;s file size limit (FAT32, for one, stops at 4 GB). Choose a folder on another file system.</source>
        <translation>Das Abbild ist zu groß für das Dateisystem, auf dem %1 liegt, oder für die Dateigrößenbegrenzung Ihres Benutzerkontos (bei FAT32 etwa ist bei 4 GB Schluss). Wählen Sie einen Ordner auf einem anderen Dateisystem.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The finished image could not be renamed to %1: %2.</source>
        <translation>Das fertige Abbild konnte nicht in %1 umbenannt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a plain file that Spindle may write to (a link or a special file), so it was left as it is. Remove it or choose another name.</source>
        <translation>%1 ist keine gewöhnliche Datei, in die Spindle schreiben darf (ein Link oder eine Spezialdatei), und wurde daher unverändert gelassen. Entfernen Sie sie oder wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Line %1 of the pattern list holds a lone &quot;!&quot;. Write a pattern after it, or remove the line.</source>
        <translation>Zeile %1 der Musterliste enthält ein einzelnes &quot;!&quot;. Schreiben Sie ein Muster dahinter oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Line %1 of the pattern list, &quot;%2&quot;, has an unclosed &quot;[&quot;. Close it or write \[ for a literal bracket.</source>
        <translation>Zeile %1 der Musterliste, &quot;%2&quot;, enthält eine nicht geschlossene &quot;[&quot;. Schließen Sie sie oder schreiben Sie \[ für eine wörtliche Klammer.</translation>
    </message>
</context>
<context>
    <name>SourceRateProbe</name>
    <message>
        <source>Measuring the image&apos;s speed was cancelled.</source>
        <translation>Das Messen der Geschwindigkeit des Abbilds wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SourceSpec</name>
    <message>
        <source>The path %1 in the image may not contain &quot;.&quot; or &quot;..&quot;. Give a path from the image&apos;s root, such as /extras.</source>
        <translation>Der Pfad %1 im Abbild darf weder &quot;.&quot; noch &quot;..&quot; enthalten. Geben Sie einen Pfad ab dem Wurzelverzeichnis des Abbilds an, etwa /extras.</translation>
    </message>
    <message>
        <source>An empty source name was given. Name an image, a drive or a folder.</source>
        <translation>Es wurde ein leerer Quellname angegeben. Geben Sie ein Abbild, ein Laufwerk oder einen Ordner an.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the name of the image, folder or drive.</source>
        <translation>%1 existiert nicht. Prüfen Sie den Namen des Abbilds, Ordners oder Laufwerks.</translation>
    </message>
    <message>
        <source>Spindle may not read %1. Check its permissions.</source>
        <translation>Spindle darf %1 nicht lesen. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is named as a compressed disc image, but its start does not decompress: it is damaged or incomplete. Download it again, or check it against its published checksum.</source>
        <translation>%1 ist als komprimiertes Medienabbild benannt, aber sein Anfang lässt sich nicht dekomprimieren: Es ist beschädigt oder unvollständig. Laden Sie es erneut herunter oder prüfen Sie es anhand der veröffentlichten Prüfsumme.</translation>
    </message>
    <message>
        <source>%1 is a UDF-only disc image. UDF only: not supported as a source yet. Burn it as it is, or copy its files out with another tool (such as 7z x) and add them as a folder. To put the image itself into a new image as a file, use --add FILE=/PATH.</source>
        <translation>%1 ist ein reines UDF-Abbild. Nur UDF: als Quelle noch nicht unterstützt. Brennen Sie es so, wie es ist, oder kopieren Sie seine Dateien mit einem anderen Werkzeug heraus (etwa 7z x) und fügen Sie sie als Ordner hinzu. Um das Abbild selbst als Datei in ein neues Abbild aufzunehmen, verwenden Sie --add DATEI=/PFAD.</translation>
    </message>
    <message>
        <source>%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it is not a zip, tar or 7z archive either. If it should be an image, it is damaged or incomplete: download it again, or check it against its published checksum. To put the file itself into a new image, use --add FILE=/PATH.</source>
        <translation>%1 ist kein Datenträgerabbild: Es enthält kein ISO-9660- oder UDF-Dateisystem und ist auch kein zip-, tar- oder 7z-Archiv. Wenn es ein Abbild sein sollte, ist es beschädigt oder unvollständig: Laden Sie es erneut herunter oder prüfen Sie es anhand seiner veröffentlichten Prüfsumme. Um die Datei selbst in ein neues Abbild aufzunehmen, verwenden Sie --add DATEI=/PFAD.</translation>
    </message>
    <message>
        <source>%1 is a UDF-only disc image. UDF only: not supported as a source yet. Burn it as it is, or copy its files out with another tool (such as 7z x) and add them as a folder.</source>
        <translation>%1 ist ein reines UDF-Abbild. Nur UDF: als Quelle noch nicht unterstützt. Brennen Sie es so, wie es ist, oder kopieren Sie seine Dateien mit einem anderen Werkzeug heraus (etwa 7z x) und fügen Sie sie als Ordner hinzu.</translation>
    </message>
    <message>
        <source>%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it is not a zip, tar or 7z archive either. If it should be an image, it is damaged or incomplete: download it again, or check it against its published checksum.</source>
        <translation>%1 ist kein Datenträgerabbild: Es enthält kein ISO-9660- oder UDF-Dateisystem und ist auch kein zip-, tar- oder 7z-Archiv. Wenn es ein Abbild sein sollte, ist es beschädigt oder unvollständig: Laden Sie es erneut herunter oder prüfen Sie es anhand seiner veröffentlichten Prüfsumme.</translation>
    </message>
</context>
<context>
    <name>Spindle::AboutDialog</name>
    <message>
        <source>About Spindle</source>
        <translation>Über Spindle</translation>
    </message>
    <message>
        <source>Spindle %1</source>
        <translation>Spindle %1</translation>
    </message>
    <message>
        <source>Burns, copies, erases and inspects CDs, DVDs and Blu-ray discs.</source>
        <translation>Brennt, kopiert, löscht und untersucht CDs, DVDs und Blu-ray-Discs.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Spindle::AddVirtualDriveDialog</name>
    <message>
        <source>Add Virtual Drive</source>
        <translation>Virtuelles Laufwerk hinzufügen</translation>
    </message>
    <message>
        <source>A virtual drive is an image file that Spindle treats as a disc in a drive. An existing file reads as a written disc; a new file name gives a blank one.</source>
        <translation>Ein virtuelles Laufwerk ist eine Abbilddatei, die Spindle wie ein Medium in einem Laufwerk behandelt. Eine vorhandene Datei gilt als beschriebenes Medium, ein neuer Dateiname ergibt ein leeres.</translation>
    </message>
    <message>
        <source>/path/to/disc.iso</source>
        <translation>/path/to/disc.iso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Benutzerdefinierte Größe…</translation>
    </message>
    <message>
        <source>e.g. 700M, 4.7G or 25000000000</source>
        <translation>z. B. 700M, 4.7G oder 25000000000</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>Abbild&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medienart:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Add Drive</source>
        <translation>Laufwerk hinzufügen</translation>
    </message>
    <message>
        <source>Choose an Image File</source>
        <translation>Abbilddatei auswählen</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.udf *.bin);;All files (*)</source>
        <translation>Medienabbilder (*.iso *.img *.udf *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pick an existing image or type a new file name.</source>
        <translation>Wählen Sie ein vorhandenes Abbild oder geben Sie einen neuen Dateinamen ein.</translation>
    </message>
    <message>
        <source>%1 is a folder. A virtual drive needs a file name.</source>
        <translation>%1 ist ein Ordner. Ein virtuelles Laufwerk benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>This file exists (%1): it reads as a written disc.</source>
        <translation>Diese Datei existiert (%1): Sie gilt als beschriebenes Medium.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>Der Ordner %1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>This file does not exist yet: it acts as a blank disc.</source>
        <translation>Diese Datei existiert noch nicht: Sie verhält sich wie ein leeres Medium.</translation>
    </message>
    <message>
        <source>Enter the size of the emulated disc.</source>
        <translation>Geben Sie die Größe des emulierten Mediums ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size. Enter one such as 700M, 4.7G or 25000000000.</source>
        <translation>&quot;%1&quot; ist keine Größe. Geben Sie eine Größe wie 700M, 4.7G oder 25000000000 ein.</translation>
    </message>
</context>
<context>
    <name>Spindle::BuildImageJob</name>
    <message>
        <source>Write new image %1</source>
        <translation>Neues Abbild %1 schreiben</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>The new image needs %1 but the target medium holds %2. Leave out %3 more, or choose a larger medium.</source>
        <translation>Das neue Abbild benötigt %1, aber das Zielmedium fasst %2. Lassen Sie weitere %3 weg oder wählen Sie ein größeres Medium.</translation>
    </message>
    <message>
        <source>%1 &gt; %2 bytes</source>
        <translation>%1 &gt; %2 Bytes</translation>
    </message>
    <message>
        <source>Overwrite file?</source>
        <translation>Datei überschreiben?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new image?</source>
        <translation>%1 existiert bereits. Durch das neue Abbild ersetzen?</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Wird geschrieben</translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>Abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The %1 delivered %2 of the %3 bytes it announced; the image would be incomplete and was not kept. Please report this.</source>
        <translation>Die Quelle (%1) lieferte %2 der angekündigten %3 Bytes; das Abbild wäre unvollständig und wurde nicht behalten. Bitte melden Sie dies.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3).</source>
        <translation>%1 geschrieben (%2, %3).</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Beschädigte Datei: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, but %n file(s) could not be read in full from the source and hold zeros where they could not be read: %2.</source>
        <translation>
            <numerusform>%1 geschrieben, aber %n Datei konnte nicht vollständig aus der Quelle gelesen werden und enthält Nullen, wo sie nicht lesbar war: %2.</numerusform>
            <numerusform>%1 geschrieben, aber %n Dateien konnten nicht vollständig aus der Quelle gelesen werden und enthalten Nullen, wo sie nicht lesbar waren: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spindle could not prepare the new image.</source>
        <translation>Spindle konnte das neue Abbild nicht vorbereiten.</translation>
    </message>
    <message>
        <source>It carries dvdisaster RS03 error-correction data: %1 added, %2 roots (%3% redundancy), any %2 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Es enthält dvdisaster-RS03-Fehlerkorrekturdaten: %1 hinzugefügt, %2 Nullstellen (%3 % Redundanz); beliebige %2 unlesbare Sektoren in jeder Gruppe von 255 lassen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Fehlerkorrekturdaten werden berechnet</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnJob</name>
    <message>
        <source>Simulate burning %1</source>
        <translation>Brennen simulieren: %1</translation>
    </message>
    <message>
        <source>Burn %1</source>
        <translation>Brennen: %1</translation>
    </message>
    <message>
        <source>Insert the next disc</source>
        <translation>Nächstes Medium einlegen</translation>
    </message>
    <message>
        <source>Copy %1 of %2 is done. Insert a blank disc for copy %3 into %4.</source>
        <translation>Kopie %1 von %2 ist fertig. Legen Sie für Kopie %3 ein leeres Medium in %4 ein.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 copies: no next disc was confirmed.</source>
        <translation>Nach %1 von %2 Kopien angehalten: Es wurde kein weiteres Medium bestätigt.</translation>
    </message>
    <message>
        <source>Simulation finished: the burn would have succeeded. Nothing was written.</source>
        <translation>Simulation abgeschlossen: Der Brennvorgang wäre erfolgreich gewesen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Burned %1 copies of %2.</source>
        <translation>%2 in %1 Kopien gebrannt.</translation>
    </message>
    <message>
        <source>Burned %1.</source>
        <translation>%1 gebrannt.</translation>
    </message>
    <message>
        <source>Verified: the disc matches the image.</source>
        <translation>Überprüft: Das Medium stimmt mit dem Abbild überein.</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Abbild wird geprüft</translation>
    </message>
    <message>
        <source>Measuring the compressed image</source>
        <translation>Größe des komprimierten Abbilds wird ermittelt</translation>
    </message>
    <message>
        <source>Not a disc image?</source>
        <translation>Kein Medienabbild?</translation>
    </message>
    <message>
        <source>Not burned: %1 has no recognised file system.</source>
        <translation>Nicht gebrannt: %1 hat kein bekanntes Dateisystem.</translation>
    </message>
    <message>
        <source>Image: %1, %2</source>
        <translation>Abbild: %1, %2</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Wird vorbereitet: %1</translation>
    </message>
    <message>
        <source>Spindle could not prepare %1.</source>
        <translation>Spindle konnte %1 nicht vorbereiten.</translation>
    </message>
    <message>
        <source>%1 has a size (%2 bytes) that cannot be burned as data: it must be a whole number of 2048-byte sectors. Please report this.</source>
        <translation>%1 hat eine Größe (%2 Bytes), die sich nicht als Daten brennen lässt: Sie muss eine ganze Zahl von 2048-Byte-Sektoren sein. Bitte melden Sie dies.</translation>
    </message>
    <message>
        <source>Checking the disc</source>
        <translation>Medium wird geprüft</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert a blank disc and try again.</source>
        <translation>In %1 liegt kein Medium. Legen Sie ein leeres Medium ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disc in %1 (%2) cannot be written by this drive. Insert a blank disc of a kind the drive supports.</source>
        <translation>Das Medium in %1 (%2) kann von diesem Laufwerk nicht beschrieben werden. Legen Sie ein leeres Medium einer Art ein, die das Laufwerk unterstützt.</translation>
    </message>
    <message>
        <source>The disc in %1 (%2) already holds data and cannot be erased. Insert a blank disc and try again.</source>
        <translation>Das Medium in %1 (%2) enthält bereits Daten und kann nicht gelöscht werden. Legen Sie ein leeres Medium ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A simulated burn does not erase the disc, and this disc holds data. Erase it first, or insert a blank disc.</source>
        <translation>Ein simulierter Brennvorgang löscht das Medium nicht, und dieses Medium enthält Daten. Löschen Sie es zuerst oder legen Sie ein leeres Medium ein.</translation>
    </message>
    <message>
        <source>Erase the disc first?</source>
        <translation>Medium zuerst löschen?</translation>
    </message>
    <message>
        <source>The rewritable disc in %1 holds %2 of data. Erase it (everything on it will be lost) and then burn the image?</source>
        <translation>Das wiederbeschreibbare Medium in %1 enthält %2 Daten. Soll es gelöscht (alle Daten darauf gehen verloren) und anschließend das Abbild gebrannt werden?</translation>
    </message>
    <message>
        <source>Not burned: the disc in %1 holds data. Erase it first, or allow erasing (--blank-if-needed).</source>
        <translation>Nicht gebrannt: Das Medium in %1 enthält Daten. Löschen Sie es zuerst oder erlauben Sie das Löschen (--blank-if-needed).</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>The virtual disc file %1 is read-only. Make it writable or choose another file.</source>
        <translation>Die Datei %1 des virtuellen Mediums ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The disc in %1 cannot be written. Insert a blank disc.</source>
        <translation>Das Medium in %1 kann nicht beschrieben werden. Legen Sie ein leeres Medium ein.</translation>
    </message>
    <message>
        <source>The image does not fit: it needs %1, but the disc in %2 has only %3 free. Use a larger disc (a DVD holds 4.7 GB, a dual-layer DVD 8.5 GB, a BD 25 GB).</source>
        <translation>Das Abbild passt nicht: Es benötigt %1, aber das Medium in %2 hat nur %3 frei. Verwenden Sie ein größeres Medium (eine DVD fasst 4,7 GB, eine Dual-Layer-DVD 8,5 GB, eine BD 25 GB).</translation>
    </message>
    <message>
        <source>Or leave out %1 more.</source>
        <translation>Oder lassen Sie weitere %1 weg.</translation>
    </message>
    <message>
        <source>image %1 bytes, free %2 bytes</source>
        <translation>Abbild %1 Bytes, frei %2 Bytes</translation>
    </message>
    <message>
        <source>%1 discs have no test mode, so the burn cannot be simulated. Burn for real, or simulate with a CD-R or DVD-R.</source>
        <translation>%1-Medien haben keinen Testmodus, daher kann der Brennvorgang nicht simuliert werden. Brennen Sie tatsächlich oder simulieren Sie mit einer CD-R oder DVD-R.</translation>
    </message>
    <message>
        <source>The drive %1 offers no way to write this disc. Check that the disc is blank and of a kind the drive writes.</source>
        <translation>Das Laufwerk %1 bietet keine Möglichkeit, dieses Medium zu beschreiben. Prüfen Sie, ob das Medium leer ist und zu einer Art gehört, die das Laufwerk beschreiben kann.</translation>
    </message>
    <message>
        <source>The drive %1 cannot write this disc in write mode %2. Try write mode &quot;auto&quot;.</source>
        <translation>Das Laufwerk %1 kann dieses Medium nicht im Schreibmodus %2 beschreiben. Versuchen Sie den Schreibmodus &quot;auto&quot;.</translation>
    </message>
    <message>
        <source>Burning a disc</source>
        <translation>Ein Medium wird gebrannt</translation>
    </message>
    <message>
        <source>Sleep is not inhibited: %1</source>
        <translation>Ruhezustand wird nicht verhindert: %1</translation>
    </message>
    <message>
        <source>Simulating</source>
        <translation>Wird simuliert</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Wird geschrieben</translation>
    </message>
    <message>
        <source>%1 copy %2 of %3</source>
        <translation>%1 (Kopie %2 von %3)</translation>
    </message>
    <message>
        <source>The drive did not start writing (%1); trying again.</source>
        <translation>Das Laufwerk hat nicht mit dem Schreiben begonnen (%1); neuer Versuch.</translation>
    </message>
    <message>
        <source>Reading the image failed.</source>
        <translation>Das Lesen des Abbilds ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The disc in %1 is incomplete and holds no usable copy of the image.</source>
        <translation>Das Medium in %1 ist unvollständig und enthält keine brauchbare Kopie des Abbilds.</translation>
    </message>
    <message>
        <source>Burning cancelled. The write-once disc in %1 is probably unusable now.</source>
        <translation>Brennvorgang abgebrochen. Das einmal beschreibbare Medium in %1 ist jetzt vermutlich unbrauchbar.</translation>
    </message>
    <message>
        <source>Burning cancelled. The disc in %1 holds an incomplete copy; erase or overwrite it.</source>
        <translation>Brennvorgang abgebrochen. Das Medium in %1 enthält eine unvollständige Kopie; löschen oder überschreiben Sie es.</translation>
    </message>
    <message>
        <source>The drive %1 did not write the image (libburn stopped after %2 of %3). Nothing usable was written; try again, and see the log if it keeps failing.</source>
        <translation>Das Laufwerk %1 hat das Abbild nicht geschrieben (libburn hat nach %2 von %3 angehalten). Es wurde nichts Brauchbares geschrieben; versuchen Sie es erneut und sehen Sie im Protokoll nach, falls der Fehler wieder auftritt.</translation>
    </message>
    <message>
        <source>Writing to %1 failed; the disc holds an incomplete copy.</source>
        <translation>Das Schreiben auf %1 ist fehlgeschlagen; das Medium enthält eine unvollständige Kopie.</translation>
    </message>
    <message>
        <source>The file system holding the virtual disc is full: free some space and burn again.</source>
        <translation>Das Dateisystem, auf dem das virtuelle Medium liegt, ist voll: Geben Sie Speicherplatz frei und brennen Sie erneut.</translation>
    </message>
    <message>
        <source>Check that the file can be written and that its disk works.</source>
        <translation>Prüfen Sie, ob die Datei beschreibbar ist und ihr Datenträger funktioniert.</translation>
    </message>
    <message>
        <source>Try a lower speed or another disc.</source>
        <translation>Versuchen Sie eine geringere Geschwindigkeit oder ein anderes Medium.</translation>
    </message>
    <message>
        <source>The image was written, but the old content after it could not be removed from %1: %2.</source>
        <translation>Das Abbild wurde geschrieben, aber der alte Inhalt dahinter konnte nicht aus %1 entfernt werden: %2.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Verification cancelled. The disc was burned but not checked.</source>
        <translation>Überprüfung abgebrochen. Das Medium wurde gebrannt, aber nicht überprüft.</translation>
    </message>
    <message>
        <source>SHA-256 of image and disc: %1</source>
        <translation>SHA-256 von Abbild und Medium: %1</translation>
    </message>
    <message>
        <source>image SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 des Abbilds %1, SHA-256 des Mediums %2</translation>
    </message>
    <message>
        <source>Spindle cannot verify the disc: the burned stream was not recorded completely. Please report this.</source>
        <translation>Spindle kann das Medium nicht überprüfen: Der gebrannte Datenstrom wurde nicht vollständig aufgezeichnet. Bitte melden Sie dies.</translation>
    </message>
    <message>
        <source>SHA-256 of what was burned and of the disc: %1</source>
        <translation>SHA-256 der gebrannten Daten und des Mediums: %1</translation>
    </message>
    <message>
        <source>burned SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 der gebrannten Daten %1, SHA-256 des Mediums %2</translation>
    </message>
    <message>
        <source>Overwrite the disc?</source>
        <translation>Medium überschreiben?</translation>
    </message>
    <message>
        <source>The disc in %1 already holds %2 of data. Burning writes over it (everything on it will be lost). Burn anyway?</source>
        <translation>Das Medium in %1 enthält bereits %2 an Daten. Beim Brennen werden sie überschrieben (alles darauf geht verloren). Trotzdem brennen?</translation>
    </message>
    <message>
        <source>Not burned</source>
        <translation>Nicht gebrannt</translation>
    </message>
    <message>
        <source>Measuring how fast the image decompresses</source>
        <translation>Messen, wie schnell sich das Abbild entpacken lässt</translation>
    </message>
    <message>
        <source>The image decompresses at %1.</source>
        <translation>Das Abbild wird mit %1 entpackt.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data: %1 roots (%2% redundancy), any %1 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Das Medium enthält dvdisaster-RS03-Fehlerkorrekturdaten: %1 Nullstellen (%2 % Redundanz); beliebige %1 unlesbare Sektoren in jeder Gruppe von 255 lassen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Error correction needs the whole image first: writing it to %1 (%2); it is removed when the burn ends.</source>
        <translation>Die Fehlerkorrektur braucht zuerst das ganze Abbild: Es wird nach %1 geschrieben (%2) und nach dem Brennen entfernt.</translation>
    </message>
    <message>
        <source>Writing the image to a temporary file</source>
        <translation>Abbild wird in eine temporäre Datei geschrieben</translation>
    </message>
    <message>
        <source>Cancelled before writing; the disc is untouched.</source>
        <translation>Vor dem Schreiben abgebrochen; das Medium ist unverändert.</translation>
    </message>
    <message>
        <source>The %1 delivered %2 of the %3 bytes it announced; the image would be incomplete and was not burned. Please report this.</source>
        <translation>%1 lieferte %2 der angekündigten %3 Bytes; das Abbild wäre unvollständig und wurde nicht gebrannt. Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots): it is burned as it is, without adding more.</source>
        <translation>%1 enthält bereits dvdisaster-RS03-Fehlerkorrekturdaten (für eine %2, %3 Nullstellen): Es wird unverändert gebrannt, ohne weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>Medium unbekannter Größe</translation>
    </message>
    <message>
        <source>No error-correction data was added and nothing was burned. Burn it without error correction, or start from the original image.</source>
        <translation>Es wurden keine Fehlerkorrekturdaten hinzugefügt und nichts gebrannt. Brennen Sie ohne Fehlerkorrektur oder gehen Sie vom ursprünglichen Abbild aus.</translation>
    </message>
    <message>
        <source>The image with its error-correction data needs %1, but only %2 is free for it. Choose less redundancy, or free some space.</source>
        <translation>Das Abbild mit seinen Fehlerkorrekturdaten braucht %1, frei sind dafür nur %2. Wählen Sie weniger Redundanz oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Computing the error-correction data into %1 (%2) first; it is burned after the image and removed when the burn ends.</source>
        <translation>Die Fehlerkorrekturdaten werden zuerst in %1 berechnet (%2); sie werden nach dem Abbild gebrannt und nach dem Brennen entfernt.</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Fehlerkorrekturdaten werden berechnet</translation>
    </message>
    <message>
        <source>%1 with error-correction data</source>
        <translation>%1 mit Fehlerkorrekturdaten</translation>
    </message>
    <message>
        <source>Error correction needs to read the image in any order, which a compressed image cannot give: decompressing it to %1 (%2); it is removed when the burn ends.</source>
        <translation>Die Fehlerkorrektur muss das Abbild in beliebiger Reihenfolge lesen, was ein komprimiertes Abbild nicht erlaubt: Es wird nach %1 entpackt (%2) und nach dem Brennen entfernt.</translation>
    </message>
    <message>
        <source>Decompressing the image to a temporary file</source>
        <translation>Abbild wird in eine temporäre Datei entpackt</translation>
    </message>
    <message>
        <source>Measuring how fast the new image is made</source>
        <translation>Messen, wie schnell das neue Abbild entsteht</translation>
    </message>
    <message>
        <source>The new image is made at %1.</source>
        <translation>Das neue Abbild entsteht mit %1.</translation>
    </message>
    <message>
        <source>The new image is made at %1 (its files are read as it is written), less than twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, write the image to a file first and burn that.</source>
        <translation>Das neue Abbild entsteht mit %1 (seine Dateien werden beim Schreiben gelesen), weniger als doppelt so schnell, wie das Laufwerk bei voller Geschwindigkeit schreibt. Spindle schreibt deshalb mit %2 (%3 kB/s), damit dem Laufwerk die Daten nicht ausgehen. Für volle Geschwindigkeit das Abbild zuerst in eine Datei schreiben und diese brennen.</translation>
    </message>
    <message>
        <source>The image decompresses at %1, less than twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, decompress the image first.</source>
        <translation>Das Abbild wird mit %1 entpackt, weniger als doppelt so schnell, wie das Laufwerk bei voller Geschwindigkeit schreibt. Spindle schreibt deshalb mit %2 (%3 kB/s), damit dem Laufwerk die Daten nicht ausgehen. Um mit voller Geschwindigkeit zu brennen, entpacken Sie das Abbild zuerst.</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnNewImageDialog</name>
    <message>
        <source>Burn the New Image</source>
        <translation>Neues Abbild brennen</translation>
    </message>
    <message>
        <source>Target disc</source>
        <translation>Zielmedium</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Burn</source>
        <translation>&amp;Brennen</translation>
    </message>
    <message>
        <source>The new image is burned as it is made, with no temporary file. Spindle checks the disc before writing anything.</source>
        <translation>Das neue Abbild wird direkt beim Erstellen gebrannt, ohne temporäre Datei. Spindle prüft das Medium, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Medium wird gelesen…</translation>
    </message>
    <message>
        <source>Choose a drive with a blank disc, or add a virtual drive.</source>
        <translation>Wählen Sie ein Laufwerk mit einem leeren Medium oder fügen Sie ein virtuelles Laufwerk hinzu.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>(it will be erased first, after you confirm)</source>
        <translation>(wird nach Ihrer Bestätigung zuerst gelöscht)</translation>
    </message>
    <message>
        <source>(holds data)</source>
        <translation>(enthält Daten)</translation>
    </message>
    <message>
        <source>Insert a blank disc.</source>
        <translation>Legen Sie ein leeres Medium ein.</translation>
    </message>
    <message>
        <source>The disc already holds data: insert a blank disc.</source>
        <translation>Das Medium enthält bereits Daten: Legen Sie ein leeres Medium ein.</translation>
    </message>
    <message>
        <source>The new image (about %1) should fit: %2 available.</source>
        <translation>Das neue Abbild (etwa %1) sollte passen: %2 verfügbar.</translation>
    </message>
    <message>
        <source>The new image (about %1) does not fit: only %2 available. Leave out more files or use a larger disc.</source>
        <translation>Das neue Abbild (etwa %1) passt nicht: nur %2 verfügbar. Lassen Sie weitere Dateien weg oder verwenden Sie ein größeres Medium.</translation>
    </message>
    <message>
        <source>Burn &amp;to:</source>
        <translation>Brennen &amp;auf:</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnPage</name>
    <message>
        <source>&amp;Burn</source>
        <translation>&amp;Brennen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <source>Drop an image here, or choose one</source>
        <translation>Legen Sie ein Abbild hier ab oder wählen Sie eines aus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Target disc</source>
        <translation>Zielmedium</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Choose an Image to Burn</source>
        <translation>Abbild zum Brennen auswählen</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;All files (*)</source>
        <translation>Medienabbilder (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Burns an .iso or .img file, also compressed (.gz, .xz, .bz2, .zst) without unpacking it first.</source>
        <translation>Brennt eine .iso- oder .img-Datei, auch komprimiert (.gz, .xz, .bz2, .zst), ohne sie vorher zu entpacken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>size known after decompressing</source>
        <translation>Größe erst nach dem Dekomprimieren bekannt</translation>
    </message>
    <message>
        <source>%1-compressed (%2 on disk)</source>
        <translation>mit %1 komprimiert (%2 auf dem Datenträger)</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>bootfähig</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>UDF</source>
        <translation>UDF</translation>
    </message>
    <message>
        <source>No ISO 9660 or UDF file system found: this may not be a disc image.</source>
        <translation>Kein Dateisystem nach ISO 9660 oder UDF gefunden: Dies ist möglicherweise kein Medienabbild.</translation>
    </message>
    <message>
        <source>Choose a drive with a blank disc, or add a virtual drive.</source>
        <translation>Wählen Sie ein Laufwerk mit einem leeren Medium oder fügen Sie ein virtuelles Laufwerk hinzu.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Medium wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>(it will be erased first, after you confirm)</source>
        <translation>(wird nach Ihrer Bestätigung zuerst gelöscht)</translation>
    </message>
    <message>
        <source>(holds data)</source>
        <translation>(enthält Daten)</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>The disc holds data; it will be erased before burning.</source>
        <translation>Das Medium enthält Daten; es wird vor dem Brennen gelöscht.</translation>
    </message>
    <message>
        <source>The disc already holds data: insert a blank disc.</source>
        <translation>Das Medium enthält bereits Daten: Legen Sie ein leeres Medium ein.</translation>
    </message>
    <message>
        <source>The image (%1) fits: %2 free.</source>
        <translation>Das Abbild (%1) passt: %2 frei.</translation>
    </message>
    <message>
        <source>The image (%1) does not fit: only %2 free.</source>
        <translation>Das Abbild (%1) passt nicht: nur %2 frei.</translation>
    </message>
    <message>
        <source>Burn finished</source>
        <translation>Brennvorgang abgeschlossen</translation>
    </message>
    <message>
        <source>Burn did not finish</source>
        <translation>Brennvorgang nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Image to burn</source>
        <translation>Zu brennendes Abbild</translation>
    </message>
    <message>
        <source>Room the image takes on the disc</source>
        <translation>Platz, den das Abbild auf dem Medium belegt</translation>
    </message>
    <message>
        <source>The image with its error-correction data (%1) fits: %2 free.</source>
        <translation>Das Abbild mit seinen Fehlerkorrekturdaten (%1) passt: %2 frei.</translation>
    </message>
    <message>
        <source>The image with its error-correction data (%1) does not fit: only %2 free.</source>
        <translation>Das Abbild mit seinen Fehlerkorrekturdaten (%1) passt nicht: nur %2 frei.</translation>
    </message>
    <message>
        <source>The size of this compressed image is known only after decompressing it. Decompress it first to add error correction.</source>
        <translation>Die Größe dieses komprimierten Abbilds ist erst nach dem Entpacken bekannt. Entpacken Sie es zuerst, um eine Fehlerkorrektur hinzuzufügen.</translation>
    </message>
    <message>
        <source>The image is first decompressed to a temporary file (%1), removed after the burn.</source>
        <translation>Das Abbild wird zuerst in eine temporäre Datei entpackt (%1), die nach dem Brennen entfernt wird.</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnSettingsWidget</name>
    <message>
        <source>S&amp;imulate (test mode: nothing is written)</source>
        <translation>&amp;Simulieren (Testmodus: Es wird nichts geschrieben)</translation>
    </message>
    <message>
        <source>&amp;Verify the disc after burning</source>
        <translation>Medium nach dem Brennen über&amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Eject when done</source>
        <translation>Nach Abschluss &amp;auswerfen</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximal</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <source>After each copy the disc is ejected and Spindle asks for the next one.</source>
        <translation>Nach jeder Kopie wird das Medium ausgeworfen und Spindle fordert das nächste an.</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Kopien:</translation>
    </message>
</context>
<context>
    <name>Spindle::CheckDiscJob</name>
    <message>
        <source>Check the disc in %1</source>
        <translation>Medium in %1 prüfen</translation>
    </message>
    <message>
        <source>Examining the disc</source>
        <translation>Medium wird untersucht</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the rest cannot be read.</source>
        <translation>Das Medium enthält %1 Sektoren, sein Dateisystem gibt aber %2 an: Der Rest lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Reading the disc and its error-correction data</source>
        <translation>Medium und seine Fehlerkorrekturdaten werden gelesen</translation>
    </message>
    <message>
        <source>Reading the disc</source>
        <translation>Medium wird gelesen</translation>
    </message>
    <message>
        <source>The disc was taken out of %1 during the check. Insert it and check it again.</source>
        <translation>Das Medium wurde während der Prüfung aus %1 entnommen. Legen Sie es ein und prüfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unreadable sectors (the first %1 ranges): %2</source>
        <translation>Unlesbare Sektoren (die ersten %1 Bereiche): %2</translation>
    </message>
    <message>
        <source>Every sector of the disc in %1 can be read.</source>
        <translation>Jeder Sektor des Mediums in %1 lässt sich lesen.</translation>
    </message>
    <message>
        <source>The disc carries no error-correction data, so only a comparison with its image (spindle-cli verify IMAGE --drive) can tell whether what it holds is right.</source>
        <translation>Das Medium trägt keine Fehlerkorrekturdaten, daher kann nur ein Vergleich mit seinem Abbild (spindle-cli verify IMAGE --drive) zeigen, ob sein Inhalt stimmt.</translation>
    </message>
    <message>
        <source>The disc carries no error-correction data, so only a comparison with its image can tell whether what it holds is right.</source>
        <translation>Das Medium trägt keine Fehlerkorrekturdaten, daher kann nur ein Vergleich mit seinem Abbild zeigen, ob sein Inhalt stimmt.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) of the disc in %1 cannot be read.</source>
        <translation>
            <numerusform>%n Sektor des Mediums in %1 lässt sich nicht lesen.</numerusform>
            <numerusform>%n Sektoren des Mediums in %1 lassen sich nicht lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy it in rescue mode (spindle-cli read --skip-unreadable) to save everything else.</source>
        <translation>Kopieren Sie es im Rettungsmodus (spindle-cli read --skip-unreadable), um alles andere zu sichern.</translation>
    </message>
    <message>
        <source>Copy it with &quot;Copy Disc to Image&quot; in rescue mode to save everything else.</source>
        <translation>Kopieren Sie es mit „Medium in Abbild kopieren“ im Rettungsmodus, um alles andere zu sichern.</translation>
    </message>
    <message>
        <source>Sectors that cannot be rebuilt (the first %1): %2</source>
        <translation>Sektoren, die sich nicht wiederherstellen lassen (die ersten %1): %2</translation>
    </message>
    <message>
        <source>The disc in %1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild.</source>
        <translation>Das Medium in %1 hat %2 beschädigte Sektoren; %3 davon lassen sich nicht wiederherstellen (%4 in den eigenen Daten des Abbilds): mehr, als die %5 Nullstellen eines ECC-Blocks wiederherstellen können.</translation>
    </message>
    <message>
        <source>Copy it in rescue mode with more retries (spindle-cli read --skip-unreadable --retries 10 --repair): every sector a retry reads is one less to rebuild.</source>
        <translation>Kopieren Sie es im Rettungsmodus mit mehr Wiederholungen (spindle-cli read --skip-unreadable --retries 10 --repair): Jeder Sektor, den eine Wiederholung liest, muss nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Copy it with &quot;Copy Disc to Image&quot; in rescue mode with more retries, then repair the copy: every sector a retry reads is one less to rebuild.</source>
        <translation>Kopieren Sie es mit „Medium in Abbild kopieren“ im Rettungsmodus mit mehr Wiederholungen und reparieren Sie dann die Kopie: Jeder Sektor, den eine Wiederholung liest, muss nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The disc in %1 has %2 damaged sectors (%3 unreadable or missing, %4 CRC errors), all of which can be rebuilt from its error-correction data.</source>
        <translation>Das Medium in %1 hat %2 beschädigte Sektoren (%3 unlesbar oder fehlend, %4 CRC-Fehler), die sich alle aus seinen Fehlerkorrekturdaten wiederherstellen lassen.</translation>
    </message>
    <message>
        <source>Copy it now, before the damage grows: spindle-cli read --skip-unreadable --repair.</source>
        <translation>Kopieren Sie es jetzt, bevor der Schaden wächst: spindle-cli read --skip-unreadable --repair.</translation>
    </message>
    <message>
        <source>Copy it now with &quot;Copy Disc to Image&quot; in rescue mode and repair the copy, before the damage grows.</source>
        <translation>Kopieren Sie es jetzt mit „Medium in Abbild kopieren“ im Rettungsmodus und reparieren Sie die Kopie, bevor der Schaden wächst.</translation>
    </message>
    <message>
        <source>The disc in %1 is intact: every sector can be read and every data sector matches its CRC in the error-correction data.</source>
        <translation>Das Medium in %1 ist unversehrt: Jeder Sektor lässt sich lesen, und jeder Datensektor passt zu seiner CRC in den Fehlerkorrekturdaten.</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyDiscJob</name>
    <message>
        <source>Copy the disc in %1</source>
        <translation>Das Medium in %1 kopieren</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Nicht kopiert</translation>
    </message>
    <message>
        <source>Copied the disc in %1 to a new disc in %2.</source>
        <translation>Das Medium in %1 wurde auf ein neues Medium in %2 kopiert.</translation>
    </message>
    <message>
        <source>Copied the disc in %1 to %2 new discs in %3.</source>
        <translation>Das Medium in %1 wurde auf %2 neue Medien in %3 kopiert.</translation>
    </message>
    <message>
        <source>The folder %1 for the temporary image could not be created.</source>
        <translation>Der Ordner %1 für das temporäre Abbild konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Copying with one drive needs a temporary image of %1 in %2, but only %3 is free there. Free some space, or copy with a second drive.</source>
        <translation>Kopieren mit einem Laufwerk braucht ein temporäres Abbild von %1 in %2, dort sind aber nur %3 frei. Schaffen Sie Platz oder kopieren Sie mit einem zweiten Laufwerk.</translation>
    </message>
    <message>
        <source>Temporary image: %1</source>
        <translation>Temporäres Abbild: %1</translation>
    </message>
    <message>
        <source>Insert a blank disc</source>
        <translation>Leeres Medium einlegen</translation>
    </message>
    <message>
        <source>The disc in %1 has been read. Take it out, insert a blank disc that holds at least %2 (%3 or larger) and go on.</source>
        <translation>Das Medium in %1 wurde gelesen. Nehmen Sie es heraus, legen Sie ein leeres Medium mit mindestens %2 ein (%3 oder größer) und fahren Sie fort.</translation>
    </message>
    <message>
        <source>Not copied: no blank disc was inserted into %1.</source>
        <translation>Nicht kopiert: In %1 wurde kein leeres Medium eingelegt.</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyDiscPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Disc to copy</source>
        <translation>Zu kopierendes Medium</translation>
    </message>
    <message>
        <source>Burn the copy with</source>
        <translation>Kopie brennen mit</translation>
    </message>
    <message>
        <source>One drive: the disc is read into a temporary image first; then Spindle asks for a blank disc.</source>
        <translation>Ein Laufwerk: Das Medium wird zuerst in ein temporäres Abbild gelesen; dann fragt Spindle nach einem leeren Medium.</translation>
    </message>
    <message>
        <source>Two drives: the copy is burned while the disc is read.</source>
        <translation>Zwei Laufwerke: Die Kopie wird gebrannt, während das Medium gelesen wird.</translation>
    </message>
    <message>
        <source>Disc copied</source>
        <translation>Medium kopiert</translation>
    </message>
    <message>
        <source>Copy did not finish</source>
        <translation>Kopieren nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyPage</name>
    <message>
        <source>&amp;Start Copy</source>
        <translation>Kopieren &amp;starten</translation>
    </message>
    <message>
        <source>Disc to copy</source>
        <translation>Zu kopierendes Medium</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <source>Where to save the image (.iso)</source>
        <translation>Speicherort für das Abbild (.iso)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximal</translation>
    </message>
    <message>
        <source>Read &amp;speed:</source>
        <translation>Lese&amp;geschwindigkeit:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>SHA-256 and MD5</source>
        <translation>SHA-256 und MD5</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Checksum:</source>
        <translation>&amp;Prüfsumme:</translation>
    </message>
    <message>
        <source>Save the checksum next to the image (.sha256 / .md5)</source>
        <translation>Prüfsumme neben dem Abbild speichern (.sha256 / .md5)</translation>
    </message>
    <message>
        <source>&amp;Verify: read the disc again and compare</source>
        <translation>&amp;Überprüfen: Medium erneut lesen und vergleichen</translation>
    </message>
    <message>
        <source>Copy the &amp;whole track, not just the file system</source>
        <translation>Die ganze Spur &amp;kopieren, nicht nur das Dateisystem</translation>
    </message>
    <message>
        <source>Normally the copy stops where the disc&apos;s file system ends, so that padding the drive cannot read is left out.</source>
        <translation>Normalerweise endet die Kopie dort, wo das Dateisystem des Mediums endet, sodass Füllbereiche, die das Laufwerk nicht lesen kann, ausgelassen werden.</translation>
    </message>
    <message>
        <source>&amp;Rescue mode: skip unreadable sectors and keep the rest</source>
        <translation>&amp;Rettungsmodus: Unlesbare Sektoren überspringen und den Rest behalten</translation>
    </message>
    <message>
        <source>Unreadable sectors are filled with zeros and recorded in a map file next to the image. Copying again to the same file reads only what is still missing.</source>
        <translation>Unlesbare Sektoren werden mit Nullen gefüllt und in einer Map-Datei neben dem Abbild vermerkt. Ein erneutes Kopieren in dieselbe Datei liest nur, was noch fehlt.</translation>
    </message>
    <message>
        <source>Retries per bad sector:</source>
        <translation>Wiederholungen pro defektem Sektor:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose the drive holding the disc, or add a virtual drive.</source>
        <translation>Wählen Sie das Laufwerk mit dem Medium oder fügen Sie ein virtuelles Laufwerk hinzu.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Medium wird gelesen…</translation>
    </message>
    <message>
        <source>The disc is blank: there is nothing to copy.</source>
        <translation>Das Medium ist leer: Es gibt nichts zu kopieren.</translation>
    </message>
    <message>
        <source>No disc in this drive.</source>
        <translation>Kein Medium in diesem Laufwerk.</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Keine Bezeichnung</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>bootfähig</translation>
    </message>
    <message>
        <source>UDF</source>
        <translation>UDF</translation>
    </message>
    <message>
        <source>no file system recognised</source>
        <translation>kein Dateisystem erkannt</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Abbild speichern unter</translation>
    </message>
    <message>
        <source>Disc images (*.iso);;All files (*)</source>
        <translation>Medienabbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the existing file?</source>
        <translation>Vorhandene Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the copy of this disc?</source>
        <translation>%1 existiert bereits. Durch die Kopie dieses Mediums ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gespeichert (%2).</translation>
    </message>
    <message>
        <source>Time: %1, average speed %2.</source>
        <translation>Dauer: %1, durchschnittliche Geschwindigkeit %2.</translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>MD5: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>MD5: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Verified: the image matches the disc.</source>
        <translation>Überprüft: Das Abbild stimmt mit dem Medium überein.</translation>
    </message>
    <message>
        <source>This copy resumed an earlier rescue.</source>
        <translation>Diese Kopie hat eine frühere Rettung fortgesetzt.</translation>
    </message>
    <message>
        <source>Unreadable sectors (filled with zeros): %1</source>
        <translation>Unlesbare Sektoren (mit Nullen gefüllt): %1</translation>
    </message>
    <message>
        <source>Damaged files: %1</source>
        <translation>Beschädigte Dateien: %1</translation>
    </message>
    <message>
        <source>Files on unreadable sectors</source>
        <translation>Dateien auf unlesbaren Sektoren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; checked and repaired with its error-correction data (%2 roots).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; mit seinen Fehlerkorrekturdaten geprüft und repariert (%2 Nullstellen).</translation>
    </message>
    <message>
        <source>Damaged sectors: %1 (%2 unreadable, %3 with CRC errors).</source>
        <translation>Beschädigte Sektoren: %1 (%2 unlesbar, %3 mit CRC-Fehlern).</translation>
    </message>
    <message>
        <source>Rebuilt: %1. Still lost: %2.</source>
        <translation>Wiederhergestellt: %1. Weiterhin verloren: %2.</translation>
    </message>
    <message>
        <source>The first %1 lost sectors:</source>
        <translation>Die ersten %1 verlorenen Sektoren:</translation>
    </message>
    <message>
        <source>The lost sectors:</source>
        <translation>Die verlorenen Sektoren:</translation>
    </message>
    <message>
        <source>Sectors still lost</source>
        <translation>Weiterhin verlorene Sektoren</translation>
    </message>
</context>
<context>
    <name>Spindle::DiscInfoPage</name>
    <message>
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the disc again</source>
        <translation>Medium erneut lesen</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Medium wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read this drive</source>
        <translation>Dieses Laufwerk konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 · emulated %2</source>
        <translation>%1 · emuliert: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1. A plain image file can grow until its file system is full.</source>
        <translation>%1. Eine einfache Abbilddatei kann wachsen, bis ihr Dateisystem voll ist.</translation>
    </message>
    <message>
        <source>As fast as the disk allows (image file)</source>
        <translation>So schnell, wie der Datenträger es erlaubt (Abbilddatei)</translation>
    </message>
    <message>
        <source>Not reported by the drive</source>
        <translation>Vom Laufwerk nicht gemeldet</translation>
    </message>
    <message>
        <source>There is no disc in the drive.</source>
        <translation>Im Laufwerk liegt kein Medium.</translation>
    </message>
    <message>
        <source>The disc is blank: there is no file system yet.</source>
        <translation>Das Medium ist leer: Es gibt noch kein Dateisystem.</translation>
    </message>
    <message>
        <source>No data file system was found. This may be an audio CD or a format Spindle does not recognise.</source>
        <translation>Es wurde kein Datendateisystem gefunden. Es könnte sich um eine Audio-CD handeln oder um ein Format, das Spindle nicht erkennt.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>No sessions have been written yet.</source>
        <translation>Es wurden noch keine Sitzungen geschrieben.</translation>
    </message>
    <message>
        <source>Add Virtual Drive…</source>
        <translation>Virtuelles Laufwerk hinzufügen…</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>Frei:</translation>
    </message>
    <message>
        <source>Erasable:</source>
        <translation>Löschbar:</translation>
    </message>
    <message>
        <source>Writable:</source>
        <translation>Beschreibbar:</translation>
    </message>
    <message>
        <source>Write speeds:</source>
        <translation>Schreibgeschwindigkeiten:</translation>
    </message>
    <message>
        <source>File System</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Joliet:</source>
        <translation>Joliet:</translation>
    </message>
    <message>
        <source>Rock Ridge:</source>
        <translation>Rock Ridge:</translation>
    </message>
    <message>
        <source>UDF:</source>
        <translation>UDF:</translation>
    </message>
    <message>
        <source>Bootable (El Torito):</source>
        <translation>Bootfähig (El Torito):</translation>
    </message>
    <message>
        <source>DVD-Video:</source>
        <translation>DVD-Video:</translation>
    </message>
    <message>
        <source>Sessions and Tracks</source>
        <translation>Sitzungen und Spuren</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Start (sector)</source>
        <translation>Beginn (Sektor)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Disc details</source>
        <translation>Mediendetails</translation>
    </message>
    <message>
        <source>Open &amp;Image…</source>
        <translation>Abbild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show what an image file holds instead of a disc</source>
        <translation>Zeigen, was eine Abbilddatei enthält, statt eines Mediums</translation>
    </message>
    <message>
        <source>Choose an Image to Look At</source>
        <translation>Abbild zum Ansehen wählen</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;All files (*)</source>
        <translation>Abbilder (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read the image file again</source>
        <translation>Abbilddatei erneut lesen</translation>
    </message>
    <message>
        <source>Reading the image file…</source>
        <translation>Abbilddatei wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read this image file</source>
        <translation>Diese Abbilddatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Choose a drive or open an image file</source>
        <translation>Wählen Sie ein Laufwerk oder öffnen Sie eine Abbilddatei</translation>
    </message>
    <message>
        <source>Spindle shows what is on the disc in the chosen drive, or what an image file holds.</source>
        <translation>Spindle zeigt, was sich auf dem Medium im gewählten Laufwerk befindet oder was eine Abbilddatei enthält.</translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation>Abbild öffnen…</translation>
    </message>
    <message>
        <source>&amp;Check for Damage</source>
        <translation>Auf &amp;Schäden prüfen</translation>
    </message>
    <message>
        <source>Read every sector of the disc and, when it carries error-correction data, check each one against it: what is damaged and whether a copy can be repaired. Nothing is written.</source>
        <translation>Jeden Sektor des Mediums lesen und, wenn es Fehlerkorrekturdaten trägt, jeden damit prüfen: was beschädigt ist und ob sich eine Kopie reparieren lässt. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Re&amp;pair Image</source>
        <translation>Abbild re&amp;parieren</translation>
    </message>
    <message>
        <source>Rebuild the damaged sectors the check found from the image&apos;s error-correction data, in the image file itself</source>
        <translation>Die bei der Prüfung gefundenen beschädigten Sektoren aus den Fehlerkorrekturdaten des Abbilds wiederherstellen, in der Abbilddatei selbst</translation>
    </message>
    <message>
        <source>Repair the Image?</source>
        <translation>Abbild reparieren?</translation>
    </message>
    <message>
        <source>The damaged sectors of %1 are rebuilt from its error-correction data and written into the file. Sectors that cannot be rebuilt stay as they are.</source>
        <translation>Die beschädigten Sektoren von %1 werden aus seinen Fehlerkorrekturdaten wiederhergestellt und in die Datei geschrieben. Sektoren, die sich nicht wiederherstellen lassen, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check every sector of the image against its error-correction data: what is damaged and whether it can be repaired. Nothing is written.</source>
        <translation>Jeden Sektor des Abbilds mit seinen Fehlerkorrekturdaten prüfen: was beschädigt ist und ob es sich reparieren lässt. Es wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Spindle::DriveList</name>
    <message>
        <source>Choose an image file for the virtual drive.</source>
        <translation>Wählen Sie eine Abbilddatei für das virtuelle Laufwerk.</translation>
    </message>
    <message>
        <source>%1 is a device, not an image file. Real drives appear in the list by themselves.</source>
        <translation>%1 ist ein Gerät, keine Abbilddatei. Echte Laufwerke erscheinen von selbst in der Liste.</translation>
    </message>
</context>
<context>
    <name>Spindle::DrivePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Looking for drives…</source>
        <translation>Laufwerke werden gesucht…</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Laufwerk:</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>Erneut nach Laufwerken suchen</translation>
    </message>
    <message>
        <source>Add Virtual Drive…</source>
        <translation>Virtuelles Laufwerk hinzufügen…</translation>
    </message>
    <message>
        <source>Remove This Virtual Drive</source>
        <translation>Dieses virtuelle Laufwerk entfernen</translation>
    </message>
    <message>
        <source>%1
Emulated medium: %2</source>
        <translation>%1
Emuliertes Medium: %2</translation>
    </message>
    <message>
        <source>No drive found</source>
        <translation>Kein Laufwerk gefunden</translation>
    </message>
    <message>
        <source>More virtual drive actions</source>
        <translation>Weitere Aktionen für virtuelle Laufwerke</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdStreams</name>
    <message>
        <source>%1 is damaged or not a DVD-Video IFO file (%2). Its audio and subtitle streams cannot be read; copy the DVD whole or repair the source.</source>
        <translation>%1 ist beschädigt oder keine IFO-Datei einer DVD-Video (%2). Seine Audio- und Untertitelspuren können nicht gelesen werden; kopieren Sie die DVD vollständig oder reparieren Sie die Quelle.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>not a title set IFO</source>
        <translation>keine IFO eines Titelsatzes</translation>
    </message>
    <message>
        <source>management table of %1 bytes</source>
        <translation>Verwaltungstabelle von %1 Bytes</translation>
    </message>
    <message>
        <source>%1 audio streams</source>
        <translation>%1 Audiospuren</translation>
    </message>
    <message>
        <source>%1 subtitle streams</source>
        <translation>%1 Untertitelspuren</translation>
    </message>
    <message>
        <source>%1 title PGCs</source>
        <translation>%1 Titel-PGCs</translation>
    </message>
    <message>
        <source>title PGC %1 lies outside its table</source>
        <translation>Titel-PGC %1 liegt außerhalb seiner Tabelle</translation>
    </message>
    <message>
        <source>This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO.</source>
        <translation>Diese Quelle ist keine DVD-Video: Sie enthält kein VIDEO_TS/VIDEO_TS.IFO.</translation>
    </message>
    <message>
        <source>not a video manager IFO</source>
        <translation>keine IFO des Video-Managers</translation>
    </message>
    <message>
        <source>%1 title sets</source>
        <translation>%1 Titelsätze</translation>
    </message>
    <message>
        <source>%1 is missing, though VIDEO_TS.IFO lists title set %2.</source>
        <translation>%1 fehlt, obwohl VIDEO_TS.IFO den Titelsatz %2 aufführt.</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Unbekannte Sprache</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>visually impaired</source>
        <translation>für Sehbehinderte</translation>
    </message>
    <message>
        <source>director&apos;s comments</source>
        <translation>Kommentar des Regisseurs</translation>
    </message>
    <message>
        <source>alternate director&apos;s comments</source>
        <translation>weiterer Kommentar des Regisseurs</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>Erweiterung %1</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <source>children</source>
        <translation>für Kinder</translation>
    </message>
    <message>
        <source>closed captions</source>
        <translation>Untertitel für Hörgeschädigte</translation>
    </message>
    <message>
        <source>large closed captions</source>
        <translation>große Untertitel für Hörgeschädigte</translation>
    </message>
    <message>
        <source>children&apos;s closed captions</source>
        <translation>Untertitel für hörgeschädigte Kinder</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>large director&apos;s comments</source>
        <translation>Kommentar des Regisseurs, groß</translation>
    </message>
    <message>
        <source>director&apos;s comments for children</source>
        <translation>Kommentar des Regisseurs für Kinder</translation>
    </message>
    <message>
        <source>%1 has a damaged %2 table. Keep the title set&apos;s streams as they are, or copy the disc whole.</source>
        <translation>%1 hat eine beschädigte %2-Tabelle. Lassen Sie die Spuren des Titelsatzes, wie sie sind, oder kopieren Sie die Disc vollständig.</translation>
    </message>
    <message>
        <source>%1 has no audio stream %2 (it has %3). Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>%1 hat keine Audiospur %2 (es hat %3). Prüfen Sie die Nummern mit &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>%1 has no subtitle stream %2 (it has %3). Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>%1 hat keine Untertitelspur %2 (es hat %3). Prüfen Sie die Nummern mit &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>%1 has titles with camera angles, whose interleaved video Spindle does not rewrite yet. Keep this title set&apos;s streams as they are.</source>
        <translation>%1 hat Titel mit Kamerawinkeln, deren verschachteltes Video Spindle noch nicht umschreibt. Lassen Sie die Spuren dieses Titelsatzes, wie sie sind.</translation>
    </message>
    <message>
        <source>audio stream %1 is left out; it selects audio stream 1 of those kept</source>
        <translation>Audiospur %1 wird weggelassen; er wählt die Audiospur 1 der verbleibenden</translation>
    </message>
    <message>
        <source>subtitle stream %1 is left out; it switches subtitles off</source>
        <translation>Untertitelspur %1 wird weggelassen; er schaltet die Untertitel aus</translation>
    </message>
    <message>
        <source>stream numbers follow the streams kept</source>
        <translation>die Spurnummern folgen den verbleibenden Spuren</translation>
    </message>
    <message>
        <source>%1: its stream selection changes (%2).</source>
        <translation>%1: Seine Spurauswahl ändert sich (%2).</translation>
    </message>
    <message>
        <source>Register GPRM %1 selects streams but is also compared or computed with; the commands that set it stay as they are, so a choice made through it may now select another stream.</source>
        <translation>Das Register GPRM %1 wählt Spuren, wird aber auch verglichen oder mit ihm gerechnet; die Befehle, die es setzen, bleiben, wie sie sind, sodass eine Auswahl darüber jetzt eine andere Spur wählen kann.</translation>
    </message>
    <message>
        <source>%1: the stream number it keeps in register GPRM %2 for a later selection changes (%3).</source>
        <translation>%1: Die Spurnummer, die es im Register GPRM %2 für eine spätere Auswahl ablegt, ändert sich (%3).</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdStreamsView</name>
    <message>
        <source>Audio and subtitle streams</source>
        <translation>Audio- und Untertitelspuren</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Keep audio:</source>
        <translation>Audio behalten:</translation>
    </message>
    <message>
        <source>Keep subtitles:</source>
        <translation>Untertitel behalten:</translation>
    </message>
    <message>
        <source>Leave out commentary tracks</source>
        <translation>Kommentarspuren weglassen</translation>
    </message>
    <message>
        <source>Audio and subtitle streams marked as director&apos;s comments are left out.</source>
        <translation>Audio- und Untertitelspuren, die als Kommentar des Regisseurs markiert sind, werden weggelassen.</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <source>Subtitles %1</source>
        <translation>Untertitel %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Originalsprache</translation>
    </message>
    <message>
        <source>The language of each title set&apos;s first audio stream, which is usually the language the film was made in.</source>
        <translation>Die Sprache der ersten Audiospur jedes Titelsatzes, meist die Sprache, in der der Film gedreht wurde.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Leave out the only audio stream?</source>
        <translation>Die einzige Audiospur weglassen?</translation>
    </message>
    <message>
        <source>Without this audio stream, title %1 plays without sound. Leave it out anyway?</source>
        <translation>Ohne diese Audiospur wird Titel %1 ohne Ton abgespielt. Trotzdem weglassen?</translation>
    </message>
    <message>
        <source>Without this audio stream, titles %1 play without sound. Leave it out anyway?</source>
        <translation>Ohne diese Audiospur werden die Titel %1 ohne Ton abgespielt. Trotzdem weglassen?</translation>
    </message>
    <message>
        <source>Title set %1, title %2</source>
        <translation>Titelsatz %1, Titel %2</translation>
    </message>
    <message>
        <source>Title set %1, titles %2</source>
        <translation>Titelsatz %1, Titel %2</translation>
    </message>
    <message>
        <source>%1: left out with its titles</source>
        <translation>%1: mit seinen Titeln weggelassen</translation>
    </message>
    <message>
        <source>%1: streams stay (several camera angles)</source>
        <translation>%1: Spuren bleiben (mehrere Kamerawinkel)</translation>
    </message>
    <message>
        <source>A title of title set %1 has several camera angles. Spindle cannot leave out streams of such a title set yet, so all of its streams stay.</source>
        <translation>Ein Titel des Titelsatzes %1 hat mehrere Kamerawinkel. Spindle kann Spuren eines solchen Titelsatzes noch nicht weglassen, daher bleiben alle seine Spuren.</translation>
    </message>
    <message>
        <source>Reading the size of each stream from the VOB files…</source>
        <translation>Die Größe jeder Spur wird aus den VOB-Dateien gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The streams stay as they are; only their sizes are not shown.</source>
        <translation>Die Spuren bleiben, wie sie sind; nur ihre Größen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The sizes of the streams were not read.</source>
        <translation>Die Größen der Spuren wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Read sizes</source>
        <translation>Größen lesen</translation>
    </message>
    <message>
        <source>Reads the VOB files once to find how much each stream takes.</source>
        <translation>Liest die VOB-Dateien einmal, um zu ermitteln, wie viel Platz jede Spur belegt.</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTitlesView</name>
    <message>
        <source>unknown language</source>
        <translation>unbekannte Sprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Title set</source>
        <translation>Titelset</translation>
    </message>
    <message>
        <source>Set size</source>
        <translation>Setgröße</translation>
    </message>
    <message>
        <source>Main feature only, no menus</source>
        <translation>Nur Hauptfilm, keine Menüs</translation>
    </message>
    <message>
        <source>Keep only the longest title and play it as soon as the disc starts; the menus and every other title are left out.</source>
        <translation>Nur den längsten Titel behalten und ihn sofort beim Start des Mediums abspielen; die Menüs und alle anderen Titel werden weggelassen.</translation>
    </message>
    <message>
        <source>Reading the titles…</source>
        <translation>Titel werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (main feature)</source>
        <translation>%1 (Hauptfilm)</translation>
    </message>
    <message>
        <source>The longest title, which players take for the main feature.</source>
        <translation>Der längste Titel, den Player als Hauptfilm ansehen.</translation>
    </message>
    <message>
        <source>%1 %2 %3 ch</source>
        <translation>%1 %2 %3 Kan.</translation>
    </message>
    <message>
        <source>%1: %2, %3 channels</source>
        <translation>%1: %2, %3 Kanäle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>All files of title set %1 (VTS_%2_*)</source>
        <translation>Alle Dateien von Titelset %1 (VTS_%2_*)</translation>
    </message>
    <message>
        <source>The main feature is title %1.</source>
        <translation>Der Hauptfilm ist Titel %1.</translation>
    </message>
    <message>
        <source>Only title %1 is kept; it plays as soon as the disc starts, with no menus.</source>
        <translation>Nur Titel %1 wird behalten; er wird ohne Menüs sofort beim Start des Mediums abgespielt.</translation>
    </message>
    <message>
        <source>Tick at least one title to keep.</source>
        <translation>Kreuzen Sie mindestens einen Titel an, der behalten werden soll.</translation>
    </message>
    <message>
        <source>%1 of %2 titles kept.</source>
        <translation>%1 von %2 Titeln behalten.</translation>
    </message>
    <message>
        <source>Title set %1 is left out (%2).</source>
        <translation>Titelset %1 wird weggelassen (%2).</translation>
    </message>
    <message>
        <source>Title sets %1 are left out (%2).</source>
        <translation>Titelsets %1 werden weggelassen (%2).</translation>
    </message>
    <message>
        <source>DVD titles</source>
        <translation>DVD-Titel</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n Titel.</numerusform>
            <numerusform>%n Titel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streams left out: %1 (%2).</source>
        <translation>Weggelassene Spuren: %1 (%2).</translation>
    </message>
    <message>
        <source>Streams left out: %1.</source>
        <translation>Weggelassene Spuren: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share a title set with titles that are kept: the video that only they play goes (%2).</source>
        <translation>
            <numerusform>Titel %1 teilt sich einen Titelsatz mit Titeln, die bleiben: Nur das Video, das allein er abspielt, fällt weg (%2).</numerusform>
            <numerusform>Die Titel %1 teilen sich Titelsätze mit Titeln, die bleiben: Nur das Video, das allein sie abspielen, fällt weg (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share all of their video with titles that are kept, so leaving them out saves nothing.</source>
        <translation>
            <numerusform>Titel %1 teilt sein ganzes Video mit Titeln, die bleiben; ihn wegzulassen spart daher nichts.</numerusform>
            <numerusform>Die Titel %1 teilen ihr ganzes Video mit Titeln, die bleiben; sie wegzulassen spart daher nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n title(s) are kept. Untick the titles to leave out.</source>
        <translation>
            <numerusform>Der Titel wird behalten.</numerusform>
            <numerusform>Alle %n Titel werden behalten. Entfernen Sie das Häkchen bei den Titeln, die weggelassen werden sollen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTrim</name>
    <message>
        <source>%1 is %2 MiB, too large to be a DVD-Video IFO file. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 ist %2 MiB groß und damit zu groß für eine IFO-Datei einer DVD-Video. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>This source is not a DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO. Leave files out in the file tree instead.</source>
        <translation>Diese Quelle ist keine DVD-Video: Sie enthält kein VIDEO_TS/VIDEO_TS.IFO. Lassen Sie stattdessen Dateien im Dateibaum weg.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO lists no titles (its title search table is empty or damaged). The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO enthält keine Titel (die Titelsuchtabelle ist leer oder beschädigt). Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>%1 is missing, though VIDEO_TS.IFO lists title set %2. The DVD is incomplete; copy the whole disc again.</source>
        <translation>%1 fehlt, obwohl VIDEO_TS.IFO das Titelset %2 aufführt. Die DVD ist unvollständig; kopieren Sie das ganze Medium erneut.</translation>
    </message>
    <message>
        <source>%1 is not a title set IFO file. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 ist keine IFO-Datei eines Titelsets. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>Title %1 belongs to title set %2, which VIDEO_TS.IFO does not have. The DVD&apos;s IFO files are inconsistent; copy it whole.</source>
        <translation>Titel %1 gehört zu Titelset %2, das in VIDEO_TS.IFO nicht vorhanden ist. Die IFO-Dateien der DVD sind widersprüchlich; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>Title %1 does not exist: this DVD-Video has titles 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>Titel %1 existiert nicht: Diese DVD-Video hat die Titel 1 bis %2. Prüfen Sie die Nummern mit &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>Every title would be left out, which leaves no DVD-Video. Keep at least one title.</source>
        <translation>Alle Titel würden weggelassen, sodass keine DVD-Video übrig bliebe. Behalten Sie mindestens einen Titel.</translation>
    </message>
    <message>
        <source>title sets are renumbered</source>
        <translation>Titelsets werden neu nummeriert</translation>
    </message>
    <message>
        <source>titles are renumbered</source>
        <translation>Titel werden neu nummeriert</translation>
    </message>
    <message>
        <source>without menus the titles play one after the other</source>
        <translation>ohne Menüs werden die Titel nacheinander abgespielt</translation>
    </message>
    <message>
        <source>the menus are left out</source>
        <translation>die Menüs werden weggelassen</translation>
    </message>
    <message>
        <source>title %1 is left out</source>
        <translation>Titel %1 wird weggelassen</translation>
    </message>
    <message>
        <source>its target is left out</source>
        <translation>sein Ziel wird weggelassen</translation>
    </message>
    <message>
        <source>play the next title, or stop after the last</source>
        <translation>nächsten Titel abspielen oder nach dem letzten anhalten</translation>
    </message>
    <message>
        <source>play title %1 (title %2 of the source)</source>
        <translation>Titel %1 abspielen (Titel %2 der Quelle)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; now does &quot;%3&quot; (%4).</source>
        <translation>%1: Aus &quot;%2&quot; wird jetzt &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>The menu %1 is %2 MiB and its buttons lead to titles that are left out; Spindle rewrites menus up to %3 MiB. Keep all titles, or choose &quot;main feature only&quot;, which leaves the menus out.</source>
        <translation>Das Menü %1 ist %2 MiB groß und seine Schaltflächen führen zu weggelassenen Titeln; Spindle schreibt Menüs nur bis %3 MiB um. Behalten Sie alle Titel oder wählen Sie &quot;Nur Hauptfilm&quot;, wodurch die Menüs weggelassen werden.</translation>
    </message>
    <message>
        <source>Title %1 had no command at its end; one that plays the next title (or stops after the last) is added.</source>
        <translation>Titel %1 hatte an seinem Ende keinen Befehl; ein Befehl, der den nächsten Titel abspielt (oder nach dem letzten anhält), wird hinzugefügt.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>%1.IFO has a damaged program chain table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1.IFO hat eine beschädigte Programmkettentabelle. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>%1.IFO has a damaged menu table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1.IFO hat eine beschädigte Menütabelle. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO first play</source>
        <translation>VIDEO_TS.IFO Startwiedergabe</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO menu</source>
        <translation>VIDEO_TS.IFO Menü</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO has a damaged menu table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO hat eine beschädigte Menütabelle. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO has a damaged title set attribute table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO hat eine beschädigte Attributtabelle der Titelsets. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>The parental management table was damaged and is left out: the disc has no parental levels.</source>
        <translation>Die Tabelle der Kindersicherung war beschädigt und wird weggelassen: Das Medium hat keine Altersstufen.</translation>
    </message>
    <message>
        <source>The disc&apos;s text data (title names for players that show them) is left out, as titles are renumbered.</source>
        <translation>Die Textdaten des Mediums (Titelnamen für Player, die sie anzeigen) werden weggelassen, da die Titel neu nummeriert werden.</translation>
    </message>
    <message>
        <source>Main feature only: the disc plays its one title, with no menus.</source>
        <translation>Nur Hauptfilm: Das Medium spielt seinen einzigen Titel ohne Menüs ab.</translation>
    </message>
    <message>
        <source>Main feature only: the disc plays its %1 titles one after the other, with no menus.</source>
        <translation>Nur Hauptfilm: Das Medium spielt seine %1 Titel nacheinander ohne Menüs ab.</translation>
    </message>
    <message>
        <source>Title %1 is left out.</source>
        <translation>Titel %1 wird weggelassen.</translation>
    </message>
    <message>
        <source>Title %1 is left out of the title list, but its video stays in VTS_%2_*.VOB, which other titles of title set %3 share: the image does not shrink by it.</source>
        <translation>Titel %1 wird aus der Titelliste entfernt, aber sein Video bleibt in VTS_%2_*.VOB, das er mit anderen Titeln von Titelset %3 teilt: Das Abbild wird dadurch nicht kleiner.</translation>
    </message>
    <message>
        <source>Title %1 ends without a jump, so players stop after it instead of going on to title %2; choose it from the player&apos;s title list.</source>
        <translation>Titel %1 endet ohne Sprung, daher halten Player danach an, statt mit Titel %2 fortzufahren; wählen Sie diesen in der Titelliste des Players aus.</translation>
    </message>
    <message>
        <source>Title set %1 is left out (its VOB files go).</source>
        <translation>Titelset %1 wird weggelassen (seine VOB-Dateien entfallen).</translation>
    </message>
    <message>
        <source>Title set %1 becomes title set %2 (VTS_%3_* files renamed to VTS_%4_*).</source>
        <translation>Titelset %1 wird zu Titelset %2 (VTS_%3_*-Dateien werden in VTS_%4_* umbenannt).</translation>
    </message>
    <message>
        <source>There is no source to trim. Open a DVD-Video first.</source>
        <translation>Es gibt keine Quelle zum Kürzen. Öffnen Sie zuerst eine DVD-Video.</translation>
    </message>
    <message>
        <source>Title set %1 does not exist: this DVD-Video has title sets 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>Titelsatz %1 gibt es nicht: Diese DVD-Video hat die Titelsätze 1 bis %2. Prüfen Sie die Nummern mit &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>Title %1 is left out; the video that only it (or other titles left out) plays goes from VTS_%2_*.VOB.</source>
        <translation>Titel %1 wird weggelassen; das Video, das nur er (oder andere weggelassene Titel) abspielt, wird aus VTS_%2_*.VOB entfernt.</translation>
    </message>
    <message>
        <source>%1 has a damaged program chain table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 hat eine beschädigte Programmkettentabelle. Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig.</translation>
    </message>
    <message>
        <source>audio stream %1</source>
        <translation>Audiospur %1</translation>
    </message>
    <message>
        <source>subtitle stream %1</source>
        <translation>Untertitelspur %1</translation>
    </message>
    <message>
        <source>%1: %2 left out.</source>
        <translation>%1: %2 weggelassen.</translation>
    </message>
    <message>
        <source>The buttons shown during the titles of title set %1 could not be read, so a stream choice they keep in a register may now select another stream. %2</source>
        <translation>Die Schaltflächen, die während der Titel von Titelsatz %1 erscheinen, konnten nicht gelesen werden; eine Spurauswahl, die sie in einem Register ablegen, kann daher jetzt eine andere Spur wählen. %2</translation>
    </message>
    <message>
        <source>VTS_%1_*.VOB: buttons shown during its titles keep a stream number for later; they follow the new numbers.</source>
        <translation>VTS_%1_*.VOB: Schaltflächen, die während der Titel erscheinen, legen eine Spurnummer für später ab; sie folgen den neuen Nummern.</translation>
    </message>
</context>
<context>
    <name>Spindle::EccOptionWidget</name>
    <message>
        <source>&amp;Add error correction</source>
        <translation>&amp;Fehlerkorrektur hinzufügen</translation>
    </message>
    <message>
        <source>Error-correction data</source>
        <translation>Fehlerkorrekturdaten</translation>
    </message>
    <message>
        <source>Fill the disc</source>
        <translation>Medium füllen</translation>
    </message>
    <message>
        <source>%1% redundancy</source>
        <translation>%1 % Redundanz</translation>
    </message>
    <message>
        <source>dvdisaster RS03 data after the file system: a later copy of a scratched disc rebuilds the sectors the drive can no longer read. Every reader still sees the same files.</source>
        <translation>dvdisaster-RS03-Daten nach dem Dateisystem: Eine spätere Kopie eines verkratzten Mediums stellt die Sektoren wieder her, die das Laufwerk nicht mehr lesen kann. Jedes Leseprogramm sieht weiterhin dieselben Dateien.</translation>
    </message>
    <message>
        <source>This image already carries error-correction data (%1 roots).</source>
        <translation>Dieses Abbild enthält bereits Fehlerkorrekturdaten (%1 Nullstellen).</translation>
    </message>
    <message>
        <source>Lets a later copy of a scratched disc rebuild the sectors the drive can no longer read (dvdisaster RS03).</source>
        <translation>Lässt eine spätere Kopie eines verkratzten Mediums die Sektoren wiederherstellen, die das Laufwerk nicht mehr lesen kann (dvdisaster RS03).</translation>
    </message>
    <message>
        <source>The space it takes is shown once the image&apos;s size is known.</source>
        <translation>Der benötigte Platz wird angezeigt, sobald die Größe des Abbilds bekannt ist.</translation>
    </message>
</context>
<context>
    <name>Spindle::EraseJob</name>
    <message>
        <source>Erase disc (full)</source>
        <translation>Medium löschen (vollständig)</translation>
    </message>
    <message>
        <source>Erase disc</source>
        <translation>Medium löschen</translation>
    </message>
    <message>
        <source>Checking the disc</source>
        <translation>Medium wird geprüft</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert the rewritable disc to erase.</source>
        <translation>In %1 liegt kein Medium. Legen Sie das wiederbeschreibbare Medium ein, das gelöscht werden soll.</translation>
    </message>
    <message>
        <source>%1 discs are write-once and cannot be erased. Erasing needs a rewritable disc (CD-RW, DVD±RW, DVD-RAM or BD-RE).</source>
        <translation>%1 sind nur einmal beschreibbar und können nicht gelöscht werden. Zum Löschen ist ein wiederbeschreibbares Medium nötig (CD-RW, DVD±RW, DVD-RAM oder BD-RE).</translation>
    </message>
    <message>
        <source>These</source>
        <translation>Diese Medien</translation>
    </message>
    <message>
        <source>The virtual disc file %1 is read-only, so it cannot be erased. Make it writable first.</source>
        <translation>Die Datei %1 des virtuellen Mediums ist schreibgeschützt und kann daher nicht gelöscht werden. Machen Sie sie zuerst beschreibbar.</translation>
    </message>
    <message>
        <source>The disc in %1 is already blank; nothing was erased.</source>
        <translation>Das Medium in %1 ist bereits leer; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Erase the disc?</source>
        <translation>Medium löschen?</translation>
    </message>
    <message>
        <source>Erasing deletes everything on the disc in %1 (%2 used). This cannot be undone.</source>
        <translation>Beim Löschen geht alles auf dem Medium in %1 verloren (%2 belegt). Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Disc label: %1</source>
        <translation>Bezeichnung des Mediums: %1</translation>
    </message>
    <message>
        <source>Not erased: erasing was not confirmed.</source>
        <translation>Nicht gelöscht: Das Löschen wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Erasing a disc</source>
        <translation>Ein Medium wird gelöscht</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Wird formatiert</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>The disc in %1 is erased and ready to burn.</source>
        <translation>Das Medium in %1 ist gelöscht und bereit zum Brennen.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Spindle::ErasePage</name>
    <message>
        <source>&amp;Full erase (slow: overwrites the whole disc)</source>
        <translation>&amp;Vollständig löschen (langsam: überschreibt das ganze Medium)</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>A quick erase is enough to burn the disc again. A full erase also removes the old data for good, and for DVD+RW, DVD-RAM and BD-RE formats the disc anew.</source>
        <translation>Schnelles Löschen genügt, um das Medium erneut zu brennen. Vollständiges Löschen entfernt außerdem die alten Daten endgültig und formatiert DVD+RW, DVD-RAM und BD-RE neu.</translation>
    </message>
    <message>
        <source>Disc to erase</source>
        <translation>Zu löschendes Medium</translation>
    </message>
    <message>
        <source>Choose the drive holding a rewritable disc.</source>
        <translation>Wählen Sie das Laufwerk mit einem wiederbeschreibbaren Medium.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Medium wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation>Bezeichnung „%1“</translation>
    </message>
    <message>
        <source>The disc is already blank.</source>
        <translation>Das Medium ist bereits leer.</translation>
    </message>
    <message>
        <source>This disc cannot be erased (it is write-once or read-only).</source>
        <translation>Dieses Medium kann nicht gelöscht werden (es ist nur einmal beschreibbar oder schreibgeschützt).</translation>
    </message>
    <message>
        <source>Disc erased</source>
        <translation>Medium gelöscht</translation>
    </message>
    <message>
        <source>Erase did not finish</source>
        <translation>Löschen nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Spindle::ExtractJob</name>
    <message>
        <source>Extract files to %1</source>
        <translation>Dateien nach %1 extrahieren</translation>
    </message>
    <message>
        <source>%1 is not in the source. Check the path with &quot;spindle-cli ls&quot;.</source>
        <translation>%1 ist nicht in der Quelle enthalten. Prüfen Sie den Pfad mit &quot;spindle-cli ls&quot;.</translation>
    </message>
    <message>
        <source>%1: the name would leave the target folder</source>
        <translation>%1: Der Name würde aus dem Zielordner hinausführen</translation>
    </message>
    <message>
        <source>%1: a symbolic link pointing outside the target folder (to %2)</source>
        <translation>%1: ein symbolischer Link, der aus dem Zielordner hinauszeigt (auf %2)</translation>
    </message>
    <message numerus="yes">
        <source>Spindle refuses to extract: %n item(s) would write outside %1, for example %2. Nothing was extracted. Extract other paths, or inspect the source with &quot;spindle-cli ls --long&quot;.</source>
        <translation>
            <numerusform>Spindle verweigert das Extrahieren: %n Eintrag würde außerhalb von %1 schreiben, nämlich %2. Es wurde nichts extrahiert. Extrahieren Sie andere Pfade oder untersuchen Sie die Quelle mit &quot;spindle-cli ls --long&quot;.</numerusform>
            <numerusform>Spindle verweigert das Extrahieren: %n Einträge würden außerhalb von %1 schreiben, zum Beispiel %2. Es wurde nichts extrahiert. Extrahieren Sie andere Pfade oder untersuchen Sie die Quelle mit &quot;spindle-cli ls --long&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Spindle cannot create the folder %1. Check the path and your permissions.</source>
        <translation>Spindle kann den Ordner %1 nicht anlegen. Prüfen Sie den Pfad und Ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to extract to.</source>
        <translation>%1 ist kein Ordner. Wählen Sie einen Ordner, in den extrahiert werden soll.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder (it may be a link). Remove it or extract to an empty folder.</source>
        <translation>%1 existiert und ist kein Ordner (möglicherweise ein Link). Entfernen Sie es oder extrahieren Sie in einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Spindle cannot create the folder %1: %2.</source>
        <translation>Spindle kann den Ordner %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Wird extrahiert</translation>
    </message>
    <message>
        <source>%1 already exists. Extract to an empty folder, or allow overwriting.</source>
        <translation>%1 existiert bereits. Extrahieren Sie in einen leeren Ordner oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Spindle cannot write %1: %2.</source>
        <translation>Spindle kann %1 nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1 from %2. The source may be damaged.</source>
        <translation>Spindle kann %1 nicht aus %2 lesen. Die Quelle ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1: %2.</source>
        <translation>Spindle kann %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed; the source may be damaged.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen; die Quelle ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Spindle cannot create the link %1: %2.</source>
        <translation>Spindle kann den Link %1 nicht anlegen: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n special file(s) (devices, pipes, boot catalog) were not extracted.</source>
        <translation>
            <numerusform>%n Spezialdatei (Gerät, Pipe, Boot-Katalog) wurde nicht extrahiert.</numerusform>
            <numerusform>%n Spezialdateien (Geräte, Pipes, Boot-Katalog) wurden nicht extrahiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n item(s), %1, to %2.</source>
        <translation>
            <numerusform>%n Eintrag (%1) nach %2 extrahiert.</numerusform>
            <numerusform>%n Einträge (%1) nach %2 extrahiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free at least %2 or choose another folder.</source>
        <translation>Das Laufwerk mit %1 ist voll: Geben Sie mindestens %2 frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is too large for the file system holding %2 or for your account&apos;s file size limit (FAT32, for one, stops at 4 GB). Choose a folder on another file system.</source>
        <translation>%1 ist zu groß für das Dateisystem mit %2 oder für die Dateigrößengrenze Ihres Kontos (FAT32 etwa endet bei 4 GB). Wählen Sie einen Ordner auf einem anderen Dateisystem.</translation>
    </message>
</context>
<context>
    <name>Spindle::FitBar</name>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>about %1 of %2</source>
        <translation>etwa %1 von %2</translation>
    </message>
    <message>
        <source>about %1 — %2 too much</source>
        <translation>etwa %1 — %2 zu viel</translation>
    </message>
    <message>
        <source>Custom size in MB</source>
        <translation>Eigene Größe in MB</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1, %2 frei</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (disc to burn to)</source>
        <translation>%1 (zu brennendes Medium)</translation>
    </message>
    <message>
        <source>The disc in the drive chosen under Burn to. Choose a size to measure against another medium.</source>
        <translation>Das Medium im unter „Brennen auf“ gewählten Laufwerk. Wählen Sie eine Größe, um mit einem anderen Medium zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 of it is error-correction data.</source>
        <translation>Davon sind %1 Fehlerkorrekturdaten.</translation>
    </message>
    <message>
        <source>nothing added yet; %1 free</source>
        <translation>noch nichts hinzugefügt; %1 frei</translation>
    </message>
</context>
<context>
    <name>Spindle::GuiJobHandler</name>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoCheck</name>
    <message>
        <source>%1 cannot be read: Spindle cannot read this DVD-Video&apos;s titles.</source>
        <translation>%1 kann nicht gelesen werden: Spindle kann die Titel dieser DVD-Video nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is damaged (its %2 table is inconsistent or points outside the file): Spindle cannot read this DVD-Video&apos;s titles.</source>
        <translation>%1 ist beschädigt (seine Tabelle %2 ist widersprüchlich oder verweist außerhalb der Datei): Spindle kann die Titel dieser DVD-Video nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoFile</name>
    <message>
        <source>%1 is damaged or not a DVD-Video IFO file (%2). The DVD cannot be trimmed; copy it whole or repair the source.</source>
        <translation>%1 ist beschädigt oder keine IFO-Datei einer DVD-Video (%2). Die DVD kann nicht gekürzt werden; kopieren Sie sie vollständig oder reparieren Sie die Quelle.</translation>
    </message>
    <message>
        <source>no DVDVIDEO identifier</source>
        <translation>keine DVDVIDEO-Kennung</translation>
    </message>
    <message>
        <source>shorter than one sector</source>
        <translation>kürzer als ein Sektor</translation>
    </message>
    <message>
        <source>management table size %1</source>
        <translation>Größe der Verwaltungstabelle %1</translation>
    </message>
    <message>
        <source>table pointer at 0x%1 leads outside the file</source>
        <translation>Tabellenzeiger bei 0x%1 führt aus der Datei hinaus</translation>
    </message>
    <message>
        <source>table at sector %1 claims %2 bytes</source>
        <translation>Tabelle bei Sektor %1 gibt %2 Bytes an</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoNav</name>
    <message>
        <source>a command</source>
        <translation>ein Befehl</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <source>play title %1</source>
        <translation>Titel %1 abspielen</translation>
    </message>
    <message>
        <source>play title %1 of its title set</source>
        <translation>Titel %1 seines Titelsets abspielen</translation>
    </message>
    <message>
        <source>restart the disc</source>
        <translation>Medium neu starten</translation>
    </message>
    <message>
        <source>show the main menu</source>
        <translation>Hauptmenü anzeigen</translation>
    </message>
    <message>
        <source>show the menu of title set %1</source>
        <translation>Menü von Titelset %1 anzeigen</translation>
    </message>
    <message>
        <source>show the title set&apos;s menu</source>
        <translation>Menü des Titelsets anzeigen</translation>
    </message>
    <message>
        <source>%1 button %2</source>
        <translation>%1, Schaltfläche %2</translation>
    </message>
</context>
<context>
    <name>Spindle::ImageBurnSource</name>
    <message>
        <source>The image ended after %1 of its %2 bytes. Check that the file is complete (download it again if need be).</source>
        <translation>Das Abbild endete nach %1 von %2 Bytes. Prüfen Sie, ob die Datei vollständig ist (laden Sie sie gegebenenfalls erneut herunter).</translation>
    </message>
</context>
<context>
    <name>Spindle::ImageTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>The new image cannot keep all of the source&apos;s boot setup. Not kept: %1.</source>
        <translation>Das neue Abbild kann die Boot-Einrichtung der Quelle nicht vollständig übernehmen. Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Left out, though needed to start the computer from this disc: %1. Tick it to keep the new image bootable.</source>
        <translation>Weggelassen, obwohl zum Starten des Computers von dieser Disc nötig: %1. Kreuzen Sie sie an, damit das neue Abbild bootfähig bleibt.</translation>
    </message>
    <message>
        <source>Left out, though needed to start the computer from this disc: %1. Tick them to keep the new image bootable.</source>
        <translation>Weggelassen, obwohl zum Starten des Computers von dieser Disc nötig: %1. Kreuzen Sie sie an, damit das neue Abbild bootfähig bleibt.</translation>
    </message>
    <message>
        <source>Leave Out a Boot File?</source>
        <translation>Boot-Datei weglassen?</translation>
    </message>
    <message>
        <source>Leave Out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1 is needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>%1 wird zum Starten des Computers von dieser Disc benötigt. Trotzdem weglassen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2, needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>
            <numerusform>%1 enthält %2, die zum Starten des Computers von dieser Disc benötigt wird. Trotzdem weglassen?</numerusform>
            <numerusform>%1 enthält %2, die zum Starten des Computers von dieser Disc benötigt werden. Trotzdem weglassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed to boot</source>
        <translation>Zum Booten nötig</translation>
    </message>
    <message>
        <source>Holds boot files</source>
        <translation>Enthält Boot-Dateien</translation>
    </message>
    <message>
        <source>%1
Needed to start the computer from this disc (%2).</source>
        <translation>%1
Zum Starten des Computers von dieser Disc nötig (%2).</translation>
    </message>
</context>
<context>
    <name>Spindle::InlineMessage</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>Spindle::JobProgressPanel</name>
    <message>
        <source>FIFO buffer:</source>
        <translation>FIFO-Puffer:</translation>
    </message>
    <message>
        <source>Drive buffer:</source>
        <translation>Laufwerkspuffer:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Restzeit:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation>Schreiben abbrechen?</translation>
    </message>
    <message>
        <source>The disc is being written. If you stop now, a write-once disc (CD-R, DVD±R, BD-R) stays unusable and cannot be written again. A rewritable disc must be erased before its next use.</source>
        <translation>Das Medium wird gerade beschrieben. Wenn Sie jetzt abbrechen, bleibt ein einmal beschreibbares Medium (CD-R, DVD±R, BD-R) unbrauchbar und kann nicht erneut beschrieben werden. Ein wiederbeschreibbares Medium muss vor der nächsten Verwendung gelöscht werden.</translation>
    </message>
    <message>
        <source>Stop Writing</source>
        <translation>Schreiben abbrechen</translation>
    </message>
    <message>
        <source>Continue Writing</source>
        <translation>Schreiben fortsetzen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Done, but some data could not be read.</source>
        <translation>Fertig, aber einige Daten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>Die Aufgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stop Writing and Quit?</source>
        <translation>Schreiben abbrechen und beenden?</translation>
    </message>
    <message>
        <source>Stop Writing and Quit</source>
        <translation>Schreiben abbrechen und beenden</translation>
    </message>
    <message>
        <source>Stop and Quit?</source>
        <translation>Abbrechen und beenden?</translation>
    </message>
    <message>
        <source>%1 is still running. Quitting stops it.</source>
        <translation>%1 läuft noch. Beenden bricht es ab.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Abbrechen und beenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (Schritt %2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2) on average</source>
        <translation>%1 (%2) im Durchschnitt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Spindle::MainWindow</name>
    <message>
        <source>Copy Disc to Image</source>
        <translation>Medium in Abbild kopieren</translation>
    </message>
    <message>
        <source>Save a CD, DVD or Blu-ray as an ISO image, rescuing what a scratched disc still gives.</source>
        <translation>Eine CD, DVD oder Blu-ray als ISO-Abbild speichern und dabei retten, was ein zerkratztes Medium noch hergibt.</translation>
    </message>
    <message>
        <source>Burn Image</source>
        <translation>Abbild brennen</translation>
    </message>
    <message>
        <source>Write an ISO image, also a compressed one, to a blank disc and check it.</source>
        <translation>Ein ISO-Abbild, auch ein komprimiertes, auf ein leeres Medium schreiben und überprüfen.</translation>
    </message>
    <message>
        <source>New Image</source>
        <translation>Neues Abbild</translation>
    </message>
    <message>
        <source>Open an image, disc or folders, untick the files or DVD titles you do not want and write a smaller image; bootable discs stay bootable, DVDs stay playable.</source>
        <translation>Ein Abbild, ein Medium oder Ordner öffnen, bei unerwünschten Dateien oder DVD-Titeln das Häkchen entfernen und ein kleineres Abbild schreiben; bootfähige Medien bleiben bootfähig, DVDs bleiben abspielbar.</translation>
    </message>
    <message>
        <source>Erase Disc</source>
        <translation>Medium löschen</translation>
    </message>
    <message>
        <source>Blank a rewritable CD or DVD, or format a DVD+RW or BD-RE, to use it again.</source>
        <translation>Eine wiederbeschreibbare CD oder DVD löschen oder eine DVD+RW oder BD-RE formatieren, um sie wieder zu verwenden.</translation>
    </message>
    <message>
        <source>Disc Info</source>
        <translation>Medieninfo</translation>
    </message>
    <message>
        <source>See what is on a disc or image: type, free space, sessions and file system.</source>
        <translation>Sehen, was sich auf einem Medium oder Abbild befindet: Typ, freier Speicherplatz, Sitzungen und Dateisystem.</translation>
    </message>
    <message>
        <source>A medium kind can only be given for a virtual drive (stdio:FILE), not for %1.</source>
        <translation>Eine Medienart kann nur für ein virtuelles Laufwerk (stdio:FILE) angegeben werden, nicht für %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;All Tasks</source>
        <translation>&amp;Alle Aufgaben</translation>
    </message>
    <message>
        <source>Back to the list of tasks</source>
        <translation>Zurück zur Aufgabenliste</translation>
    </message>
    <message>
        <source>&amp;About Spindle</source>
        <translation>Ü&amp;ber Spindle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Spindle</source>
        <translation>Spindle</translation>
    </message>
    <message>
        <source>%1 – Spindle</source>
        <translation>%1 – Spindle</translation>
    </message>
    <message>
        <source>A burn is running, so %1 was not chosen. Drop it again once the burn has finished.</source>
        <translation>Ein Brennvorgang läuft, daher wurde %1 nicht ausgewählt. Legen Sie es erneut ab, sobald der Brennvorgang abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped. Drop one disc image to burn it.</source>
        <translation>
            <numerusform>%n Datei wurde abgelegt. Legen Sie ein einzelnes Medienabbild ab, um es zu brennen.</numerusform>
            <numerusform>%n Dateien wurden abgelegt. Legen Sie ein einzelnes Medienabbild ab, um es zu brennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Download it first, then drop the downloaded image here.</source>
        <translation>%1 ist keine Datei auf diesem Computer. Laden Sie sie zuerst herunter und legen Sie dann das heruntergeladene Abbild hier ab.</translation>
    </message>
    <message>
        <source>%1 is not a disc image. Spindle burns .iso and .img files, also compressed ones (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).</source>
        <translation>%1 ist kein Medienabbild. Spindle brennt .iso- und .img-Dateien, auch komprimierte (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).</translation>
    </message>
    <message>
        <source>Stopping… Spindle quits once the job has stopped and released the drive.</source>
        <translation>Wird abgebrochen… Spindle beendet sich, sobald der Auftrag angehalten ist und das Laufwerk wieder frei ist.</translation>
    </message>
    <message>
        <source>Copy Disc</source>
        <translation>Medium kopieren</translation>
    </message>
    <message>
        <source>Copy a CD, DVD or Blu-ray to a blank disc, with a second drive or with one.</source>
        <translation>Eine CD, DVD oder Blu-ray auf ein leeres Medium kopieren, mit einem zweiten Laufwerk oder mit einem.</translation>
    </message>
</context>
<context>
    <name>Spindle::NavPack</name>
    <message>
        <source>its NAV pack gives its place as sector %1</source>
        <translation>sein NAV-Pack gibt als Position Sektor %1 an</translation>
    </message>
    <message>
        <source>its VOBU ends outside the VOB files</source>
        <translation>seine VOBU endet außerhalb der VOB-Dateien</translation>
    </message>
    <message>
        <source>a VOBU search pointer leads outside the VOB files</source>
        <translation>ein VOBU-Suchzeiger führt aus den VOB-Dateien hinaus</translation>
    </message>
    <message>
        <source>an audio sync address leads outside the VOB files</source>
        <translation>eine Audio-Synchronadresse führt aus den VOB-Dateien hinaus</translation>
    </message>
    <message>
        <source>a subpicture sync address leads outside the VOB files</source>
        <translation>eine Untertitel-Synchronadresse führt aus den VOB-Dateien hinaus</translation>
    </message>
</context>
<context>
    <name>Spindle::NewImagePage</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Versteckte Dateien anzeigen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>One pattern per line: /VIDEO_TS/VTS_02_*, *.bak, !/keep/this</source>
        <translation>Ein Muster pro Zeile: /VIDEO_TS/VTS_02_*, *.bak, !/keep/this</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Left out (patterns)</source>
        <translation>Weggelassen (Muster)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Write image…</source>
        <translation>Abbild schreiben…</translation>
    </message>
    <message>
        <source>Burn…</source>
        <translation>Brennen…</translation>
    </message>
    <message>
        <source>Burn the new image to a disc as it is made, with no temporary file.</source>
        <translation>Das neue Abbild direkt beim Erstellen auf ein Medium brennen, ohne temporäre Datei.</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extrahieren…</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Abbild…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Use disc</source>
        <translation>Medium verwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Drop an image, folders or archives here.</source>
        <translation>Legen Sie hier ein Abbild, Ordner oder Archive ab.</translation>
    </message>
    <message>
        <source>Open image or archive</source>
        <translation>Abbild oder Archiv öffnen</translation>
    </message>
    <message>
        <source>Images and archives (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar *.tar.* *.7z);;All files (*)</source>
        <translation>Abbilder und Archive (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar *.tar.* *.7z);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Image options</source>
        <translation>Abbildoptionen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <source>Automatic picks level 3 when a file is 4 GiB or larger.</source>
        <translation>„Automatisch“ wählt Level 3, sobald eine Datei 4 GiB oder größer ist.</translation>
    </message>
    <message>
        <source>Rock Ridge</source>
        <translation>Rock Ridge</translation>
    </message>
    <message>
        <source>Long names, links and permissions for Linux and macOS.</source>
        <translation>Lange Namen, Links und Zugriffsrechte für Linux und macOS.</translation>
    </message>
    <message>
        <source>Joliet</source>
        <translation>Joliet</translation>
    </message>
    <message>
        <source>Long names for Windows.</source>
        <translation>Lange Namen für Windows.</translation>
    </message>
    <message>
        <source>Reproducible</source>
        <translation>Reproduzierbar</translation>
    </message>
    <message>
        <source>The same files give the same bytes (fixed dates).</source>
        <translation>Gleiche Dateien ergeben die gleichen Bytes (feste Datumsangaben).</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>ISO level:</source>
        <translation>ISO-Level:</translation>
    </message>
    <message>
        <source>While titles are unticked in the Titles tab, that tab decides what stays in VIDEO_TS; the boxes of VIDEO_TS files in the file tree are not used.</source>
        <translation>Solange im Reiter „Titel“ nicht alle Titel angekreuzt sind, bestimmt dieser Reiter, was in VIDEO_TS bleibt; die Häkchen der VIDEO_TS-Dateien im Dateibaum werden dann nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>A DVD-Video is written as a UDF 1.02 + ISO 9660 bridge image, as players need; this option does not apply to it.</source>
        <translation>Eine DVD-Video wird als Bridge-Abbild aus UDF 1.02 und ISO 9660 geschrieben, wie Player es benötigen; diese Option gilt dafür nicht.</translation>
    </message>
    <message>
        <source>Load patterns</source>
        <translation>Muster laden</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save patterns</source>
        <translation>Muster speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Spindle cannot write %1: %2.</source>
        <translation>Spindle kann %1 nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Write new image</source>
        <translation>Neues Abbild schreiben</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO-Abbilder (*.iso)</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>das neue Abbild</translation>
    </message>
    <message>
        <source>the new image &quot;%1&quot;</source>
        <translation>das neue Abbild &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Extract to folder</source>
        <translation>In Ordner extrahieren</translation>
    </message>
    <message>
        <source>Remove the sources and the patterns, to start a new image over.</source>
        <translation>Entfernt die Quellen und die Muster, um mit einem neuen Abbild von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>Replace or add?</source>
        <translation>Ersetzen oder hinzufügen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A new image is made from one image or disc, and %1 is that one now. Replace the sources with %2, or add %2 to the new image as a file?</source>
        <translation>Ein neues Abbild entsteht aus einem Abbild oder Medium, und das ist jetzt %1. Die Quellen durch %2 ersetzen oder %2 dem neuen Abbild als Datei hinzufügen?</translation>
    </message>
    <message>
        <source>Add as a file</source>
        <translation>Als Datei hinzufügen</translation>
    </message>
    <message>
        <source>Replace %1 with %2, or add the files of %2 to the new image?</source>
        <translation>%1 durch %2 ersetzen oder die Dateien von %2 dem neuen Abbild hinzufügen?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Source &amp;disc:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Burn &amp;to:</source>
        <translation>Brennen &amp;auf:</translation>
    </message>
</context>
<context>
    <name>Spindle::ProtectJob</name>
    <message>
        <source>Add error-correction data</source>
        <translation>Fehlerkorrekturdaten hinzufügen</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Das Abbild wird geprüft</translation>
    </message>
    <message>
        <source>Cutting it back to its original size first.</source>
        <translation>Es wird zuerst auf seine ursprüngliche Größe gekürzt.</translation>
    </message>
    <message>
        <source>%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots); it is not added twice.</source>
        <translation>%1 enthält bereits dvdisaster-RS03-Fehlerkorrekturdaten (für eine %2, %3 Nullstellen); sie werden nicht zweimal hinzugefügt.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>Medium unbekannter Größe</translation>
    </message>
    <message>
        <source>The image (%1) is too large for error-correction data on any disc up to a BD DL.</source>
        <translation>Das Abbild (%1) ist für Fehlerkorrekturdaten auf jedem Medium bis zur BD DL zu groß.</translation>
    </message>
    <message>
        <source>The image (%1) leaves too little room on a %2 for error-correction data: %3</source>
        <translation>Das Abbild (%1) lässt auf einer %2 zu wenig Platz für Fehlerkorrekturdaten: %3</translation>
    </message>
    <message>
        <source>Adding RS03 data for a %1: %2 data layers, %3 ecc layers of %4 sectors.</source>
        <translation>RS03-Daten für eine %1 werden hinzugefügt: %2 Datenschichten, %3 Korrekturschichten zu je %4 Sektoren.</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Fehlerkorrekturdaten werden berechnet</translation>
    </message>
    <message>
        <source>Added error-correction data for a %1: %2 roots, %3% redundancy. dvdisaster can repair up to %2 damaged sectors in each group of 255.</source>
        <translation>Fehlerkorrekturdaten für eine %1 hinzugefügt: %2 Nullstellen, %3 % Redundanz. dvdisaster kann bis zu %2 beschädigte Sektoren in jeder Gruppe von 255 reparieren.</translation>
    </message>
    <message>
        <source>Adding RS03 data for %1% redundancy: %2 data layers, %3 ecc layers of %4 sectors.</source>
        <translation>RS03-Daten für %1 % Redundanz werden hinzugefügt: %2 Datenschichten, %3 Korrekturschichten zu je %4 Sektoren.</translation>
    </message>
    <message>
        <source>Added error-correction data: %1 roots, %2% redundancy. dvdisaster can repair up to %1 damaged sectors in each group of 255.</source>
        <translation>Fehlerkorrekturdaten hinzugefügt: %1 Nullstellen, %2 % Redundanz. dvdisaster kann bis zu %1 beschädigte Sektoren in jeder Gruppe von 255 reparieren.</translation>
    </message>
</context>
<context>
    <name>Spindle::ReadDiscJob</name>
    <message>
        <source>Copy disc to image</source>
        <translation>Medium in Abbild kopieren</translation>
    </message>
    <message>
        <source>Choose a file name for the image.</source>
        <translation>Wählen Sie einen Dateinamen für das Abbild.</translation>
    </message>
    <message>
        <source>Examining the disc</source>
        <translation>Medium wird untersucht</translation>
    </message>
    <message>
        <source>The map %1 belongs to a different disc (it covers %2, this disc&apos;s image is %3). Choose another output name or remove the old map.</source>
        <translation>Die Map-Datei %1 gehört zu einem anderen Medium (sie umfasst %2, das Abbild dieses Mediums ist %3 groß). Wählen Sie einen anderen Ausgabenamen oder entfernen Sie die alte Map-Datei.</translation>
    </message>
    <message>
        <source>%1 could not be reopened for resuming.</source>
        <translation>%1 konnte zum Fortsetzen nicht erneut geöffnet werden.</translation>
    </message>
    <message>
        <source>Resuming from %1: %2 still to read.</source>
        <translation>Fortsetzung anhand von %1: noch %2 zu lesen.</translation>
    </message>
    <message>
        <source>Replace the existing file?</source>
        <translation>Vorhandene Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replacing it loses its content.</source>
        <translation>%1 existiert bereits. Beim Ersetzen geht ihr Inhalt verloren.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another name or allow replacing it (--force).</source>
        <translation>%1 existiert bereits und wurde unverändert gelassen. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen (--force).</translation>
    </message>
    <message>
        <source>The image file could not be created at its full size.</source>
        <translation>Die Abbilddatei konnte nicht in voller Größe angelegt werden.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Cancelled. The partial image and its map were kept: run the copy again to resume.</source>
        <translation>Abgebrochen. Das unvollständige Abbild und seine Map-Datei wurden behalten: Starten Sie die Kopie erneut, um sie fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 (at %2 of %3) could not be read after %n retries. The disc may be scratched or dirty: clean it and try again, or turn on rescue mode to skip unreadable sectors and keep the rest.</source>
        <translation>
            <numerusform>Sektor %1 (bei %2 von %3) konnte auch nach %n Wiederholung nicht gelesen werden. Das Medium ist möglicherweise zerkratzt oder verschmutzt: Reinigen Sie es und versuchen Sie es erneut, oder schalten Sie den Rettungsmodus ein, um unlesbare Sektoren zu überspringen und den Rest zu behalten.</numerusform>
            <numerusform>Sektor %1 (bei %2 von %3) konnte auch nach %n Wiederholungen nicht gelesen werden. Das Medium ist möglicherweise zerkratzt oder verschmutzt: Reinigen Sie es und versuchen Sie es erneut, oder schalten Sie den Rettungsmodus ein, um unlesbare Sektoren zu überspringen und den Rest zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1 is unreadable; filled with zeros.</source>
        <translation>Sektor %1 ist unlesbar; mit Nullen gefüllt.</translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation>Prüfsummen werden berechnet</translation>
    </message>
    <message>
        <source>The image could not be read back for its checksum.</source>
        <translation>Das Abbild konnte für die Prüfsumme nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The newest session&apos;s volume descriptors were copied to block 16.</source>
        <translation>Die Volume-Deskriptoren der neuesten Sitzung wurden nach Block 16 kopiert.</translation>
    </message>
    <message>
        <source>The checksum file %1 could not be written.</source>
        <translation>Die Prüfsummendatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Finding damaged files</source>
        <translation>Beschädigte Dateien werden ermittelt</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Beschädigte Datei: %1</translation>
    </message>
    <message numerus="yes">
        <source>The image was saved, but %n sector(s) (%1) could not be read and were filled with zeros; %2. The map %3 records them: run the copy again later (after cleaning the disc, or in another drive) to retry only those sectors.</source>
        <translation>
            <numerusform>Das Abbild wurde gespeichert, aber %n Sektor (%1) konnte nicht gelesen werden und wurde mit Nullen gefüllt; %2. Die Map-Datei %3 verzeichnet ihn: Starten Sie die Kopie später erneut (nach dem Reinigen des Mediums oder in einem anderen Laufwerk), um nur diesen Sektor erneut zu lesen.</numerusform>
            <numerusform>Das Abbild wurde gespeichert, aber %n Sektoren (%1) konnten nicht gelesen werden und wurden mit Nullen gefüllt; %2. Die Map-Datei %3 verzeichnet sie: Starten Sie die Kopie später erneut (nach dem Reinigen des Mediums oder in einem anderen Laufwerk), um nur diese Sektoren erneut zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are damaged</source>
        <translation>
            <numerusform>%n Datei ist beschädigt</numerusform>
            <numerusform>%n Dateien sind beschädigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 (%4 on average).</source>
        <translation>%1 in %3 nach %2 kopiert (durchschnittlich %4).</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>The image could not be opened for verifying.</source>
        <translation>Das Abbild konnte zum Überprüfen nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Verify failed: the disc could not be read again at sector %1.</source>
        <translation>Überprüfung fehlgeschlagen: Das Medium konnte bei Sektor %1 nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Verify failed: the image could not be read.</source>
        <translation>Überprüfung fehlgeschlagen: Das Abbild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Verify failed: sector %1 of the image differs from the disc. The drive may return unstable data; try another drive or a lower speed.</source>
        <translation>Überprüfung fehlgeschlagen: Sektor %1 des Abbilds weicht vom Medium ab. Das Laufwerk liefert möglicherweise instabile Daten; versuchen Sie ein anderes Laufwerk oder eine geringere Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Verified: the image matches the disc.</source>
        <translation>Überprüft: Das Abbild stimmt mit dem Medium überein.</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the disc is incomplete or damaged. Turn on rescue mode (--skip-unreadable) to copy what is there.</source>
        <translation>Die Disc enthält %1 Sektoren, ihr Dateisystem gibt aber %2 an: Die Disc ist unvollständig oder beschädigt. Schalten Sie den Rettungsmodus ein (--skip-unreadable), um zu kopieren, was vorhanden ist.</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the missing end is filled with zeros and recorded in the map as unreadable.</source>
        <translation>Die Disc enthält %1 Sektoren, ihr Dateisystem gibt aber %2 an: Das fehlende Ende wird mit Nullen gefüllt und in der Karte als unlesbar vermerkt.</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 ist vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n missing sector(s) re-read.</source>
        <translation>
            <numerusform>%1 von %n fehlenden Sektor erneut gelesen.</numerusform>
            <numerusform>%1 von %n fehlenden Sektoren erneut gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disc was removed from %1 (or its tray opened) while it was read, at sector %2.</source>
        <translation>Das Medium wurde während des Lesens aus %1 entfernt (oder die Schublade geöffnet), bei Sektor %2.</translation>
    </message>
    <message>
        <source>Insert it again and run the copy again to resume: the partial image and its map were kept.</source>
        <translation>Legen Sie es wieder ein und starten Sie die Kopie erneut, um fortzusetzen: Das unvollständige Abbild und seine Karte wurden behalten.</translation>
    </message>
    <message>
        <source>Insert it again and start the copy again.</source>
        <translation>Legen Sie es wieder ein und starten Sie die Kopie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 was read after %n retries.</source>
        <translation>
            <numerusform>Sektor %1 wurde nach %n Wiederholung gelesen.</numerusform>
            <numerusform>Sektor %1 wurde nach %n Wiederholungen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disc was removed from %1 (or its tray opened) before it could be verified.</source>
        <translation>Das Medium wurde aus %1 entnommen (oder die Lade geöffnet), bevor es überprüft werden konnte.</translation>
    </message>
    <message>
        <source>Insert it again and run the copy again: the image and its map were kept.</source>
        <translation>Legen Sie es wieder ein und starten Sie die Kopie erneut: Das Abbild und seine Karte wurden behalten.</translation>
    </message>
</context>
<context>
    <name>Spindle::RecentImagesButton</name>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Images you chose lately</source>
        <translation>Zuletzt ausgewählte Abbilder</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent images</source>
        <translation>Keine zuletzt verwendeten Abbilder</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Spindle::RepairJob</name>
    <message>
        <source>Repair an image</source>
        <translation>Ein Abbild reparieren</translation>
    </message>
    <message>
        <source>Reading the rescue map</source>
        <translation>Die Map-Datei wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>The rescue map marks %n sector(s) as not read.</source>
        <translation>
            <numerusform>Die Map-Datei markiert %n Sektor als nicht gelesen.</numerusform>
            <numerusform>Die Map-Datei markiert %n Sektoren als nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing the image</source>
        <translation>Das Abbild wird repariert</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n sector(s) repaired so far are written to the image.</source>
        <translation>
            <numerusform>Abgebrochen; der bisher reparierte %n Sektor ist in das Abbild geschrieben.</numerusform>
            <numerusform>Abgebrochen; die bisher reparierten %n Sektoren sind in das Abbild geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The error-correction header was damaged; its copy in the CRC layer was used.</source>
        <translation>Der Kopf der Fehlerkorrekturdaten war beschädigt; seine Kopie in der CRC-Schicht wurde verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The image is %n sector(s) shorter than its error-correction layout; the missing sectors were treated as unreadable.</source>
        <translation>
            <numerusform>Das Abbild ist %n Sektor kürzer als seine Fehlerkorrektur-Anordnung; der fehlende Sektor wurde als unlesbar behandelt.</numerusform>
            <numerusform>Das Abbild ist %n Sektoren kürzer als seine Fehlerkorrektur-Anordnung; die fehlenden Sektoren wurden als unlesbar behandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sectors still lost (the first %1): %2</source>
        <translation>Weiterhin verlorene Sektoren (die ersten %1): %2</translation>
    </message>
    <message>
        <source>%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries, into the same image and map (spindle-cli read --whole-track --skip-unreadable --retries 5: the error-correction data lies past the file system), then repair again.</source>
        <translation>%1 von %2 beschädigten Sektoren repariert; %3 sind weiterhin verloren (%4 davon in den eigenen Daten des Abbilds): mehr, als die %5 Nullstellen eines Korrekturblocks wiederherstellen können. Lesen Sie das Medium erneut im Rettungsmodus mit mehr Wiederholungen in dasselbe Abbild und dieselbe Map-Datei (spindle-cli read --whole-track --skip-unreadable --retries 5: Die Fehlerkorrekturdaten liegen hinter dem Dateisystem) und reparieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries, then repair again.</source>
        <translation>%1 von %2 beschädigten Sektoren repariert; %3 sind weiterhin verloren (%4 davon in den eigenen Daten des Abbilds): mehr, als die %5 Nullstellen eines Korrekturblocks wiederherstellen können. Lesen Sie das Medium erneut im Rettungsmodus mit mehr Wiederholungen und reparieren Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) repaired and checked against the CRC layer; the image is complete again.</source>
        <translation>
            <numerusform>%n beschädigter Sektor repariert und mit der CRC-Schicht geprüft; das Abbild ist wieder vollständig.</numerusform>
            <numerusform>%n beschädigte Sektoren repariert und mit der CRC-Schicht geprüft; das Abbild ist wieder vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an image&apos;s error-correction data</source>
        <translation>Fehlerkorrekturdaten eines Abbilds prüfen</translation>
    </message>
    <message>
        <source>Sectors that cannot be rebuilt (the first %1): %2</source>
        <translation>Sektoren, die sich nicht wiederherstellen lassen (die ersten %1): %2</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries before repairing it.</source>
        <translation>%1 hat %2 beschädigte Sektoren; %3 davon lassen sich nicht wiederherstellen (%4 in den eigenen Daten des Abbilds): mehr, als die %5 Nullstellen eines ECC-Blocks wiederherstellen können. Lesen Sie das Medium im Rettungsmodus mit mehr Wiederholungen erneut, bevor Sie es reparieren.</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors, all of which a repair can rebuild (spindle-cli repair, without --check).</source>
        <translation>%1 hat %2 beschädigte Sektoren, die eine Reparatur alle wiederherstellen kann (spindle-cli repair, ohne --check).</translation>
    </message>
    <message>
        <source>%1 is intact: every data sector matches its CRC and every ecc sector matches the data.</source>
        <translation>%1 ist unversehrt: Jeder Datensektor passt zu seiner CRC und jeder ECC-Sektor zu den Daten.</translation>
    </message>
    <message numerus="yes">
        <source>The rescue map %1 now records %n rebuilt sector(s) as finished.</source>
        <translation>
            <numerusform>Die Map-Datei %1 führt jetzt %n wiederhergestellten Sektor als fertig.</numerusform>
            <numerusform>Die Map-Datei %1 führt jetzt %n wiederhergestellte Sektoren als fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Abbild wird geprüft</translation>
    </message>
    <message>
        <source>Nothing to repair in %1: every data sector matches its CRC, every ecc sector matches the data and none is unreadable.</source>
        <translation>In %1 gibt es nichts zu reparieren: Jeder Datensektor passt zu seiner CRC, jeder ECC-Sektor zu den Daten, und keiner ist unlesbar.</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors, all of which a repair can rebuild: press Repair Image.</source>
        <translation>%1 hat %2 beschädigte Sektoren, die eine Reparatur alle wiederherstellen kann: Klicken Sie auf „Abbild reparieren“.</translation>
    </message>
</context>
<context>
    <name>Spindle::RepairOffer</name>
    <message>
        <source>Re&amp;pair with the error-correction data</source>
        <translation>Mit den Fehlerkorrekturdaten re&amp;parieren</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n Sektor</numerusform>
            <numerusform>%n Sektoren</numerusform>
        </translation>
    </message>
    <message>
        <source>The image carries error-correction data (%1 roots): the %2 that could not be read can be rebuilt from it, up to %1 in each group of 255.</source>
        <translation>Das Abbild enthält Fehlerkorrekturdaten (%1 Nullstellen): Die %2, die nicht gelesen werden konnten, lassen sich daraus wiederherstellen, bis zu %1 in jeder Gruppe von 255.</translation>
    </message>
    <message>
        <source>%1 is a rescue copy whose map lists %2 as not read, and it carries error-correction data (%3 roots): repair it from that data, or start the copy to read the missing sectors from the disc again.</source>
        <translation>%1 ist eine Rettungskopie, deren Map-Datei %2 als nicht gelesen führt, und sie enthält Fehlerkorrekturdaten (%3 Nullstellen): Reparieren Sie sie aus diesen Daten oder starten Sie die Kopie, um die fehlenden Sektoren erneut vom Medium zu lesen.</translation>
    </message>
</context>
<context>
    <name>Spindle::RunningJobsBar</name>
    <message>
        <source>Show Progress</source>
        <translation>Fortschritt zeigen</translation>
    </message>
</context>
<context>
    <name>Spindle::SpeedGraph</name>
    <message>
        <source>Over too quickly to chart the speed.</source>
        <translation>Zu schnell vorbei, um die Geschwindigkeit darzustellen.</translation>
    </message>
    <message>
        <source>The speed appears here once data flows.</source>
        <translation>Die Geschwindigkeit erscheint hier, sobald Daten fließen.</translation>
    </message>
</context>
<context>
    <name>Spindle::StartPage</name>
    <message>
        <source>Spindle</source>
        <translation>Spindle</translation>
    </message>
    <message>
        <source>Burn, copy and inspect CDs, DVDs and Blu-ray discs.</source>
        <translation>CDs, DVDs und Blu-ray-Discs brennen, kopieren und untersuchen.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
</context>
<context>
    <name>Spindle::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 überprüfen</translation>
    </message>
    <message>
        <source>Reading the checksum file</source>
        <translation>Prüfsummendatei wird gelesen</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2.</source>
        <translation>Spindle kann das Abbild %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Computing the image&apos;s SHA-256</source>
        <translation>SHA-256 des Abbilds wird berechnet</translation>
    </message>
    <message>
        <source>Reading the image %1 failed: %2.</source>
        <translation>Das Lesen des Abbilds %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 von %1: %2</translation>
    </message>
    <message>
        <source>The image %1 does NOT match its checksum in %2: it is damaged or a different version. Download it again.</source>
        <translation>Das Abbild %1 stimmt NICHT mit seiner Prüfsumme in %2 überein: Es ist beschädigt oder eine andere Version. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>The image matches its SHA-256 checksum in %1.</source>
        <translation>Das Abbild stimmt mit seiner SHA-256-Prüfsumme in %1 überein.</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Abbild wird geprüft</translation>
    </message>
    <message>
        <source>Measuring the compressed image</source>
        <translation>Größe des komprimierten Abbilds wird ermittelt</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert the burned disc and try again.</source>
        <translation>In %1 liegt kein Medium. Legen Sie das gebrannte Medium ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disc in %1 is blank: there is nothing to compare with the image.</source>
        <translation>Das Medium in %1 ist leer: Es gibt nichts, was mit dem Abbild verglichen werden könnte.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>SHA-256 of image and disc: %1</source>
        <translation>SHA-256 von Abbild und Medium: %1</translation>
    </message>
    <message>
        <source>The disc in %1 matches the image (SHA-256 %2).</source>
        <translation>Das Medium in %1 stimmt mit dem Abbild überein (SHA-256 %2).</translation>
    </message>
    <message>
        <source>image SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 des Abbilds %1, SHA-256 des Mediums %2</translation>
    </message>
    <message>
        <source>The image carries no dvdisaster error-correction data.</source>
        <translation>Das Abbild enthält keine dvdisaster-Fehlerkorrekturdaten.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data for a %1 (%2 roots, %3% redundancy).</source>
        <translation>Das Abbild enthält dvdisaster-RS03-Fehlerkorrekturdaten für eine %1 (%2 Nullstellen, %3 % Redundanz).</translation>
    </message>
    <message>
        <source>spindle-cli repair rebuilds up to %1 damaged sectors in each group of 255.</source>
        <translation>spindle-cli repair stellt bis zu %1 beschädigte Sektoren in jeder Gruppe von 255 wieder her.</translation>
    </message>
    <message>
        <source>Up to %1 damaged sectors in each group of 255 can be rebuilt.</source>
        <translation>Bis zu %1 beschädigte Sektoren in jeder Gruppe von 255 lassen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Checking the error-correction data</source>
        <translation>Fehlerkorrekturdaten werden geprüft</translation>
    </message>
    <message>
        <source>Its error-correction data find no damaged sector, so the difference lies in what they do not cover: the checksum may be of another file.</source>
        <translation>Seine Fehlerkorrekturdaten finden keinen beschädigten Sektor; der Unterschied liegt also in dem, was sie nicht abdecken: Die Prüfsumme gehört vielleicht zu einer anderen Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) found with the error-correction data</source>
        <translation>
            <numerusform>%n beschädigter Sektor mit den Fehlerkorrekturdaten gefunden</numerusform>
            <numerusform>%n beschädigte Sektoren mit den Fehlerkorrekturdaten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>all can be rebuilt. Repair the image with &quot;spindle-cli repair %1&quot;.</source>
        <translation>Alle lassen sich wiederherstellen. Reparieren Sie das Abbild mit „spindle-cli repair %1“.</translation>
    </message>
    <message>
        <source>%1 of them cannot be rebuilt (more than %2 in one group of 255). Get the image again, or read the disc it came from again in rescue mode.</source>
        <translation>%1 davon lassen sich nicht wiederherstellen (mehr als %2 in einer Gruppe von 255). Besorgen Sie das Abbild erneut oder lesen Sie das Medium, von dem es stammt, im Rettungsmodus erneut.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data (%1 roots, %2% redundancy).</source>
        <translation>Das Abbild enthält dvdisaster-RS03-Fehlerkorrekturdaten (%1 Nullstellen, %2 % Redundanz).</translation>
    </message>
</context>
<context>
    <name>Spindle::VobRewrite</name>
    <message>
        <source>Spindle asked for sector %1 of the new VOB files, which do not have it. This is a bug in Spindle; please report it.</source>
        <translation>Spindle hat Sektor %1 der neuen VOB-Dateien angefordert, den sie nicht haben. Das ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>%1 changed since Spindle read it: the source changed while the image was written. Open the source again and retry.</source>
        <translation>%1 hat sich geändert, seit Spindle es gelesen hat: Die Quelle hat sich beim Schreiben des Abbilds geändert. Öffnen Sie die Quelle erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 ist beschädigt: %2. Kopieren Sie die Disc erneut oder lassen Sie ihre Spuren, wie sie sind.</translation>
    </message>
    <message>
        <source>%1 is damaged: its NAV pack names a cell the IFO file does not have. Copy the disc again, or keep all its titles.</source>
        <translation>%1 ist beschädigt: Sein NAV-Pack nennt eine Zelle, die die IFO-Datei nicht hat. Kopieren Sie die Disc erneut oder behalten Sie alle Titel.</translation>
    </message>
    <message>
        <source>The VOB files ended before the packs Spindle counted in them. This is a bug in Spindle; please report it.</source>
        <translation>Die VOB-Dateien endeten vor den Packs, die Spindle in ihnen gezählt hat. Das ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>%1 ends before its size says: the source changed or is damaged. Open the source again and retry.</source>
        <translation>%1 endet früher, als seine Größe angibt: Die Quelle hat sich geändert oder ist beschädigt. Öffnen Sie die Quelle erneut und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>Spindle::VobScan</name>
    <message>
        <source>%1 sector %2</source>
        <translation>%1 Sektor %2</translation>
    </message>
    <message>
        <source>sector %1 after the last VOB</source>
        <translation>Sektor %1 nach der letzten VOB</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 2048-byte packs: the VOB is damaged or incomplete. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 ist keine ganze Zahl von 2048-Byte-Packs: Die VOB ist beschädigt oder unvollständig. Kopieren Sie die Disc erneut oder lassen Sie ihre Spuren, wie sie sind.</translation>
    </message>
    <message>
        <source>%1 ends before its size says: the source is damaged or incomplete.</source>
        <translation>%1 endet früher, als seine Größe angibt: Die Quelle ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1 holds no MPEG pack: the VOB is damaged there. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 enthält kein MPEG-Pack: Die VOB ist dort beschädigt. Kopieren Sie die Disc erneut oder lassen Sie ihre Spuren, wie sie sind.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StreamDigest</name>
    <message>
        <source>Verification failed: the disc in %1 holds less than was burned; it could not be read from sector %2 on. The burn is incomplete or the disc is damaged; burn it again, preferably on another disc.</source>
        <translation>Überprüfung fehlgeschlagen: Das Medium in %1 enthält weniger Daten als gebrannt wurden; ab Sektor %2 konnte es nicht gelesen werden. Der Brennvorgang ist unvollständig oder das Medium ist beschädigt; brennen Sie erneut, am besten auf ein anderes Medium.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from what was burned. Burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Überprüfung fehlgeschlagen: Das Medium in %1 weicht von den gebrannten Daten ab. Brennen Sie erneut, am besten auf ein anderes Medium oder mit geringerer Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from what was burned, first within sectors %2 to %3. The disc is not a faithful copy; burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Überprüfung fehlgeschlagen: Das Medium in %1 weicht von den gebrannten Daten ab, erstmals im Bereich der Sektoren %2 bis %3. Das Medium ist keine originalgetreue Kopie; brennen Sie erneut, am besten auf ein anderes Medium oder mit geringerer Geschwindigkeit.</translation>
    </message>
</context>
<context>
    <name>ThrottledImageSource</name>
    <message>
        <source>Reading the image was cancelled.</source>
        <translation>Das Lesen des Abbilds wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>UdfBridgeLayout</name>
    <message>
        <source>The file list names &quot;%1&quot;, which is not a valid path in an image. This is a bug in Spindle; please report it.</source>
        <translation>Die Dateiliste nennt &quot;%1&quot;, was kein gültiger Pfad in einem Abbild ist. Dies ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The rewritten file %1 has %2 bytes instead of the %3 planned. This is a bug in Spindle; please report it.</source>
        <translation>Die umgeschriebene Datei %1 hat %2 Bytes statt der geplanten %3. Dies ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The file list names %1 twice, or as both a file and a folder. This is a bug in Spindle; please report it.</source>
        <translation>Die Dateiliste nennt %1 zweimal oder sowohl als Datei als auch als Ordner. Dies ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>%1 starts %2 sectors later than its IFO records; DVD players that seek by the IFO may not play it. Check the source&apos;s IFO files.</source>
        <translation>%1 beginnt %2 Sektoren später, als seine IFO-Datei angibt; DVD-Player, die anhand der IFO-Datei springen, spielen es möglicherweise nicht ab. Prüfen Sie die IFO-Dateien der Quelle.</translation>
    </message>
</context>
<context>
    <name>UdfBridgeSource</name>
    <message>
        <source>The DVD-Video image was not prepared before reading.</source>
        <translation>Das DVD-Video-Abbild wurde vor dem Lesen nicht vorbereitet.</translation>
    </message>
    <message>
        <source>Writing the DVD-Video image was cancelled.</source>
        <translation>Das Schreiben des DVD-Video-Abbilds wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The DVD-Video image layout is inconsistent. This is a bug in Spindle; please report it.</source>
        <translation>Der Aufbau des DVD-Video-Abbilds ist widersprüchlich. Dies ist ein Fehler in Spindle; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>%1 ended after %2 of its %3 bytes: the source changed since it was opened. Open the source again and retry.</source>
        <translation>%1 endete nach %2 von %3 Bytes: Die Quelle hat sich seit dem Öffnen geändert. Öffnen Sie die Quelle erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>DVD-Video image &quot;%1&quot; (UDF 1.02 and ISO 9660)</source>
        <translation>DVD-Video-Abbild &quot;%1&quot; (UDF 1.02 und ISO 9660)</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>Plain file</source>
        <translation>Einfache Datei</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Datei (%1)</translation>
    </message>
    <message>
        <source>Plain file (no size limit)</source>
        <translation>Einfache Datei (ohne Größenbegrenzung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Title %1 does not exist: this DVD-Video has titles 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>Titel %1 existiert nicht: Diese DVD-Video hat die Titel 1 bis %2. Prüfen Sie die Nummern mit &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>Every title would be left out. Keep at least one title (--keep-titles, or fewer titles in --drop-titles).</source>
        <translation>Alle Titel würden weggelassen. Behalten Sie mindestens einen Titel (--keep-titles oder weniger Titel in --drop-titles).</translation>
    </message>
    <message>
        <source>Make a new image from an image, disc, folders or archives, leaving files out.</source>
        <translation>Neues Abbild aus Abbild, Medium, Ordnern, Archiven erstellen; Dateien weglassen.</translation>
    </message>
    <message>
        <source>Image, drive, folder or archive.</source>
        <translation>Abbild, Laufwerk, Ordner oder Archiv.</translation>
    </message>
    <message>
        <source>Write the new image to FILE.</source>
        <translation>Das neue Abbild nach FILE schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Burn the new image with DRIVE (/dev/sr0 or stdio:FILE) instead.</source>
        <translation>Das neue Abbild stattdessen mit DRIVE (/dev/sr0 oder stdio:FILE) brennen.</translation>
    </message>
    <message>
        <source>DRIVE</source>
        <translation>DRIVE</translation>
    </message>
    <message>
        <source>Leave out what PATTERN matches (repeatable).</source>
        <translation>Weglassen, worauf PATTERN passt (mehrfach möglich).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Read patterns from FILE, one per line.</source>
        <translation>Muster aus FILE lesen, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Add a local file or folder, optionally at /PATH (repeatable).</source>
        <translation>Eine lokale Datei oder einen Ordner hinzufügen, optional unter /PATH (mehrfach möglich).</translation>
    </message>
    <message>
        <source>LOCAL[=/PATH]</source>
        <translation>LOCAL[=/PATH]</translation>
    </message>
    <message>
        <source>DVD-Video: keep only these titles (e.g. 1,3-4), the disc stays playable.</source>
        <translation>DVD-Video: nur diese Titel behalten (z. B. 1,3-4); das Medium bleibt abspielbar.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these titles.</source>
        <translation>DVD-Video: diese Titel weglassen.</translation>
    </message>
    <message>
        <source>DVD-Video: no menus; the kept titles (default: the longest) play at once.</source>
        <translation>DVD-Video: keine Menüs; die behaltenen Titel (Standard: der längste) werden sofort abgespielt.</translation>
    </message>
    <message>
        <source>Volume label (default: the source&apos;s).</source>
        <translation>Datenträgerbezeichnung (Standard: die der Quelle).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>ISO 9660 level: 1, 2, 3 or auto (default).</source>
        <translation>ISO-Level (ISO 9660): 1, 2, 3 oder auto (Standard).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Leave out the Joliet tree (Windows names).</source>
        <translation>Den Joliet-Verzeichnisbaum weglassen (Windows-Namen).</translation>
    </message>
    <message>
        <source>Leave out Rock Ridge (POSIX names, links, modes).</source>
        <translation>Rock Ridge weglassen (POSIX-Namen, Links, Zugriffsrechte).</translation>
    </message>
    <message>
        <source>Do not keep the source&apos;s boot records.</source>
        <translation>Die Boot-Einträge der Quelle nicht übernehmen.</translation>
    </message>
    <message>
        <source>With --output: refuse unless the image fits KIND (e.g. dvd-r, 700M). With a virtual --drive: the medium it emulates.</source>
        <translation>Mit --output: abbrechen, wenn das Abbild nicht auf KIND passt (z. B. dvd-r, 700M). Mit einem virtuellen --drive: das Medium, das es emuliert.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Same inputs give the same bytes.</source>
        <translation>Gleiche Eingaben ergeben die gleichen Bytes.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>auto (default), bar, plain, json or none.</source>
        <translation>auto (Standard), bar, plain, json oder none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>give at least one SOURCE.</source>
        <translation>geben Sie mindestens eine SOURCE an.</translation>
    </message>
    <message>
        <source>give --output FILE or --drive DRIVE.</source>
        <translation>geben Sie --output FILE oder --drive DRIVE an.</translation>
    </message>
    <message>
        <source>--output and --drive cannot be combined: write a file or burn a disc.</source>
        <translation>--output und --drive können nicht kombiniert werden: Schreiben Sie eine Datei oder brennen Sie ein Medium.</translation>
    </message>
    <message>
        <source>burn options (--speed, --verify, --copies, ...) need --drive.</source>
        <translation>Brennoptionen (--speed, --verify, --copies, ...) erfordern --drive.</translation>
    </message>
    <message>
        <source>--level takes 1, 2, 3 or auto.</source>
        <translation>--level erwartet 1, 2, 3 oder auto.</translation>
    </message>
    <message>
        <source>--medium needs a disc kind or a size.</source>
        <translation>--medium erwartet eine Medienart oder eine Größe.</translation>
    </message>
    <message>
        <source>--%1 takes title numbers such as 1,3-4.</source>
        <translation>--%1 erwartet Titelnummern wie 1,3-4.</translation>
    </message>
    <message>
        <source>--keep-titles and --drop-titles cannot be combined: name the titles to keep or those to leave out.</source>
        <translation>--keep-titles und --drop-titles können nicht kombiniert werden: Nennen Sie entweder die zu behaltenden oder die wegzulassenden Titel.</translation>
    </message>
    <message>
        <source>--progress takes auto, bar, plain, json or none.</source>
        <translation>--progress erwartet auto, bar, plain, json oder none.</translation>
    </message>
    <message>
        <source>Spindle cannot read the pattern file %1: %2.</source>
        <translation>Spindle kann die Musterdatei %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>das neue Abbild</translation>
    </message>
    <message>
        <source>the new image &quot;%1&quot;</source>
        <translation>das neue Abbild &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add --force to replace the existing file.</source>
        <translation>Fügen Sie --force hinzu, um die vorhandene Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Burn an image file (.iso, .img, or .gz/.xz/.bz2/.zst compressed) to a disc.</source>
        <translation>Abbilddatei (.iso, .img oder .gz/.xz/.bz2/.zst-komprimiert) auf Medium brennen.</translation>
    </message>
    <message>
        <source>The image file to burn.</source>
        <translation>Die zu brennende Abbilddatei.</translation>
    </message>
    <message>
        <source>The drive to burn with (/dev/sr0 or stdio:FILE).</source>
        <translation>Das Laufwerk, mit dem gebrannt wird (/dev/sr0 oder stdio:FILE).</translation>
    </message>
    <message>
        <source>For a virtual drive: the medium it emulates.</source>
        <translation>Für ein virtuelles Laufwerk: das Medium, das es emuliert.</translation>
    </message>
    <message>
        <source>IMAGE is required.</source>
        <translation>IMAGE ist erforderlich.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--drive is required.</source>
        <translation>--drive ist erforderlich.</translation>
    </message>
    <message>
        <source>Write speed: max (default), a number of ×, e.g. 8, or kB/s with a k suffix, e.g. 11080k.</source>
        <translation>Schreibgeschwindigkeit: max (Standard), ein Vielfaches ×, z. B. 8, oder kB/s mit dem Suffix k, z. B. 11080k.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Do everything but write (where the medium has a test mode).</source>
        <translation>Alles außer dem Schreiben ausführen (sofern das Medium einen Testmodus hat).</translation>
    </message>
    <message>
        <source>Read the disc back and compare it with the image.</source>
        <translation>Das Medium zurücklesen und mit dem Abbild vergleichen.</translation>
    </message>
    <message>
        <source>Burn N discs, asking for the next blank disc each time.</source>
        <translation>N Medien brennen und jedes Mal nach dem nächsten leeren Medium fragen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Eject the disc when done.</source>
        <translation>Das Medium nach Abschluss auswerfen.</translation>
    </message>
    <message>
        <source>Erase a rewritable disc that holds data without asking.</source>
        <translation>Ein wiederbeschreibbares Medium mit Daten ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <source>Leave the disc appendable instead of closing it.</source>
        <translation>Das Medium erweiterbar lassen, statt es abzuschließen.</translation>
    </message>
    <message>
        <source>Turn off buffer-underrun protection (BurnFree).</source>
        <translation>Schutz vor Pufferunterlauf (BurnFree) ausschalten.</translation>
    </message>
    <message>
        <source>auto (default), tao or sao.</source>
        <translation>auto (Standard), tao oder sao.</translation>
    </message>
    <message>
        <source>Answer yes to every question.</source>
        <translation>Jede Frage mit Ja beantworten.</translation>
    </message>
    <message>
        <source>Show every log message.</source>
        <translation>Alle Protokollmeldungen anzeigen.</translation>
    </message>
    <message>
        <source>--speed takes max, a number of × (8) or kB/s (11080k).</source>
        <translation>--speed erwartet max, ein Vielfaches × (8) oder kB/s (11080k).</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to 99.</source>
        <translation>--copies erwartet eine Zahl von 1 bis 99.</translation>
    </message>
    <message>
        <source>--write-mode takes auto, tao or sao.</source>
        <translation>--write-mode erwartet auto, tao oder sao.</translation>
    </message>
    <message>
        <source>--verify needs a real burn; a simulation writes nothing.</source>
        <translation>--verify erfordert ein echtes Brennen; eine Simulation schreibt nichts.</translation>
    </message>
    <message>
        <source>Usage: spindle-cli VERB [options]</source>
        <translation>Aufruf: spindle-cli VERB [options]</translation>
    </message>
    <message>
        <source>Copy, burn and remaster optical discs.</source>
        <translation>Optische Medien kopieren, brennen und neu zusammenstellen.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show the versions of Spindle and its libraries.</source>
        <translation>Die Versionen von Spindle und seinen Bibliotheken anzeigen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;spindle-cli VERB --help&apos; for a verb&apos;s options.</source>
        <translation>Mit &apos;spindle-cli VERB --help&apos; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with unreadable data skipped, 130 cancelled.</source>
        <translation>Rückgabewerte: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 abgeschlossen mit übersprungenen unlesbaren Daten, 130 abgebrochen.</translation>
    </message>
    <message>
        <source>spindle-cli: unknown verb &apos;%1&apos;.</source>
        <translation>spindle-cli: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Fortfahren? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Usage: spindle-cli %1 %2</source>
        <translation>Aufruf: spindle-cli %1 %2</translation>
    </message>
    <message>
        <source>spindle-cli %1: %2</source>
        <translation>spindle-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;spindle-cli %1 --help&apos; for usage.</source>
        <translation>Mit &apos;spindle-cli %1 --help&apos; erhalten Sie Hinweise zum Aufruf.</translation>
    </message>
    <message>
        <source>List optical drives, and the virtual drives given with --drive.</source>
        <translation>Optische Laufwerke und mit --drive angegebene virtuelle Laufwerke auflisten.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Also list this virtual drive (stdio:FILE). May be repeated.</source>
        <translation>Auch dieses virtuelle Laufwerk (stdio:FILE) auflisten. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>virtual drive (a file that acts as a disc)</source>
        <translation>virtuelles Laufwerk (eine Datei, die sich wie ein Medium verhält)</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>liest: %1</translation>
    </message>
    <message>
        <source>writes: %1</source>
        <translation>schreibt: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Erase a rewritable disc (CD-RW, DVD±RW, DVD-RAM, BD-RE) or a virtual disc.</source>
        <translation>Wiederbeschreibbares Medium löschen (CD-RW, DVD±RW, DVD-RAM, BD-RE, virtuell).</translation>
    </message>
    <message>
        <source>The drive holding the disc (/dev/sr0 or stdio:FILE).</source>
        <translation>Das Laufwerk mit dem Medium (/dev/sr0 oder stdio:FILE).</translation>
    </message>
    <message>
        <source>Erase the whole disc (slow) instead of a quick erase.</source>
        <translation>Das ganze Medium löschen (langsam) statt schnell zu löschen.</translation>
    </message>
    <message>
        <source>Erase without asking for confirmation.</source>
        <translation>Ohne Rückfrage löschen.</translation>
    </message>
    <message>
        <source>Copy files out of an image, disc, archive or folder.</source>
        <translation>Dateien aus einem Abbild, Medium, Archiv oder Ordner herauskopieren.</translation>
    </message>
    <message>
        <source>PATH is a file or folder in SOURCE (/boot/grub); each lands in DIR under its own
name. Without PATH everything is extracted. Names and dates are kept. Nothing
is written outside DIR: entries named &quot;..&quot;, absolute archive names and links
pointing out of DIR make the extraction stop before it writes anything.</source>
        <translation>PATH ist eine Datei oder ein Ordner in SOURCE (/boot/grub); jeder landet unter seinem
eigenen Namen in DIR. Ohne PATH wird alles extrahiert. Namen und Datumsangaben bleiben
erhalten. Nichts wird außerhalb von DIR geschrieben: Einträge namens &quot;..&quot;, absolute
Archivnamen und Links, die aus DIR hinauszeigen, brechen das Extrahieren ab, bevor
etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Image, drive, archive or folder.</source>
        <translation>Abbild, Laufwerk, Archiv oder Ordner.</translation>
    </message>
    <message>
        <source>What to extract.</source>
        <translation>Was extrahiert werden soll.</translation>
    </message>
    <message>
        <source>The folder to extract to.</source>
        <translation>Der Ordner, in den extrahiert wird.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Replace existing files in DIR.</source>
        <translation>Vorhandene Dateien in DIR ersetzen.</translation>
    </message>
    <message>
        <source>give a SOURCE.</source>
        <translation>geben Sie eine SOURCE an.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output ist erforderlich.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>DRIVE is a device such as /dev/sr0, or stdio:FILE for a virtual drive (a file
that acts as a disc). KIND makes a virtual drive act as a given medium:
  %1
or a size such as 700M or 4.7G (decimal units; 700MiB for binary ones).</source>
        <translation>DRIVE ist ein Gerät wie /dev/sr0 oder stdio:FILE für ein virtuelles Laufwerk (eine
Datei, die sich wie ein Medium verhält). Mit KIND emuliert ein virtuelles Laufwerk ein
bestimmtes Medium:
  %1
oder eine Größe wie 700M oder 4.7G (dezimale Einheiten; 700MiB für binäre).</translation>
    </message>
    <message>
        <source>The drive to look at.</source>
        <translation>Das anzuzeigende Laufwerk.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Beschreibbar</translation>
    </message>
    <message>
        <source>Erasable</source>
        <translation>Löschbar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>track %1, %2, starts at block %3, %4</source>
        <translation>Spur %1, %2, beginnt bei Block %3, %4</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Write speeds</source>
        <translation>Schreibgeschwindigkeiten</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>ISO 9660</source>
        <translation>ISO 9660</translation>
    </message>
    <message>
        <source>Joliet</source>
        <translation>Joliet</translation>
    </message>
    <message>
        <source>Rock Ridge</source>
        <translation>Rock Ridge</translation>
    </message>
    <message>
        <source>UDF</source>
        <translation>UDF</translation>
    </message>
    <message>
        <source>Bootable</source>
        <translation>Bootfähig</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>keines erkannt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Run again with --yes to accept.</source>
        <translation>Führen Sie den Befehl erneut mit --yes aus, um zuzustimmen.</translation>
    </message>
    <message>
        <source>List the files of an image, disc, archive or folder.</source>
        <translation>Die Dateien eines Abbilds, Mediums, Archivs oder Ordners auflisten.</translation>
    </message>
    <message>
        <source>SOURCE is an image file, a drive (/dev/sr0, stdio:FILE), a zip/tar/7z archive
or a folder. Paths are listed from the root, folders before their contents.
For a DVD-Video, --long and --json also say which titles each file of
VIDEO_TS carries, with durations, chapters and languages.</source>
        <translation>SOURCE ist eine Abbilddatei, ein Laufwerk (/dev/sr0, stdio:FILE), ein zip/tar/7z-Archiv
oder ein Ordner. Pfade werden ab dem Wurzelverzeichnis aufgelistet, Ordner vor ihrem
Inhalt. Bei einer DVD-Video geben --long und --json außerdem an, welche Titel jede
Datei in VIDEO_TS enthält, mit Dauer, Kapiteln und Sprachen.</translation>
    </message>
    <message>
        <source>What to list.</source>
        <translation>Was aufgelistet werden soll.</translation>
    </message>
    <message>
        <source>Show type, permissions, size and date.</source>
        <translation>Typ, Zugriffsrechte, Größe und Datum anzeigen.</translation>
    </message>
    <message>
        <source>give exactly one SOURCE.</source>
        <translation>geben Sie genau eine SOURCE an.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Copy a disc into an image file, sized to its file system; rescue damaged discs.</source>
        <translation>Medium in Abbilddatei kopieren (Größe laut Dateisystem); defekte Medien retten.</translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation>Die zu schreibende Abbilddatei.</translation>
    </message>
    <message>
        <source>Read speed: max (default) or a number of ×, e.g. 8.</source>
        <translation>Lesegeschwindigkeit: max (Standard) oder ein Vielfaches ×, z. B. 8.</translation>
    </message>
    <message>
        <source>Retries for an unreadable sector (default 3).</source>
        <translation>Wiederholungen für einen unlesbaren Sektor (Standard 3).</translation>
    </message>
    <message>
        <source>Rescue mode: fill unreadable sectors with zeros and go on.</source>
        <translation>Rettungsmodus: unlesbare Sektoren mit Nullen füllen und weitermachen.</translation>
    </message>
    <message>
        <source>The rescue map file (default OUTPUT.map).</source>
        <translation>Die Map-Datei für die Rettung (Standard OUTPUT.map).</translation>
    </message>
    <message>
        <source>sha256 (default), md5, both or none.</source>
        <translation>sha256 (Standard), md5, both oder none.</translation>
    </message>
    <message>
        <source>Also write OUTPUT.sha256 / OUTPUT.md5 (sha256sum format).</source>
        <translation>Zusätzlich OUTPUT.sha256 / OUTPUT.md5 schreiben (sha256sum-Format).</translation>
    </message>
    <message>
        <source>Read the disc again and compare it with the image.</source>
        <translation>Das Medium erneut lesen und mit dem Abbild vergleichen.</translation>
    </message>
    <message>
        <source>Copy the whole data track, not just the file system.</source>
        <translation>Die ganze Datenspur kopieren, nicht nur das Dateisystem.</translation>
    </message>
    <message>
        <source>Print the final report as JSON.</source>
        <translation>Den abschließenden Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--drive and --output are required.</source>
        <translation>--drive und --output sind erforderlich.</translation>
    </message>
    <message>
        <source>--speed takes max or a positive number of ×.</source>
        <translation>--speed erwartet max oder ein positives Vielfaches ×.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 100.</source>
        <translation>--retries erwartet eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>--checksum takes sha256, md5, both or none.</source>
        <translation>--checksum erwartet sha256, md5, both oder none.</translation>
    </message>
    <message>
        <source>--checksum-file needs a checksum (not --checksum none).</source>
        <translation>--checksum-file erfordert eine Prüfsumme (nicht --checksum none).</translation>
    </message>
    <message>
        <source>Unreadable: sectors %1–%2</source>
        <translation>Unlesbar: Sektoren %1–%2</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Beschädigte Datei: %1</translation>
    </message>
    <message>
        <source>List the titles of a DVD-Video (length, chapters, audio, subtitles).</source>
        <translation>Die Titel einer DVD-Video auflisten (Länge, Kapitel, Audio, Untertitel).</translation>
    </message>
    <message>
        <source>DVD-Video image, drive or folder.</source>
        <translation>DVD-Video-Abbild, Laufwerk oder Ordner.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <source>titles %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <source>Title set %1: %2 (%3)</source>
        <translation>Titelset %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Menus (VIDEO_TS): %1</source>
        <translation>Menüs (VIDEO_TS): %1</translation>
    </message>
    <message>
        <source>* main feature (the longest title)</source>
        <translation>* Hauptfilm (der längste Titel)</translation>
    </message>
    <message>
        <source>Compare an image with a disc, or with its published SHA-256 checksum.</source>
        <translation>Abbild mit Medium oder mit veröffentlichter SHA-256-Prüfsumme vergleichen.</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>Die Abbilddatei.</translation>
    </message>
    <message>
        <source>With --checksum-file: the checksum file.</source>
        <translation>Mit --checksum-file: die Prüfsummendatei.</translation>
    </message>
    <message>
        <source>The drive holding the burned disc.</source>
        <translation>Das Laufwerk mit dem gebrannten Medium.</translation>
    </message>
    <message>
        <source>Check against a SHA-256 checksum file instead of a disc.</source>
        <translation>Mit einer SHA-256-Prüfsummendatei statt mit einem Medium vergleichen.</translation>
    </message>
    <message>
        <source>give either --drive DRIVE or --checksum-file [FILE].</source>
        <translation>geben Sie entweder --drive DRIVE oder --checksum-file [FILE] an.</translation>
    </message>
    <message>
        <source>The cancel came too late: the job had already finished.</source>
        <translation>Der Abbruch kam zu spät: Der Auftrag war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Control characters in names are shown escaped (\n, \x1b); --json keeps names exact.</source>
        <translation>Steuerzeichen in Namen werden maskiert angezeigt (\n, \x1b); --json gibt die Namen unverändert aus.</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these audio streams of title set SET (e.g. 1:2,3; repeatable).</source>
        <translation>DVD-Video: diese Audiospuren des Titelsatzes SATZ weglassen (z. B. 1:2,3; wiederholbar).</translation>
    </message>
    <message>
        <source>SET:LIST</source>
        <translation>SATZ:LISTE</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these subtitle streams of title set SET (repeatable).</source>
        <translation>DVD-Video: diese Untertitelspuren des Titelsatzes SATZ weglassen (wiederholbar).</translation>
    </message>
    <message>
        <source>With --output: go on when files of a source image cannot be read in full; the unreadable parts become zeros, the files are listed and the exit code is 3. (A disc: copy it with &apos;read --skip-unreadable&apos; first.)</source>
        <translation>Mit --output: fortfahren, wenn Dateien eines Quellabbilds nicht vollständig lesbar sind; die unlesbaren Teile werden zu Nullen, die Dateien werden aufgelistet und der Rückgabewert ist 3. (Eine Disc: zuerst mit &apos;read --skip-unreadable&apos; kopieren.)</translation>
    </message>
    <message>
        <source>--skip-unreadable needs --output: a disc is not burned with files that cannot be read. Write the image to a file, then burn it.</source>
        <translation>--skip-unreadable braucht --output: Eine Disc wird nicht mit Dateien gebrannt, die nicht lesbar sind. Schreiben Sie das Abbild in eine Datei und brennen Sie es dann.</translation>
    </message>
    <message>
        <source>--%1 takes a title set and stream numbers as &apos;spindle-cli titles&apos; shows them, such as 1:2,3.</source>
        <translation>--%1 erwartet einen Titelsatz und Spurnummern, wie &apos;spindle-cli titles&apos; sie zeigt, etwa 1:2,3.</translation>
    </message>
    <message>
        <source>--keep-titles, --drop-titles, --main-feature-only, --drop-audio and --drop-subtitles need a DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).</source>
        <translation>--keep-titles, --drop-titles, --main-feature-only, --drop-audio und --drop-subtitles brauchen eine DVD-Video als Quelle (eine mit VIDEO_TS/VIDEO_TS.IFO).</translation>
    </message>
    <message>
        <source>no title plays it</source>
        <translation>kein Titel spielt sie ab</translation>
    </message>
    <message>
        <source>Audio %1: %2</source>
        <translation>Audio %1: %2</translation>
    </message>
    <message>
        <source>Subtitles %1: %2</source>
        <translation>Untertitel %1: %2</translation>
    </message>
    <message>
        <source>This DVD-Video has no audio in %1. Its audio languages: %2.</source>
        <translation>Diese DVD-Video hat kein Audio in %1. Ihre Audiosprachen: %2.</translation>
    </message>
    <message>
        <source>This DVD-Video has no subtitles in %1. Its subtitle languages: %2.</source>
        <translation>Diese DVD-Video hat keine Untertitel in %1. Ihre Untertitelsprachen: %2.</translation>
    </message>
    <message>
        <source>DVD-Video: keep only audio in these languages (e.g. en,fr; original: each title set&apos;s first language).</source>
        <translation>DVD-Video: nur Audio in diesen Sprachen behalten (z. B. en,fr; original: die erste Sprache jedes Titelsatzes).</translation>
    </message>
    <message>
        <source>LANGS</source>
        <translation>SPRACHEN</translation>
    </message>
    <message>
        <source>DVD-Video: keep only subtitles in these languages (e.g. en), or none.</source>
        <translation>DVD-Video: nur Untertitel in diesen Sprachen behalten (z. B. en), oder none.</translation>
    </message>
    <message>
        <source>DVD-Video: leave out director&apos;s comments (audio and subtitles).</source>
        <translation>DVD-Video: Kommentare des Regisseurs weglassen (Audio und Untertitel).</translation>
    </message>
    <message>
        <source>--keep-audio takes two-letter language codes (ISO 639) or original, such as en,original.</source>
        <translation>--keep-audio erwartet Sprachcodes aus zwei Buchstaben (ISO 639) oder original, etwa en,original.</translation>
    </message>
    <message>
        <source>--keep-subtitles takes two-letter language codes (ISO 639), such as en,de, or none.</source>
        <translation>--keep-subtitles erwartet Sprachcodes aus zwei Buchstaben (ISO 639), etwa en,de, oder none.</translation>
    </message>
    <message>
        <source>--keep-audio, --keep-subtitles and --drop-commentary need a DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).</source>
        <translation>--keep-audio, --keep-subtitles und --drop-commentary brauchen eine DVD-Video als Quelle (eine mit VIDEO_TS/VIDEO_TS.IFO).</translation>
    </message>
    <message>
        <source>Measuring the streams</source>
        <translation>Die Spuren werden gemessen</translation>
    </message>
    <message>
        <source>SOURCE is a DVD-Video image, a drive (/dev/sr0, stdio:FILE) or a folder holding
VIDEO_TS. Titles are numbered as players and lsdvd number them, and as
&apos;spindle-cli build --keep-titles&apos; takes them; &quot;*&quot; marks the main feature (the
longest title). A title set&apos;s size is what leaving all its titles out saves.
Each stream&apos;s size is what leaving it out saves; measuring it reads every
title VOB once (--no-sizes skips that).
Example:
  spindle-cli titles /dev/sr0</source>
        <translation>SOURCE ist ein DVD-Video-Abbild, ein Laufwerk (/dev/sr0, stdio:FILE) oder ein Ordner
mit VIDEO_TS. Titel werden so nummeriert wie von Playern und lsdvd und wie
&apos;spindle-cli build --keep-titles&apos; sie erwartet; &quot;*&quot; markiert den Hauptfilm (den
längsten Titel). Die Größe eines Titelsets gibt an, wie viel das Weglassen all seiner
Titel einspart.
Die Größe einer Spur gibt an, wie viel ihr Weglassen einspart; sie zu messen liest
jede Titel-VOB einmal (--no-sizes lässt das aus).
Beispiel:
  spindle-cli titles /dev/sr0</translation>
    </message>
    <message>
        <source>Do not measure each stream&apos;s size (saves reading the VOBs).</source>
        <translation>Die Größe der Spuren nicht messen (spart das Lesen der VOBs).</translation>
    </message>
    <message>
        <source>Copy a disc to another disc, with two drives or with one.</source>
        <translation>Ein Medium auf ein anderes kopieren, mit zwei Laufwerken oder mit einem.</translation>
    </message>
    <message>
        <source>The drive holding the disc to copy (/dev/sr0 or stdio:FILE).</source>
        <translation>Das Laufwerk mit dem zu kopierenden Medium (/dev/sr0 oder stdio:DATEI).</translation>
    </message>
    <message>
        <source>Burn the copy with this second drive, on the fly (default: --drive, through a temporary image).</source>
        <translation>Die Kopie direkt mit diesem zweiten Laufwerk brennen (Standard: --drive, über ein temporäres Abbild).</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <source>Show the medium in a drive, or an image file: kind, status, capacity, sessions and file system.</source>
        <translation>Das Medium in einem Laufwerk oder eine Abbilddatei zeigen: Art, Zustand, Kapazität, Sitzungen und Dateisystem.</translation>
    </message>
    <message>
        <source>An image file to look at instead of a drive.</source>
        <translation>Eine Abbilddatei, die statt eines Laufwerks angesehen wird.</translation>
    </message>
    <message>
        <source>Give either --drive DRIVE or an IMAGE file.</source>
        <translation>Geben Sie entweder --drive LAUFWERK oder eine ABBILD-Datei an.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Not kept from the source&apos;s boot setup: %1.</source>
        <translation>Nicht aus der Boot-Einrichtung der Quelle übernommen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is needed to start the computer from this disc; it is left out as asked.</source>
        <translation>%1 (%2) wird zum Starten des Computers von dieser Disc benötigt; es wird wie verlangt weggelassen.</translation>
    </message>
    <message>
        <source>With --to the copy is burned as the disc is read, with no temporary file; it has
the same bytes as an image made by &apos;spindle-cli read&apos;. Without --to the disc is
read into a temporary image in the cache folder (its free space is checked
first), ejected, and the copy waits for a blank disc: answer y once it is in (a
script may write y to stdin after changing the disc; --yes does not wait). The
temporary image is removed however the copy ends.
--exclude and --exclude-from leave files out, and the DVD-Video options
(--keep-titles, --drop-titles, --main-feature-only, --keep-audio, --drop-audio,
--keep-subtitles, --drop-subtitles, --drop-commentary) leave titles and streams
out, as &apos;build&apos; does: the copy is then a new image of the disc, no longer the
same bytes.
--medium is the kind of disc written, for a virtual drive. Everything that can
refuse (no disc, a disc with data, a copy that does not fit) is checked before
the first byte is written.
Examples:
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --verify
  spindle-cli copy --drive /dev/sr0 --verify
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --keep-titles 1 --keep-audio en</source>
        <translation>Mit --to wird die Kopie gebrannt, während das Medium gelesen wird, ohne temporäre
Datei; sie hat dieselben Bytes wie ein Abbild von &apos;spindle-cli read&apos;. Ohne --to
wird das Medium in ein temporäres Abbild im Cache-Ordner gelesen (dessen freier
Platz wird zuerst geprüft), ausgeworfen, und die Kopie wartet auf ein leeres
Medium: mit y antworten, sobald es eingelegt ist (ein Skript kann nach dem Wechsel
y auf stdin schreiben; --yes wartet nicht). Das temporäre Abbild wird entfernt, wie
auch immer die Kopie endet.
--exclude und --exclude-from lassen Dateien weg, und die DVD-Video-Optionen
(--keep-titles, --drop-titles, --main-feature-only, --keep-audio, --drop-audio,
--keep-subtitles, --drop-subtitles, --drop-commentary) lassen Titel und Spuren
weg, wie bei &apos;build&apos;: Die Kopie ist dann ein neues Abbild des Mediums, nicht mehr
dieselben Bytes.
--medium ist die Art des beschriebenen Mediums, für ein virtuelles Laufwerk. Alles,
was ablehnen kann (kein Medium, ein Medium mit Daten, eine Kopie, die nicht passt),
wird vor dem ersten geschriebenen Byte geprüft.
Beispiele:
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --verify
  spindle-cli copy --drive /dev/sr0 --verify
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --keep-titles 1 --keep-audio en</translation>
    </message>
    <message>
        <source>SPINDLE_SOURCE_RATE_LIMIT takes a number of bytes per second.</source>
        <translation>SPINDLE_SOURCE_RATE_LIMIT erwartet eine Anzahl Bytes pro Sekunde.</translation>
    </message>
    <message>
        <source>Add dvdisaster error-correction data (RS03) to an image before burning it.</source>
        <translation>Einem Abbild vor dem Brennen dvdisaster-Fehlerkorrekturdaten (RS03) hinzufügen.</translation>
    </message>
    <message>
        <source>The disc the image will be burned to: cd, dvd, dvd-dl, bd or bd-dl.</source>
        <translation>Das Medium, auf das das Abbild gebrannt wird: cd, dvd, dvd-dl, bd oder bd-dl.</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MEDIUM</translation>
    </message>
    <message>
        <source>--medium takes cd, dvd, dvd-dl, bd or bd-dl.</source>
        <translation>--medium erwartet cd, dvd, dvd-dl, bd oder bd-dl.</translation>
    </message>
    <message>
        <source>%1 (%2 sectors)</source>
        <translation>%1 (%2 Sektoren)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>RS03, %1 roots, %2% redundancy</source>
        <translation>RS03, %1 Nullstellen, %2 % Redundanz</translation>
    </message>
    <message>
        <source>%1 before, %2 now (%3 sectors)</source>
        <translation>vorher %1, jetzt %2 (%3 Sektoren)</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Belegter Platz</translation>
    </message>
    <message>
        <source>%1% of the %2</source>
        <translation>%1 % der %2</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Übersteht</translation>
    </message>
    <message>
        <source>any %1 damaged sectors in each group of 255</source>
        <translation>beliebige %1 beschädigte Sektoren in jeder Gruppe von 255</translation>
    </message>
    <message>
        <source>Repair an image that carries dvdisaster error-correction data (RS03).</source>
        <translation>Ein Abbild mit dvdisaster-Fehlerkorrekturdaten (RS03) reparieren.</translation>
    </message>
    <message>
        <source>A rescue map (ddrescue&apos;s format): its unread sectors are rebuilt.</source>
        <translation>Eine Map-Datei (Format von ddrescue): Ihre nicht gelesenen Sektoren werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>The rescue map %1 does not exist.</source>
        <translation>Die Map-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>RS03, %1 roots</source>
        <translation>RS03, %1 Nullstellen</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Still lost</source>
        <translation>Weiterhin verloren</translation>
    </message>
    <message>
        <source>SOURCE is an image file, a drive (/dev/sr0, stdio:FILE), a folder or a zip/tar/7z
archive; LOCAL=/PATH/IN/IMAGE places a folder or archive elsewhere than the root.
Sources combine: one image or disc plus any folders and archives.
PATTERN leaves out what it matches: with a &quot;/&quot; it matches whole paths
(/VIDEO_TS/VTS_02_*), without one it matches names (*.bak); a trailing &quot;/&quot;
matches folders only. In an --exclude-from file, one pattern per line, &quot;#&quot;
starts a comment and &quot;!PATTERN&quot; takes back what earlier lines left out.
A bootable image stays bootable (El Torito, system area, appended partitions);
what cannot be kept, and boot files that PATTERN leaves out, are named before
writing (with --progress json also as a line of type &quot;boot&quot;).
A DVD-Video (VIDEO_TS kept) becomes a UDF 1.02 + ISO 9660 bridge image, which
players need; --level, --no-joliet and --no-rock-ridge do not apply to it.
--keep-titles and --drop-titles take title numbers as &apos;spindle-cli titles&apos;
shows them (1,3-4); the IFO files are rewritten so that the disc still plays
and its menus lead only to titles that stay. --main-feature-only writes a disc
with no menus that plays the kept titles (alone: the longest) at once.
--keep-audio LANGS, --keep-subtitles LANGS|none and --drop-commentary leave
out audio and subtitle streams in every title set (a title set keeps at least
one audio stream); --drop-audio and --drop-subtitles name them by number.
With these, patterns still apply outside VIDEO_TS.
--reproducible uses $SOURCE_DATE_EPOCH, or 2000-01-01, for every date the image
records itself, so the same inputs give the same bytes.
With --drive the new image is burned as it is made, with no temporary
file; every check (disc present, writable, large enough) runs before writing.
--ecc appends dvdisaster RS03 error-correction data: to the file before it
gets its name (sized for --medium, else for the smallest disc that leaves room),
or, with --drive, after the image on the disc; the data needs the whole image,
so with --drive it is written to a temporary file in ~/.cache first (removed
when the burn ends). A value is joined with &quot;=&quot;: --ecc=20.
Examples:
  spindle-cli build debian.iso --exclude &apos;/pool/main/l/*&apos; --output small.iso
  spindle-cli build /dev/sr0 --exclude /BONUS/ --drive /dev/sr1 --verify
  spindle-cli build movie.iso --drop-titles 2-3 --output movie-only.iso
  spindle-cli build movie.iso --keep-audio en,original --keep-subtitles none
    --drop-commentary --output movie-en.iso
  spindle-cli build ~/photos --output photos.iso --medium dvd-r --ecc</source>
        <translation>SOURCE ist eine Abbilddatei, ein Laufwerk (/dev/sr0, stdio:FILE), ein Ordner oder ein
zip/tar/7z-Archiv; LOCAL=/PATH/IN/IMAGE legt einen Ordner oder ein Archiv an einer anderen
Stelle als dem Wurzelverzeichnis ab. Quellen lassen sich kombinieren: ein Abbild oder
Medium plus beliebig viele Ordner und Archive.
PATTERN lässt weg, worauf es passt: Mit einem &quot;/&quot; passt es auf ganze Pfade
(/VIDEO_TS/VTS_02_*), ohne &quot;/&quot; auf Namen (*.bak); ein &quot;/&quot; am Ende passt nur auf
Ordner. In einer Datei für --exclude-from steht ein Muster pro Zeile, &quot;#&quot; leitet einen
Kommentar ein und &quot;!PATTERN&quot; nimmt zurück, was frühere Zeilen weggelassen haben.
Ein bootfähiges Abbild bleibt bootfähig (El Torito, Systembereich, angehängte Partitionen);
was nicht übernommen werden kann und Boot-Dateien, die PATTERN weglässt, werden vor
dem Schreiben genannt (mit --progress json auch als Zeile vom Typ &quot;boot&quot;).
Eine DVD-Video (VIDEO_TS behalten) wird zu einem Bridge-Abbild aus UDF 1.02 und ISO 9660,
wie Player es benötigen; --level, --no-joliet und --no-rock-ridge gelten dafür nicht.
--keep-titles und --drop-titles nehmen Titelnummern, wie &apos;spindle-cli titles&apos; sie
anzeigt (1,3-4); die IFO-Dateien werden so umgeschrieben, dass das Medium abspielbar bleibt
und seine Menüs nur zu verbleibenden Titeln führen. --main-feature-only schreibt ein
Medium ohne Menüs, das die behaltenen Titel (allein verwendet: den längsten) sofort abspielt.
--keep-audio SPRACHEN, --keep-subtitles SPRACHEN|none und --drop-commentary lassen
Audio- und Untertitelspuren in jedem Titelsatz weg (ein Titelsatz behält mindestens
eine Audiospur); --drop-audio und --drop-subtitles nennen sie mit Nummer.
Muster gelten dabei weiterhin außerhalb von VIDEO_TS.
--reproducible verwendet $SOURCE_DATE_EPOCH oder 2000-01-01 für jedes Datum, das das
Abbild selbst aufzeichnet, sodass gleiche Eingaben die gleichen Bytes ergeben.
Mit --drive wird das neue Abbild direkt beim Erstellen gebrannt, ohne temporäre
Datei; alle Prüfungen (Medium vorhanden, beschreibbar, groß genug) laufen vor dem Schreiben.
--ecc hängt dvdisaster-RS03-Fehlerkorrekturdaten an: an die Datei, bevor sie
ihren Namen erhält (bemessen für --medium, sonst für das kleinste Medium mit genug
Platz), oder mit --drive nach dem Abbild auf das Medium; die Daten brauchen das
ganze Abbild, daher wird es mit --drive zuerst in eine temporäre Datei in ~/.cache
geschrieben (nach dem Brennen entfernt). Ein Wert wird mit „=“ angehängt: --ecc=20.
Beispiele:
  spindle-cli build debian.iso --exclude &apos;/pool/main/l/*&apos; --output small.iso
  spindle-cli build /dev/sr0 --exclude /BONUS/ --drive /dev/sr1 --verify
  spindle-cli build movie.iso --drop-titles 2-3 --output movie-only.iso
  spindle-cli build movie.iso --keep-audio en,original --keep-subtitles none
    --drop-commentary --output movie-en.iso
  spindle-cli build ~/photos --output photos.iso --medium dvd-r --ecc</translation>
    </message>
    <message>
        <source>Everything that can refuse (no disc, a disc with data, an image that does not
fit, no test mode) is checked before the first byte is written.
--ecc adds dvdisaster RS03 error-correction data after the image on the
disc (the image file stays as it is): computed once the blank disc says how
much room it has, into a temporary file in ~/.cache that is removed when the
burn ends, and refused before writing when it cannot fit. An image that
already carries RS03 data is burned as it is. A compressed image must be
decompressed first. A value is joined with &quot;=&quot;: --ecc=20.
Examples:
  spindle-cli burn debian.iso --drive /dev/sr0 --verify
  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r
  spindle-cli burn backup.iso --drive /dev/sr0 --ecc --verify</source>
        <translation>Alles, was zur Ablehnung führen kann (kein Medium, ein Medium mit Daten, ein Abbild, das
nicht passt, kein Testmodus), wird geprüft, bevor das erste Byte geschrieben wird.
--ecc fügt dvdisaster-RS03-Fehlerkorrekturdaten nach dem Abbild auf dem Medium
hinzu (die Abbilddatei bleibt unverändert): berechnet, sobald das leere Medium
sagt, wie viel Platz es hat, in eine temporäre Datei in ~/.cache, die nach dem
Brennen entfernt wird, und vor dem Schreiben abgelehnt, wenn sie nicht passen. Ein
Abbild, das bereits RS03-Daten enthält, wird unverändert gebrannt. Ein komprimiertes
Abbild muss zuerst entpackt werden. Ein Wert wird mit „=“ angehängt: --ecc=20.
Beispiele:
  spindle-cli burn debian.iso --drive /dev/sr0 --verify
  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r
  spindle-cli burn backup.iso --drive /dev/sr0 --ecc --verify</translation>
    </message>
    <message>
        <source>Add dvdisaster RS03 error-correction data after the image: --ecc or --ecc=fill fills the disc (a file: the medium of --medium, else the smallest that leaves room), --ecc=PERCENT gives that much redundancy (%1 to %2).</source>
        <translation>dvdisaster-RS03-Fehlerkorrekturdaten nach dem Abbild hinzufügen: --ecc oder --ecc=fill füllt das Medium (eine Datei: das Medium von --medium, sonst das kleinste mit genug Platz), --ecc=PERCENT ergibt so viel Redundanz (%1 bis %2).</translation>
    </message>
    <message>
        <source>fill|PERCENT</source>
        <translation>fill|PROZENT</translation>
    </message>
    <message>
        <source>--ecc takes fill or a redundancy in percent from %1 to %2 (--ecc=20).</source>
        <translation>--ecc erwartet fill oder eine Redundanz in Prozent von %1 bis %2 (--ecc=20).</translation>
    </message>
    <message>
        <source>Damaged sectors of IMAGE are rebuilt in place from its RS03 error-correction
data (added by spindle-cli protect or dvdisaster -mRS03) and checked against
its CRC layer. Damaged are: sectors that do not match their CRC, dvdisaster&apos;s
dead sector markers, sectors past the file&apos;s end, and with --map the sectors
the rescue map of read --skip-unreadable does not mark as read. Read a
protected disc with --whole-track: its error-correction data lies past the
file system. Exit code 3 when sectors remain that cannot be rebuilt: read
the disc again with more retries, then repair again. Ecc sectors are
checked too: every block is encoded again and compared, and wrong ones are
rewritten. With --map the map then records the rebuilt sectors as finished
(&quot;# rebuilt&quot; comment lines list them). --check only reports what is
damaged and whether all of it can be rebuilt, and writes nothing.
Examples:
  spindle-cli repair backup.iso
  spindle-cli repair --check backup.iso
  spindle-cli read --drive /dev/sr0 --output backup.iso --whole-track \
      --skip-unreadable --retries 5
  spindle-cli repair backup.iso --map backup.iso.map</source>
        <translation>Beschädigte Sektoren von IMAGE werden direkt aus seinen RS03-Fehlerkorrekturdaten
(hinzugefügt mit spindle-cli protect oder dvdisaster -mRS03) wiederhergestellt und mit
seiner CRC-Schicht geprüft. Als beschädigt gelten: Sektoren, die nicht zu ihrer CRC
passen, dvdisasters Markierungen für fehlende Sektoren, Sektoren hinter dem Dateiende
und mit --map die Sektoren, die die Map-Datei von read --skip-unreadable nicht als
gelesen markiert. Lesen Sie ein geschütztes Medium mit --whole-track: Seine
Fehlerkorrekturdaten liegen hinter dem Dateisystem. Rückgabewert 3, wenn Sektoren
bleiben, die sich nicht wiederherstellen lassen: Medium mit mehr Wiederholungen
erneut lesen und dann erneut reparieren.
ECC-Sektoren werden ebenfalls geprüft: Jeder Block wird neu kodiert und verglichen,
falsche werden neu geschrieben. Mit --map führt die Map-Datei danach die
wiederhergestellten Sektoren als fertig (Kommentarzeilen „# rebuilt“ nennen sie).
--check meldet nur, was beschädigt ist und ob sich alles wiederherstellen lässt,
und schreibt nichts.
Beispiele:
  spindle-cli repair backup.iso
  spindle-cli repair --check backup.iso
  spindle-cli read --drive /dev/sr0 --output backup.iso --whole-track \
      --skip-unreadable --retries 5
  spindle-cli repair backup.iso --map backup.iso.map</translation>
    </message>
    <message>
        <source>Only check: report the damage and whether it can be repaired; write nothing.</source>
        <translation>Nur prüfen: Schäden melden und ob sie sich reparieren lassen; nichts schreiben.</translation>
    </message>
    <message>
        <source>%1 sectors (%2 unreadable, %3 CRC errors, %4 wrong ecc sectors, %5 past the end of the file)</source>
        <translation>%1 Sektoren (%2 unlesbar, %3 CRC-Fehler, %4 falsche ECC-Sektoren, %5 hinter dem Dateiende)</translation>
    </message>
    <message>
        <source>Repairable</source>
        <translation>Reparierbar</translation>
    </message>
    <message>
        <source>Not repairable</source>
        <translation>Nicht reparierbar</translation>
    </message>
    <message>
        <source>Rescue map</source>
        <translation>Map-Datei</translation>
    </message>
    <message>
        <source>%1 rebuilt sectors marked finished in %2</source>
        <translation>%1 wiederhergestellte Sektoren in %2 als fertig markiert</translation>
    </message>
    <message>
        <source>Without --skip-unreadable the copy stops at the first sector that cannot be read
after the retries. With it, unreadable sectors are filled with zeros and recorded
in a GNU ddrescue map (OUTPUT.map); running the same command again reads only
what is missing. Exit code 3: the image was saved but sectors remain unreadable.
A disc that carries dvdisaster RS03 error-correction data is copied with it;
--repair then rebuilds the unreadable sectors from it (exit code 0 when all
are rebuilt, 3 when some remain lost).</source>
        <translation>Ohne --skip-unreadable endet die Kopie beim ersten Sektor, der auch nach den
Wiederholungen nicht gelesen werden kann. Mit der Option werden unlesbare Sektoren mit
Nullen gefüllt und in einer Map-Datei von GNU ddrescue (OUTPUT.map) vermerkt; ein
erneuter Aufruf desselben Befehls liest nur, was noch fehlt. Rückgabewert 3: Das Abbild
wurde gespeichert, aber einige Sektoren sind weiterhin unlesbar.
Ein Medium mit dvdisaster-RS03-Fehlerkorrekturdaten wird mit diesen kopiert;
--repair stellt danach die unlesbaren Sektoren daraus wieder her (Rückgabewert 0,
wenn alle wiederhergestellt sind, 3, wenn einige verloren bleiben).</translation>
    </message>
    <message>
        <source>With --skip-unreadable: when the disc carries dvdisaster RS03 error-correction data, rebuild the sectors it could not read from it after the copy.</source>
        <translation>Mit --skip-unreadable: Enthält das Medium dvdisaster-RS03-Fehlerkorrekturdaten, werden die Sektoren, die es nicht lesen konnte, nach der Kopie daraus wiederhergestellt.</translation>
    </message>
    <message>
        <source>--repair needs --skip-unreadable.</source>
        <translation>--repair braucht --skip-unreadable.</translation>
    </message>
    <message>
        <source>The disc carries no dvdisaster RS03 error-correction data, so the sectors it could not read cannot be rebuilt.</source>
        <translation>Das Medium enthält keine dvdisaster-RS03-Fehlerkorrekturdaten, daher lassen sich die Sektoren, die nicht gelesen werden konnten, nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Rebuilt from the error-correction data: %1 sectors; still lost: %2</source>
        <translation>Aus den Fehlerkorrekturdaten wiederhergestellt: %1 Sektoren; weiterhin verloren: %2</translation>
    </message>
    <message>
        <source>With --drive, exactly the image&apos;s bytes are read back from the disc (never the
drive&apos;s padding) and the first differing sector is named.
With --drive and no IMAGE, the disc is read through once and checked on its
own: the sectors the drive cannot read are listed and, when the disc carries
dvdisaster RS03 error-correction data, every data sector is checked against
its CRC and the damage is weighed against what the data can rebuild (the
prognosis of dvdisaster -t). Exit code 3 when it finds damage, repairable or
not (the report says which). Nothing is written.
With --checksum-file, FILE may follow IMAGE; without it Spindle looks for
IMAGE.sha256, IMAGE.sha256sum, SHA256SUMS and sha256sum.txt next to the image.
Examples:
  spindle-cli verify debian.iso --drive /dev/sr0
  spindle-cli verify --drive /dev/sr0
  spindle-cli verify debian.iso --checksum-file SHA256SUMS</source>
        <translation>Mit --drive werden genau die Bytes des Abbilds vom Medium zurückgelesen (nie die
Füllbereiche des Laufwerks), und der erste abweichende Sektor wird genannt.
Mit --drive und ohne IMAGE wird das Medium einmal ganz gelesen und für sich
geprüft: Die Sektoren, die das Laufwerk nicht lesen kann, werden aufgelistet,
und trägt das Medium dvdisaster-RS03-Fehlerkorrekturdaten, wird jeder
Datensektor mit seiner CRC verglichen und der Schaden daran gemessen, was die
Daten wiederherstellen können (die Prognose von dvdisaster -t). Exit-Code 3,
wenn es Schäden findet, reparierbar oder nicht (der Bericht sagt, welche).
Es wird nichts geschrieben.
Mit --checksum-file darf FILE auf IMAGE folgen; ohne FILE sucht Spindle neben dem
Abbild nach IMAGE.sha256, IMAGE.sha256sum, SHA256SUMS und sha256sum.txt.
Beispiele:
  spindle-cli verify debian.iso --drive /dev/sr0
  spindle-cli verify --drive /dev/sr0
  spindle-cli verify debian.iso --checksum-file SHA256SUMS</translation>
    </message>
    <message>
        <source>The image file (with --drive it may be left out: the disc is checked alone).</source>
        <translation>Die Abbilddatei (mit --drive darf sie fehlen: Dann wird nur das Medium geprüft).</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>%1 sectors</source>
        <translation>%1 Sektoren</translation>
    </message>
    <message>
        <source>%1 sectors (%2 unreadable, %3 CRC errors, %4 past the end of the disc)</source>
        <translation>%1 Sektoren (%2 unlesbar, %3 CRC-Fehler, %4 hinter dem Ende des Mediums)</translation>
    </message>
    <message>
        <source>none (no error-correction data on the disc)</source>
        <translation>keine (keine Fehlerkorrekturdaten auf dem Medium)</translation>
    </message>
    <message>
        <source>The data is appended to IMAGE in place (an RS03 &quot;augmented image&quot;) and fills
the medium; burn the whole file. dvdisaster checks it (dvdisaster -t -i IMAGE)
and repairs the image or a damaged disc read with read --skip-unreadable
(dvdisaster -f -i IMAGE). Without --medium the smallest disc that leaves room
for it is chosen. --redundancy sizes the data by the redundancy instead (as
burn --ecc=PERCENT does), for an image kept as a file or burned to a disc
with room to spare. An interrupted run leaves IMAGE as it was.
Examples:
  spindle-cli protect backup.iso
  spindle-cli protect backup.iso --medium dvd
  spindle-cli protect photos.iso --redundancy 20</source>
        <translation>Die Daten werden direkt an IMAGE angehängt (ein RS03-&quot;erweitertes Abbild&quot;) und füllen
das Medium; brennen Sie die ganze Datei. dvdisaster prüft sie (dvdisaster -t -i IMAGE)
und repariert das Abbild oder ein beschädigtes, mit read --skip-unreadable gelesenes
Medium (dvdisaster -f -i IMAGE). Ohne --medium wird das kleinste Medium gewählt, das
Platz dafür lässt. --redundancy bemisst die Daten stattdessen nach der Redundanz (wie
burn --ecc=PERCENT), für ein Abbild, das als Datei bleibt oder auf ein Medium mit
reichlich Platz gebrannt wird. Ein unterbrochener Lauf lässt IMAGE, wie es war.
Beispiele:
  spindle-cli protect backup.iso
  spindle-cli protect backup.iso --medium dvd
  spindle-cli protect photos.iso --redundancy 20</translation>
    </message>
    <message>
        <source>Instead of --medium: this much redundancy, from 4 to 200 percent.</source>
        <translation>Statt --medium: so viel Redundanz, von 4 bis 200 Prozent.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>give either --medium or --redundancy.</source>
        <translation>geben Sie entweder --medium oder --redundancy an.</translation>
    </message>
    <message>
        <source>--redundancy takes a percentage from %1 to %2.</source>
        <translation>--redundancy erwartet einen Prozentsatz von %1 bis %2.</translation>
    </message>
    <message>
        <source>none: sized for the redundancy (%1 sectors)</source>
        <translation>keines: nach der Redundanz bemessen (%1 Sektoren)</translation>
    </message>
    <message>
        <source>Planning the new DVD-Video</source>
        <translation>Die neue DVD-Video wird geplant</translation>
    </message>
</context>
<context>
    <name>ecc</name>
    <message>
        <source>The image is empty.</source>
        <translation>Das Abbild ist leer.</translation>
    </message>
    <message>
        <source>The image is too large for error-correction data on this medium: at least %1 of its 255 layers must remain for it.</source>
        <translation>Das Abbild ist für Fehlerkorrekturdaten auf diesem Medium zu groß: Mindestens %1 seiner 255 Schichten müssen dafür frei bleiben.</translation>
    </message>
    <message>
        <source>Adds %1 of error-correction data (%2% redundancy): any %3 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Fügt %1 Fehlerkorrekturdaten hinzu (%2 % Redundanz): Beliebige %3 unlesbare Sektoren in jeder Gruppe von 255 lassen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>No error-correction data was asked for.</source>
        <translation>Es wurden keine Fehlerkorrekturdaten verlangt.</translation>
    </message>
    <message>
        <source>The image (%1) is too large for error-correction data on any disc up to a BD DL.</source>
        <translation>Das Abbild (%1) ist für Fehlerkorrekturdaten auf jedem Medium bis zur BD DL zu groß.</translation>
    </message>
    <message>
        <source>The image with %1% error-correction data needs %2, the disc holds %3. Choose less redundancy, or let the data fill the disc.</source>
        <translation>Das Abbild mit %1 % Fehlerkorrekturdaten braucht %2, das Medium fasst %3. Wählen Sie weniger Redundanz oder lassen Sie die Daten das Medium füllen.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data but is cut short: %1 bytes of %2. Repair it with dvdisaster -f.</source>
        <translation>Das Abbild enthält dvdisaster-RS03-Fehlerkorrekturdaten, ist aber gekürzt: %1 von %2 Bytes. Reparieren Sie es mit dvdisaster -f.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>An earlier run adding error-correction data to this image was interrupted; the image is %1 bytes long instead of %2. Adding the data again cuts it back first.</source>
        <translation>Ein früherer Lauf, der diesem Abbild Fehlerkorrekturdaten hinzufügte, wurde unterbrochen; das Abbild ist %1 Bytes lang statt %2. Wenn Sie die Daten erneut hinzufügen, wird es zuerst wieder gekürzt.</translation>
    </message>
    <message>
        <source>The image already carries dvdisaster error-correction data of method %1.</source>
        <translation>Das Abbild enthält bereits dvdisaster-Fehlerkorrekturdaten der Methode %1.</translation>
    </message>
    <message>
        <source>the header at sector %1 belongs to an error-correction file, not to an augmented image</source>
        <translation>der Kopf bei Sektor %1 gehört zu einer Fehlerkorrekturdatei, nicht zu einem erweiterten Abbild</translation>
    </message>
    <message>
        <source>its header at sector %1 is damaged</source>
        <translation>sein Kopf bei Sektor %1 ist beschädigt</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data for a %1, but its header is damaged. Repair it with dvdisaster -f.</source>
        <translation>Das Abbild enthält dvdisaster-RS03-Fehlerkorrekturdaten für eine %1, aber deren Kopf ist beschädigt. Reparieren Sie es mit dvdisaster -f.</translation>
    </message>
    <message>
        <source>The image seems to carry dvdisaster error-correction data, but %1. Check it with dvdisaster -t.</source>
        <translation>Das Abbild scheint dvdisaster-Fehlerkorrekturdaten zu enthalten, aber %1. Prüfen Sie es mit dvdisaster -t.</translation>
    </message>
    <message>
        <source>Cannot write the error-correction data: %1</source>
        <translation>Die Fehlerkorrekturdaten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the error-correction header: %1</source>
        <translation>Der Kopf der Fehlerkorrekturdaten kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the image: %1</source>
        <translation>Das Abbild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 holds no interrupted run to undo.</source>
        <translation>%1 enthält keinen unterbrochenen Lauf, der rückgängig zu machen wäre.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its original size of %2 bytes: %3</source>
        <translation>%1 kann nicht auf seine ursprüngliche Größe von %2 Bytes gekürzt werden: %3</translation>
    </message>
    <message>
        <source>The image already carries dvdisaster RS03 error-correction data (for a %1, %2 roots); it is not augmented twice.</source>
        <translation>Das Abbild enthält bereits dvdisaster-RS03-Fehlerkorrekturdaten (für eine %1, %2 Nullstellen); es wird nicht zweimal erweitert.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>Medium unbekannter Größe</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Not enough free space next to the image: the error-correction data needs %1, %2 are free.</source>
        <translation>Neben dem Abbild ist nicht genug Platz frei: Die Fehlerkorrekturdaten brauchen %1, frei sind %2.</translation>
    </message>
    <message>
        <source>Cannot write to the image (%1), nor cut it back to its original size of %2 bytes.</source>
        <translation>In das Abbild kann nicht geschrieben werden (%1), und es kann auch nicht auf seine ursprüngliche Größe von %2 Bytes gekürzt werden.</translation>
    </message>
    <message>
        <source>The image could not be cut back to its original size (%1); its first %2 bytes are unchanged.</source>
        <translation>Das Abbild konnte nicht auf seine ursprüngliche Größe gekürzt werden (%1); seine ersten %2 Bytes sind unverändert.</translation>
    </message>
    <message>
        <source>Cancelled; the image is unchanged.</source>
        <translation>Abgebrochen; das Abbild ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Not enough free space for the error-correction data in %1: it needs %2, %3 are free.</source>
        <translation>Nicht genug freier Platz für die Fehlerkorrekturdaten in %1: benötigt werden %2, frei sind %3.</translation>
    </message>
    <message>
        <source>Cancelled; no error-correction data was kept.</source>
        <translation>Abgebrochen; es wurden keine Fehlerkorrekturdaten behalten.</translation>
    </message>
    <message>
        <source>The image %1 changed while its error-correction data was computed. Leave it alone and try again.</source>
        <translation>Das Abbild %1 wurde verändert, während seine Fehlerkorrekturdaten berechnet wurden. Lassen Sie es unverändert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Error correction needs a temporary file of %1 in %2, but only %3 is free there. Free some space, or burn without error correction.</source>
        <translation>Die Fehlerkorrektur braucht eine temporäre Datei von %1 in %2, dort sind aber nur %3 frei. Schaffen Sie Platz oder brennen Sie ohne Fehlerkorrektur.</translation>
    </message>
    <message>
        <source>The folder %1 for temporary files could not be created.</source>
        <translation>Der Ordner %1 für temporäre Dateien konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the repaired sectors to the image: %1</source>
        <translation>Die reparierten Sektoren können nicht in das Abbild geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The image ends inside its error-correction header: it was cut short right after its file system, so the error-correction data are missing. Copy the disc again with spindle-cli read, which copies the data after the file system. Nothing was changed.</source>
        <translation>Das Abbild endet innerhalb seines Fehlerkorrektur-Kopfs: Es wurde direkt nach seinem Dateisystem abgeschnitten, daher fehlen die Fehlerkorrekturdaten. Kopieren Sie das Medium erneut mit spindle-cli read, das die Daten nach dem Dateisystem mitkopiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The image carries no dvdisaster RS03 error-correction data, so it cannot be repaired. Add it with spindle-cli protect before burning the next time.</source>
        <translation>Das Abbild enthält keine dvdisaster-RS03-Fehlerkorrekturdaten und kann daher nicht repariert werden. Fügen Sie sie beim nächsten Mal vor dem Brennen mit spindle-cli protect hinzu.</translation>
    </message>
    <message>
        <source>Only RS03 data is repaired here; use dvdisaster -f.</source>
        <translation>Hier werden nur RS03-Daten repariert; verwenden Sie dvdisaster -f.</translation>
    </message>
    <message>
        <source>It carries no complete error-correction data to repair with.</source>
        <translation>Es enthält keine vollständigen Fehlerkorrekturdaten, mit denen repariert werden könnte.</translation>
    </message>
    <message>
        <source>The image&apos;s error-correction header is damaged and no intact copy of it was found in the CRC layer, so the image cannot be repaired here. Try dvdisaster -f.</source>
        <translation>Der Kopf der Fehlerkorrekturdaten des Abbilds ist beschädigt, und in der CRC-Schicht wurde keine intakte Kopie gefunden; das Abbild kann hier nicht repariert werden. Versuchen Sie dvdisaster -f.</translation>
    </message>
    <message>
        <source>%1 holds %2 sectors, but its error-correction data describe %3 sectors (for a %4): more is missing than the %5 roots of an ecc block can rebuild. It was cut short, or its data were made for a larger medium than the file holds. Nothing was changed.</source>
        <translation>%1 enthält %2 Sektoren, seine Fehlerkorrekturdaten beschreiben aber %3 Sektoren (für eine %4): Es fehlt mehr, als die %5 Nullstellen eines ECC-Blocks wiederherstellen können. Es wurde abgeschnitten, oder seine Daten wurden für ein größeres Medium erstellt, als die Datei enthält. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The image (%1) leaves too little room on the disc (%2) for error-correction data: at least 9 of its 255 layers must remain for it. Turn error correction off, or choose a larger disc.</source>
        <translation>Das Abbild (%1) lässt auf dem Medium (%2) zu wenig Platz für Fehlerkorrekturdaten: Mindestens 9 seiner 255 Schichten müssen dafür frei bleiben. Schalten Sie die Fehlerkorrektur aus oder wählen Sie ein größeres Medium.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data, but its header is damaged. Repair it with dvdisaster -f.</source>
        <translation>Das Abbild enthält dvdisaster-RS03-Fehlerkorrekturdaten, aber deren Kopf ist beschädigt. Reparieren Sie es mit dvdisaster -f.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Burn, copy and inspect CDs, DVDs and Blu-ray discs.</source>
        <translation>CDs, DVDs und Blu-ray-Discs brennen, kopieren und untersuchen.</translation>
    </message>
    <message>
        <source>Select DRIVE: a device (/dev/sr0) or a virtual drive (stdio:FILE or a file path).</source>
        <translation>DRIVE auswählen: ein Gerät (/dev/sr0) oder ein virtuelles Laufwerk (stdio:FILE oder ein Dateipfad).</translation>
    </message>
    <message>
        <source>The medium a virtual drive emulates: cd-r, dvd-r, bd-re, ... or a size such as 4.7G.</source>
        <translation>Das Medium, das ein virtuelles Laufwerk emuliert: cd-r, dvd-r, bd-re, ... oder eine Größe wie 4.7G.</translation>
    </message>
    <message>
        <source>Open the page of TASK: copy, burn, newimage, erase or info.</source>
        <translation>Die Seite von TASK öffnen: copy, burn, newimage, erase oder info.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2.</source>
        <translation>Unbekannte Seite &quot;%1&quot;. Seiten: %2.</translation>
    </message>
    <message>
        <source>A disc image to burn: opens the Burn page with it.</source>
        <translation>Ein zu brennendes Medienabbild: öffnet damit die Seite „Abbild brennen“.</translation>
    </message>
    <message numerus="yes">
        <source>Give one image at a time (%n were given).</source>
        <translation>
            <numerusform>Geben Sie jeweils nur ein Abbild an (%n wurde angegeben).</numerusform>
            <numerusform>Geben Sie jeweils nur ein Abbild an (%n wurden angegeben).</numerusform>
        </translation>
    </message>
</context>
</TS>
