<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Spindle cannot read the archive %1. Check that it exists and is not damaged.</source>
        <translation>Spindle ne peut pas lire l&apos;archive %1. Vérifiez qu&apos;elle existe et qu&apos;elle n&apos;est pas endommagée.</translation>
    </message>
    <message>
        <source>The archive %1 ended early or is damaged.</source>
        <translation>L&apos;archive %1 se termine prématurément ou est endommagée.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged or in a format Spindle cannot read.</source>
        <translation>L&apos;archive %1 est endommagée ou dans un format que Spindle ne sait pas lire.</translation>
    </message>
</context>
<context>
    <name>BootFiles</name>
    <message>
        <source>BIOS boot image</source>
        <translation>image d’amorçage BIOS</translation>
    </message>
    <message>
        <source>UEFI boot image</source>
        <translation>image d’amorçage UEFI</translation>
    </message>
    <message>
        <source>boot image for platform 0x%1</source>
        <translation>image d’amorçage pour la plateforme 0x%1</translation>
    </message>
    <message>
        <source>MIPS volume header</source>
        <translation>en-tête de volume MIPS</translation>
    </message>
    <message>
        <source>DEC MIPS boot block</source>
        <translation>bloc d’amorçage DEC MIPS</translation>
    </message>
    <message>
        <source>HP-PA PALO boot sector</source>
        <translation>secteur d’amorçage HP-PA PALO</translation>
    </message>
    <message>
        <source>DEC Alpha boot sector</source>
        <translation>secteur d’amorçage DEC Alpha</translation>
    </message>
    <message>
        <source>the SPARC boot images of the SUN disk label</source>
        <translation>les images d’amorçage SPARC de l’étiquette de disque SUN</translation>
    </message>
    <message>
        <source>the %1 in the system area</source>
        <translation>le %1 de la zone système</translation>
    </message>
    <message>
        <source>system area of type %1</source>
        <translation>zone système de type %1</translation>
    </message>
    <message>
        <source>MBR partition %1 (type 0x%2) inside the file system</source>
        <translation>partition MBR %1 (type 0x%2) à l’intérieur du système de fichiers</translation>
    </message>
    <message>
        <source>GPT partition %1 (%2) appended after the file system</source>
        <translation>partition GPT %1 (%2) ajoutée après le système de fichiers</translation>
    </message>
    <message>
        <source>GPT partition %1 (%2) inside the file system</source>
        <translation>partition GPT %1 (%2) à l’intérieur du système de fichiers</translation>
    </message>
    <message>
        <source>the Apple Partition Map</source>
        <translation>la table de partitions Apple</translation>
    </message>
    <message>
        <source>the HFS+ blessing that lets Macs start from the disc</source>
        <translation>la bénédiction HFS+ qui permet aux Mac de démarrer depuis le disque</translation>
    </message>
    <message>
        <source>El Torito boot image %1 (%2), which is neither a file of the image nor an appended partition</source>
        <translation>l’image d’amorçage El Torito %1 (%2), qui n’est ni un fichier de l’image ni une partition annexe</translation>
    </message>
    <message>
        <source>El Torito boot catalog</source>
        <translation>catalogue d’amorçage El Torito</translation>
    </message>
    <message>
        <source>EFI system partition</source>
        <translation>partition système EFI</translation>
    </message>
    <message>
        <source>GRUB configuration</source>
        <translation>configuration de GRUB</translation>
    </message>
    <message>
        <source>loaded by the boot menu</source>
        <translation>chargé par le menu d’amorçage</translation>
    </message>
    <message>
        <source>GRUB modules for BIOS</source>
        <translation>modules GRUB pour le BIOS</translation>
    </message>
    <message>
        <source>GRUB modules for UEFI</source>
        <translation>modules GRUB pour l’UEFI</translation>
    </message>
    <message>
        <source>ISOLINUX library</source>
        <translation>bibliothèque ISOLINUX</translation>
    </message>
    <message>
        <source>ISOLINUX configuration</source>
        <translation>configuration d’ISOLINUX</translation>
    </message>
</context>
<context>
    <name>BootReplay</name>
    <message numerus="yes">
        <source>The new image will not boot: the boot file(s) %1 are left out. Tick them to keep the image bootable.</source>
        <translation>
            <numerusform>La nouvelle image ne sera pas amorçable : le fichier d&apos;amorçage %1 est exclu. Cochez-le pour garder l&apos;image amorçable.</numerusform>
            <numerusform>La nouvelle image ne sera pas amorçable : les fichiers d&apos;amorçage %1 sont exclus. Cochez-les pour garder l&apos;image amorçable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n El Torito boot image(s).</source>
        <translation>
            <numerusform>%n image d&apos;amorçage El Torito conservée.</numerusform>
            <numerusform>%n images d&apos;amorçage El Torito conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reproduced the system area (%1)%2.</source>
        <translation>Zone système reproduite (%1)%2.</translation>
    </message>
    <message numerus="yes">
        <source> and %n appended partition(s)</source>
        <translation>
            <numerusform> et %n partition annexe</numerusform>
            <numerusform> et %n partitions annexes</numerusform>
        </translation>
    </message>
    <message>
        <source>El Torito boot image %1 of the source is neither a file of the image nor an appended partition; the new image cannot keep it.</source>
        <translation>L&apos;image d&apos;amorçage El Torito %1 de la source n&apos;est ni un fichier de l&apos;image ni une partition ajoutée ; la nouvelle image ne peut pas la conserver.</translation>
    </message>
</context>
<context>
    <name>BurnLibrary</name>
    <message>
        <source>The disc burning library (libburn) could not be started.</source>
        <translation>La bibliothèque de gravure (libburn) n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>The ISO image library (libisofs) could not be started.</source>
        <translation>La bibliothèque d&apos;images ISO (libisofs) n&apos;a pas pu être initialisée.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>No checksum file found for %1 (looked for %2.sha256 and SHA256SUMS next to it). Download the checksum file published with the image and name it on the command line.</source>
        <translation>Aucun fichier de sommes de contrôle trouvé pour %1 (recherche de %2.sha256 et de SHA256SUMS à côté de l&apos;image). Téléchargez le fichier de sommes de contrôle publié avec l&apos;image et indiquez-le sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Spindle cannot read the checksum file %1: %2.</source>
        <translation>Spindle ne peut pas lire le fichier de sommes de contrôle %1 : %2.</translation>
    </message>
    <message>
        <source>The checksum file %1 lists no SHA-256 for %2. Check that it belongs to this image.</source>
        <translation>Le fichier de sommes de contrôle %1 ne contient aucune somme SHA-256 pour %2. Vérifiez qu&apos;il correspond bien à cette image.</translation>
    </message>
</context>
<context>
    <name>CompressedIsoDataSource</name>
    <message>
        <source>The decompressed stream ends after %1 bytes, before the block the image refers to.</source>
        <translation>Le flux décompressé se termine après %1 octets, avant le bloc auquel l&apos;image fait référence.</translation>
    </message>
    <message>
        <source>The compressed image %1 is damaged or incomplete (%2). Download it again, or check it against its published checksum.</source>
        <translation>L&apos;image compressée %1 est endommagée ou incomplète (%2). Téléchargez-la de nouveau, ou comparez-la à sa somme de contrôle publiée.</translation>
    </message>
</context>
<context>
    <name>DamagedFiles</name>
    <message>
        <source>The image %1 could not be opened to list damaged files.</source>
        <translation>L&apos;image %1 n&apos;a pas pu être ouverte pour lister les fichiers endommagés.</translation>
    </message>
    <message>
        <source>The list of damaged files is not available: the unreadable area includes the disc&apos;s directory information.</source>
        <translation>La liste des fichiers endommagés n&apos;est pas disponible : la zone illisible contient les informations de répertoire du disque.</translation>
    </message>
</context>
<context>
    <name>DiscImageSource</name>
    <message>
        <source>the disc in %1</source>
        <translation>le disque dans %1</translation>
    </message>
    <message>
        <source>The disc in %1 holds %2 sectors but its file system declares %3: the disc is incomplete or damaged. Copy it to an image in rescue mode first (spindle-cli read --skip-unreadable).</source>
        <translation>Le disque dans %1 contient %2 secteurs mais son système de fichiers en déclare %3 : le disque est incomplet ou endommagé. Copiez-le d&apos;abord dans une image en mode sauvetage (spindle-cli read --skip-unreadable).</translation>
    </message>
    <message>
        <source>The disc in %1 could not be read at sector %2. Copy it to an image in rescue mode first (spindle-cli read --skip-unreadable).</source>
        <translation>Le disque dans %1 n&apos;a pas pu être lu au secteur %2. Copiez-le d&apos;abord dans une image en mode sauvetage (spindle-cli read --skip-unreadable).</translation>
    </message>
    <message>
        <source>The disc in %1 holds %2 sectors but its file system declares %3: the disc is incomplete or damaged. Copy it to an image with Copy Disc to Image in rescue mode first.</source>
        <translation>Le disque dans %1 contient %2 secteurs mais son système de fichiers en déclare %3 : le disque est incomplet ou endommagé. Copiez-le d’abord dans une image avec « Copier un disque vers une image » en mode récupération.</translation>
    </message>
    <message>
        <source>The disc in %1 could not be read at sector %2. Copy it to an image with Copy Disc to Image in rescue mode first.</source>
        <translation>Le disque dans %1 n’a pas pu être lu au secteur %2. Copiez-le d’abord dans une image avec « Copier un disque vers une image » en mode récupération.</translation>
    </message>
</context>
<context>
    <name>DiscReader</name>
    <message>
        <source>The disc in %1 could not be read beyond sector %2.</source>
        <translation>Le disque dans %1 n&apos;a pas pu être lu au-delà du secteur %2.</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>New image file</source>
        <translation>Nouveau fichier image</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>%1 vierge</translation>
    </message>
    <message>
        <source>%1 without a file system</source>
        <translation>%1 sans système de fichiers</translation>
    </message>
    <message>
        <source>No disc</source>
        <translation>Aucun disque</translation>
    </message>
    <message>
        <source>Tray open</source>
        <translation>Tiroir ouvert</translation>
    </message>
    <message>
        <source>Disc loading</source>
        <translation>Disque en cours de chargement</translation>
    </message>
    <message>
        <source>Disc inserted</source>
        <translation>Disque inséré</translation>
    </message>
    <message>
        <source>Audio CD</source>
        <translation>CD audio</translation>
    </message>
</context>
<context>
    <name>DriveInfo</name>
    <message>
        <source>Virtual drive: %1</source>
        <translation>Lecteur virtuel : %1</translation>
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
        <translation>Lecteur virtuel</translation>
    </message>
    <message>
        <source>No optical drive was found on this computer. Connect a CD/DVD/BD drive, or use a virtual drive (an image file that acts as a disc, stdio:FILE).</source>
        <translation>Aucun lecteur optique n&apos;a été trouvé sur cet ordinateur. Branchez un lecteur CD/DVD/BD, ou utilisez un lecteur virtuel (un fichier image qui fait office de disque, stdio:FILE).</translation>
    </message>
    <message>
        <source>Spindle may not use %1: your user lacks permission. Add yourself to the &quot;%2&quot; group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Spindle ne peut pas utiliser %1 : votre compte n&apos;en a pas l&apos;autorisation. Ajoutez-vous au groupe « %2 » (sudo usermod -aG %2 $USER), puis fermez la session et rouvrez-la.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a burner or a media player). Close it and refresh the drive list.</source>
        <translation>%1 est utilisé par un autre programme (un logiciel de gravure ou un lecteur multimédia). Fermez-le et actualisez la liste des lecteurs.</translation>
    </message>
    <message>
        <source>%1 (%2 %3) only reads discs (%4): it cannot write or erase any disc. Choose a drive that writes.</source>
        <translation>%1 (%2 %3) ne fait que lire les disques (%4) : il ne peut ni graver ni effacer aucun disque. Choisissez un lecteur graveur.</translation>
    </message>
</context>
<context>
    <name>DvdTitleList</name>
    <message>
        <source>This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO.</source>
        <translation>Cette source n&apos;est pas un DVD-Video : elle ne contient pas de VIDEO_TS/VIDEO_TS.IFO.</translation>
    </message>
    <message>
        <source>Spindle cannot tell which source holds VIDEO_TS.</source>
        <translation>Spindle ne peut pas déterminer quelle source contient VIDEO_TS.</translation>
    </message>
    <message>
        <source>The titles can be read only when the DVD&apos;s folder is added at the root of the new image.</source>
        <translation>Les titres ne peuvent être lus que si le dossier du DVD est ajouté à la racine de la nouvelle image.</translation>
    </message>
    <message>
        <source>libdvdread cannot read the titles of %1: its IFO files are damaged. Files can still be left out one by one.</source>
        <translation>libdvdread ne peut pas lire les titres de %1 : ses fichiers IFO sont endommagés. Vous pouvez tout de même exclure les fichiers un par un.</translation>
    </message>
</context>
<context>
    <name>DvdVideo</name>
    <message>
        <source>Title %1, main feature</source>
        <translation>Titre %1, film principal</translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation>Titre %1</translation>
    </message>
    <message>
        <source>, %1 angles</source>
        <translation>, %1 angles</translation>
    </message>
    <message>
        <source>; audio %1</source>
        <translation> ; audio %1</translation>
    </message>
    <message>
        <source>; subtitles %1</source>
        <translation> ; sous-titres %1</translation>
    </message>
    <message>
        <source>Disc navigation: 1 title</source>
        <translation>Navigation du disque : 1 titre</translation>
    </message>
    <message>
        <source>Disc navigation: %1 titles</source>
        <translation>Navigation du disque : %1 titres</translation>
    </message>
    <message>
        <source>Backup of VIDEO_TS.IFO</source>
        <translation>Copie de sauvegarde de VIDEO_TS.IFO</translation>
    </message>
    <message>
        <source>Disc menu</source>
        <translation>Menu du disque</translation>
    </message>
    <message>
        <source>Title set %1 navigation: titles %2</source>
        <translation>Navigation du jeu de titres %1 : titres %2</translation>
    </message>
    <message>
        <source>Menus of title set %1</source>
        <translation>Menus du jeu de titres %1</translation>
    </message>
    <message>
        <source>This is a DVD-Video. Leaving out %1 breaks playback: players read the title list from VIDEO_TS.IFO, which still names the missing files. Keep all IFO, BUP and VOB files for a playable disc.</source>
        <translation>Ceci est un DVD-Video. Exclure %1 empêche la lecture : les lecteurs DVD lisent la liste des titres dans VIDEO_TS.IFO, qui cite toujours les fichiers manquants. Conservez tous les fichiers IFO, BUP et VOB pour obtenir un disque lisible.</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapitre</numerusform>
            <numerusform>%n chapitres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePlanReader</name>
    <message>
        <source>%1 is not in the source any more. Open the source again.</source>
        <translation>%1 ne se trouve plus dans la source. Rouvrez la source.</translation>
    </message>
    <message>
        <source>%1 has no source to read from. This is a bug in Spindle; please report it.</source>
        <translation>%1 n&apos;a aucune source à lire. Il s&apos;agit d&apos;un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1 from %2. The source may be damaged.</source>
        <translation>Spindle ne peut pas lire %1 depuis %2. La source est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1: %2. Check that the file is still there.</source>
        <translation>Spindle ne peut pas lire %1 : %2. Vérifiez que le fichier est toujours présent.</translation>
    </message>
    <message>
        <source>No file is open for reading. This is a bug in Spindle; please report it.</source>
        <translation>Aucun fichier n&apos;est ouvert en lecture. Il s&apos;agit d&apos;un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>Reading %1 failed; the source may be damaged or gone. Check it and try again.</source>
        <translation>La lecture de %1 a échoué ; la source est peut-être endommagée ou absente. Vérifiez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <source>Spindle cannot read %1. Check that it exists.</source>
        <translation>Spindle ne peut pas lire %1. Vérifiez que cet élément existe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Spindle could not read %n item(s) in %1, for example %2. Check their permissions.</source>
        <translation>
            <numerusform>Spindle n&apos;a pas pu lire %n élément dans %1 : %2. Vérifiez ses permissions.</numerusform>
            <numerusform>Spindle n&apos;a pas pu lire %n éléments dans %1, par exemple %2. Vérifiez leurs permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
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
        <translation>Le dossier %1 n&apos;existe pas ; impossible d&apos;y placer un lecteur virtuel. Créez le dossier ou choisissez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>%1 is a folder. A virtual drive needs a file name.</source>
        <translation>%1 est un dossier. Un lecteur virtuel a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <source>There is no drive at %1. Check the drive&apos;s connection or pick another drive.</source>
        <translation>Il n&apos;y a aucun lecteur à l&apos;emplacement %1. Vérifiez le branchement du lecteur ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Spindle may not use %1: your user lacks permission. Add yourself to the &quot;%2&quot; group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Spindle ne peut pas utiliser %1 : votre compte n&apos;en a pas l&apos;autorisation. Ajoutez-vous au groupe « %2 » (sudo usermod -aG %2 $USER), puis fermez la session et rouvrez-la.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a burner or a media player). Close it and try again.</source>
        <translation>%1 est utilisé par un autre programme (un logiciel de gravure ou un lecteur multimédia). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Spindle could not open the drive %1. Check that it is connected and not used by another program, then try again.</source>
        <translation>Spindle n&apos;a pas pu ouvrir le lecteur %1. Vérifiez qu&apos;il est branché et qu&apos;aucun autre programme ne l&apos;utilise, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ImageComparer</name>
    <message>
        <source>The image ended before its expected size.</source>
        <translation>L&apos;image s&apos;est terminée avant d&apos;atteindre la taille prévue.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 holds less than the image; it could not be read from sector %2 on. The burn is incomplete or the disc is damaged; burn it again, preferably on another disc.</source>
        <translation>Échec de la vérification : le disque dans %1 contient moins de données que l&apos;image ; il n&apos;a pas pu être lu à partir du secteur %2. La gravure est incomplète ou le disque est endommagé ; gravez de nouveau l&apos;image, de préférence sur un autre disque.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from the image, first at sector %2 (byte %3). The disc is not a faithful copy; burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Échec de la vérification : le disque dans %1 diffère de l&apos;image, à partir du secteur %2 (octet %3). Le disque n&apos;est pas une copie fidèle ; gravez de nouveau l&apos;image, de préférence sur un autre disque ou à une vitesse plus basse.</translation>
    </message>
</context>
<context>
    <name>ImageComposer</name>
    <message>
        <source>%1 comes from an archive member with an absolute name or &quot;..&quot; in its path, which cannot go into an image safely. Leave it out with --exclude or untick it.</source>
        <translation>%1 provient d&apos;un élément d&apos;archive au nom absolu ou dont le chemin contient « .. », ce qui ne peut pas entrer dans une image en toute sécurité. Excluez-le avec --exclude ou décochez-le.</translation>
    </message>
    <message>
        <source>A file of %1 bytes needs ISO level 3; level %2 holds files below 4 GiB only. Choose level 3 or &quot;auto&quot;, or leave the file out.</source>
        <translation>Un fichier de %1 octets nécessite le niveau ISO 3 ; le niveau %2 n&apos;accepte que des fichiers de moins de 4 GiB. Choisissez le niveau 3 ou « auto », ou excluez le fichier.</translation>
    </message>
    <message>
        <source>Out of memory while preparing the image.</source>
        <translation>Mémoire insuffisante pendant la préparation de l&apos;image.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is longer than the 32 characters an ISO 9660 label may have. Choose a shorter one.</source>
        <translation>Le nom de volume « %1 » dépasse les 32 caractères autorisés par ISO 9660. Choisissez un nom plus court.</translation>
    </message>
    <message>
        <source>libisofs could not lay out the new image. The detail below names the cause; often a file name or path the chosen options cannot hold.</source>
        <translation>libisofs n&apos;a pas pu organiser la nouvelle image. Le détail ci-dessous en indique la cause : souvent un nom de fichier ou un chemin que les options choisies ne permettent pas.</translation>
    </message>
    <message>
        <source>%1 is the El Torito boot catalog; it stays while the image is bootable.</source>
        <translation>%1 est le catalogue d&apos;amorçage El Torito ; il reste tant que l&apos;image est amorçable.</translation>
    </message>
    <message numerus="yes">
        <source>%n archive member(s) that are hard links or special files were left out.</source>
        <translation>
            <numerusform>%n élément d&apos;archive (lien physique ou fichier spécial) a été exclu.</numerusform>
            <numerusform>%n éléments d&apos;archive (liens physiques ou fichiers spéciaux) ont été exclus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spindle could not add %1 to the image. Check that it is still there and readable.</source>
        <translation>Spindle n&apos;a pas pu ajouter %1 à l&apos;image. Vérifiez que cet élément est toujours présent et lisible.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its file system says (an incomplete download or copy): %n file(s) lie past its end and would be zeros in the new image: %2. Use a complete copy of the source, or leave these files out.</source>
        <translation>
            <numerusform>%1 est plus court que ne l&apos;indique son système de fichiers (un téléchargement ou une copie incomplets) : %n fichier se trouve au-delà de sa fin et ne contiendrait que des zéros dans la nouvelle image : %2. Utilisez une copie complète de la source ou laissez ces fichiers de côté.</numerusform>
            <numerusform>%1 est plus court que ne l&apos;indique son système de fichiers (un téléchargement ou une copie incomplets) : %n fichiers se trouvent au-delà de sa fin et ne contiendraient que des zéros dans la nouvelle image : %2. Utilisez une copie complète de la source ou laissez ces fichiers de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>To make the image anyway, with zeros where the source cannot be read, use spindle-cli build --skip-unreadable: it lists the damaged files.</source>
        <translation>Pour créer l&apos;image malgré tout, avec des zéros là où la source est illisible, utilisez spindle-cli build --skip-unreadable : il liste les fichiers endommagés.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 is a CUE/BIN image (a raw CD copy, often audio or mixed-mode). Spindle burns ISO images only; burn CUE/BIN images with cdrdao (cdrdao write --device /dev/sr0 IMAGE.cue).</source>
        <translation>%1 est une image CUE/BIN (copie brute d&apos;un CD, souvent audio ou mixte). Spindle ne grave que des images ISO ; gravez les images CUE/BIN avec cdrdao (cdrdao write --device /dev/sr0 IMAGE.cue).</translation>
    </message>
    <message>
        <source>The image %1 does not exist. Check the path.</source>
        <translation>L&apos;image %1 n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. To burn a folder, make a new disc from it instead.</source>
        <translation>%1 est un dossier, pas un fichier image. Pour graver un dossier, créez plutôt un nouveau disque à partir de celui-ci.</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2. Check that you may read it.</source>
        <translation>Spindle ne peut pas lire l&apos;image %1 : %2. Vérifiez que vous avez le droit de la lire.</translation>
    </message>
    <message>
        <source>The image %1 is empty (0 bytes). It is probably an interrupted download; download it again.</source>
        <translation>L&apos;image %1 est vide (0 octet). Il s&apos;agit probablement d&apos;un téléchargement interrompu ; téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <source>The image %1 is %2, which is not a whole number of 2048-byte sectors. It is probably incomplete (an interrupted download) or not a disc image; download it again or check it against its checksum.</source>
        <translation>L&apos;image %1 fait %2, ce qui ne correspond pas à un nombre entier de secteurs de 2048 octets. Elle est probablement incomplète (téléchargement interrompu) ou n&apos;est pas une image disque ; téléchargez-la de nouveau ou comparez-la à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The image %1 holds no data.</source>
        <translation>L&apos;image %1 ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>%1 does not contain an ISO 9660 or UDF file system, so it may not be a disc image. A disc burned from it may not be readable. Burn it anyway?</source>
        <translation>%1 ne contient pas de système de fichiers ISO 9660 ou UDF ; ce n&apos;est peut-être pas une image disque. Un disque gravé à partir de ce fichier risque d&apos;être illisible. Le graver quand même ?</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>The compressed image %1 is damaged or incomplete, so it cannot be burned. Download it again, or check it against its published checksum.</source>
        <translation>L&apos;image compressée %1 est endommagée ou incomplète ; elle ne peut pas être gravée. Téléchargez-la de nouveau, ou comparez-la à sa somme de contrôle publiée.</translation>
    </message>
    <message>
        <source>The stream ended after %1 of %2 bytes.</source>
        <translation>Le flux s&apos;est terminé après %1 octets sur %2.</translation>
    </message>
    <message>
        <source>The gzip stream decodes to more data than its trailer records.</source>
        <translation>Le flux gzip se décompresse en plus de données que n&apos;en indique son bloc final.</translation>
    </message>
    <message>
        <source>The decompressed image %1 is larger than its file system says (%2 bytes). Spindle stopped rather than burn an incomplete copy; decompress the image and burn the uncompressed file.</source>
        <translation>L&apos;image décompressée %1 est plus grande que ne l&apos;indique son système de fichiers (%2 octets). Spindle s&apos;est arrêté plutôt que de graver une copie incomplète ; décompressez l&apos;image et gravez le fichier décompressé.</translation>
    </message>
    <message>
        <source>The gzip CRC-32 does not match the decompressed data.</source>
        <translation>Le CRC-32 gzip ne correspond pas aux données décompressées.</translation>
    </message>
    <message>
        <source>%1 (%2-compressed)</source>
        <translation>%1 (compressé %2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Spindle ne peut pas lire l&apos;image %1 : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>Reading the image %1 failed: %2. The file or the disk holding it may be damaged.</source>
        <translation>La lecture de l&apos;image %1 a échoué : %2. Le fichier ou le support de stockage qui le contient est peut-être endommagé.</translation>
    </message>
    <message>
        <source>%1 ended %2 bytes early while it was read; the stream would be incomplete.</source>
        <translation>%1 s’est terminé %2 octets trop tôt pendant la lecture ; le flux serait incomplet.</translation>
    </message>
    <message>
        <source>%1 grew while it was read; the stream would be wrong. Leave the file alone while it is burned.</source>
        <translation>%1 a grandi pendant la lecture ; le flux serait faux. Ne modifiez pas le fichier pendant la gravure.</translation>
    </message>
    <message>
        <source>The file ended inside a compressed block.</source>
        <translation>Le fichier se termine au milieu d’un bloc compressé.</translation>
    </message>
    <message>
        <source>A compressed block decodes to %1 bytes instead of %2.</source>
        <translation>Un bloc compressé se décompresse en %1 octets au lieu de %2.</translation>
    </message>
    <message>
        <source>Reading the image was cancelled.</source>
        <translation>La lecture de l&apos;image a été annulée.</translation>
    </message>
</context>
<context>
    <name>ImageSourceFactory</name>
    <message>
        <source>%1 is a link or special file, which a DVD-Video image (UDF) cannot hold; it was left out.</source>
        <translation>%1 est un lien ou un fichier spécial, qu&apos;une image DVD-Video (UDF) ne peut pas contenir ; il a été exclu.</translation>
    </message>
</context>
<context>
    <name>ImageTreeLoader</name>
    <message>
        <source>Only one image or disc can be the base of a new image (%1 and %2 were given). Extract the files of one with &quot;spindle-cli extract&quot; and add them as a folder, or add the image itself as a file with --add.</source>
        <translation>Une nouvelle image ne peut reposer que sur une seule image ou un seul disque (%1 et %2 ont été indiqués). Extrayez les fichiers de l&apos;un d&apos;eux avec « spindle-cli extract » et ajoutez-les comme dossier, ou ajoutez l&apos;image elle-même comme fichier avec --add.</translation>
    </message>
    <message>
        <source>An image or disc is always the root of the new image; %1 cannot be placed at %2. Leave out &quot;=%2&quot;, or add the image as a file with --add.</source>
        <translation>Une image ou un disque constitue toujours la racine de la nouvelle image ; %1 ne peut pas être placé en %2. Retirez « =%2 », ou ajoutez l&apos;image comme fichier avec --add.</translation>
    </message>
    <message>
        <source>%1 cannot go to %2 in the image: a file of that name is in the way. Choose another place with =/PATH.</source>
        <translation>%1 ne peut pas être placé en %2 dans l&apos;image : un fichier de ce nom s&apos;y trouve déjà. Choisissez un autre emplacement avec =/PATH.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Only one image or disc can be the base of a new image (%1 and %2 were given). Press Clear to start over from the other one, or choose an image with Image… to add it to the new image as a file.</source>
        <translation>Une seule image ou un seul disque peut servir de base à une nouvelle image (%1 et %2 ont été indiqués). Appuyez sur Vider pour recommencer à partir de l&apos;autre, ou choisissez une image avec Image… pour l&apos;ajouter à la nouvelle image en tant que fichier.</translation>
    </message>
</context>
<context>
    <name>IsoImport</name>
    <message>
        <source>Spindle cannot read the image %1. Check that it exists and that you may read it.</source>
        <translation>Spindle ne peut pas lire l&apos;image %1. Vérifiez qu&apos;elle existe et que vous avez le droit de la lire.</translation>
    </message>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Mémoire insuffisante lors de l&apos;ouverture de %1.</translation>
    </message>
    <message>
        <source>The compressed image %1 is damaged or incomplete. Download it again, or check it against its published checksum.</source>
        <translation>L&apos;image compressée %1 est endommagée ou incomplète. Téléchargez-la de nouveau, ou comparez-la à sa somme de contrôle publiée.</translation>
    </message>
    <message>
        <source>%1 does not hold a readable ISO 9660 file system. If it is a disc, clean it and try again; if it is a file, it may be damaged or not an image.</source>
        <translation>%1 ne contient pas de système de fichiers ISO 9660 lisible. S&apos;il s&apos;agit d&apos;un disque, nettoyez-le et réessayez ; s&apos;il s&apos;agit d&apos;un fichier, il est peut-être endommagé ou n&apos;est pas une image.</translation>
    </message>
</context>
<context>
    <name>IsoTreeCheck</name>
    <message>
        <source>The image&apos;s directory tree is damaged (a folder contains itself, at %1). Spindle does not use a damaged image: get a new copy of it, or read the disc again.</source>
        <translation>L&apos;arborescence de l&apos;image est endommagée (un dossier se contient lui-même, à %1). Spindle n&apos;utilise pas une image endommagée : procurez-vous-en une nouvelle copie ou relisez le disque.</translation>
    </message>
    <message>
        <source>it lies outside the image</source>
        <translation>il se trouve hors de l&apos;image</translation>
    </message>
    <message>
        <source>its length is zero</source>
        <translation>sa longueur est nulle</translation>
    </message>
    <message>
        <source>a record in it crosses a sector boundary</source>
        <translation>un de ses enregistrements chevauche une limite de secteur</translation>
    </message>
    <message>
        <source>a record in it has a length that does not fit</source>
        <translation>un de ses enregistrements a une longueur incohérente</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il est illisible</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>il est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>it holds more entries than the image has room for</source>
        <translation>il contient plus d&apos;entrées que l&apos;image ne peut en loger</translation>
    </message>
    <message>
        <source>The folder %1 in the image is damaged (%2). Spindle does not use a damaged image: get a new copy of it, or read the disc again.</source>
        <translation>Le dossier %1 de l&apos;image est endommagé (%2). Spindle n&apos;utilise pas une image endommagée : procurez-vous-en une nouvelle copie ou relisez le disque.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the disc burning libraries (libburn and libisofs). %2</source>
        <translation>« %1 » a besoin des bibliothèques de gravure (libburn et libisofs). %2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message numerus="yes">
        <source>%n more link(s) or special file(s) are only in the Rock Ridge names: the Joliet names (what Windows reads) cannot hold them.</source>
        <translation>
            <numerusform>%n autre lien ou fichier spécial n&apos;est que dans les noms Rock Ridge : les noms Joliet (ceux que lit Windows) ne peuvent pas le contenir.</numerusform>
            <numerusform>%n autres liens ou fichiers spéciaux ne sont que dans les noms Rock Ridge : les noms Joliet (ceux que lit Windows) ne peuvent pas les contenir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaInfo</name>
    <message>
        <source>The file does not exist yet: the virtual disc is blank.</source>
        <translation>Le fichier n&apos;existe pas encore : le disque virtuel est vierge.</translation>
    </message>
    <message>
        <source>The file is read-only: this virtual disc can be read but not written or erased.</source>
        <translation>Le fichier est en lecture seule : ce disque virtuel peut être lu, mais ni écrit ni effacé.</translation>
    </message>
    <message>
        <source>The folder&apos;s file system has less free space than the emulated medium holds; free space is limited to what the file system offers.</source>
        <translation>Le système de fichiers du dossier dispose de moins d&apos;espace libre que la capacité du support émulé ; l&apos;espace libre est limité à ce qu&apos;offre le système de fichiers.</translation>
    </message>
    <message>
        <source>The file is larger than the emulated medium could hold.</source>
        <translation>Le fichier est plus grand que ce que le support émulé pourrait contenir.</translation>
    </message>
    <message>
        <source>No disc</source>
        <translation>Aucun disque</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vierge</translation>
    </message>
    <message>
        <source>Written, more can be added</source>
        <translation>Écrit, ajout possible</translation>
    </message>
    <message>
        <source>Written and closed</source>
        <translation>Écrit et finalisé</translation>
    </message>
    <message>
        <source>Unsuitable disc</source>
        <translation>Disque inadapté</translation>
    </message>
    <message>
        <source>Blank: nothing to erase; can be formatted</source>
        <translation>Vierge : rien à effacer ; peut être formaté</translation>
    </message>
    <message>
        <source>Blank: nothing to erase</source>
        <translation>Vierge : rien à effacer</translation>
    </message>
    <message>
        <source>Image file (%1-compressed)</source>
        <translation>Fichier image (compressé en %1)</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>The file takes %1 on disk; decompressed, the image is %2.</source>
        <translation>Le fichier occupe %1 sur le disque ; décompressée, l&apos;image fait %2.</translation>
    </message>
    <message>
        <source>of unknown size</source>
        <translation>de taille inconnue</translation>
    </message>
    <message>
        <source>dvdisaster RS03 error-correction data for a %1: %2 roots, %3% redundancy; any %2 damaged sectors in each group of 255 can be repaired.</source>
        <translation>Données de correction d&apos;erreurs RS03 de dvdisaster pour un %1 : %2 racines, %3 % de redondance ; %2 secteurs endommagés quelconques par groupe de 255 peuvent être réparés.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data for a %1: %2 roots, %3% redundancy; any %2 damaged sectors in each group of 255 can be repaired from a copy made in rescue mode.</source>
        <translation>Le disque porte des données de correction d’erreurs dvdisaster RS03 pour un %1 : %2 racines, %3 % de redondance ; %2 secteurs endommagés quelconques dans chaque groupe de 255 peuvent être réparés à partir d’une copie faite en mode sauvetage.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data: %1 roots, %2% redundancy; any %1 damaged sectors in each group of 255 can be repaired from a copy made in rescue mode.</source>
        <translation>Le disque porte des données de correction d’erreurs dvdisaster RS03 : %1 racines, %2 % de redondance ; %1 secteurs endommagés quelconques dans chaque groupe de 255 peuvent être réparés à partir d’une copie faite en mode sauvetage.</translation>
    </message>
    <message numerus="yes">
        <source>The disc ends %n sector(s) before the end of that data, so less can be repaired.</source>
        <translation>
            <numerusform>Le disque se termine %n secteur avant la fin de ces données : moins de secteurs peuvent être réparés.</numerusform>
            <numerusform>Le disque se termine %n secteurs avant la fin de ces données : moins de secteurs peuvent être réparés.</numerusform>
        </translation>
    </message>
    <message>
        <source>dvdisaster RS03 error-correction data: %1 roots, %2% redundancy; any %1 damaged sectors in each group of 255 can be repaired.</source>
        <translation>Données de correction d&apos;erreurs RS03 de dvdisaster : %1 racines, %2 % de redondance ; %1 secteurs endommagés quelconques par groupe de 255 peuvent être réparés.</translation>
    </message>
</context>
<context>
    <name>MediumEraser</name>
    <message>
        <source>Spindle could not empty the virtual disc %1: %2. Check that you may write the file.</source>
        <translation>Spindle n&apos;a pas pu vider le disque virtuel %1 : %2. Vérifiez que vous avez le droit d&apos;écrire dans ce fichier.</translation>
    </message>
    <message>
        <source>The drive %1 could not overwrite the start of the disc. The disc may be damaged or write-protected.</source>
        <translation>Le lecteur %1 n&apos;a pas pu réécrire le début du disque. Le disque est peut-être endommagé ou protégé en écriture.</translation>
    </message>
    <message>
        <source>The drive %1 could not erase the disc. Try a full erase, or another disc: rewritable discs wear out after many erases.</source>
        <translation>Le lecteur %1 n&apos;a pas pu effacer le disque. Essayez un effacement complet, ou un autre disque : les disques réinscriptibles s&apos;usent après de nombreux effacements.</translation>
    </message>
</context>
<context>
    <name>MediumKind</name>
    <message>
        <source>A virtual disc must hold at least 2048 bytes (one block).</source>
        <translation>Un disque virtuel doit contenir au moins 2048 octets (un bloc).</translation>
    </message>
    <message>
        <source>Unknown medium kind &quot;%1&quot;. Use one of %2, or a size such as 700M or 4.7G.</source>
        <translation>Type de support inconnu : « %1 ». Utilisez l&apos;un des types %2, ou une taille comme 700M ou 4.7G.</translation>
    </message>
    <message>
        <source>%1 is too large for a medium size.</source>
        <translation>%1 est trop grand pour une taille de support.</translation>
    </message>
</context>
<context>
    <name>MediumPresets</name>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>NewImageSource</name>
    <message>
        <source>The new image was not prepared before reading.</source>
        <translation>La nouvelle image n&apos;a pas été préparée avant la lecture.</translation>
    </message>
    <message>
        <source>The new image could not be made: %1 could not be read from the source. If the source is a scratched disc, copy it first with rescue mode (Copy Disc to Image, or spindle-cli read --skip-unreadable) and make the new image from that copy, or leave the file out.</source>
        <translation>La nouvelle image n&apos;a pas pu être créée : %1 n&apos;a pas pu être lu depuis la source. Si la source est un disque rayé, copiez-le d&apos;abord en mode de récupération (Copier un disque en image, ou spindle-cli read --skip-unreadable) et créez la nouvelle image à partir de cette copie, ou excluez le fichier.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>The new image could not be made: %1</source>
        <translation>La nouvelle image n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>Read requests must be at least 2048 bytes.</source>
        <translation>Les demandes de lecture doivent porter sur au moins 2048 octets.</translation>
    </message>
    <message>
        <source>new image &quot;%1&quot; (ISO level %2)</source>
        <translation>nouvelle image « %1 » (niveau ISO %2)</translation>
    </message>
    <message>
        <source>The new image could not be made: %1 could not be read from the source. If the source is a scratched disc, copy it first with Copy Disc to Image in rescue mode and make the new image from that copy, or leave the file out.</source>
        <translation>La nouvelle image n’a pas pu être créée : %1 n’a pas pu être lu depuis la source. Si la source est un disque rayé, copiez-le d’abord avec « Copier un disque vers une image » en mode récupération et créez la nouvelle image à partir de cette copie, ou omettez le fichier.</translation>
    </message>
</context>
<context>
    <name>PlannedUdfSource</name>
    <message>
        <source>The DVD-Video image was not prepared before reading.</source>
        <translation>L&apos;image DVD-Video n&apos;a pas été préparée avant la lecture.</translation>
    </message>
</context>
<context>
    <name>ReadPlan</name>
    <message>
        <source>There is no disc in %1. Insert the disc to copy and try again.</source>
        <translation>Il n&apos;y a aucun disque dans %1. Insérez le disque à copier et réessayez.</translation>
    </message>
    <message>
        <source>The disc in %1 is blank: there is nothing to copy.</source>
        <translation>Le disque dans %1 est vierge : il n&apos;y a rien à copier.</translation>
    </message>
    <message>
        <source>This is an audio CD. An ISO image cannot hold audio tracks; use an audio CD ripper to copy it.</source>
        <translation>Ceci est un CD audio. Une image ISO ne peut pas contenir de pistes audio ; utilisez un extracteur de CD audio pour le copier.</translation>
    </message>
    <message>
        <source>The disc in %1 holds no data track to copy.</source>
        <translation>Le disque dans %1 ne contient aucune piste de données à copier.</translation>
    </message>
    <message numerus="yes">
        <source>This is a mixed-mode CD: the data track is copied, its %n audio track(s) are not included (an ISO image cannot hold audio).</source>
        <translation>
            <numerusform>Ceci est un CD mixte : la piste de données est copiée, mais %n piste audio n&apos;est pas incluse (une image ISO ne peut pas contenir d&apos;audio).</numerusform>
            <numerusform>Ceci est un CD mixte : la piste de données est copiée, mais ses %n pistes audio ne sont pas incluses (une image ISO ne peut pas contenir d&apos;audio).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a multisession disc with %1 sessions. The image covers all of them and opens showing the newest one; the gaps between sessions are not read and stay empty.</source>
        <translation>Ceci est un disque multisession comportant %1 sessions. L&apos;image les couvre toutes et affiche la plus récente à l&apos;ouverture ; les intervalles entre les sessions ne sont pas lus et restent vides.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data after its file system (%1 roots); the copy includes it (%2), so that damaged sectors can be rebuilt from it.</source>
        <translation>Le disque contient des données de correction d&apos;erreurs RS03 de dvdisaster après son système de fichiers (%1 racines) ; la copie les inclut (%2), pour que les secteurs endommagés puissent être reconstruits à partir d&apos;elles.</translation>
    </message>
</context>
<context>
    <name>RescueMap</name>
    <message>
        <source>The map file %1 could not be opened: %2.</source>
        <translation>Le fichier de suivi %1 n&apos;a pas pu être ouvert : %2.</translation>
    </message>
    <message>
        <source>The map file %1 is damaged (line %2).</source>
        <translation>Le fichier de suivi %1 est endommagé (ligne %2).</translation>
    </message>
    <message>
        <source>%1 is not a ddrescue map file.</source>
        <translation>%1 n&apos;est pas un fichier de suivi ddrescue.</translation>
    </message>
    <message>
        <source>The map file %1 could not be written: %2.</source>
        <translation>Le fichier de suivi %1 n&apos;a pas pu être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>SafeOutputFile</name>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder for the output.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant pour le fichier de sortie.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the output.</source>
        <translation>%1 est un dossier. Choisissez un nom de fichier pour la sortie.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or confirm overwriting it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou confirmez que vous voulez l&apos;écraser.</translation>
    </message>
    <message>
        <source>Spindle cannot write to %1: %2. Choose a folder you may write to.</source>
        <translation>Spindle ne peut pas écrire dans %1 : %2. Choisissez un dossier où vous avez le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the image needs %2, the folder has %3. Free some space or choose another folder.</source>
        <translation>Espace libre insuffisant dans %1 : l&apos;image nécessite %2, le dossier dispose de %3. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another folder, then try again.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de l&apos;espace ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The image is too large for the file system holding %1 or for your account&apos;s file size limit (FAT32, for one, stops at 4 GB). Choose a folder on another file system.</source>
        <translation>L&apos;image est trop grande pour le système de fichiers qui contient %1 ou pour la taille de fichier maximale de votre compte (FAT32, par exemple, s&apos;arrête à 4 GB). Choisissez un dossier sur un autre système de fichiers.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>L&apos;écriture de %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The finished image could not be renamed to %1: %2.</source>
        <translation>L&apos;image terminée n&apos;a pas pu être renommée en %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a plain file that Spindle may write to (a link or a special file), so it was left as it is. Remove it or choose another name.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire dans lequel Spindle peut écrire (un lien ou un fichier spécial) ; il a donc été laissé tel quel. Supprimez-le ou choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Line %1 of the pattern list holds a lone &quot;!&quot;. Write a pattern after it, or remove the line.</source>
        <translation>La ligne %1 de la liste de motifs contient un « ! » isolé. Écrivez un motif après celui-ci, ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Line %1 of the pattern list, &quot;%2&quot;, has an unclosed &quot;[&quot;. Close it or write \[ for a literal bracket.</source>
        <translation>La ligne %1 de la liste de motifs, « %2 », contient un « [ » non fermé. Fermez-le ou écrivez \[ pour un crochet littéral.</translation>
    </message>
</context>
<context>
    <name>SourceRateProbe</name>
    <message>
        <source>Measuring the image&apos;s speed was cancelled.</source>
        <translation>La mesure de la vitesse de l&apos;image a été annulée.</translation>
    </message>
</context>
<context>
    <name>SourceSpec</name>
    <message>
        <source>The path %1 in the image may not contain &quot;.&quot; or &quot;..&quot;. Give a path from the image&apos;s root, such as /extras.</source>
        <translation>Le chemin %1 dans l&apos;image ne doit pas contenir « . » ni « .. ». Indiquez un chemin depuis la racine de l&apos;image, par exemple /extras.</translation>
    </message>
    <message>
        <source>An empty source name was given. Name an image, a drive or a folder.</source>
        <translation>Un nom de source vide a été indiqué. Indiquez une image, un lecteur ou un dossier.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the name of the image, folder or drive.</source>
        <translation>%1 n&apos;existe pas. Vérifiez le nom de l&apos;image, du dossier ou du lecteur.</translation>
    </message>
    <message>
        <source>Spindle may not read %1. Check its permissions.</source>
        <translation>Spindle n&apos;a pas le droit de lire %1. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>%1 is named as a compressed disc image, but its start does not decompress: it is damaged or incomplete. Download it again, or check it against its published checksum.</source>
        <translation>%1 porte le nom d&apos;une image disque compressée, mais son début ne se décompresse pas : le fichier est endommagé ou incomplet. Téléchargez-le de nouveau, ou comparez-le à sa somme de contrôle publiée.</translation>
    </message>
    <message>
        <source>%1 is a UDF-only disc image. UDF only: not supported as a source yet. Burn it as it is, or copy its files out with another tool (such as 7z x) and add them as a folder. To put the image itself into a new image as a file, use --add FILE=/PATH.</source>
        <translation>%1 est une image de disque UDF seul. UDF seul : pas encore pris en charge comme source. Gravez-la telle quelle, ou copiez-en les fichiers avec un autre outil (comme 7z x) et ajoutez-les comme dossier. Pour mettre l&apos;image elle-même dans une nouvelle image en tant que fichier, utilisez --add FICHIER=/CHEMIN.</translation>
    </message>
    <message>
        <source>%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it is not a zip, tar or 7z archive either. If it should be an image, it is damaged or incomplete: download it again, or check it against its published checksum. To put the file itself into a new image, use --add FILE=/PATH.</source>
        <translation>%1 n&apos;est pas une image de disque : il ne contient aucun système de fichiers ISO 9660 ou UDF, et ce n&apos;est pas non plus une archive zip, tar ou 7z. S&apos;il devait s&apos;agir d&apos;une image, elle est endommagée ou incomplète : téléchargez-la de nouveau ou vérifiez-la avec sa somme de contrôle publiée. Pour mettre le fichier lui-même dans une nouvelle image, utilisez --add FICHIER=/CHEMIN.</translation>
    </message>
    <message>
        <source>%1 is a UDF-only disc image. UDF only: not supported as a source yet. Burn it as it is, or copy its files out with another tool (such as 7z x) and add them as a folder.</source>
        <translation>%1 est une image de disque uniquement UDF. UDF seul : pas encore pris en charge comme source. Gravez-la telle quelle, ou copiez ses fichiers avec un autre outil (comme 7z x) et ajoutez-les comme dossier.</translation>
    </message>
    <message>
        <source>%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it is not a zip, tar or 7z archive either. If it should be an image, it is damaged or incomplete: download it again, or check it against its published checksum.</source>
        <translation>%1 n&apos;est pas une image de disque : il ne contient aucun système de fichiers ISO 9660 ou UDF, et ce n&apos;est pas non plus une archive zip, tar ou 7z. S&apos;il devait s&apos;agir d&apos;une image, elle est endommagée ou incomplète : téléchargez-la de nouveau ou vérifiez-la avec sa somme de contrôle publiée.</translation>
    </message>
</context>
<context>
    <name>Spindle::AboutDialog</name>
    <message>
        <source>About Spindle</source>
        <translation>À propos de Spindle</translation>
    </message>
    <message>
        <source>Spindle %1</source>
        <translation>Spindle %1</translation>
    </message>
    <message>
        <source>Burns, copies, erases and inspects CDs, DVDs and Blu-ray discs.</source>
        <translation>Grave, copie, efface et examine les CD, DVD et disques Blu-ray.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>Spindle::AddVirtualDriveDialog</name>
    <message>
        <source>Add Virtual Drive</source>
        <translation>Ajouter un lecteur virtuel</translation>
    </message>
    <message>
        <source>A virtual drive is an image file that Spindle treats as a disc in a drive. An existing file reads as a written disc; a new file name gives a blank one.</source>
        <translation>Un lecteur virtuel est un fichier image que Spindle traite comme un disque dans un lecteur. Un fichier existant se lit comme un disque écrit ; un nouveau nom de fichier donne un disque vierge.</translation>
    </message>
    <message>
        <source>/path/to/disc.iso</source>
        <translation>/chemin/vers/disque.iso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Taille personnalisée…</translation>
    </message>
    <message>
        <source>e.g. 700M, 4.7G or 25000000000</source>
        <translation>p. ex. 700M, 4.7G ou 25000000000</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>&amp;Fichier image :</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Support :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Add Drive</source>
        <translation>Ajouter le lecteur</translation>
    </message>
    <message>
        <source>Choose an Image File</source>
        <translation>Choisir un fichier image</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.udf *.bin);;All files (*)</source>
        <translation>Images disque (*.iso *.img *.udf *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pick an existing image or type a new file name.</source>
        <translation>Choisissez une image existante ou saisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is a folder. A virtual drive needs a file name.</source>
        <translation>%1 est un dossier. Un lecteur virtuel a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message>
        <source>This file exists (%1): it reads as a written disc.</source>
        <translation>Ce fichier existe (%1) : il se lit comme un disque écrit.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>Le dossier %1 n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>This file does not exist yet: it acts as a blank disc.</source>
        <translation>Ce fichier n&apos;existe pas encore : il fait office de disque vierge.</translation>
    </message>
    <message>
        <source>Enter the size of the emulated disc.</source>
        <translation>Saisissez la taille du disque émulé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size. Enter one such as 700M, 4.7G or 25000000000.</source>
        <translation>« %1 » n&apos;est pas une taille. Saisissez par exemple 700M, 4.7G ou 25000000000.</translation>
    </message>
</context>
<context>
    <name>Spindle::BuildImageJob</name>
    <message>
        <source>Write new image %1</source>
        <translation>Écrire la nouvelle image %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>The new image needs %1 but the target medium holds %2. Leave out %3 more, or choose a larger medium.</source>
        <translation>La nouvelle image nécessite %1, mais le support cible ne peut contenir que %2. Excluez encore %3, ou choisissez un support plus grand.</translation>
    </message>
    <message>
        <source>%1 &gt; %2 bytes</source>
        <translation>%1 &gt; %2 octets</translation>
    </message>
    <message>
        <source>Overwrite file?</source>
        <translation>Écraser le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new image?</source>
        <translation>%1 existe déjà. Le remplacer par la nouvelle image ?</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>Annulé ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>The %1 delivered %2 of the %3 bytes it announced; the image would be incomplete and was not kept. Please report this.</source>
        <translation>%1 : seuls %2 des %3 octets annoncés ont été fournis ; l&apos;image serait incomplète et n&apos;a pas été conservée. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3).</source>
        <translation>Fichier %1 écrit (%2, %3).</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Fichier endommagé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, but %n file(s) could not be read in full from the source and hold zeros where they could not be read: %2.</source>
        <translation>
            <numerusform>%1 écrit, mais %n fichier n&apos;a pas pu être lu entièrement depuis la source et contient des zéros là où il était illisible : %2.</numerusform>
            <numerusform>%1 écrit, mais %n fichiers n&apos;ont pas pu être lus entièrement depuis la source et contiennent des zéros là où ils étaient illisibles : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spindle could not prepare the new image.</source>
        <translation>Spindle n&apos;a pas pu préparer la nouvelle image.</translation>
    </message>
    <message>
        <source>It carries dvdisaster RS03 error-correction data: %1 added, %2 roots (%3% redundancy), any %2 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Elle porte des données de correction d’erreurs dvdisaster RS03 : %1 ajoutés, %2 racines (%3 % de redondance) ; %2 secteurs illisibles quelconques dans chaque groupe de 255 peuvent être reconstruits.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Calcul des données de correction d&apos;erreurs</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnJob</name>
    <message>
        <source>Simulate burning %1</source>
        <translation>Simuler la gravure de %1</translation>
    </message>
    <message>
        <source>Burn %1</source>
        <translation>Graver %1</translation>
    </message>
    <message>
        <source>Insert the next disc</source>
        <translation>Insérez le disque suivant</translation>
    </message>
    <message>
        <source>Copy %1 of %2 is done. Insert a blank disc for copy %3 into %4.</source>
        <translation>La copie %1 sur %2 est terminée. Insérez un disque vierge dans %4 pour la copie %3.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 copies: no next disc was confirmed.</source>
        <translation>Arrêt après la copie %1 sur %2 : aucun disque suivant n&apos;a été confirmé.</translation>
    </message>
    <message>
        <source>Simulation finished: the burn would have succeeded. Nothing was written.</source>
        <translation>Simulation terminée : la gravure aurait réussi. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Burned %1 copies of %2.</source>
        <translation>Gravure terminée : %1 copies de %2.</translation>
    </message>
    <message>
        <source>Burned %1.</source>
        <translation>Gravure terminée : %1.</translation>
    </message>
    <message>
        <source>Verified: the disc matches the image.</source>
        <translation>Vérifié : le disque correspond à l&apos;image.</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Contrôle de l&apos;image</translation>
    </message>
    <message>
        <source>Measuring the compressed image</source>
        <translation>Mesure de l&apos;image compressée</translation>
    </message>
    <message>
        <source>Not a disc image?</source>
        <translation>Pas une image disque ?</translation>
    </message>
    <message>
        <source>Not burned: %1 has no recognised file system.</source>
        <translation>Non gravé : %1 ne contient aucun système de fichiers reconnu.</translation>
    </message>
    <message>
        <source>Image: %1, %2</source>
        <translation>Image : %1, %2</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Préparation de %1</translation>
    </message>
    <message>
        <source>Spindle could not prepare %1.</source>
        <translation>Spindle n&apos;a pas pu préparer %1.</translation>
    </message>
    <message>
        <source>%1 has a size (%2 bytes) that cannot be burned as data: it must be a whole number of 2048-byte sectors. Please report this.</source>
        <translation>%1 a une taille (%2 octets) qui ne peut pas être gravée en tant que données : elle doit correspondre à un nombre entier de secteurs de 2048 octets. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Checking the disc</source>
        <translation>Contrôle du disque</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert a blank disc and try again.</source>
        <translation>Il n&apos;y a aucun disque dans %1. Insérez un disque vierge et réessayez.</translation>
    </message>
    <message>
        <source>The disc in %1 (%2) cannot be written by this drive. Insert a blank disc of a kind the drive supports.</source>
        <translation>Le disque dans %1 (%2) ne peut pas être écrit par ce lecteur. Insérez un disque vierge d&apos;un type pris en charge par le lecteur.</translation>
    </message>
    <message>
        <source>The disc in %1 (%2) already holds data and cannot be erased. Insert a blank disc and try again.</source>
        <translation>Le disque dans %1 (%2) contient déjà des données et ne peut pas être effacé. Insérez un disque vierge et réessayez.</translation>
    </message>
    <message>
        <source>A simulated burn does not erase the disc, and this disc holds data. Erase it first, or insert a blank disc.</source>
        <translation>Une gravure simulée n&apos;efface pas le disque, et ce disque contient des données. Effacez-le d&apos;abord, ou insérez un disque vierge.</translation>
    </message>
    <message>
        <source>Erase the disc first?</source>
        <translation>Effacer d&apos;abord le disque ?</translation>
    </message>
    <message>
        <source>The rewritable disc in %1 holds %2 of data. Erase it (everything on it will be lost) and then burn the image?</source>
        <translation>Le disque réinscriptible dans %1 contient %2 de données. L&apos;effacer (tout son contenu sera perdu), puis graver l&apos;image ?</translation>
    </message>
    <message>
        <source>Not burned: the disc in %1 holds data. Erase it first, or allow erasing (--blank-if-needed).</source>
        <translation>Non gravé : le disque dans %1 contient des données. Effacez-le d&apos;abord, ou autorisez l&apos;effacement (--blank-if-needed).</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>The virtual disc file %1 is read-only. Make it writable or choose another file.</source>
        <translation>Le fichier de disque virtuel %1 est en lecture seule. Rendez-le accessible en écriture ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The disc in %1 cannot be written. Insert a blank disc.</source>
        <translation>Le disque dans %1 ne peut pas être écrit. Insérez un disque vierge.</translation>
    </message>
    <message>
        <source>The image does not fit: it needs %1, but the disc in %2 has only %3 free. Use a larger disc (a DVD holds 4.7 GB, a dual-layer DVD 8.5 GB, a BD 25 GB).</source>
        <translation>L&apos;image ne tient pas : elle nécessite %1, mais le disque dans %2 n&apos;a que %3 de libre. Utilisez un disque plus grand (un DVD contient 4,7 GB, un DVD double couche 8,5 GB, un BD 25 GB).</translation>
    </message>
    <message>
        <source>Or leave out %1 more.</source>
        <translation>Ou excluez encore %1.</translation>
    </message>
    <message>
        <source>image %1 bytes, free %2 bytes</source>
        <translation>image : %1 octets, espace libre : %2 octets</translation>
    </message>
    <message>
        <source>%1 discs have no test mode, so the burn cannot be simulated. Burn for real, or simulate with a CD-R or DVD-R.</source>
        <translation>Les disques %1 n&apos;ont pas de mode test ; la gravure ne peut donc pas être simulée. Gravez pour de bon, ou simulez avec un CD-R ou un DVD-R.</translation>
    </message>
    <message>
        <source>The drive %1 offers no way to write this disc. Check that the disc is blank and of a kind the drive writes.</source>
        <translation>Le lecteur %1 ne propose aucun moyen d&apos;écrire ce disque. Vérifiez que le disque est vierge et d&apos;un type que le lecteur sait graver.</translation>
    </message>
    <message>
        <source>The drive %1 cannot write this disc in write mode %2. Try write mode &quot;auto&quot;.</source>
        <translation>Le lecteur %1 ne peut pas écrire ce disque en mode d&apos;écriture %2. Essayez le mode d&apos;écriture « auto ».</translation>
    </message>
    <message>
        <source>Burning a disc</source>
        <translation>Gravure d&apos;un disque</translation>
    </message>
    <message>
        <source>Sleep is not inhibited: %1</source>
        <translation>La mise en veille n&apos;est pas bloquée : %1</translation>
    </message>
    <message>
        <source>Simulating</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>%1 copy %2 of %3</source>
        <translation>%1 : copie %2 sur %3</translation>
    </message>
    <message>
        <source>The drive did not start writing (%1); trying again.</source>
        <translation>Le lecteur n&apos;a pas commencé l&apos;écriture (%1) ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>Reading the image failed.</source>
        <translation>La lecture de l&apos;image a échoué.</translation>
    </message>
    <message>
        <source>The disc in %1 is incomplete and holds no usable copy of the image.</source>
        <translation>Le disque dans %1 est incomplet et ne contient aucune copie utilisable de l&apos;image.</translation>
    </message>
    <message>
        <source>Burning cancelled. The write-once disc in %1 is probably unusable now.</source>
        <translation>Gravure annulée. Le disque non réinscriptible dans %1 est probablement devenu inutilisable.</translation>
    </message>
    <message>
        <source>Burning cancelled. The disc in %1 holds an incomplete copy; erase or overwrite it.</source>
        <translation>Gravure annulée. Le disque dans %1 contient une copie incomplète ; effacez-le ou réécrivez-le.</translation>
    </message>
    <message>
        <source>The drive %1 did not write the image (libburn stopped after %2 of %3). Nothing usable was written; try again, and see the log if it keeps failing.</source>
        <translation>Le lecteur %1 n&apos;a pas écrit l&apos;image (libburn s&apos;est arrêté après %2 sur %3). Rien d&apos;utilisable n&apos;a été écrit ; réessayez, et consultez le journal si l&apos;échec se répète.</translation>
    </message>
    <message>
        <source>Writing to %1 failed; the disc holds an incomplete copy.</source>
        <translation>L&apos;écriture sur %1 a échoué ; le disque contient une copie incomplète.</translation>
    </message>
    <message>
        <source>The file system holding the virtual disc is full: free some space and burn again.</source>
        <translation>Le système de fichiers qui contient le disque virtuel est plein : libérez de l&apos;espace et gravez de nouveau.</translation>
    </message>
    <message>
        <source>Check that the file can be written and that its disk works.</source>
        <translation>Vérifiez que le fichier est accessible en écriture et que son support de stockage fonctionne.</translation>
    </message>
    <message>
        <source>Try a lower speed or another disc.</source>
        <translation>Essayez une vitesse plus basse ou un autre disque.</translation>
    </message>
    <message>
        <source>The image was written, but the old content after it could not be removed from %1: %2.</source>
        <translation>L&apos;image a été écrite, mais l&apos;ancien contenu situé après elle n&apos;a pas pu être supprimé de %1 : %2.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verification cancelled. The disc was burned but not checked.</source>
        <translation>Vérification annulée. Le disque a été gravé mais pas vérifié.</translation>
    </message>
    <message>
        <source>SHA-256 of image and disc: %1</source>
        <translation>SHA-256 de l&apos;image et du disque : %1</translation>
    </message>
    <message>
        <source>image SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 de l&apos;image %1, SHA-256 du disque %2</translation>
    </message>
    <message>
        <source>Spindle cannot verify the disc: the burned stream was not recorded completely. Please report this.</source>
        <translation>Spindle ne peut pas vérifier le disque : le flux gravé n&apos;a pas été enregistré entièrement. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>SHA-256 of what was burned and of the disc: %1</source>
        <translation>SHA-256 des données gravées et du disque : %1</translation>
    </message>
    <message>
        <source>burned SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 des données gravées %1, SHA-256 du disque %2</translation>
    </message>
    <message>
        <source>Overwrite the disc?</source>
        <translation>Écraser le disque ?</translation>
    </message>
    <message>
        <source>The disc in %1 already holds %2 of data. Burning writes over it (everything on it will be lost). Burn anyway?</source>
        <translation>Le disque dans %1 contient déjà %2 de données. La gravure les écrase (tout son contenu sera perdu). Graver quand même ?</translation>
    </message>
    <message>
        <source>Not burned</source>
        <translation>Non gravé</translation>
    </message>
    <message>
        <source>Measuring how fast the image decompresses</source>
        <translation>Mesure de la vitesse de décompression de l&apos;image</translation>
    </message>
    <message>
        <source>The image decompresses at %1.</source>
        <translation>L&apos;image se décompresse à %1.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data: %1 roots (%2% redundancy), any %1 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Le disque porte des données de correction d’erreurs dvdisaster RS03 : %1 racines (%2 % de redondance) ; %1 secteurs illisibles quelconques dans chaque groupe de 255 peuvent être reconstruits.</translation>
    </message>
    <message>
        <source>Error correction needs the whole image first: writing it to %1 (%2); it is removed when the burn ends.</source>
        <translation>La correction d’erreurs a d’abord besoin de l’image entière : elle est écrite dans %1 (%2) et supprimée à la fin de la gravure.</translation>
    </message>
    <message>
        <source>Writing the image to a temporary file</source>
        <translation>Écriture de l’image dans un fichier temporaire</translation>
    </message>
    <message>
        <source>Cancelled before writing; the disc is untouched.</source>
        <translation>Annulé avant l’écriture ; le disque est intact.</translation>
    </message>
    <message>
        <source>The %1 delivered %2 of the %3 bytes it announced; the image would be incomplete and was not burned. Please report this.</source>
        <translation>%1 a fourni %2 des %3 octets annoncés ; l’image serait incomplète et n’a pas été gravée. Merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots): it is burned as it is, without adding more.</source>
        <translation>%1 porte déjà des données de correction d’erreurs dvdisaster RS03 (pour un %2, %3 racines) : elle est gravée telle quelle, sans en ajouter.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>support de taille inconnue</translation>
    </message>
    <message>
        <source>No error-correction data was added and nothing was burned. Burn it without error correction, or start from the original image.</source>
        <translation>Aucune donnée de correction d’erreurs n’a été ajoutée et rien n’a été gravé. Gravez sans correction d’erreurs, ou repartez de l’image d’origine.</translation>
    </message>
    <message>
        <source>The image with its error-correction data needs %1, but only %2 is free for it. Choose less redundancy, or free some space.</source>
        <translation>L’image avec ses données de correction d’erreurs demande %1, mais seuls %2 sont libres. Choisissez moins de redondance, ou libérez de la place.</translation>
    </message>
    <message>
        <source>Computing the error-correction data into %1 (%2) first; it is burned after the image and removed when the burn ends.</source>
        <translation>Les données de correction d’erreurs sont d’abord calculées dans %1 (%2) ; elles sont gravées après l’image et supprimées à la fin de la gravure.</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Calcul des données de correction d&apos;erreurs</translation>
    </message>
    <message>
        <source>%1 with error-correction data</source>
        <translation>%1 avec données de correction d’erreurs</translation>
    </message>
    <message>
        <source>Error correction needs to read the image in any order, which a compressed image cannot give: decompressing it to %1 (%2); it is removed when the burn ends.</source>
        <translation>La correction d’erreurs doit lire l’image dans n’importe quel ordre, ce qu’une image compressée ne permet pas : elle est décompressée dans %1 (%2) et supprimée à la fin de la gravure.</translation>
    </message>
    <message>
        <source>Decompressing the image to a temporary file</source>
        <translation>Décompression de l’image dans un fichier temporaire</translation>
    </message>
    <message>
        <source>Measuring how fast the new image is made</source>
        <translation>Mesure de la vitesse de production de la nouvelle image</translation>
    </message>
    <message>
        <source>The new image is made at %1.</source>
        <translation>La nouvelle image est produite à %1.</translation>
    </message>
    <message>
        <source>The new image is made at %1 (its files are read as it is written), less than twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, write the image to a file first and burn that.</source>
        <translation>La nouvelle image est produite à %1 (ses fichiers sont lus pendant l’écriture), moins de deux fois ce que le graveur écrit à pleine vitesse : Spindle grave donc à %2 (%3 ko/s) pour que le graveur ne manque jamais de données. Pour graver à pleine vitesse, écrivez d’abord l’image dans un fichier, puis gravez celui-ci.</translation>
    </message>
    <message>
        <source>The image decompresses at %1, less than twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, decompress the image first.</source>
        <translation>L&apos;image se décompresse à %1, moins de deux fois ce que le graveur écrit à pleine vitesse : Spindle écrit donc à %2 (%3 ko/s) pour que le graveur ne manque jamais de données. Pour graver à pleine vitesse, décompressez d&apos;abord l&apos;image.</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnNewImageDialog</name>
    <message>
        <source>Burn the New Image</source>
        <translation>Graver la nouvelle image</translation>
    </message>
    <message>
        <source>Target disc</source>
        <translation>Disque cible</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Burn</source>
        <translation>&amp;Graver</translation>
    </message>
    <message>
        <source>The new image is burned as it is made, with no temporary file. Spindle checks the disc before writing anything.</source>
        <translation>La nouvelle image est gravée au fur et à mesure de sa création, sans fichier temporaire. Spindle contrôle le disque avant d&apos;écrire quoi que ce soit.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message>
        <source>Choose a drive with a blank disc, or add a virtual drive.</source>
        <translation>Choisissez un lecteur contenant un disque vierge, ou ajoutez un lecteur virtuel.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>aucun disque</translation>
    </message>
    <message>
        <source>(it will be erased first, after you confirm)</source>
        <translation>(il sera d&apos;abord effacé, après votre confirmation)</translation>
    </message>
    <message>
        <source>(holds data)</source>
        <translation>(contient des données)</translation>
    </message>
    <message>
        <source>Insert a blank disc.</source>
        <translation>Insérez un disque vierge.</translation>
    </message>
    <message>
        <source>The disc already holds data: insert a blank disc.</source>
        <translation>Le disque contient déjà des données : insérez un disque vierge.</translation>
    </message>
    <message>
        <source>The new image (about %1) should fit: %2 available.</source>
        <translation>La nouvelle image (environ %1) devrait tenir : %2 disponibles.</translation>
    </message>
    <message>
        <source>The new image (about %1) does not fit: only %2 available. Leave out more files or use a larger disc.</source>
        <translation>La nouvelle image (environ %1) ne tient pas : seulement %2 disponibles. Excluez d&apos;autres fichiers ou utilisez un disque plus grand.</translation>
    </message>
    <message>
        <source>Burn &amp;to:</source>
        <translation>&amp;Graver sur :</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnPage</name>
    <message>
        <source>&amp;Burn</source>
        <translation>&amp;Graver</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Drop an image here, or choose one</source>
        <translation>Déposez une image ici, ou choisissez-en une</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Target disc</source>
        <translation>Disque cible</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Choose an Image to Burn</source>
        <translation>Choisir une image à graver</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;All files (*)</source>
        <translation>Images disque (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Burns an .iso or .img file, also compressed (.gz, .xz, .bz2, .zst) without unpacking it first.</source>
        <translation>Grave un fichier .iso ou .img, même compressé (.gz, .xz, .bz2, .zst), sans devoir le décompresser au préalable.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>size known after decompressing</source>
        <translation>taille connue après décompression</translation>
    </message>
    <message>
        <source>%1-compressed (%2 on disk)</source>
        <translation>compressé %1 (fichier de %2)</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>amorçable</translation>
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
        <translation>Aucun système de fichiers ISO 9660 ou UDF trouvé : ce n&apos;est peut-être pas une image disque.</translation>
    </message>
    <message>
        <source>Choose a drive with a blank disc, or add a virtual drive.</source>
        <translation>Choisissez un lecteur contenant un disque vierge, ou ajoutez un lecteur virtuel.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>aucun disque</translation>
    </message>
    <message>
        <source>(it will be erased first, after you confirm)</source>
        <translation>(il sera d&apos;abord effacé, après votre confirmation)</translation>
    </message>
    <message>
        <source>(holds data)</source>
        <translation>(contient des données)</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>The disc holds data; it will be erased before burning.</source>
        <translation>Le disque contient des données ; il sera effacé avant la gravure.</translation>
    </message>
    <message>
        <source>The disc already holds data: insert a blank disc.</source>
        <translation>Le disque contient déjà des données : insérez un disque vierge.</translation>
    </message>
    <message>
        <source>The image (%1) fits: %2 free.</source>
        <translation>L&apos;image (%1) tient sur le disque : %2 libres.</translation>
    </message>
    <message>
        <source>The image (%1) does not fit: only %2 free.</source>
        <translation>L&apos;image (%1) ne tient pas : seulement %2 libres.</translation>
    </message>
    <message>
        <source>Burn finished</source>
        <translation>Gravure terminée</translation>
    </message>
    <message>
        <source>Burn did not finish</source>
        <translation>La gravure n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Image to burn</source>
        <translation>Image à graver</translation>
    </message>
    <message>
        <source>Room the image takes on the disc</source>
        <translation>Place occupée par l&apos;image sur le disque</translation>
    </message>
    <message>
        <source>The image with its error-correction data (%1) fits: %2 free.</source>
        <translation>L’image avec ses données de correction d’erreurs (%1) tient : %2 libres.</translation>
    </message>
    <message>
        <source>The image with its error-correction data (%1) does not fit: only %2 free.</source>
        <translation>L’image avec ses données de correction d’erreurs (%1) ne tient pas : seulement %2 libres.</translation>
    </message>
    <message>
        <source>The size of this compressed image is known only after decompressing it. Decompress it first to add error correction.</source>
        <translation>La taille de cette image compressée n’est connue qu’après sa décompression. Décompressez-la d’abord pour ajouter une correction d’erreurs.</translation>
    </message>
    <message>
        <source>The image is first decompressed to a temporary file (%1), removed after the burn.</source>
        <translation>L’image est d’abord décompressée dans un fichier temporaire (%1), supprimé après la gravure.</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnSettingsWidget</name>
    <message>
        <source>S&amp;imulate (test mode: nothing is written)</source>
        <translation>S&amp;imuler (mode test : rien n&apos;est écrit)</translation>
    </message>
    <message>
        <source>&amp;Verify the disc after burning</source>
        <translation>&amp;Vérifier le disque après la gravure</translation>
    </message>
    <message>
        <source>&amp;Eject when done</source>
        <translation>É&amp;jecter à la fin</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>Vi&amp;tesse :</translation>
    </message>
    <message>
        <source>After each copy the disc is ejected and Spindle asks for the next one.</source>
        <translation>Après chaque copie, le disque est éjecté et Spindle demande le suivant.</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>Nombre de &amp;copies :</translation>
    </message>
</context>
<context>
    <name>Spindle::CheckDiscJob</name>
    <message>
        <source>Check the disc in %1</source>
        <translation>Vérifier le disque dans %1</translation>
    </message>
    <message>
        <source>Examining the disc</source>
        <translation>Examen du disque</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the rest cannot be read.</source>
        <translation>Le disque contient %1 secteurs mais son système de fichiers en déclare %2 : le reste ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Reading the disc and its error-correction data</source>
        <translation>Lecture du disque et de ses données de correction d’erreurs</translation>
    </message>
    <message>
        <source>Reading the disc</source>
        <translation>Lecture du disque</translation>
    </message>
    <message>
        <source>The disc was taken out of %1 during the check. Insert it and check it again.</source>
        <translation>Le disque a été retiré de %1 pendant la vérification. Insérez-le et vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Unreadable sectors (the first %1 ranges): %2</source>
        <translation>Secteurs illisibles (les %1 premières plages) : %2</translation>
    </message>
    <message>
        <source>Every sector of the disc in %1 can be read.</source>
        <translation>Chaque secteur du disque dans %1 peut être lu.</translation>
    </message>
    <message>
        <source>The disc carries no error-correction data, so only a comparison with its image (spindle-cli verify IMAGE --drive) can tell whether what it holds is right.</source>
        <translation>Le disque ne porte aucune donnée de correction d’erreurs : seule une comparaison avec son image (spindle-cli verify IMAGE --drive) peut dire si son contenu est juste.</translation>
    </message>
    <message>
        <source>The disc carries no error-correction data, so only a comparison with its image can tell whether what it holds is right.</source>
        <translation>Le disque ne porte aucune donnée de correction d’erreurs : seule une comparaison avec son image peut dire si son contenu est juste.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) of the disc in %1 cannot be read.</source>
        <translation>
            <numerusform>%n secteur du disque dans %1 ne peut pas être lu.</numerusform>
            <numerusform>%n secteurs du disque dans %1 ne peuvent pas être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy it in rescue mode (spindle-cli read --skip-unreadable) to save everything else.</source>
        <translation>Copiez-le en mode sauvetage (spindle-cli read --skip-unreadable) pour sauver tout le reste.</translation>
    </message>
    <message>
        <source>Copy it with &quot;Copy Disc to Image&quot; in rescue mode to save everything else.</source>
        <translation>Copiez-le avec « Copier un disque en image » en mode de récupération pour sauver tout le reste.</translation>
    </message>
    <message>
        <source>Sectors that cannot be rebuilt (the first %1): %2</source>
        <translation>Secteurs impossibles à reconstruire (les %1 premiers) : %2</translation>
    </message>
    <message>
        <source>The disc in %1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild.</source>
        <translation>Le disque dans %1 a %2 secteurs endommagés ; %3 d’entre eux ne peuvent pas être reconstruits (%4 dans les données propres de l’image) : plus que ce que les %5 racines d’un bloc ECC peuvent reconstruire.</translation>
    </message>
    <message>
        <source>Copy it in rescue mode with more retries (spindle-cli read --skip-unreadable --retries 10 --repair): every sector a retry reads is one less to rebuild.</source>
        <translation>Copiez-le en mode sauvetage avec plus de tentatives (spindle-cli read --skip-unreadable --retries 10 --repair) : chaque secteur lu par une nouvelle tentative est un secteur de moins à reconstruire.</translation>
    </message>
    <message>
        <source>Copy it with &quot;Copy Disc to Image&quot; in rescue mode with more retries, then repair the copy: every sector a retry reads is one less to rebuild.</source>
        <translation>Copiez-le avec « Copier un disque en image » en mode de récupération avec plus de tentatives, puis réparez la copie : chaque secteur lu par une nouvelle tentative est un secteur de moins à reconstruire.</translation>
    </message>
    <message>
        <source>The disc in %1 has %2 damaged sectors (%3 unreadable or missing, %4 CRC errors), all of which can be rebuilt from its error-correction data.</source>
        <translation>Le disque dans %1 a %2 secteurs endommagés (%3 illisibles ou manquants, %4 erreurs de CRC), qui peuvent tous être reconstruits à partir de ses données de correction d’erreurs.</translation>
    </message>
    <message>
        <source>Copy it now, before the damage grows: spindle-cli read --skip-unreadable --repair.</source>
        <translation>Copiez-le maintenant, avant que les dégâts ne s’étendent : spindle-cli read --skip-unreadable --repair.</translation>
    </message>
    <message>
        <source>Copy it now with &quot;Copy Disc to Image&quot; in rescue mode and repair the copy, before the damage grows.</source>
        <translation>Copiez-le maintenant avec « Copier un disque en image » en mode de récupération et réparez la copie, avant que les dégâts ne s’étendent.</translation>
    </message>
    <message>
        <source>The disc in %1 is intact: every sector can be read and every data sector matches its CRC in the error-correction data.</source>
        <translation>Le disque dans %1 est intact : chaque secteur peut être lu et chaque secteur de données correspond à son CRC dans les données de correction d’erreurs.</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyDiscJob</name>
    <message>
        <source>Copy the disc in %1</source>
        <translation>Copier le disque dans %1</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Non copié</translation>
    </message>
    <message>
        <source>Copied the disc in %1 to a new disc in %2.</source>
        <translation>Le disque dans %1 a été copié sur un nouveau disque dans %2.</translation>
    </message>
    <message>
        <source>Copied the disc in %1 to %2 new discs in %3.</source>
        <translation>Le disque dans %1 a été copié sur %2 nouveaux disques dans %3.</translation>
    </message>
    <message>
        <source>The folder %1 for the temporary image could not be created.</source>
        <translation>Le dossier %1 de l&apos;image temporaire n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Copying with one drive needs a temporary image of %1 in %2, but only %3 is free there. Free some space, or copy with a second drive.</source>
        <translation>Copier avec un seul lecteur demande une image temporaire de %1 dans %2, mais il n&apos;y reste que %3 de libre. Libérez de la place, ou copiez avec un second lecteur.</translation>
    </message>
    <message>
        <source>Temporary image: %1</source>
        <translation>Image temporaire : %1</translation>
    </message>
    <message>
        <source>Insert a blank disc</source>
        <translation>Insérez un disque vierge</translation>
    </message>
    <message>
        <source>The disc in %1 has been read. Take it out, insert a blank disc that holds at least %2 (%3 or larger) and go on.</source>
        <translation>Le disque dans %1 a été lu. Retirez-le, insérez un disque vierge d&apos;au moins %2 (%3 ou plus grand) et continuez.</translation>
    </message>
    <message>
        <source>Not copied: no blank disc was inserted into %1.</source>
        <translation>Non copié : aucun disque vierge n&apos;a été inséré dans %1.</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyDiscPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Disc to copy</source>
        <translation>Disque à copier</translation>
    </message>
    <message>
        <source>Burn the copy with</source>
        <translation>Graver la copie avec</translation>
    </message>
    <message>
        <source>One drive: the disc is read into a temporary image first; then Spindle asks for a blank disc.</source>
        <translation>Un seul lecteur : le disque est d&apos;abord lu dans une image temporaire ; ensuite Spindle demande un disque vierge.</translation>
    </message>
    <message>
        <source>Two drives: the copy is burned while the disc is read.</source>
        <translation>Deux lecteurs : la copie est gravée pendant la lecture du disque.</translation>
    </message>
    <message>
        <source>Disc copied</source>
        <translation>Disque copié</translation>
    </message>
    <message>
        <source>Copy did not finish</source>
        <translation>La copie n&apos;a pas abouti</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyPage</name>
    <message>
        <source>&amp;Start Copy</source>
        <translation>&amp;Démarrer la copie</translation>
    </message>
    <message>
        <source>Disc to copy</source>
        <translation>Disque à copier</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Where to save the image (.iso)</source>
        <translation>Où enregistrer l&apos;image (.iso)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Read &amp;speed:</source>
        <translation>&amp;Vitesse de lecture :</translation>
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
        <translation>SHA-256 et MD5</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Checksum:</source>
        <translation>Somme de &amp;contrôle :</translation>
    </message>
    <message>
        <source>Save the checksum next to the image (.sha256 / .md5)</source>
        <translation>Enregistrer la somme de contrôle à côté de l&apos;image (.sha256 / .md5)</translation>
    </message>
    <message>
        <source>&amp;Verify: read the disc again and compare</source>
        <translation>Vé&amp;rifier : relire le disque et comparer</translation>
    </message>
    <message>
        <source>Copy the &amp;whole track, not just the file system</source>
        <translation>Copier la piste en&amp;tière, pas seulement le système de fichiers</translation>
    </message>
    <message>
        <source>Normally the copy stops where the disc&apos;s file system ends, so that padding the drive cannot read is left out.</source>
        <translation>Normalement, la copie s&apos;arrête à la fin du système de fichiers du disque, afin d&apos;exclure le remplissage que le lecteur ne peut pas lire.</translation>
    </message>
    <message>
        <source>&amp;Rescue mode: skip unreadable sectors and keep the rest</source>
        <translation>&amp;Mode de récupération : ignorer les secteurs illisibles et garder le reste</translation>
    </message>
    <message>
        <source>Unreadable sectors are filled with zeros and recorded in a map file next to the image. Copying again to the same file reads only what is still missing.</source>
        <translation>Les secteurs illisibles sont remplis de zéros et notés dans un fichier de suivi à côté de l&apos;image. Une nouvelle copie vers le même fichier ne lit que ce qui manque encore.</translation>
    </message>
    <message>
        <source>Retries per bad sector:</source>
        <translation>Tentatives par secteur défectueux :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Choose the drive holding the disc, or add a virtual drive.</source>
        <translation>Choisissez le lecteur contenant le disque, ou ajoutez un lecteur virtuel.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message>
        <source>The disc is blank: there is nothing to copy.</source>
        <translation>Le disque est vierge : il n&apos;y a rien à copier.</translation>
    </message>
    <message>
        <source>No disc in this drive.</source>
        <translation>Aucun disque dans ce lecteur.</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sans nom de volume</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>amorçable</translation>
    </message>
    <message>
        <source>UDF</source>
        <translation>UDF</translation>
    </message>
    <message>
        <source>no file system recognised</source>
        <translation>aucun système de fichiers reconnu</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Enregistrer l&apos;image sous</translation>
    </message>
    <message>
        <source>Disc images (*.iso);;All files (*)</source>
        <translation>Images disque (*.iso);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the existing file?</source>
        <translation>Remplacer le fichier existant ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the copy of this disc?</source>
        <translation>%1 existe déjà. Le remplacer par la copie de ce disque ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Image enregistrée : &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Time: %1, average speed %2.</source>
        <translation>Durée : %1, vitesse moyenne %2.</translation>
    </message>
    <message>
        <source>SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA-256 : &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>MD5: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>MD5 : &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Verified: the image matches the disc.</source>
        <translation>Vérifié : l&apos;image correspond au disque.</translation>
    </message>
    <message>
        <source>This copy resumed an earlier rescue.</source>
        <translation>Cette copie a repris une récupération précédente.</translation>
    </message>
    <message>
        <source>Unreadable sectors (filled with zeros): %1</source>
        <translation>Secteurs illisibles (remplis de zéros) : %1</translation>
    </message>
    <message>
        <source>Damaged files: %1</source>
        <translation>Fichiers endommagés : %1</translation>
    </message>
    <message>
        <source>Files on unreadable sectors</source>
        <translation>Fichiers sur des secteurs illisibles</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; checked and repaired with its error-correction data (%2 roots).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; vérifiée et réparée avec ses données de correction d’erreurs (%2 racines).</translation>
    </message>
    <message>
        <source>Damaged sectors: %1 (%2 unreadable, %3 with CRC errors).</source>
        <translation>Secteurs endommagés : %1 (%2 illisibles, %3 avec erreurs de CRC).</translation>
    </message>
    <message>
        <source>Rebuilt: %1. Still lost: %2.</source>
        <translation>Reconstruits : %1. Toujours perdus : %2.</translation>
    </message>
    <message>
        <source>The first %1 lost sectors:</source>
        <translation>Les %1 premiers secteurs perdus :</translation>
    </message>
    <message>
        <source>The lost sectors:</source>
        <translation>Les secteurs perdus :</translation>
    </message>
    <message>
        <source>Sectors still lost</source>
        <translation>Secteurs toujours perdus</translation>
    </message>
</context>
<context>
    <name>Spindle::DiscInfoPage</name>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the disc again</source>
        <translation>Relire le disque</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message>
        <source>Could not read this drive</source>
        <translation>Impossible de lire ce lecteur</translation>
    </message>
    <message>
        <source>%1 · emulated %2</source>
        <translation>%1 · support émulé : %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1. A plain image file can grow until its file system is full.</source>
        <translation>%1. Un simple fichier image peut grandir jusqu&apos;à ce que son système de fichiers soit plein.</translation>
    </message>
    <message>
        <source>As fast as the disk allows (image file)</source>
        <translation>Aussi vite que le permet le support de stockage (fichier image)</translation>
    </message>
    <message>
        <source>Not reported by the drive</source>
        <translation>Non communiquées par le lecteur</translation>
    </message>
    <message>
        <source>There is no disc in the drive.</source>
        <translation>Il n&apos;y a aucun disque dans le lecteur.</translation>
    </message>
    <message>
        <source>The disc is blank: there is no file system yet.</source>
        <translation>Le disque est vierge : il n&apos;a pas encore de système de fichiers.</translation>
    </message>
    <message>
        <source>No data file system was found. This may be an audio CD or a format Spindle does not recognise.</source>
        <translation>Aucun système de fichiers de données n&apos;a été trouvé. Il s&apos;agit peut-être d&apos;un CD audio ou d&apos;un format que Spindle ne reconnaît pas.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans nom de volume)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>No sessions have been written yet.</source>
        <translation>Aucune session n&apos;a encore été écrite.</translation>
    </message>
    <message>
        <source>Add Virtual Drive…</source>
        <translation>Ajouter un lecteur virtuel…</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité :</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>Libre :</translation>
    </message>
    <message>
        <source>Erasable:</source>
        <translation>Effaçable :</translation>
    </message>
    <message>
        <source>Writable:</source>
        <translation>Inscriptible :</translation>
    </message>
    <message>
        <source>Write speeds:</source>
        <translation>Vitesses d&apos;écriture :</translation>
    </message>
    <message>
        <source>File System</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nom de volume :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Date de création :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Joliet:</source>
        <translation>Joliet :</translation>
    </message>
    <message>
        <source>Rock Ridge:</source>
        <translation>Rock Ridge :</translation>
    </message>
    <message>
        <source>UDF:</source>
        <translation>UDF :</translation>
    </message>
    <message>
        <source>Bootable (El Torito):</source>
        <translation>Amorçable (El Torito) :</translation>
    </message>
    <message>
        <source>DVD-Video:</source>
        <translation>DVD-Video :</translation>
    </message>
    <message>
        <source>Sessions and Tracks</source>
        <translation>Sessions et pistes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Start (sector)</source>
        <translation>Début (secteur)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Disc details</source>
        <translation>Détails du disque</translation>
    </message>
    <message>
        <source>Open &amp;Image…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>Show what an image file holds instead of a disc</source>
        <translation>Afficher le contenu d&apos;un fichier image au lieu d&apos;un disque</translation>
    </message>
    <message>
        <source>Choose an Image to Look At</source>
        <translation>Choisir une image à examiner</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;All files (*)</source>
        <translation>Images disque (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read the image file again</source>
        <translation>Relire le fichier image</translation>
    </message>
    <message>
        <source>Reading the image file…</source>
        <translation>Lecture du fichier image…</translation>
    </message>
    <message>
        <source>Could not read this image file</source>
        <translation>Ce fichier image n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Choose a drive or open an image file</source>
        <translation>Choisissez un lecteur ou ouvrez un fichier image</translation>
    </message>
    <message>
        <source>Spindle shows what is on the disc in the chosen drive, or what an image file holds.</source>
        <translation>Spindle montre ce que contient le disque du lecteur choisi, ou un fichier image.</translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>&amp;Check for Damage</source>
        <translation>&amp;Rechercher les dégâts</translation>
    </message>
    <message>
        <source>Read every sector of the disc and, when it carries error-correction data, check each one against it: what is damaged and whether a copy can be repaired. Nothing is written.</source>
        <translation>Lire chaque secteur du disque et, s’il porte des données de correction d’erreurs, vérifier chacun avec elles : ce qui est endommagé et si une copie peut être réparée. Rien n’est écrit.</translation>
    </message>
    <message>
        <source>Re&amp;pair Image</source>
        <translation>Ré&amp;parer l’image</translation>
    </message>
    <message>
        <source>Rebuild the damaged sectors the check found from the image&apos;s error-correction data, in the image file itself</source>
        <translation>Reconstruire les secteurs endommagés trouvés par la vérification à partir des données de correction d’erreurs de l’image, dans le fichier image lui-même</translation>
    </message>
    <message>
        <source>Repair the Image?</source>
        <translation>Réparer l’image ?</translation>
    </message>
    <message>
        <source>The damaged sectors of %1 are rebuilt from its error-correction data and written into the file. Sectors that cannot be rebuilt stay as they are.</source>
        <translation>Les secteurs endommagés de %1 sont reconstruits à partir de ses données de correction d’erreurs et écrits dans le fichier. Les secteurs impossibles à reconstruire restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check every sector of the image against its error-correction data: what is damaged and whether it can be repaired. Nothing is written.</source>
        <translation>Vérifier chaque secteur de l’image avec ses données de correction d’erreurs : ce qui est endommagé et si cela peut être réparé. Rien n’est écrit.</translation>
    </message>
</context>
<context>
    <name>Spindle::DriveList</name>
    <message>
        <source>Choose an image file for the virtual drive.</source>
        <translation>Choisissez un fichier image pour le lecteur virtuel.</translation>
    </message>
    <message>
        <source>%1 is a device, not an image file. Real drives appear in the list by themselves.</source>
        <translation>%1 est un périphérique, pas un fichier image. Les lecteurs réels apparaissent automatiquement dans la liste.</translation>
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
        <translation>Recherche des lecteurs…</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Lecteur :</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>Rechercher de nouveau les lecteurs</translation>
    </message>
    <message>
        <source>Add Virtual Drive…</source>
        <translation>Ajouter un lecteur virtuel…</translation>
    </message>
    <message>
        <source>Remove This Virtual Drive</source>
        <translation>Retirer ce lecteur virtuel</translation>
    </message>
    <message>
        <source>%1
Emulated medium: %2</source>
        <translation>%1
Support émulé : %2</translation>
    </message>
    <message>
        <source>No drive found</source>
        <translation>Aucun lecteur trouvé</translation>
    </message>
    <message>
        <source>More virtual drive actions</source>
        <translation>Autres actions sur les lecteurs virtuels</translation>
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
        <translation>%1 est endommagé ou n&apos;est pas un fichier IFO de DVD-Video (%2). Ses pistes audio et de sous-titres ne peuvent pas être lues ; copiez le DVD en entier ou réparez la source.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>not a title set IFO</source>
        <translation>pas un IFO de jeu de titres</translation>
    </message>
    <message>
        <source>management table of %1 bytes</source>
        <translation>table de gestion de %1 octets</translation>
    </message>
    <message>
        <source>%1 audio streams</source>
        <translation>%1 pistes audio</translation>
    </message>
    <message>
        <source>%1 subtitle streams</source>
        <translation>%1 pistes de sous-titres</translation>
    </message>
    <message>
        <source>%1 title PGCs</source>
        <translation>%1 PGC de titre</translation>
    </message>
    <message>
        <source>title PGC %1 lies outside its table</source>
        <translation>la PGC de titre %1 est hors de sa table</translation>
    </message>
    <message>
        <source>This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO.</source>
        <translation>Cette source n&apos;est pas un DVD-Video : elle ne contient pas de VIDEO_TS/VIDEO_TS.IFO.</translation>
    </message>
    <message>
        <source>not a video manager IFO</source>
        <translation>pas un IFO de gestionnaire vidéo</translation>
    </message>
    <message>
        <source>%1 title sets</source>
        <translation>%1 jeux de titres</translation>
    </message>
    <message>
        <source>%1 is missing, though VIDEO_TS.IFO lists title set %2.</source>
        <translation>%1 est absent, bien que VIDEO_TS.IFO liste le jeu de titres %2.</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Langue inconnue</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>visually impaired</source>
        <translation>pour malvoyants</translation>
    </message>
    <message>
        <source>director&apos;s comments</source>
        <translation>commentaires du réalisateur</translation>
    </message>
    <message>
        <source>alternate director&apos;s comments</source>
        <translation>autres commentaires du réalisateur</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>extension %1</translation>
    </message>
    <message>
        <source>large</source>
        <translation>grands caractères</translation>
    </message>
    <message>
        <source>children</source>
        <translation>pour enfants</translation>
    </message>
    <message>
        <source>closed captions</source>
        <translation>sous-titres pour sourds et malentendants</translation>
    </message>
    <message>
        <source>large closed captions</source>
        <translation>sous-titres pour sourds et malentendants en grands caractères</translation>
    </message>
    <message>
        <source>children&apos;s closed captions</source>
        <translation>sous-titres pour sourds et malentendants pour enfants</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forcés</translation>
    </message>
    <message>
        <source>large director&apos;s comments</source>
        <translation>commentaires du réalisateur en grands caractères</translation>
    </message>
    <message>
        <source>director&apos;s comments for children</source>
        <translation>commentaires du réalisateur pour enfants</translation>
    </message>
    <message>
        <source>%1 has a damaged %2 table. Keep the title set&apos;s streams as they are, or copy the disc whole.</source>
        <translation>%1 a une table %2 endommagée. Gardez les pistes du jeu de titres telles quelles, ou copiez le disque en entier.</translation>
    </message>
    <message>
        <source>%1 has no audio stream %2 (it has %3). Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>%1 n&apos;a pas de piste audio %2 (il en a %3). Vérifiez les numéros avec « spindle-cli titles ».</translation>
    </message>
    <message>
        <source>%1 has no subtitle stream %2 (it has %3). Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>%1 n&apos;a pas de piste de sous-titres %2 (il en a %3). Vérifiez les numéros avec « spindle-cli titles ».</translation>
    </message>
    <message>
        <source>%1 has titles with camera angles, whose interleaved video Spindle does not rewrite yet. Keep this title set&apos;s streams as they are.</source>
        <translation>%1 a des titres à plusieurs angles de caméra, dont Spindle ne réécrit pas encore la vidéo entrelacée. Gardez les pistes de ce jeu de titres telles quelles.</translation>
    </message>
    <message>
        <source>audio stream %1 is left out; it selects audio stream 1 of those kept</source>
        <translation>la piste audio %1 est retirée ; elle sélectionne la piste audio 1 parmi celles gardées</translation>
    </message>
    <message>
        <source>subtitle stream %1 is left out; it switches subtitles off</source>
        <translation>la piste de sous-titres %1 est retirée ; elle désactive les sous-titres</translation>
    </message>
    <message>
        <source>stream numbers follow the streams kept</source>
        <translation>les numéros de piste suivent les pistes gardées</translation>
    </message>
    <message>
        <source>%1: its stream selection changes (%2).</source>
        <translation>%1 : sa sélection de piste change (%2).</translation>
    </message>
    <message>
        <source>Register GPRM %1 selects streams but is also compared or computed with; the commands that set it stay as they are, so a choice made through it may now select another stream.</source>
        <translation>Le registre GPRM %1 sélectionne des pistes mais sert aussi à des comparaisons ou des calculs ; les commandes qui le fixent restent telles quelles, donc un choix fait par lui peut maintenant sélectionner une autre piste.</translation>
    </message>
    <message>
        <source>%1: the stream number it keeps in register GPRM %2 for a later selection changes (%3).</source>
        <translation>%1 : le numéro de piste qu&apos;il garde dans le registre GPRM %2 pour une sélection ultérieure change (%3).</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdStreamsView</name>
    <message>
        <source>Audio and subtitle streams</source>
        <translation>Pistes audio et de sous-titres</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Keep audio:</source>
        <translation>Garder l&apos;audio :</translation>
    </message>
    <message>
        <source>Keep subtitles:</source>
        <translation>Garder les sous-titres :</translation>
    </message>
    <message>
        <source>Leave out commentary tracks</source>
        <translation>Retirer les pistes de commentaires</translation>
    </message>
    <message>
        <source>Audio and subtitle streams marked as director&apos;s comments are left out.</source>
        <translation>Les pistes audio et de sous-titres marquées comme commentaires du réalisateur sont retirées.</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <source>Subtitles %1</source>
        <translation>Sous-titres %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <source>The language of each title set&apos;s first audio stream, which is usually the language the film was made in.</source>
        <translation>La langue de la première piste audio de chaque jeu de titres, en général celle dans laquelle le film a été tourné.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Leave out the only audio stream?</source>
        <translation>Retirer la seule piste audio ?</translation>
    </message>
    <message>
        <source>Without this audio stream, title %1 plays without sound. Leave it out anyway?</source>
        <translation>Sans cette piste audio, le titre %1 est lu sans son. La retirer quand même ?</translation>
    </message>
    <message>
        <source>Without this audio stream, titles %1 play without sound. Leave it out anyway?</source>
        <translation>Sans cette piste audio, les titres %1 sont lus sans son. La retirer quand même ?</translation>
    </message>
    <message>
        <source>Title set %1, title %2</source>
        <translation>Jeu de titres %1, titre %2</translation>
    </message>
    <message>
        <source>Title set %1, titles %2</source>
        <translation>Jeu de titres %1, titres %2</translation>
    </message>
    <message>
        <source>%1: left out with its titles</source>
        <translation>%1 : retiré avec ses titres</translation>
    </message>
    <message>
        <source>%1: streams stay (several camera angles)</source>
        <translation>%1 : les pistes restent (plusieurs angles de caméra)</translation>
    </message>
    <message>
        <source>A title of title set %1 has several camera angles. Spindle cannot leave out streams of such a title set yet, so all of its streams stay.</source>
        <translation>Un titre du jeu de titres %1 a plusieurs angles de caméra. Spindle ne peut pas encore retirer de pistes d&apos;un tel jeu de titres, donc toutes ses pistes restent.</translation>
    </message>
    <message>
        <source>Reading the size of each stream from the VOB files…</source>
        <translation>Lecture de la taille de chaque piste dans les fichiers VOB…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The streams stay as they are; only their sizes are not shown.</source>
        <translation>Les pistes restent telles quelles ; seules leurs tailles ne sont pas affichées.</translation>
    </message>
    <message>
        <source>The sizes of the streams were not read.</source>
        <translation>Les tailles des pistes n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>Read sizes</source>
        <translation>Lire les tailles</translation>
    </message>
    <message>
        <source>Reads the VOB files once to find how much each stream takes.</source>
        <translation>Lit une fois les fichiers VOB pour savoir combien de place prend chaque piste.</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTitlesView</name>
    <message>
        <source>unknown language</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Angles</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Title set</source>
        <translation>Jeu de titres</translation>
    </message>
    <message>
        <source>Set size</source>
        <translation>Taille du jeu</translation>
    </message>
    <message>
        <source>Main feature only, no menus</source>
        <translation>Film principal seul, sans menus</translation>
    </message>
    <message>
        <source>Keep only the longest title and play it as soon as the disc starts; the menus and every other title are left out.</source>
        <translation>Ne conserver que le titre le plus long et le lire dès le démarrage du disque ; les menus et tous les autres titres sont exclus.</translation>
    </message>
    <message>
        <source>Reading the titles…</source>
        <translation>Lecture des titres…</translation>
    </message>
    <message>
        <source>%1 (main feature)</source>
        <translation>%1 (film principal)</translation>
    </message>
    <message>
        <source>The longest title, which players take for the main feature.</source>
        <translation>Le titre le plus long, que les lecteurs DVD considèrent comme le film principal.</translation>
    </message>
    <message>
        <source>%1 %2 %3 ch</source>
        <translation>%1 %2 %3 can.</translation>
    </message>
    <message>
        <source>%1: %2, %3 channels</source>
        <translation>%1 : %2, %3 canaux</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>All files of title set %1 (VTS_%2_*)</source>
        <translation>Tous les fichiers du jeu de titres %1 (VTS_%2_*)</translation>
    </message>
    <message>
        <source>The main feature is title %1.</source>
        <translation>Le film principal est le titre %1.</translation>
    </message>
    <message>
        <source>Only title %1 is kept; it plays as soon as the disc starts, with no menus.</source>
        <translation>Seul le titre %1 est conservé ; il est lu dès le démarrage du disque, sans menus.</translation>
    </message>
    <message>
        <source>Tick at least one title to keep.</source>
        <translation>Cochez au moins un titre à conserver.</translation>
    </message>
    <message>
        <source>%1 of %2 titles kept.</source>
        <translation>Titres conservés : %1 sur %2.</translation>
    </message>
    <message>
        <source>Title set %1 is left out (%2).</source>
        <translation>Le jeu de titres %1 est exclu (%2).</translation>
    </message>
    <message>
        <source>Title sets %1 are left out (%2).</source>
        <translation>Les jeux de titres %1 sont exclus (%2).</translation>
    </message>
    <message>
        <source>DVD titles</source>
        <translation>Titres du DVD</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n titre.</numerusform>
            <numerusform>%n titres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streams left out: %1 (%2).</source>
        <translation>Pistes retirées : %1 (%2).</translation>
    </message>
    <message>
        <source>Streams left out: %1.</source>
        <translation>Pistes retirées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share a title set with titles that are kept: the video that only they play goes (%2).</source>
        <translation>
            <numerusform>Le titre %1 partage un jeu de titres avec des titres conservés : seule la vidéo que lui seul lit disparaît (%2).</numerusform>
            <numerusform>Les titres %1 partagent des jeux de titres avec des titres conservés : seule la vidéo qu&apos;eux seuls lisent disparaît (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share all of their video with titles that are kept, so leaving them out saves nothing.</source>
        <translation>
            <numerusform>Le titre %1 partage toute sa vidéo avec des titres conservés : l&apos;omettre ne fait gagner aucune place.</numerusform>
            <numerusform>Les titres %1 partagent toute leur vidéo avec des titres conservés : les omettre ne fait gagner aucune place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n title(s) are kept. Untick the titles to leave out.</source>
        <translation>
            <numerusform>Le titre est conservé.</numerusform>
            <numerusform>Les %n titres sont tous conservés. Décochez les titres à exclure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTrim</name>
    <message>
        <source>%1 is %2 MiB, too large to be a DVD-Video IFO file. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 fait %2 MiB, ce qui est trop grand pour un fichier IFO de DVD-Video. Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>This source is not a DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO. Leave files out in the file tree instead.</source>
        <translation>Cette source n&apos;est pas un DVD-Video : elle ne contient pas de VIDEO_TS/VIDEO_TS.IFO. Excluez plutôt des fichiers dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO lists no titles (its title search table is empty or damaged). The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO ne répertorie aucun titre (sa table de recherche des titres est vide ou endommagée). Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>%1 is missing, though VIDEO_TS.IFO lists title set %2. The DVD is incomplete; copy the whole disc again.</source>
        <translation>%1 est absent, alors que VIDEO_TS.IFO répertorie le jeu de titres %2. Le DVD est incomplet ; copiez de nouveau le disque en entier.</translation>
    </message>
    <message>
        <source>%1 is not a title set IFO file. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 n&apos;est pas un fichier IFO de jeu de titres. Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>Title %1 belongs to title set %2, which VIDEO_TS.IFO does not have. The DVD&apos;s IFO files are inconsistent; copy it whole.</source>
        <translation>Le titre %1 appartient au jeu de titres %2, absent de VIDEO_TS.IFO. Les fichiers IFO du DVD sont incohérents ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>Title %1 does not exist: this DVD-Video has titles 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>Le titre %1 n&apos;existe pas : ce DVD-Video comporte les titres 1 à %2. Vérifiez les numéros avec « spindle-cli titles ».</translation>
    </message>
    <message>
        <source>Every title would be left out, which leaves no DVD-Video. Keep at least one title.</source>
        <translation>Tous les titres seraient exclus, ce qui ne laisserait aucun DVD-Video. Conservez au moins un titre.</translation>
    </message>
    <message>
        <source>title sets are renumbered</source>
        <translation>les jeux de titres sont renumérotés</translation>
    </message>
    <message>
        <source>titles are renumbered</source>
        <translation>les titres sont renumérotés</translation>
    </message>
    <message>
        <source>without menus the titles play one after the other</source>
        <translation>sans menus, les titres sont lus l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>the menus are left out</source>
        <translation>les menus sont exclus</translation>
    </message>
    <message>
        <source>title %1 is left out</source>
        <translation>le titre %1 est exclu</translation>
    </message>
    <message>
        <source>its target is left out</source>
        <translation>sa cible est exclue</translation>
    </message>
    <message>
        <source>play the next title, or stop after the last</source>
        <translation>lire le titre suivant, ou s&apos;arrêter après le dernier</translation>
    </message>
    <message>
        <source>play title %1 (title %2 of the source)</source>
        <translation>lire le titre %1 (titre %2 de la source)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; now does &quot;%3&quot; (%4).</source>
        <translation>%1 : « %2 » devient « %3 » (%4).</translation>
    </message>
    <message>
        <source>The menu %1 is %2 MiB and its buttons lead to titles that are left out; Spindle rewrites menus up to %3 MiB. Keep all titles, or choose &quot;main feature only&quot;, which leaves the menus out.</source>
        <translation>Le menu %1 fait %2 MiB et ses boutons mènent à des titres exclus ; Spindle réécrit les menus jusqu&apos;à %3 MiB. Conservez tous les titres, ou choisissez « film principal seul », qui exclut les menus.</translation>
    </message>
    <message>
        <source>Title %1 had no command at its end; one that plays the next title (or stops after the last) is added.</source>
        <translation>Le titre %1 n&apos;avait aucune commande à sa fin ; une commande qui lit le titre suivant (ou s&apos;arrête après le dernier) est ajoutée.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>%1.IFO has a damaged program chain table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1.IFO contient une table de chaînes de programmes endommagée. Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>%1.IFO has a damaged menu table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1.IFO contient une table de menus endommagée. Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO first play</source>
        <translation>VIDEO_TS.IFO lecture initiale</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO menu</source>
        <translation>VIDEO_TS.IFO menu</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO has a damaged menu table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO contient une table de menus endommagée. Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO has a damaged title set attribute table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO contient une table d&apos;attributs des jeux de titres endommagée. Le DVD ne peut pas être réduit ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>The parental management table was damaged and is left out: the disc has no parental levels.</source>
        <translation>La table de contrôle parental était endommagée et a été exclue : le disque n&apos;a aucun niveau de contrôle parental.</translation>
    </message>
    <message>
        <source>The disc&apos;s text data (title names for players that show them) is left out, as titles are renumbered.</source>
        <translation>Les données texte du disque (noms des titres, pour les lecteurs DVD qui les affichent) sont exclues, car les titres sont renumérotés.</translation>
    </message>
    <message>
        <source>Main feature only: the disc plays its one title, with no menus.</source>
        <translation>Film principal seul : le disque lit son unique titre, sans menus.</translation>
    </message>
    <message>
        <source>Main feature only: the disc plays its %1 titles one after the other, with no menus.</source>
        <translation>Film principal seul : le disque lit ses %1 titres l&apos;un après l&apos;autre, sans menus.</translation>
    </message>
    <message>
        <source>Title %1 is left out.</source>
        <translation>Le titre %1 est exclu.</translation>
    </message>
    <message>
        <source>Title %1 is left out of the title list, but its video stays in VTS_%2_*.VOB, which other titles of title set %3 share: the image does not shrink by it.</source>
        <translation>Le titre %1 est retiré de la liste des titres, mais sa vidéo reste dans VTS_%2_*.VOB, que partagent d&apos;autres titres du jeu de titres %3 : l&apos;image n&apos;en devient pas plus petite.</translation>
    </message>
    <message>
        <source>Title %1 ends without a jump, so players stop after it instead of going on to title %2; choose it from the player&apos;s title list.</source>
        <translation>Le titre %1 se termine sans saut : les lecteurs DVD s&apos;arrêtent donc après lui au lieu de passer au titre %2 ; choisissez ce dernier dans la liste des titres du lecteur DVD.</translation>
    </message>
    <message>
        <source>Title set %1 is left out (its VOB files go).</source>
        <translation>Le jeu de titres %1 est exclu (ses fichiers VOB sont supprimés).</translation>
    </message>
    <message>
        <source>Title set %1 becomes title set %2 (VTS_%3_* files renamed to VTS_%4_*).</source>
        <translation>Le jeu de titres %1 devient le jeu de titres %2 (fichiers VTS_%3_* renommés en VTS_%4_*).</translation>
    </message>
    <message>
        <source>There is no source to trim. Open a DVD-Video first.</source>
        <translation>Il n&apos;y a aucune source à réduire. Ouvrez d&apos;abord un DVD-Video.</translation>
    </message>
    <message>
        <source>Title set %1 does not exist: this DVD-Video has title sets 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>Le jeu de titres %1 n&apos;existe pas : ce DVD-Video a les jeux de titres 1 à %2. Vérifiez les numéros avec « spindle-cli titles ».</translation>
    </message>
    <message>
        <source>Title %1 is left out; the video that only it (or other titles left out) plays goes from VTS_%2_*.VOB.</source>
        <translation>Le titre %1 est retiré ; la vidéo que lui seul (ou d&apos;autres titres retirés) lit est supprimée de VTS_%2_*.VOB.</translation>
    </message>
    <message>
        <source>%1 has a damaged program chain table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 a une table de chaînes de programmes endommagée. Le DVD ne peut pas être allégé ; copiez-le en entier.</translation>
    </message>
    <message>
        <source>audio stream %1</source>
        <translation>piste audio %1</translation>
    </message>
    <message>
        <source>subtitle stream %1</source>
        <translation>piste de sous-titres %1</translation>
    </message>
    <message>
        <source>%1: %2 left out.</source>
        <translation>%1 : %2 retiré(s).</translation>
    </message>
    <message>
        <source>The buttons shown during the titles of title set %1 could not be read, so a stream choice they keep in a register may now select another stream. %2</source>
        <translation>Les boutons affichés pendant les titres du jeu de titres %1 n’ont pas pu être lus ; un choix de piste qu’ils gardent dans un registre peut donc maintenant sélectionner une autre piste. %2</translation>
    </message>
    <message>
        <source>VTS_%1_*.VOB: buttons shown during its titles keep a stream number for later; they follow the new numbers.</source>
        <translation>VTS_%1_*.VOB : des boutons affichés pendant ses titres gardent un numéro de piste pour plus tard ; ils suivent les nouveaux numéros.</translation>
    </message>
</context>
<context>
    <name>Spindle::EccOptionWidget</name>
    <message>
        <source>&amp;Add error correction</source>
        <translation>&amp;Ajouter une correction d’erreurs</translation>
    </message>
    <message>
        <source>Error-correction data</source>
        <translation>Données de correction d’erreurs</translation>
    </message>
    <message>
        <source>Fill the disc</source>
        <translation>Remplir le disque</translation>
    </message>
    <message>
        <source>%1% redundancy</source>
        <translation>%1 % de redondance</translation>
    </message>
    <message>
        <source>dvdisaster RS03 data after the file system: a later copy of a scratched disc rebuilds the sectors the drive can no longer read. Every reader still sees the same files.</source>
        <translation>Données dvdisaster RS03 après le système de fichiers : une copie ultérieure d’un disque rayé reconstruit les secteurs que le lecteur ne peut plus lire. Tout lecteur voit toujours les mêmes fichiers.</translation>
    </message>
    <message>
        <source>This image already carries error-correction data (%1 roots).</source>
        <translation>Cette image porte déjà des données de correction d’erreurs (%1 racines).</translation>
    </message>
    <message>
        <source>Lets a later copy of a scratched disc rebuild the sectors the drive can no longer read (dvdisaster RS03).</source>
        <translation>Permet à une copie ultérieure d’un disque rayé de reconstruire les secteurs que le lecteur ne peut plus lire (dvdisaster RS03).</translation>
    </message>
    <message>
        <source>The space it takes is shown once the image&apos;s size is known.</source>
        <translation>L’espace qu’elles occupent s’affiche dès que la taille de l’image est connue.</translation>
    </message>
</context>
<context>
    <name>Spindle::EraseJob</name>
    <message>
        <source>Erase disc (full)</source>
        <translation>Effacer le disque (effacement complet)</translation>
    </message>
    <message>
        <source>Erase disc</source>
        <translation>Effacer le disque</translation>
    </message>
    <message>
        <source>Checking the disc</source>
        <translation>Contrôle du disque</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert the rewritable disc to erase.</source>
        <translation>Il n&apos;y a aucun disque dans %1. Insérez le disque réinscriptible à effacer.</translation>
    </message>
    <message>
        <source>%1 discs are write-once and cannot be erased. Erasing needs a rewritable disc (CD-RW, DVD±RW, DVD-RAM or BD-RE).</source>
        <translation>Les disques %1 ne sont pas réinscriptibles et ne peuvent pas être effacés. L&apos;effacement nécessite un disque réinscriptible (CD-RW, DVD±RW, DVD-RAM ou BD-RE).</translation>
    </message>
    <message>
        <source>These</source>
        <translation>de ce type</translation>
    </message>
    <message>
        <source>The virtual disc file %1 is read-only, so it cannot be erased. Make it writable first.</source>
        <translation>Le fichier de disque virtuel %1 est en lecture seule ; il ne peut donc pas être effacé. Rendez-le d&apos;abord accessible en écriture.</translation>
    </message>
    <message>
        <source>The disc in %1 is already blank; nothing was erased.</source>
        <translation>Le disque dans %1 est déjà vierge ; rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Erase the disc?</source>
        <translation>Effacer le disque ?</translation>
    </message>
    <message>
        <source>Erasing deletes everything on the disc in %1 (%2 used). This cannot be undone.</source>
        <translation>L&apos;effacement supprime tout le contenu du disque dans %1 (%2 utilisés). Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Disc label: %1</source>
        <translation>Nom de volume du disque : %1</translation>
    </message>
    <message>
        <source>Not erased: erasing was not confirmed.</source>
        <translation>Non effacé : l&apos;effacement n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <source>Erasing a disc</source>
        <translation>Effacement d&apos;un disque</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatage</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>The disc in %1 is erased and ready to burn.</source>
        <translation>Le disque dans %1 est effacé et prêt pour la gravure.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non effacé</translation>
    </message>
</context>
<context>
    <name>Spindle::ErasePage</name>
    <message>
        <source>&amp;Full erase (slow: overwrites the whole disc)</source>
        <translation>Effacement com&amp;plet (lent : réécrit tout le disque)</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>Effa&amp;cer…</translation>
    </message>
    <message>
        <source>A quick erase is enough to burn the disc again. A full erase also removes the old data for good, and for DVD+RW, DVD-RAM and BD-RE formats the disc anew.</source>
        <translation>Un effacement rapide suffit pour graver de nouveau le disque. Un effacement complet supprime aussi définitivement les anciennes données et, pour les DVD+RW, DVD-RAM et BD-RE, formate de nouveau le disque.</translation>
    </message>
    <message>
        <source>Disc to erase</source>
        <translation>Disque à effacer</translation>
    </message>
    <message>
        <source>Choose the drive holding a rewritable disc.</source>
        <translation>Choisissez le lecteur contenant un disque réinscriptible.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>aucun disque</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation>nom de volume « %1 »</translation>
    </message>
    <message>
        <source>The disc is already blank.</source>
        <translation>Le disque est déjà vierge.</translation>
    </message>
    <message>
        <source>This disc cannot be erased (it is write-once or read-only).</source>
        <translation>Ce disque ne peut pas être effacé (il n&apos;est pas réinscriptible ou est en lecture seule).</translation>
    </message>
    <message>
        <source>Disc erased</source>
        <translation>Disque effacé</translation>
    </message>
    <message>
        <source>Erase did not finish</source>
        <translation>L&apos;effacement n&apos;a pas abouti</translation>
    </message>
</context>
<context>
    <name>Spindle::ExtractJob</name>
    <message>
        <source>Extract files to %1</source>
        <translation>Extraire les fichiers vers %1</translation>
    </message>
    <message>
        <source>%1 is not in the source. Check the path with &quot;spindle-cli ls&quot;.</source>
        <translation>%1 ne se trouve pas dans la source. Vérifiez le chemin avec « spindle-cli ls ».</translation>
    </message>
    <message>
        <source>%1: the name would leave the target folder</source>
        <translation>%1 : le nom sortirait du dossier cible</translation>
    </message>
    <message>
        <source>%1: a symbolic link pointing outside the target folder (to %2)</source>
        <translation>%1 : lien symbolique pointant hors du dossier cible (vers %2)</translation>
    </message>
    <message numerus="yes">
        <source>Spindle refuses to extract: %n item(s) would write outside %1, for example %2. Nothing was extracted. Extract other paths, or inspect the source with &quot;spindle-cli ls --long&quot;.</source>
        <translation>
            <numerusform>Spindle refuse l&apos;extraction : %n élément écrirait hors de %1 (%2). Rien n&apos;a été extrait. Extrayez d&apos;autres chemins, ou examinez la source avec « spindle-cli ls --long ».</numerusform>
            <numerusform>Spindle refuse l&apos;extraction : %n éléments écriraient hors de %1, par exemple %2. Rien n&apos;a été extrait. Extrayez d&apos;autres chemins, ou examinez la source avec « spindle-cli ls --long ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Spindle cannot create the folder %1. Check the path and your permissions.</source>
        <translation>Spindle ne peut pas créer le dossier %1. Vérifiez le chemin et vos permissions.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to extract to.</source>
        <translation>%1 n&apos;est pas un dossier. Choisissez un dossier de destination pour l&apos;extraction.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder (it may be a link). Remove it or extract to an empty folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier (il s&apos;agit peut-être d&apos;un lien). Supprimez-le ou effectuez l&apos;extraction vers un dossier vide.</translation>
    </message>
    <message>
        <source>Spindle cannot create the folder %1: %2.</source>
        <translation>Spindle ne peut pas créer le dossier %1 : %2.</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>%1 already exists. Extract to an empty folder, or allow overwriting.</source>
        <translation>%1 existe déjà. Effectuez l&apos;extraction vers un dossier vide, ou autorisez l&apos;écrasement.</translation>
    </message>
    <message>
        <source>Spindle cannot write %1: %2.</source>
        <translation>Spindle ne peut pas écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1 from %2. The source may be damaged.</source>
        <translation>Spindle ne peut pas lire %1 depuis %2. La source est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1: %2.</source>
        <translation>Spindle ne peut pas lire %1 : %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed; the source may be damaged.</source>
        <translation>La lecture de %1 a échoué ; la source est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Spindle cannot create the link %1: %2.</source>
        <translation>Spindle ne peut pas créer le lien %1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n special file(s) (devices, pipes, boot catalog) were not extracted.</source>
        <translation>
            <numerusform>%n fichier spécial (périphérique, tube ou catalogue d&apos;amorçage) n&apos;a pas été extrait.</numerusform>
            <numerusform>%n fichiers spéciaux (périphériques, tubes, catalogue d&apos;amorçage) n&apos;ont pas été extraits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n item(s), %1, to %2.</source>
        <translation>
            <numerusform>%n élément extrait (%1) vers %2.</numerusform>
            <numerusform>%n éléments extraits (%1) vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free at least %2 or choose another folder.</source>
        <translation>Le disque contenant %1 est plein : libérez au moins %2 ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is too large for the file system holding %2 or for your account&apos;s file size limit (FAT32, for one, stops at 4 GB). Choose a folder on another file system.</source>
        <translation>%1 est trop grand pour le système de fichiers contenant %2 ou pour la taille de fichier maximale de votre compte (FAT32, par exemple, s&apos;arrête à 4 Go). Choisissez un dossier sur un autre système de fichiers.</translation>
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
        <translation>Cible :</translation>
    </message>
    <message>
        <source>about %1 of %2</source>
        <translation>environ %1 sur %2</translation>
    </message>
    <message>
        <source>about %1 — %2 too much</source>
        <translation>environ %1 — %2 de trop</translation>
    </message>
    <message>
        <source>Custom size in MB</source>
        <translation>Taille personnalisée en Mo</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1, %2 libres</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (disc to burn to)</source>
        <translation>%1 (disque à graver)</translation>
    </message>
    <message>
        <source>The disc in the drive chosen under Burn to. Choose a size to measure against another medium.</source>
        <translation>Le disque du lecteur choisi sous « Graver sur ». Choisissez une taille pour comparer avec un autre support.</translation>
    </message>
    <message>
        <source>%1 of it is error-correction data.</source>
        <translation>Dont %1 de données de correction d’erreurs.</translation>
    </message>
    <message>
        <source>nothing added yet; %1 free</source>
        <translation>rien d&apos;ajouté pour l&apos;instant ; %1 libres</translation>
    </message>
</context>
<context>
    <name>Spindle::GuiJobHandler</name>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoCheck</name>
    <message>
        <source>%1 cannot be read: Spindle cannot read this DVD-Video&apos;s titles.</source>
        <translation>%1 est illisible : Spindle ne peut pas lire les titres de ce DVD-Vidéo.</translation>
    </message>
    <message>
        <source>%1 is damaged (its %2 table is inconsistent or points outside the file): Spindle cannot read this DVD-Video&apos;s titles.</source>
        <translation>%1 est endommagé (sa table %2 est incohérente ou pointe hors du fichier) : Spindle ne peut pas lire les titres de ce DVD-Vidéo.</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoFile</name>
    <message>
        <source>%1 is damaged or not a DVD-Video IFO file (%2). The DVD cannot be trimmed; copy it whole or repair the source.</source>
        <translation>%1 est endommagé ou n&apos;est pas un fichier IFO de DVD-Video (%2). Le DVD ne peut pas être réduit ; copiez-le en entier ou réparez la source.</translation>
    </message>
    <message>
        <source>no DVDVIDEO identifier</source>
        <translation>aucun identifiant DVDVIDEO</translation>
    </message>
    <message>
        <source>shorter than one sector</source>
        <translation>plus court qu&apos;un secteur</translation>
    </message>
    <message>
        <source>management table size %1</source>
        <translation>taille de la table de gestion : %1</translation>
    </message>
    <message>
        <source>table pointer at 0x%1 leads outside the file</source>
        <translation>le pointeur de table à 0x%1 mène hors du fichier</translation>
    </message>
    <message>
        <source>table at sector %1 claims %2 bytes</source>
        <translation>la table au secteur %1 annonce %2 octets</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoNav</name>
    <message>
        <source>a command</source>
        <translation>une commande</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêter</translation>
    </message>
    <message>
        <source>play title %1</source>
        <translation>lire le titre %1</translation>
    </message>
    <message>
        <source>play title %1 of its title set</source>
        <translation>lire le titre %1 de son jeu de titres</translation>
    </message>
    <message>
        <source>restart the disc</source>
        <translation>redémarrer le disque</translation>
    </message>
    <message>
        <source>show the main menu</source>
        <translation>afficher le menu principal</translation>
    </message>
    <message>
        <source>show the menu of title set %1</source>
        <translation>afficher le menu du jeu de titres %1</translation>
    </message>
    <message>
        <source>show the title set&apos;s menu</source>
        <translation>afficher le menu du jeu de titres</translation>
    </message>
    <message>
        <source>%1 button %2</source>
        <translation>%1, bouton %2</translation>
    </message>
</context>
<context>
    <name>Spindle::ImageBurnSource</name>
    <message>
        <source>The image ended after %1 of its %2 bytes. Check that the file is complete (download it again if need be).</source>
        <translation>L&apos;image s&apos;est terminée après %1 octets sur %2. Vérifiez que le fichier est complet (téléchargez-le de nouveau si nécessaire).</translation>
    </message>
</context>
<context>
    <name>Spindle::ImageTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>The new image cannot keep all of the source&apos;s boot setup. Not kept: %1.</source>
        <translation>La nouvelle image ne peut pas conserver tout le dispositif d’amorçage de la source. Non conservé : %1.</translation>
    </message>
    <message>
        <source>Left out, though needed to start the computer from this disc: %1. Tick it to keep the new image bootable.</source>
        <translation>Omis, bien que nécessaire pour démarrer l’ordinateur depuis ce disque : %1. Cochez-le pour que la nouvelle image reste amorçable.</translation>
    </message>
    <message>
        <source>Left out, though needed to start the computer from this disc: %1. Tick them to keep the new image bootable.</source>
        <translation>Omis, bien que nécessaires pour démarrer l’ordinateur depuis ce disque : %1. Cochez-les pour que la nouvelle image reste amorçable.</translation>
    </message>
    <message>
        <source>Leave Out a Boot File?</source>
        <translation>Omettre un fichier d’amorçage ?</translation>
    </message>
    <message>
        <source>Leave Out</source>
        <translation>Omettre</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>%1 is needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>%1 est nécessaire pour démarrer l’ordinateur depuis ce disque. L’omettre quand même ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2, needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>
            <numerusform>%1 contient %2, nécessaire pour démarrer l’ordinateur depuis ce disque. L’omettre quand même ?</numerusform>
            <numerusform>%1 contient %2, nécessaires pour démarrer l’ordinateur depuis ce disque. L’omettre quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed to boot</source>
        <translation>Nécessaire au démarrage</translation>
    </message>
    <message>
        <source>Holds boot files</source>
        <translation>Contient des fichiers d’amorçage</translation>
    </message>
    <message>
        <source>%1
Needed to start the computer from this disc (%2).</source>
        <translation>%1
Nécessaire pour démarrer l’ordinateur depuis ce disque (%2).</translation>
    </message>
</context>
<context>
    <name>Spindle::InlineMessage</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Spindle::JobProgressPanel</name>
    <message>
        <source>FIFO buffer:</source>
        <translation>Tampon FIFO :</translation>
    </message>
    <message>
        <source>Drive buffer:</source>
        <translation>Tampon du lecteur :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Temps restant :</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Effectué :</translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation>Arrêter l&apos;écriture ?</translation>
    </message>
    <message>
        <source>The disc is being written. If you stop now, a write-once disc (CD-R, DVD±R, BD-R) stays unusable and cannot be written again. A rewritable disc must be erased before its next use.</source>
        <translation>Le disque est en cours d&apos;écriture. Si vous arrêtez maintenant, un disque non réinscriptible (CD-R, DVD±R, BD-R) restera inutilisable et ne pourra plus être écrit. Un disque réinscriptible devra être effacé avant sa prochaine utilisation.</translation>
    </message>
    <message>
        <source>Stop Writing</source>
        <translation>Arrêter l&apos;écriture</translation>
    </message>
    <message>
        <source>Continue Writing</source>
        <translation>Poursuivre l&apos;écriture</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done, but some data could not be read.</source>
        <translation>Terminé, mais certaines données n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>La tâche a échoué.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Stop Writing and Quit?</source>
        <translation>Arrêter l&apos;écriture et quitter ?</translation>
    </message>
    <message>
        <source>Stop Writing and Quit</source>
        <translation>Arrêter l&apos;écriture et quitter</translation>
    </message>
    <message>
        <source>Stop and Quit?</source>
        <translation>Arrêter et quitter ?</translation>
    </message>
    <message>
        <source>%1 is still running. Quitting stops it.</source>
        <translation>%1 est toujours en cours. Quitter l&apos;arrête.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (étape %2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2) on average</source>
        <translation>%1 (%2) en moyenne</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Spindle::MainWindow</name>
    <message>
        <source>Copy Disc to Image</source>
        <translation>Copier un disque en image</translation>
    </message>
    <message>
        <source>Save a CD, DVD or Blu-ray as an ISO image, rescuing what a scratched disc still gives.</source>
        <translation>Enregistrer un CD, un DVD ou un Blu-ray sous forme d&apos;image ISO, en récupérant ce qu&apos;un disque rayé peut encore fournir.</translation>
    </message>
    <message>
        <source>Burn Image</source>
        <translation>Graver une image</translation>
    </message>
    <message>
        <source>Write an ISO image, also a compressed one, to a blank disc and check it.</source>
        <translation>Écrire une image ISO, même compressée, sur un disque vierge et la vérifier.</translation>
    </message>
    <message>
        <source>New Image</source>
        <translation>Nouvelle image</translation>
    </message>
    <message>
        <source>Open an image, disc or folders, untick the files or DVD titles you do not want and write a smaller image; bootable discs stay bootable, DVDs stay playable.</source>
        <translation>Ouvrir une image, un disque ou des dossiers, décocher les fichiers ou les titres DVD dont vous ne voulez pas et écrire une image plus petite ; les disques amorçables restent amorçables, les DVD restent lisibles.</translation>
    </message>
    <message>
        <source>Erase Disc</source>
        <translation>Effacer un disque</translation>
    </message>
    <message>
        <source>Blank a rewritable CD or DVD, or format a DVD+RW or BD-RE, to use it again.</source>
        <translation>Effacer un CD ou un DVD réinscriptible, ou formater un DVD+RW ou un BD-RE, pour le réutiliser.</translation>
    </message>
    <message>
        <source>Disc Info</source>
        <translation>Infos sur le disque</translation>
    </message>
    <message>
        <source>See what is on a disc or image: type, free space, sessions and file system.</source>
        <translation>Voir le contenu d&apos;un disque ou d&apos;une image : type, espace libre, sessions et système de fichiers.</translation>
    </message>
    <message>
        <source>A medium kind can only be given for a virtual drive (stdio:FILE), not for %1.</source>
        <translation>Un type de support ne peut être indiqué que pour un lecteur virtuel (stdio:FILE), pas pour %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;All Tasks</source>
        <translation>&amp;Toutes les tâches</translation>
    </message>
    <message>
        <source>Back to the list of tasks</source>
        <translation>Revenir à la liste des tâches</translation>
    </message>
    <message>
        <source>&amp;About Spindle</source>
        <translation>À &amp;propos de Spindle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
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
        <translation>Une gravure est en cours : %1 n&apos;a donc pas été choisi. Déposez-le de nouveau une fois la gravure terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped. Drop one disc image to burn it.</source>
        <translation>
            <numerusform>%n fichier a été déposé. Déposez une seule image disque pour la graver.</numerusform>
            <numerusform>%n fichiers ont été déposés. Déposez une seule image disque pour la graver.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Download it first, then drop the downloaded image here.</source>
        <translation>%1 n&apos;est pas un fichier de cet ordinateur. Téléchargez-le d&apos;abord, puis déposez ici l&apos;image téléchargée.</translation>
    </message>
    <message>
        <source>%1 is not a disc image. Spindle burns .iso and .img files, also compressed ones (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).</source>
        <translation>%1 n&apos;est pas une image disque. Spindle grave les fichiers .iso et .img, y compris compressés (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).</translation>
    </message>
    <message>
        <source>Stopping… Spindle quits once the job has stopped and released the drive.</source>
        <translation>Arrêt en cours… Spindle quitte dès que la tâche s&apos;est arrêtée et a libéré le lecteur.</translation>
    </message>
    <message>
        <source>Copy Disc</source>
        <translation>Copier un disque</translation>
    </message>
    <message>
        <source>Copy a CD, DVD or Blu-ray to a blank disc, with a second drive or with one.</source>
        <translation>Copier un CD, DVD ou Blu-ray sur un disque vierge, avec un second lecteur ou avec un seul.</translation>
    </message>
</context>
<context>
    <name>Spindle::NavPack</name>
    <message>
        <source>its NAV pack gives its place as sector %1</source>
        <translation>son pack NAV indique le secteur %1 comme position</translation>
    </message>
    <message>
        <source>its VOBU ends outside the VOB files</source>
        <translation>sa VOBU se termine hors des fichiers VOB</translation>
    </message>
    <message>
        <source>a VOBU search pointer leads outside the VOB files</source>
        <translation>un pointeur de recherche de VOBU mène hors des fichiers VOB</translation>
    </message>
    <message>
        <source>an audio sync address leads outside the VOB files</source>
        <translation>une adresse de synchronisation audio mène hors des fichiers VOB</translation>
    </message>
    <message>
        <source>a subpicture sync address leads outside the VOB files</source>
        <translation>une adresse de synchronisation de sous-image mène hors des fichiers VOB</translation>
    </message>
</context>
<context>
    <name>Spindle::NewImagePage</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Afficher les fichiers cachés</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>One pattern per line: /VIDEO_TS/VTS_02_*, *.bak, !/keep/this</source>
        <translation>Un motif par ligne : /VIDEO_TS/VTS_02_*, *.bak, !/a/garder</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Left out (patterns)</source>
        <translation>Exclusions (motifs)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Write image…</source>
        <translation>Écrire l&apos;image…</translation>
    </message>
    <message>
        <source>Burn…</source>
        <translation>Graver…</translation>
    </message>
    <message>
        <source>Burn the new image to a disc as it is made, with no temporary file.</source>
        <translation>Graver la nouvelle image sur un disque au fur et à mesure de sa création, sans fichier temporaire.</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extraire…</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Use disc</source>
        <translation>Utiliser le disque</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Drop an image, folders or archives here.</source>
        <translation>Déposez ici une image, des dossiers ou des archives.</translation>
    </message>
    <message>
        <source>Open image or archive</source>
        <translation>Ouvrir une image ou une archive</translation>
    </message>
    <message>
        <source>Images and archives (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar *.tar.* *.7z);;All files (*)</source>
        <translation>Images et archives (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar *.tar.* *.7z);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Image options</source>
        <translation>Options de l&apos;image</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Niveau 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Niveau 3</translation>
    </message>
    <message>
        <source>Automatic picks level 3 when a file is 4 GiB or larger.</source>
        <translation>« Automatique » choisit le niveau 3 lorsqu&apos;un fichier fait 4 GiB ou plus.</translation>
    </message>
    <message>
        <source>Rock Ridge</source>
        <translation>Rock Ridge</translation>
    </message>
    <message>
        <source>Long names, links and permissions for Linux and macOS.</source>
        <translation>Noms longs, liens et permissions pour Linux et macOS.</translation>
    </message>
    <message>
        <source>Joliet</source>
        <translation>Joliet</translation>
    </message>
    <message>
        <source>Long names for Windows.</source>
        <translation>Noms longs pour Windows.</translation>
    </message>
    <message>
        <source>Reproducible</source>
        <translation>Reproductible</translation>
    </message>
    <message>
        <source>The same files give the same bytes (fixed dates).</source>
        <translation>Les mêmes fichiers donnent les mêmes octets (dates fixes).</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nom de volume :</translation>
    </message>
    <message>
        <source>ISO level:</source>
        <translation>Niveau ISO :</translation>
    </message>
    <message>
        <source>While titles are unticked in the Titles tab, that tab decides what stays in VIDEO_TS; the boxes of VIDEO_TS files in the file tree are not used.</source>
        <translation>Tant que des titres sont décochés dans l&apos;onglet Titres, c&apos;est cet onglet qui détermine ce qui reste dans VIDEO_TS ; les cases des fichiers de VIDEO_TS dans l&apos;arborescence ne sont pas prises en compte.</translation>
    </message>
    <message>
        <source>A DVD-Video is written as a UDF 1.02 + ISO 9660 bridge image, as players need; this option does not apply to it.</source>
        <translation>Un DVD-Video est écrit sous forme d&apos;image hybride UDF 1.02 + ISO 9660, comme l&apos;exigent les lecteurs DVD ; cette option ne s&apos;y applique pas.</translation>
    </message>
    <message>
        <source>Load patterns</source>
        <translation>Charger des motifs</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save patterns</source>
        <translation>Enregistrer les motifs</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Spindle cannot write %1: %2.</source>
        <translation>Spindle ne peut pas écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Write new image</source>
        <translation>Écrire la nouvelle image</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>Images ISO (*.iso)</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>la nouvelle image</translation>
    </message>
    <message>
        <source>the new image &quot;%1&quot;</source>
        <translation>la nouvelle image « %1 »</translation>
    </message>
    <message>
        <source>Extract to folder</source>
        <translation>Extraire vers un dossier</translation>
    </message>
    <message>
        <source>Remove the sources and the patterns, to start a new image over.</source>
        <translation>Retire les sources et les motifs, pour recommencer une nouvelle image depuis le début.</translation>
    </message>
    <message>
        <source>Replace or add?</source>
        <translation>Remplacer ou ajouter ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A new image is made from one image or disc, and %1 is that one now. Replace the sources with %2, or add %2 to the new image as a file?</source>
        <translation>Une nouvelle image se fait à partir d&apos;une seule image ou d&apos;un seul disque, et c&apos;est maintenant %1. Remplacer les sources par %2, ou ajouter %2 à la nouvelle image en tant que fichier ?</translation>
    </message>
    <message>
        <source>Add as a file</source>
        <translation>Ajouter comme fichier</translation>
    </message>
    <message>
        <source>Replace %1 with %2, or add the files of %2 to the new image?</source>
        <translation>Remplacer %1 par %2, ou ajouter les fichiers de %2 à la nouvelle image ?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Source &amp;disc:</source>
        <translation>&amp;Disque source :</translation>
    </message>
    <message>
        <source>Burn &amp;to:</source>
        <translation>&amp;Graver sur :</translation>
    </message>
</context>
<context>
    <name>Spindle::ProtectJob</name>
    <message>
        <source>Add error-correction data</source>
        <translation>Ajouter des données de correction d&apos;erreurs</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Vérification de l&apos;image</translation>
    </message>
    <message>
        <source>Cutting it back to its original size first.</source>
        <translation>Elle est d&apos;abord ramenée à sa taille d&apos;origine.</translation>
    </message>
    <message>
        <source>%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots); it is not added twice.</source>
        <translation>%1 contient déjà des données de correction d&apos;erreurs RS03 de dvdisaster (pour un %2, %3 racines) ; elles ne sont pas ajoutées deux fois.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>support de taille inconnue</translation>
    </message>
    <message>
        <source>The image (%1) is too large for error-correction data on any disc up to a BD DL.</source>
        <translation>L&apos;image (%1) est trop grande pour des données de correction d&apos;erreurs sur tout disque jusqu&apos;au BD DL.</translation>
    </message>
    <message>
        <source>The image (%1) leaves too little room on a %2 for error-correction data: %3</source>
        <translation>L&apos;image (%1) laisse trop peu de place sur un %2 pour des données de correction d&apos;erreurs : %3</translation>
    </message>
    <message>
        <source>Adding RS03 data for a %1: %2 data layers, %3 ecc layers of %4 sectors.</source>
        <translation>Ajout de données RS03 pour un %1 : %2 couches de données, %3 couches de correction de %4 secteurs.</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Calcul des données de correction d&apos;erreurs</translation>
    </message>
    <message>
        <source>Added error-correction data for a %1: %2 roots, %3% redundancy. dvdisaster can repair up to %2 damaged sectors in each group of 255.</source>
        <translation>Données de correction d&apos;erreurs ajoutées pour un %1 : %2 racines, %3 % de redondance. dvdisaster peut réparer jusqu&apos;à %2 secteurs endommagés par groupe de 255.</translation>
    </message>
    <message>
        <source>Adding RS03 data for %1% redundancy: %2 data layers, %3 ecc layers of %4 sectors.</source>
        <translation>Ajout de données RS03 pour %1 % de redondance : %2 couches de données, %3 couches de correction de %4 secteurs.</translation>
    </message>
    <message>
        <source>Added error-correction data: %1 roots, %2% redundancy. dvdisaster can repair up to %1 damaged sectors in each group of 255.</source>
        <translation>Données de correction d&apos;erreurs ajoutées : %1 racines, %2 % de redondance. dvdisaster peut réparer jusqu&apos;à %1 secteurs endommagés par groupe de 255.</translation>
    </message>
</context>
<context>
    <name>Spindle::ReadDiscJob</name>
    <message>
        <source>Copy disc to image</source>
        <translation>Copier le disque en image</translation>
    </message>
    <message>
        <source>Choose a file name for the image.</source>
        <translation>Choisissez un nom de fichier pour l&apos;image.</translation>
    </message>
    <message>
        <source>Examining the disc</source>
        <translation>Examen du disque</translation>
    </message>
    <message>
        <source>The map %1 belongs to a different disc (it covers %2, this disc&apos;s image is %3). Choose another output name or remove the old map.</source>
        <translation>Le fichier de suivi %1 appartient à un autre disque (il couvre %2, alors que l&apos;image de ce disque fait %3). Choisissez un autre nom de sortie ou supprimez l&apos;ancien fichier de suivi.</translation>
    </message>
    <message>
        <source>%1 could not be reopened for resuming.</source>
        <translation>%1 n&apos;a pas pu être rouvert pour reprendre la copie.</translation>
    </message>
    <message>
        <source>Resuming from %1: %2 still to read.</source>
        <translation>Reprise depuis %1 : il reste %2 à lire.</translation>
    </message>
    <message>
        <source>Replace the existing file?</source>
        <translation>Remplacer le fichier existant ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replacing it loses its content.</source>
        <translation>%1 existe déjà. Le remplacer fera perdre son contenu.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another name or allow replacing it (--force).</source>
        <translation>%1 existe déjà et n&apos;a pas été modifié. Choisissez un autre nom ou autorisez son remplacement (--force).</translation>
    </message>
    <message>
        <source>The image file could not be created at its full size.</source>
        <translation>Le fichier image n&apos;a pas pu être créé à sa taille complète.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Cancelled. The partial image and its map were kept: run the copy again to resume.</source>
        <translation>Annulé. L&apos;image partielle et son fichier de suivi ont été conservés : relancez la copie pour la reprendre.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 (at %2 of %3) could not be read after %n retries. The disc may be scratched or dirty: clean it and try again, or turn on rescue mode to skip unreadable sectors and keep the rest.</source>
        <translation>
            <numerusform>Le secteur %1 (à %2 sur %3) n&apos;a pas pu être lu après %n nouvelle tentative. Le disque est peut-être rayé ou sale : nettoyez-le et réessayez, ou activez le mode de récupération pour ignorer les secteurs illisibles et garder le reste.</numerusform>
            <numerusform>Le secteur %1 (à %2 sur %3) n&apos;a pas pu être lu après %n nouvelles tentatives. Le disque est peut-être rayé ou sale : nettoyez-le et réessayez, ou activez le mode de récupération pour ignorer les secteurs illisibles et garder le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1 is unreadable; filled with zeros.</source>
        <translation>Le secteur %1 est illisible ; il a été rempli de zéros.</translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation>Calcul des sommes de contrôle</translation>
    </message>
    <message>
        <source>The image could not be read back for its checksum.</source>
        <translation>L&apos;image n&apos;a pas pu être relue pour calculer sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The newest session&apos;s volume descriptors were copied to block 16.</source>
        <translation>Les descripteurs de volume de la session la plus récente ont été copiés au bloc 16.</translation>
    </message>
    <message>
        <source>The checksum file %1 could not be written.</source>
        <translation>Le fichier de sommes de contrôle %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Finding damaged files</source>
        <translation>Recherche des fichiers endommagés</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Fichier endommagé : %1</translation>
    </message>
    <message numerus="yes">
        <source>The image was saved, but %n sector(s) (%1) could not be read and were filled with zeros; %2. The map %3 records them: run the copy again later (after cleaning the disc, or in another drive) to retry only those sectors.</source>
        <translation>
            <numerusform>L&apos;image a été enregistrée, mais %n secteur (%1) n&apos;a pas pu être lu et a été rempli de zéros ; %2. Le fichier de suivi %3 le consigne : relancez la copie plus tard (après avoir nettoyé le disque, ou dans un autre lecteur) pour ne retenter que ce secteur.</numerusform>
            <numerusform>L&apos;image a été enregistrée, mais %n secteurs (%1) n&apos;ont pas pu être lus et ont été remplis de zéros ; %2. Le fichier de suivi %3 les consigne : relancez la copie plus tard (après avoir nettoyé le disque, ou dans un autre lecteur) pour ne retenter que ces secteurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are damaged</source>
        <translation>
            <numerusform>%n fichier est endommagé</numerusform>
            <numerusform>%n fichiers sont endommagés</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 (%4 on average).</source>
        <translation>%1 copiés vers %2 en %3 (%4 en moyenne).</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The image could not be opened for verifying.</source>
        <translation>L&apos;image n&apos;a pas pu être ouverte pour la vérification.</translation>
    </message>
    <message>
        <source>Verify failed: the disc could not be read again at sector %1.</source>
        <translation>Échec de la vérification : le disque n&apos;a pas pu être relu au secteur %1.</translation>
    </message>
    <message>
        <source>Verify failed: the image could not be read.</source>
        <translation>Échec de la vérification : l&apos;image n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Verify failed: sector %1 of the image differs from the disc. The drive may return unstable data; try another drive or a lower speed.</source>
        <translation>Échec de la vérification : le secteur %1 de l&apos;image diffère de celui du disque. Le lecteur renvoie peut-être des données instables ; essayez un autre lecteur ou une vitesse plus basse.</translation>
    </message>
    <message>
        <source>Verified: the image matches the disc.</source>
        <translation>Vérifié : l&apos;image correspond au disque.</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the disc is incomplete or damaged. Turn on rescue mode (--skip-unreadable) to copy what is there.</source>
        <translation>Le disque contient %1 secteurs mais son système de fichiers en déclare %2 : le disque est incomplet ou endommagé. Activez le mode sauvetage (--skip-unreadable) pour copier ce qui s&apos;y trouve.</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the missing end is filled with zeros and recorded in the map as unreadable.</source>
        <translation>Le disque contient %1 secteurs mais son système de fichiers en déclare %2 : la fin manquante est remplie de zéros et notée comme illisible dans la carte.</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 est complet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n missing sector(s) re-read.</source>
        <translation>
            <numerusform>%1 de %n secteur manquant relu.</numerusform>
            <numerusform>%1 de %n secteurs manquants relus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disc was removed from %1 (or its tray opened) while it was read, at sector %2.</source>
        <translation>Le disque a été retiré de %1 (ou son tiroir ouvert) pendant la lecture, au secteur %2.</translation>
    </message>
    <message>
        <source>Insert it again and run the copy again to resume: the partial image and its map were kept.</source>
        <translation>Réinsérez-le et relancez la copie pour reprendre : l&apos;image partielle et sa carte ont été conservées.</translation>
    </message>
    <message>
        <source>Insert it again and start the copy again.</source>
        <translation>Réinsérez-le et relancez la copie.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 was read after %n retries.</source>
        <translation>
            <numerusform>Le secteur %1 a été lu après %n nouvelle tentative.</numerusform>
            <numerusform>Le secteur %1 a été lu après %n nouvelles tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disc was removed from %1 (or its tray opened) before it could be verified.</source>
        <translation>Le disque a été retiré de %1 (ou son tiroir ouvert) avant de pouvoir être vérifié.</translation>
    </message>
    <message>
        <source>Insert it again and run the copy again: the image and its map were kept.</source>
        <translation>Réinsérez-le et relancez la copie : l’image et sa carte ont été conservées.</translation>
    </message>
</context>
<context>
    <name>Spindle::RecentImagesButton</name>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>Images you chose lately</source>
        <translation>Images choisies récemment</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent images</source>
        <translation>Aucune image récente</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>Spindle::RepairJob</name>
    <message>
        <source>Repair an image</source>
        <translation>Réparer une image</translation>
    </message>
    <message>
        <source>Reading the rescue map</source>
        <translation>Lecture du fichier de suivi</translation>
    </message>
    <message numerus="yes">
        <source>The rescue map marks %n sector(s) as not read.</source>
        <translation>
            <numerusform>Le fichier de suivi marque %n secteur comme non lu.</numerusform>
            <numerusform>Le fichier de suivi marque %n secteurs comme non lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing the image</source>
        <translation>Réparation de l&apos;image</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n sector(s) repaired so far are written to the image.</source>
        <translation>
            <numerusform>Annulé ; le %n secteur réparé jusqu&apos;ici est écrit dans l&apos;image.</numerusform>
            <numerusform>Annulé ; les %n secteurs réparés jusqu&apos;ici sont écrits dans l&apos;image.</numerusform>
        </translation>
    </message>
    <message>
        <source>The error-correction header was damaged; its copy in the CRC layer was used.</source>
        <translation>L&apos;en-tête de correction d&apos;erreurs était endommagé ; sa copie dans la couche CRC a été utilisée.</translation>
    </message>
    <message numerus="yes">
        <source>The image is %n sector(s) shorter than its error-correction layout; the missing sectors were treated as unreadable.</source>
        <translation>
            <numerusform>L&apos;image a %n secteur de moins que sa disposition de correction d&apos;erreurs ; le secteur manquant a été traité comme illisible.</numerusform>
            <numerusform>L&apos;image a %n secteurs de moins que sa disposition de correction d&apos;erreurs ; les secteurs manquants ont été traités comme illisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sectors still lost (the first %1): %2</source>
        <translation>Secteurs toujours perdus (les %1 premiers) : %2</translation>
    </message>
    <message>
        <source>%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries, into the same image and map (spindle-cli read --whole-track --skip-unreadable --retries 5: the error-correction data lies past the file system), then repair again.</source>
        <translation>%1 secteurs endommagés sur %2 réparés ; %3 sont toujours perdus (dont %4 dans les données propres de l&apos;image) : plus que les %5 racines d&apos;un bloc de correction ne peuvent reconstruire. Relisez le disque en mode sauvetage avec plus de tentatives, dans la même image et le même fichier de suivi (spindle-cli read --whole-track --skip-unreadable --retries 5 : les données de correction d&apos;erreurs se trouvent après le système de fichiers), puis réparez de nouveau.</translation>
    </message>
    <message>
        <source>%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries, then repair again.</source>
        <translation>%1 secteurs endommagés sur %2 réparés ; %3 sont toujours perdus (dont %4 dans les données propres de l&apos;image) : plus que les %5 racines d&apos;un bloc de correction ne peuvent reconstruire. Relisez le disque en mode sauvetage avec plus de tentatives, puis réparez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) repaired and checked against the CRC layer; the image is complete again.</source>
        <translation>
            <numerusform>%n secteur endommagé réparé et vérifié avec la couche CRC ; l&apos;image est de nouveau complète.</numerusform>
            <numerusform>%n secteurs endommagés réparés et vérifiés avec la couche CRC ; l&apos;image est de nouveau complète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an image&apos;s error-correction data</source>
        <translation>Vérifier les données de correction d’erreurs d’une image</translation>
    </message>
    <message>
        <source>Sectors that cannot be rebuilt (the first %1): %2</source>
        <translation>Secteurs impossibles à reconstruire (les %1 premiers) : %2</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries before repairing it.</source>
        <translation>%1 a %2 secteurs endommagés ; %3 d’entre eux ne peuvent pas être reconstruits (%4 dans les données propres de l’image) : plus que ce que les %5 racines d’un bloc ECC peuvent reconstruire. Relisez le disque en mode sauvetage avec plus de tentatives avant de le réparer.</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors, all of which a repair can rebuild (spindle-cli repair, without --check).</source>
        <translation>%1 a %2 secteurs endommagés, qu’une réparation peut tous reconstruire (spindle-cli repair, sans --check).</translation>
    </message>
    <message>
        <source>%1 is intact: every data sector matches its CRC and every ecc sector matches the data.</source>
        <translation>%1 est intacte : chaque secteur de données correspond à son CRC et chaque secteur ECC aux données.</translation>
    </message>
    <message numerus="yes">
        <source>The rescue map %1 now records %n rebuilt sector(s) as finished.</source>
        <translation>
            <numerusform>Le fichier de suivi %1 indique maintenant %n secteur reconstruit comme terminé.</numerusform>
            <numerusform>Le fichier de suivi %1 indique maintenant %n secteurs reconstruits comme terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Vérification de l’image</translation>
    </message>
    <message>
        <source>Nothing to repair in %1: every data sector matches its CRC, every ecc sector matches the data and none is unreadable.</source>
        <translation>Rien à réparer dans %1 : chaque secteur de données correspond à son CRC, chaque secteur ECC aux données, et aucun n’est illisible.</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors, all of which a repair can rebuild: press Repair Image.</source>
        <translation>%1 a %2 secteurs endommagés, qu’une réparation peut tous reconstruire : cliquez sur « Réparer l’image ».</translation>
    </message>
</context>
<context>
    <name>Spindle::RepairOffer</name>
    <message>
        <source>Re&amp;pair with the error-correction data</source>
        <translation>Ré&amp;parer avec les données de correction d’erreurs</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n secteur</numerusform>
            <numerusform>%n secteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The image carries error-correction data (%1 roots): the %2 that could not be read can be rebuilt from it, up to %1 in each group of 255.</source>
        <translation>L’image porte des données de correction d’erreurs (%1 racines) : les %2 qui n’ont pas pu être lus peuvent en être reconstruits, jusqu’à %1 dans chaque groupe de 255.</translation>
    </message>
    <message>
        <source>%1 is a rescue copy whose map lists %2 as not read, and it carries error-correction data (%3 roots): repair it from that data, or start the copy to read the missing sectors from the disc again.</source>
        <translation>%1 est une copie de sauvetage dont le fichier de suivi indique %2 comme non lus, et elle porte des données de correction d’erreurs (%3 racines) : réparez-la à partir de ces données, ou lancez la copie pour relire les secteurs manquants sur le disque.</translation>
    </message>
</context>
<context>
    <name>Spindle::RunningJobsBar</name>
    <message>
        <source>Show Progress</source>
        <translation>Afficher la progression</translation>
    </message>
</context>
<context>
    <name>Spindle::SpeedGraph</name>
    <message>
        <source>Over too quickly to chart the speed.</source>
        <translation>Terminé trop vite pour tracer la courbe de vitesse.</translation>
    </message>
    <message>
        <source>The speed appears here once data flows.</source>
        <translation>La vitesse s&apos;affiche ici dès que les données circulent.</translation>
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
        <translation>Gravez, copiez et examinez vos CD, DVD et disques Blu-ray.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
</context>
<context>
    <name>Spindle::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Reading the checksum file</source>
        <translation>Lecture du fichier de sommes de contrôle</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2.</source>
        <translation>Spindle ne peut pas lire l&apos;image %1 : %2.</translation>
    </message>
    <message>
        <source>Computing the image&apos;s SHA-256</source>
        <translation>Calcul du SHA-256 de l&apos;image</translation>
    </message>
    <message>
        <source>Reading the image %1 failed: %2.</source>
        <translation>La lecture de l&apos;image %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 de %1 : %2</translation>
    </message>
    <message>
        <source>The image %1 does NOT match its checksum in %2: it is damaged or a different version. Download it again.</source>
        <translation>L&apos;image %1 ne correspond PAS à sa somme de contrôle dans %2 : elle est endommagée ou il s&apos;agit d&apos;une autre version. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu %1, obtenu %2</translation>
    </message>
    <message>
        <source>The image matches its SHA-256 checksum in %1.</source>
        <translation>L&apos;image correspond à sa somme de contrôle SHA-256 dans %1.</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Contrôle de l&apos;image</translation>
    </message>
    <message>
        <source>Measuring the compressed image</source>
        <translation>Mesure de l&apos;image compressée</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert the burned disc and try again.</source>
        <translation>Il n&apos;y a aucun disque dans %1. Insérez le disque gravé et réessayez.</translation>
    </message>
    <message>
        <source>The disc in %1 is blank: there is nothing to compare with the image.</source>
        <translation>Le disque dans %1 est vierge : il n&apos;y a rien à comparer avec l&apos;image.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>SHA-256 of image and disc: %1</source>
        <translation>SHA-256 de l&apos;image et du disque : %1</translation>
    </message>
    <message>
        <source>The disc in %1 matches the image (SHA-256 %2).</source>
        <translation>Le disque dans %1 correspond à l&apos;image (SHA-256 %2).</translation>
    </message>
    <message>
        <source>image SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 de l&apos;image %1, SHA-256 du disque %2</translation>
    </message>
    <message>
        <source>The image carries no dvdisaster error-correction data.</source>
        <translation>L&apos;image ne contient pas de données de correction d&apos;erreurs de dvdisaster.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data for a %1 (%2 roots, %3% redundancy).</source>
        <translation>L&apos;image contient des données de correction d&apos;erreurs RS03 de dvdisaster pour un %1 (%2 racines, %3 % de redondance).</translation>
    </message>
    <message>
        <source>spindle-cli repair rebuilds up to %1 damaged sectors in each group of 255.</source>
        <translation>spindle-cli repair reconstruit jusqu&apos;à %1 secteurs endommagés par groupe de 255.</translation>
    </message>
    <message>
        <source>Up to %1 damaged sectors in each group of 255 can be rebuilt.</source>
        <translation>Jusqu&apos;à %1 secteurs endommagés par groupe de 255 peuvent être reconstruits.</translation>
    </message>
    <message>
        <source>Checking the error-correction data</source>
        <translation>Vérification des données de correction d’erreurs</translation>
    </message>
    <message>
        <source>Its error-correction data find no damaged sector, so the difference lies in what they do not cover: the checksum may be of another file.</source>
        <translation>Ses données de correction d’erreurs ne trouvent aucun secteur endommagé : la différence se trouve donc dans ce qu’elles ne couvrent pas. La somme de contrôle est peut-être celle d’un autre fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) found with the error-correction data</source>
        <translation>
            <numerusform>%n secteur endommagé trouvé grâce aux données de correction d’erreurs</numerusform>
            <numerusform>%n secteurs endommagés trouvés grâce aux données de correction d’erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>all can be rebuilt. Repair the image with &quot;spindle-cli repair %1&quot;.</source>
        <translation>tous peuvent être reconstruits. Réparez l’image avec « spindle-cli repair %1 ».</translation>
    </message>
    <message>
        <source>%1 of them cannot be rebuilt (more than %2 in one group of 255). Get the image again, or read the disc it came from again in rescue mode.</source>
        <translation>%1 d’entre eux ne peuvent pas être reconstruits (plus de %2 dans un groupe de 255). Procurez-vous de nouveau l’image, ou relisez en mode sauvetage le disque dont elle provient.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data (%1 roots, %2% redundancy).</source>
        <translation>L&apos;image contient des données de correction d&apos;erreurs RS03 de dvdisaster (%1 racines, %2 % de redondance).</translation>
    </message>
</context>
<context>
    <name>Spindle::VobRewrite</name>
    <message>
        <source>Spindle asked for sector %1 of the new VOB files, which do not have it. This is a bug in Spindle; please report it.</source>
        <translation>Spindle a demandé le secteur %1 des nouveaux fichiers VOB, qui ne l&apos;ont pas. C&apos;est un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 changed since Spindle read it: the source changed while the image was written. Open the source again and retry.</source>
        <translation>%1 a changé depuis que Spindle l&apos;a lu : la source a changé pendant l&apos;écriture de l&apos;image. Ouvrez de nouveau la source et réessayez.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 est endommagé : %2. Copiez de nouveau le disque, ou gardez ses pistes telles quelles.</translation>
    </message>
    <message>
        <source>%1 is damaged: its NAV pack names a cell the IFO file does not have. Copy the disc again, or keep all its titles.</source>
        <translation>%1 est endommagé : son pack NAV nomme une cellule que le fichier IFO n&apos;a pas. Copiez de nouveau le disque, ou gardez tous ses titres.</translation>
    </message>
    <message>
        <source>The VOB files ended before the packs Spindle counted in them. This is a bug in Spindle; please report it.</source>
        <translation>Les fichiers VOB se sont terminés avant les packs que Spindle y avait comptés. C&apos;est un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 ends before its size says: the source changed or is damaged. Open the source again and retry.</source>
        <translation>%1 se termine avant ce qu&apos;indique sa taille : la source a changé ou est endommagée. Ouvrez de nouveau la source et réessayez.</translation>
    </message>
</context>
<context>
    <name>Spindle::VobScan</name>
    <message>
        <source>%1 sector %2</source>
        <translation>%1 secteur %2</translation>
    </message>
    <message>
        <source>sector %1 after the last VOB</source>
        <translation>secteur %1 après le dernier VOB</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 2048-byte packs: the VOB is damaged or incomplete. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 n&apos;est pas un nombre entier de packs de 2048 octets : le VOB est endommagé ou incomplet. Copiez de nouveau le disque, ou gardez ses pistes telles quelles.</translation>
    </message>
    <message>
        <source>%1 ends before its size says: the source is damaged or incomplete.</source>
        <translation>%1 se termine avant ce qu&apos;indique sa taille : la source est endommagée ou incomplète.</translation>
    </message>
    <message>
        <source>%1 holds no MPEG pack: the VOB is damaged there. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 ne contient pas de pack MPEG : le VOB y est endommagé. Copiez de nouveau le disque, ou gardez ses pistes telles quelles.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>StreamDigest</name>
    <message>
        <source>Verification failed: the disc in %1 holds less than was burned; it could not be read from sector %2 on. The burn is incomplete or the disc is damaged; burn it again, preferably on another disc.</source>
        <translation>Échec de la vérification : le disque dans %1 contient moins de données que ce qui a été gravé ; il n&apos;a pas pu être lu à partir du secteur %2. La gravure est incomplète ou le disque est endommagé ; gravez de nouveau l&apos;image, de préférence sur un autre disque.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from what was burned. Burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Échec de la vérification : le disque dans %1 diffère de ce qui a été gravé. Gravez de nouveau l&apos;image, de préférence sur un autre disque ou à une vitesse plus basse.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from what was burned, first within sectors %2 to %3. The disc is not a faithful copy; burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Échec de la vérification : le disque dans %1 diffère de ce qui a été gravé, la première différence se situant entre les secteurs %2 et %3. Le disque n&apos;est pas une copie fidèle ; gravez de nouveau l&apos;image, de préférence sur un autre disque ou à une vitesse plus basse.</translation>
    </message>
</context>
<context>
    <name>ThrottledImageSource</name>
    <message>
        <source>Reading the image was cancelled.</source>
        <translation>La lecture de l&apos;image a été annulée.</translation>
    </message>
</context>
<context>
    <name>UdfBridgeLayout</name>
    <message>
        <source>The file list names &quot;%1&quot;, which is not a valid path in an image. This is a bug in Spindle; please report it.</source>
        <translation>La liste des fichiers cite « %1 », qui n&apos;est pas un chemin valide dans une image. Il s&apos;agit d&apos;un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>The rewritten file %1 has %2 bytes instead of the %3 planned. This is a bug in Spindle; please report it.</source>
        <translation>Le fichier réécrit %1 fait %2 octets au lieu des %3 prévus. Il s&apos;agit d&apos;un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>The file list names %1 twice, or as both a file and a folder. This is a bug in Spindle; please report it.</source>
        <translation>La liste des fichiers cite %1 deux fois, ou à la fois comme fichier et comme dossier. Il s&apos;agit d&apos;un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 starts %2 sectors later than its IFO records; DVD players that seek by the IFO may not play it. Check the source&apos;s IFO files.</source>
        <translation>%1 commence %2 secteurs plus loin que ce qu&apos;indique son IFO ; les lecteurs DVD qui se positionnent d&apos;après l&apos;IFO risquent de ne pas le lire. Vérifiez les fichiers IFO de la source.</translation>
    </message>
</context>
<context>
    <name>UdfBridgeSource</name>
    <message>
        <source>The DVD-Video image was not prepared before reading.</source>
        <translation>L&apos;image DVD-Video n&apos;a pas été préparée avant la lecture.</translation>
    </message>
    <message>
        <source>Writing the DVD-Video image was cancelled.</source>
        <translation>L&apos;écriture de l&apos;image DVD-Video a été annulée.</translation>
    </message>
    <message>
        <source>The DVD-Video image layout is inconsistent. This is a bug in Spindle; please report it.</source>
        <translation>La structure de l&apos;image DVD-Video est incohérente. Il s&apos;agit d&apos;un bogue de Spindle ; merci de le signaler.</translation>
    </message>
    <message>
        <source>%1 ended after %2 of its %3 bytes: the source changed since it was opened. Open the source again and retry.</source>
        <translation>%1 s&apos;est terminé après %2 octets sur %3 : la source a changé depuis son ouverture. Rouvrez la source et réessayez.</translation>
    </message>
    <message>
        <source>DVD-Video image &quot;%1&quot; (UDF 1.02 and ISO 9660)</source>
        <translation>image DVD-Video « %1 » (UDF 1.02 et ISO 9660)</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>Plain file</source>
        <translation>Fichier simple</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Fichier de %1</translation>
    </message>
    <message>
        <source>Plain file (no size limit)</source>
        <translation>Fichier simple (sans limite de taille)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Title %1 does not exist: this DVD-Video has titles 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>Le titre %1 n&apos;existe pas : ce DVD-Video comporte les titres 1 à %2. Vérifiez les numéros avec « spindle-cli titles ».</translation>
    </message>
    <message>
        <source>Every title would be left out. Keep at least one title (--keep-titles, or fewer titles in --drop-titles).</source>
        <translation>Tous les titres seraient exclus. Conservez au moins un titre (--keep-titles, ou moins de titres dans --drop-titles).</translation>
    </message>
    <message>
        <source>Make a new image from an image, disc, folders or archives, leaving files out.</source>
        <translation>Créer une nouvelle image à partir d&apos;une image, d&apos;un disque, de dossiers ou d&apos;archives, en excluant des fichiers.</translation>
    </message>
    <message>
        <source>Image, drive, folder or archive.</source>
        <translation>Image, lecteur, dossier ou archive.</translation>
    </message>
    <message>
        <source>Write the new image to FILE.</source>
        <translation>Écrire la nouvelle image dans FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Burn the new image with DRIVE (/dev/sr0 or stdio:FILE) instead.</source>
        <translation>Graver plutôt la nouvelle image avec DRIVE (/dev/sr0 ou stdio:FILE).</translation>
    </message>
    <message>
        <source>DRIVE</source>
        <translation>DRIVE</translation>
    </message>
    <message>
        <source>Leave out what PATTERN matches (repeatable).</source>
        <translation>Exclure ce qui correspond à PATTERN (option répétable).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Read patterns from FILE, one per line.</source>
        <translation>Lire les motifs dans FILE, un par ligne.</translation>
    </message>
    <message>
        <source>Add a local file or folder, optionally at /PATH (repeatable).</source>
        <translation>Ajouter un fichier ou un dossier local, éventuellement en /PATH (option répétable).</translation>
    </message>
    <message>
        <source>LOCAL[=/PATH]</source>
        <translation>LOCAL[=/PATH]</translation>
    </message>
    <message>
        <source>DVD-Video: keep only these titles (e.g. 1,3-4), the disc stays playable.</source>
        <translation>DVD-Video : ne conserver que ces titres (p. ex. 1,3-4), le disque reste lisible.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these titles.</source>
        <translation>DVD-Video : exclure ces titres.</translation>
    </message>
    <message>
        <source>DVD-Video: no menus; the kept titles (default: the longest) play at once.</source>
        <translation>DVD-Video : sans menus ; les titres conservés (par défaut : le plus long) sont lus aussitôt.</translation>
    </message>
    <message>
        <source>Volume label (default: the source&apos;s).</source>
        <translation>Nom de volume (par défaut : celui de la source).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>ISO 9660 level: 1, 2, 3 or auto (default).</source>
        <translation>Niveau ISO 9660 : 1, 2, 3 ou auto (par défaut).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Leave out the Joliet tree (Windows names).</source>
        <translation>Exclure l&apos;arborescence Joliet (noms Windows).</translation>
    </message>
    <message>
        <source>Leave out Rock Ridge (POSIX names, links, modes).</source>
        <translation>Exclure Rock Ridge (noms POSIX, liens, modes).</translation>
    </message>
    <message>
        <source>Do not keep the source&apos;s boot records.</source>
        <translation>Ne pas conserver les enregistrements d&apos;amorçage de la source.</translation>
    </message>
    <message>
        <source>With --output: refuse unless the image fits KIND (e.g. dvd-r, 700M). With a virtual --drive: the medium it emulates.</source>
        <translation>Avec --output : refuser si l&apos;image ne tient pas sur KIND (p. ex. dvd-r, 700M). Avec un --drive virtuel : le support qu&apos;il émule.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Same inputs give the same bytes.</source>
        <translation>Les mêmes entrées donnent les mêmes octets.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Remplacer un fichier de sortie existant.</translation>
    </message>
    <message>
        <source>auto (default), bar, plain, json or none.</source>
        <translation>auto (par défaut), bar, plain, json ou none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>give at least one SOURCE.</source>
        <translation>indiquez au moins une SOURCE.</translation>
    </message>
    <message>
        <source>give --output FILE or --drive DRIVE.</source>
        <translation>indiquez --output FILE ou --drive DRIVE.</translation>
    </message>
    <message>
        <source>--output and --drive cannot be combined: write a file or burn a disc.</source>
        <translation>--output et --drive ne peuvent pas être combinés : écrivez un fichier ou gravez un disque.</translation>
    </message>
    <message>
        <source>burn options (--speed, --verify, --copies, ...) need --drive.</source>
        <translation>les options de gravure (--speed, --verify, --copies, ...) nécessitent --drive.</translation>
    </message>
    <message>
        <source>--level takes 1, 2, 3 or auto.</source>
        <translation>--level accepte 1, 2, 3 ou auto.</translation>
    </message>
    <message>
        <source>--medium needs a disc kind or a size.</source>
        <translation>--medium nécessite un type de disque ou une taille.</translation>
    </message>
    <message>
        <source>--%1 takes title numbers such as 1,3-4.</source>
        <translation>--%1 accepte des numéros de titre comme 1,3-4.</translation>
    </message>
    <message>
        <source>--keep-titles and --drop-titles cannot be combined: name the titles to keep or those to leave out.</source>
        <translation>--keep-titles et --drop-titles ne peuvent pas être combinés : indiquez les titres à conserver ou ceux à exclure.</translation>
    </message>
    <message>
        <source>--progress takes auto, bar, plain, json or none.</source>
        <translation>--progress accepte auto, bar, plain, json ou none.</translation>
    </message>
    <message>
        <source>Spindle cannot read the pattern file %1: %2.</source>
        <translation>Spindle ne peut pas lire le fichier de motifs %1 : %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>la nouvelle image</translation>
    </message>
    <message>
        <source>the new image &quot;%1&quot;</source>
        <translation>la nouvelle image « %1 »</translation>
    </message>
    <message>
        <source>Add --force to replace the existing file.</source>
        <translation>Ajoutez --force pour remplacer le fichier existant.</translation>
    </message>
    <message>
        <source>Burn an image file (.iso, .img, or .gz/.xz/.bz2/.zst compressed) to a disc.</source>
        <translation>Graver un fichier image (.iso, .img, ou compressé en .gz/.xz/.bz2/.zst) sur un disque.</translation>
    </message>
    <message>
        <source>The image file to burn.</source>
        <translation>Le fichier image à graver.</translation>
    </message>
    <message>
        <source>The drive to burn with (/dev/sr0 or stdio:FILE).</source>
        <translation>Le lecteur à utiliser pour la gravure (/dev/sr0 ou stdio:FILE).</translation>
    </message>
    <message>
        <source>For a virtual drive: the medium it emulates.</source>
        <translation>Pour un lecteur virtuel : le support qu&apos;il émule.</translation>
    </message>
    <message>
        <source>IMAGE is required.</source>
        <translation>IMAGE est obligatoire.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu : %1</translation>
    </message>
    <message>
        <source>--drive is required.</source>
        <translation>--drive est obligatoire.</translation>
    </message>
    <message>
        <source>Write speed: max (default), a number of ×, e.g. 8, or kB/s with a k suffix, e.g. 11080k.</source>
        <translation>Vitesse d&apos;écriture : max (par défaut), un nombre de ×, p. ex. 8, ou des kB/s avec le suffixe k, p. ex. 11080k.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Do everything but write (where the medium has a test mode).</source>
        <translation>Tout faire sauf écrire (si le support dispose d&apos;un mode test).</translation>
    </message>
    <message>
        <source>Read the disc back and compare it with the image.</source>
        <translation>Relire le disque et le comparer à l&apos;image.</translation>
    </message>
    <message>
        <source>Burn N discs, asking for the next blank disc each time.</source>
        <translation>Graver N disques, en demandant chaque fois le disque vierge suivant.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Eject the disc when done.</source>
        <translation>Éjecter le disque à la fin.</translation>
    </message>
    <message>
        <source>Erase a rewritable disc that holds data without asking.</source>
        <translation>Effacer sans confirmation un disque réinscriptible contenant des données.</translation>
    </message>
    <message>
        <source>Leave the disc appendable instead of closing it.</source>
        <translation>Laisser le disque ouvert aux ajouts au lieu de le finaliser.</translation>
    </message>
    <message>
        <source>Turn off buffer-underrun protection (BurnFree).</source>
        <translation>Désactiver la protection contre les sous-alimentations du tampon (BurnFree).</translation>
    </message>
    <message>
        <source>auto (default), tao or sao.</source>
        <translation>auto (par défaut), tao ou sao.</translation>
    </message>
    <message>
        <source>Answer yes to every question.</source>
        <translation>Répondre oui à toutes les questions.</translation>
    </message>
    <message>
        <source>Show every log message.</source>
        <translation>Afficher tous les messages du journal.</translation>
    </message>
    <message>
        <source>--speed takes max, a number of × (8) or kB/s (11080k).</source>
        <translation>--speed accepte max, un nombre de × (8) ou des kB/s (11080k).</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to 99.</source>
        <translation>--copies accepte un nombre de 1 à 99.</translation>
    </message>
    <message>
        <source>--write-mode takes auto, tao or sao.</source>
        <translation>--write-mode accepte auto, tao ou sao.</translation>
    </message>
    <message>
        <source>--verify needs a real burn; a simulation writes nothing.</source>
        <translation>--verify nécessite une vraie gravure ; une simulation n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>Usage: spindle-cli VERB [options]</source>
        <translation>Utilisation : spindle-cli VERB [options]</translation>
    </message>
    <message>
        <source>Copy, burn and remaster optical discs.</source>
        <translation>Copier, graver et remanier des disques optiques.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show the versions of Spindle and its libraries.</source>
        <translation>Afficher les versions de Spindle et de ses bibliothèques.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run &apos;spindle-cli VERB --help&apos; for a verb&apos;s options.</source>
        <translation>Lancez « spindle-cli VERB --help » pour connaître les options d&apos;un verbe.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with unreadable data skipped, 130 cancelled.</source>
        <translation>Codes de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 terminé en ignorant des données illisibles, 130 annulé.</translation>
    </message>
    <message>
        <source>spindle-cli: unknown verb &apos;%1&apos;.</source>
        <translation>spindle-cli : verbe inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer ? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Usage: spindle-cli %1 %2</source>
        <translation>Utilisation : spindle-cli %1 %2</translation>
    </message>
    <message>
        <source>spindle-cli %1: %2</source>
        <translation>spindle-cli %1 : %2</translation>
    </message>
    <message>
        <source>Run &apos;spindle-cli %1 --help&apos; for usage.</source>
        <translation>Lancez « spindle-cli %1 --help » pour connaître son utilisation.</translation>
    </message>
    <message>
        <source>List optical drives, and the virtual drives given with --drive.</source>
        <translation>Lister les lecteurs optiques, ainsi que les lecteurs virtuels indiqués avec --drive.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Also list this virtual drive (stdio:FILE). May be repeated.</source>
        <translation>Lister aussi ce lecteur virtuel (stdio:FILE). Option répétable.</translation>
    </message>
    <message>
        <source>virtual drive (a file that acts as a disc)</source>
        <translation>lecteur virtuel (un fichier qui fait office de disque)</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>lit : %1</translation>
    </message>
    <message>
        <source>writes: %1</source>
        <translation>écrit : %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Erase a rewritable disc (CD-RW, DVD±RW, DVD-RAM, BD-RE) or a virtual disc.</source>
        <translation>Effacer un disque réinscriptible (CD-RW, DVD±RW, DVD-RAM, BD-RE) ou un disque virtuel.</translation>
    </message>
    <message>
        <source>The drive holding the disc (/dev/sr0 or stdio:FILE).</source>
        <translation>Le lecteur contenant le disque (/dev/sr0 ou stdio:FILE).</translation>
    </message>
    <message>
        <source>Erase the whole disc (slow) instead of a quick erase.</source>
        <translation>Effacer tout le disque (lent) au lieu d&apos;un effacement rapide.</translation>
    </message>
    <message>
        <source>Erase without asking for confirmation.</source>
        <translation>Effacer sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Copy files out of an image, disc, archive or folder.</source>
        <translation>Copier des fichiers depuis une image, un disque, une archive ou un dossier.</translation>
    </message>
    <message>
        <source>PATH is a file or folder in SOURCE (/boot/grub); each lands in DIR under its own
name. Without PATH everything is extracted. Names and dates are kept. Nothing
is written outside DIR: entries named &quot;..&quot;, absolute archive names and links
pointing out of DIR make the extraction stop before it writes anything.</source>
        <translation>PATH est un fichier ou un dossier de SOURCE (/boot/grub) ; chacun est placé dans DIR sous
son propre nom. Sans PATH, tout est extrait. Les noms et les dates sont conservés. Rien
n&apos;est écrit hors de DIR : les entrées nommées « .. », les noms d&apos;archive absolus et les
liens pointant hors de DIR arrêtent l&apos;extraction avant toute écriture.</translation>
    </message>
    <message>
        <source>Image, drive, archive or folder.</source>
        <translation>Image, lecteur, archive ou dossier.</translation>
    </message>
    <message>
        <source>What to extract.</source>
        <translation>Ce qu&apos;il faut extraire.</translation>
    </message>
    <message>
        <source>The folder to extract to.</source>
        <translation>Le dossier de destination de l&apos;extraction.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Replace existing files in DIR.</source>
        <translation>Remplacer les fichiers existants dans DIR.</translation>
    </message>
    <message>
        <source>give a SOURCE.</source>
        <translation>indiquez une SOURCE.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output est obligatoire.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>DRIVE is a device such as /dev/sr0, or stdio:FILE for a virtual drive (a file
that acts as a disc). KIND makes a virtual drive act as a given medium:
  %1
or a size such as 700M or 4.7G (decimal units; 700MiB for binary ones).</source>
        <translation>DRIVE est un périphérique comme /dev/sr0, ou stdio:FILE pour un lecteur virtuel (un
fichier qui fait office de disque). KIND indique le support qu&apos;émule un lecteur virtuel :
  %1
ou une taille comme 700M ou 4.7G (unités décimales ; 700MiB pour les unités binaires).</translation>
    </message>
    <message>
        <source>The drive to look at.</source>
        <translation>Le lecteur à examiner.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Inscriptible</translation>
    </message>
    <message>
        <source>Erasable</source>
        <translation>Effaçable</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>track %1, %2, starts at block %3, %4</source>
        <translation>piste %1, %2, commence au bloc %3, %4</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>Write speeds</source>
        <translation>Vitesses d&apos;écriture</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nom de volume</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Système de fichiers</translation>
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
        <translation>Amorçable</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>aucun reconnu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Run again with --yes to accept.</source>
        <translation>Relancez la commande avec --yes pour accepter.</translation>
    </message>
    <message>
        <source>List the files of an image, disc, archive or folder.</source>
        <translation>Lister les fichiers d&apos;une image, d&apos;un disque, d&apos;une archive ou d&apos;un dossier.</translation>
    </message>
    <message>
        <source>SOURCE is an image file, a drive (/dev/sr0, stdio:FILE), a zip/tar/7z archive
or a folder. Paths are listed from the root, folders before their contents.
For a DVD-Video, --long and --json also say which titles each file of
VIDEO_TS carries, with durations, chapters and languages.</source>
        <translation>SOURCE est un fichier image, un lecteur (/dev/sr0, stdio:FILE), une archive zip/tar/7z
ou un dossier. Les chemins sont listés depuis la racine, les dossiers avant leur contenu.
Pour un DVD-Video, --long et --json indiquent aussi quels titres contient chaque fichier
de VIDEO_TS, avec les durées, les chapitres et les langues.</translation>
    </message>
    <message>
        <source>What to list.</source>
        <translation>Ce qu&apos;il faut lister.</translation>
    </message>
    <message>
        <source>Show type, permissions, size and date.</source>
        <translation>Afficher le type, les permissions, la taille et la date.</translation>
    </message>
    <message>
        <source>give exactly one SOURCE.</source>
        <translation>indiquez exactement une SOURCE.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Copy a disc into an image file, sized to its file system; rescue damaged discs.</source>
        <translation>Copier un disque dans un fichier image, à la taille de son système de fichiers ; récupérer les disques endommagés.</translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation>Le fichier image à écrire.</translation>
    </message>
    <message>
        <source>Read speed: max (default) or a number of ×, e.g. 8.</source>
        <translation>Vitesse de lecture : max (par défaut) ou un nombre de ×, p. ex. 8.</translation>
    </message>
    <message>
        <source>Retries for an unreadable sector (default 3).</source>
        <translation>Nouvelles tentatives pour un secteur illisible (3 par défaut).</translation>
    </message>
    <message>
        <source>Rescue mode: fill unreadable sectors with zeros and go on.</source>
        <translation>Mode de récupération : remplir de zéros les secteurs illisibles et continuer.</translation>
    </message>
    <message>
        <source>The rescue map file (default OUTPUT.map).</source>
        <translation>Le fichier de suivi de la récupération (OUTPUT.map par défaut).</translation>
    </message>
    <message>
        <source>sha256 (default), md5, both or none.</source>
        <translation>sha256 (par défaut), md5, both ou none.</translation>
    </message>
    <message>
        <source>Also write OUTPUT.sha256 / OUTPUT.md5 (sha256sum format).</source>
        <translation>Écrire aussi OUTPUT.sha256 / OUTPUT.md5 (format sha256sum).</translation>
    </message>
    <message>
        <source>Read the disc again and compare it with the image.</source>
        <translation>Relire le disque et le comparer à l&apos;image.</translation>
    </message>
    <message>
        <source>Copy the whole data track, not just the file system.</source>
        <translation>Copier toute la piste de données, pas seulement le système de fichiers.</translation>
    </message>
    <message>
        <source>Print the final report as JSON.</source>
        <translation>Afficher le rapport final en JSON.</translation>
    </message>
    <message>
        <source>--drive and --output are required.</source>
        <translation>--drive et --output sont obligatoires.</translation>
    </message>
    <message>
        <source>--speed takes max or a positive number of ×.</source>
        <translation>--speed accepte max ou un nombre positif de ×.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 100.</source>
        <translation>--retries accepte un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>--checksum takes sha256, md5, both or none.</source>
        <translation>--checksum accepte sha256, md5, both ou none.</translation>
    </message>
    <message>
        <source>--checksum-file needs a checksum (not --checksum none).</source>
        <translation>--checksum-file nécessite une somme de contrôle (pas --checksum none).</translation>
    </message>
    <message>
        <source>Unreadable: sectors %1–%2</source>
        <translation>Illisibles : secteurs %1–%2</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Fichier endommagé : %1</translation>
    </message>
    <message>
        <source>List the titles of a DVD-Video (length, chapters, audio, subtitles).</source>
        <translation>Lister les titres d&apos;un DVD-Video (durée, chapitres, audio, sous-titres).</translation>
    </message>
    <message>
        <source>DVD-Video image, drive or folder.</source>
        <translation>Image DVD-Video, lecteur ou dossier.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chap.</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Angles</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>titre %1</translation>
    </message>
    <message>
        <source>titles %1</source>
        <translation>titres %1</translation>
    </message>
    <message>
        <source>Title set %1: %2 (%3)</source>
        <translation>Jeu de titres %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Menus (VIDEO_TS): %1</source>
        <translation>Menus (VIDEO_TS) : %1</translation>
    </message>
    <message>
        <source>* main feature (the longest title)</source>
        <translation>* film principal (le titre le plus long)</translation>
    </message>
    <message>
        <source>Compare an image with a disc, or with its published SHA-256 checksum.</source>
        <translation>Comparer une image à un disque, ou à sa somme de contrôle SHA-256 publiée.</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>Le fichier image.</translation>
    </message>
    <message>
        <source>With --checksum-file: the checksum file.</source>
        <translation>Avec --checksum-file : le fichier de sommes de contrôle.</translation>
    </message>
    <message>
        <source>The drive holding the burned disc.</source>
        <translation>Le lecteur contenant le disque gravé.</translation>
    </message>
    <message>
        <source>Check against a SHA-256 checksum file instead of a disc.</source>
        <translation>Vérifier à l&apos;aide d&apos;un fichier de sommes de contrôle SHA-256 plutôt qu&apos;avec un disque.</translation>
    </message>
    <message>
        <source>give either --drive DRIVE or --checksum-file [FILE].</source>
        <translation>indiquez soit --drive DRIVE, soit --checksum-file [FILE].</translation>
    </message>
    <message>
        <source>The cancel came too late: the job had already finished.</source>
        <translation>L&apos;annulation est arrivée trop tard : la tâche était déjà terminée.</translation>
    </message>
    <message>
        <source>Control characters in names are shown escaped (\n, \x1b); --json keeps names exact.</source>
        <translation>Les caractères de contrôle des noms sont affichés échappés (\n, \x1b) ; --json conserve les noms exacts.</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these audio streams of title set SET (e.g. 1:2,3; repeatable).</source>
        <translation>DVD-Video : retirer ces pistes audio du jeu de titres JEU (par ex. 1:2,3 ; répétable).</translation>
    </message>
    <message>
        <source>SET:LIST</source>
        <translation>JEU:LISTE</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these subtitle streams of title set SET (repeatable).</source>
        <translation>DVD-Video : retirer ces pistes de sous-titres du jeu de titres JEU (répétable).</translation>
    </message>
    <message>
        <source>With --output: go on when files of a source image cannot be read in full; the unreadable parts become zeros, the files are listed and the exit code is 3. (A disc: copy it with &apos;read --skip-unreadable&apos; first.)</source>
        <translation>Avec --output : continuer quand des fichiers d&apos;une image source ne peuvent pas être lus entièrement ; les parties illisibles deviennent des zéros, les fichiers sont listés et le code de sortie est 3. (Un disque : copiez-le d&apos;abord avec &apos;read --skip-unreadable&apos;.)</translation>
    </message>
    <message>
        <source>--skip-unreadable needs --output: a disc is not burned with files that cannot be read. Write the image to a file, then burn it.</source>
        <translation>--skip-unreadable nécessite --output : un disque n&apos;est pas gravé avec des fichiers illisibles. Écrivez l&apos;image dans un fichier, puis gravez-la.</translation>
    </message>
    <message>
        <source>--%1 takes a title set and stream numbers as &apos;spindle-cli titles&apos; shows them, such as 1:2,3.</source>
        <translation>--%1 attend un jeu de titres et des numéros de pistes tels que &apos;spindle-cli titles&apos; les affiche, comme 1:2,3.</translation>
    </message>
    <message>
        <source>--keep-titles, --drop-titles, --main-feature-only, --drop-audio and --drop-subtitles need a DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).</source>
        <translation>--keep-titles, --drop-titles, --main-feature-only, --drop-audio et --drop-subtitles nécessitent une source DVD-Video (avec VIDEO_TS/VIDEO_TS.IFO).</translation>
    </message>
    <message>
        <source>no title plays it</source>
        <translation>aucun titre ne la lit</translation>
    </message>
    <message>
        <source>Audio %1: %2</source>
        <translation>Audio %1 : %2</translation>
    </message>
    <message>
        <source>Subtitles %1: %2</source>
        <translation>Sous-titres %1 : %2</translation>
    </message>
    <message>
        <source>This DVD-Video has no audio in %1. Its audio languages: %2.</source>
        <translation>Ce DVD-Video n&apos;a pas d&apos;audio en %1. Ses langues audio : %2.</translation>
    </message>
    <message>
        <source>This DVD-Video has no subtitles in %1. Its subtitle languages: %2.</source>
        <translation>Ce DVD-Video n&apos;a pas de sous-titres en %1. Ses langues de sous-titres : %2.</translation>
    </message>
    <message>
        <source>DVD-Video: keep only audio in these languages (e.g. en,fr; original: each title set&apos;s first language).</source>
        <translation>DVD-Video : ne garder que l&apos;audio dans ces langues (par ex. en,fr ; original : la première langue de chaque jeu de titres).</translation>
    </message>
    <message>
        <source>LANGS</source>
        <translation>LANGUES</translation>
    </message>
    <message>
        <source>DVD-Video: keep only subtitles in these languages (e.g. en), or none.</source>
        <translation>DVD-Video : ne garder que les sous-titres dans ces langues (par ex. en), ou none.</translation>
    </message>
    <message>
        <source>DVD-Video: leave out director&apos;s comments (audio and subtitles).</source>
        <translation>DVD-Video : retirer les commentaires du réalisateur (audio et sous-titres).</translation>
    </message>
    <message>
        <source>--keep-audio takes two-letter language codes (ISO 639) or original, such as en,original.</source>
        <translation>--keep-audio attend des codes de langue à deux lettres (ISO 639) ou original, comme en,original.</translation>
    </message>
    <message>
        <source>--keep-subtitles takes two-letter language codes (ISO 639), such as en,de, or none.</source>
        <translation>--keep-subtitles attend des codes de langue à deux lettres (ISO 639), comme en,de, ou none.</translation>
    </message>
    <message>
        <source>--keep-audio, --keep-subtitles and --drop-commentary need a DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).</source>
        <translation>--keep-audio, --keep-subtitles et --drop-commentary nécessitent une source DVD-Video (avec VIDEO_TS/VIDEO_TS.IFO).</translation>
    </message>
    <message>
        <source>Measuring the streams</source>
        <translation>Mesure des pistes</translation>
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
        <translation>SOURCE est une image DVD-Video, un lecteur (/dev/sr0, stdio:FILE) ou un dossier contenant
VIDEO_TS. Les titres sont numérotés comme le font les lecteurs DVD et lsdvd, et comme les
attend « spindle-cli build --keep-titles » ; « * » marque le film principal (le titre le
plus long). La taille d&apos;un jeu de titres est ce qu&apos;on gagne en excluant tous ses titres.
La taille d&apos;une piste est ce qu&apos;on gagne en la retirant ; la mesurer lit une fois
chaque VOB de titre (--no-sizes s&apos;en dispense).
Exemple :
  spindle-cli titles /dev/sr0</translation>
    </message>
    <message>
        <source>Do not measure each stream&apos;s size (saves reading the VOBs).</source>
        <translation>Ne pas mesurer la taille de chaque piste (évite de lire les VOB).</translation>
    </message>
    <message>
        <source>Copy a disc to another disc, with two drives or with one.</source>
        <translation>Copier un disque sur un autre disque, avec deux lecteurs ou un seul.</translation>
    </message>
    <message>
        <source>The drive holding the disc to copy (/dev/sr0 or stdio:FILE).</source>
        <translation>Le lecteur contenant le disque à copier (/dev/sr0 ou stdio:FICHIER).</translation>
    </message>
    <message>
        <source>Burn the copy with this second drive, on the fly (default: --drive, through a temporary image).</source>
        <translation>Graver la copie à la volée avec ce second lecteur (par défaut : --drive, via une image temporaire).</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>disque : %1</translation>
    </message>
    <message>
        <source>Show the medium in a drive, or an image file: kind, status, capacity, sessions and file system.</source>
        <translation>Afficher le disque d&apos;un lecteur, ou un fichier image : type, état, capacité, sessions et système de fichiers.</translation>
    </message>
    <message>
        <source>An image file to look at instead of a drive.</source>
        <translation>Un fichier image à examiner au lieu d&apos;un lecteur.</translation>
    </message>
    <message>
        <source>Give either --drive DRIVE or an IMAGE file.</source>
        <translation>Indiquez soit --drive LECTEUR, soit un fichier IMAGE.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Not kept from the source&apos;s boot setup: %1.</source>
        <translation>Non conservé du dispositif d’amorçage de la source : %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is needed to start the computer from this disc; it is left out as asked.</source>
        <translation>%1 (%2) est nécessaire pour démarrer l’ordinateur depuis ce disque ; il est omis comme demandé.</translation>
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
        <translation>Avec --to, la copie est gravée pendant la lecture du disque, sans fichier
temporaire ; elle a les mêmes octets qu&apos;une image faite par &apos;spindle-cli read&apos;.
Sans --to, le disque est lu dans une image temporaire du dossier de cache (son
espace libre est vérifié d&apos;abord), éjecté, et la copie attend un disque vierge :
répondez y une fois qu&apos;il est inséré (un script peut écrire y sur stdin après avoir
changé le disque ; --yes n&apos;attend pas). L&apos;image temporaire est supprimée quelle que
soit la fin de la copie.
--exclude et --exclude-from omettent des fichiers, et les options DVD-Video
(--keep-titles, --drop-titles, --main-feature-only, --keep-audio, --drop-audio,
--keep-subtitles, --drop-subtitles, --drop-commentary) omettent des titres et des
pistes, comme &apos;build&apos; : la copie est alors une nouvelle image du disque, et non plus
les mêmes octets.
--medium est le type de disque écrit, pour un lecteur virtuel. Tout ce qui peut
refuser (pas de disque, un disque avec des données, une copie qui ne tient pas) est
vérifié avant l&apos;écriture du premier octet.
Exemples :
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --verify
  spindle-cli copy --drive /dev/sr0 --verify
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --keep-titles 1 --keep-audio en</translation>
    </message>
    <message>
        <source>SPINDLE_SOURCE_RATE_LIMIT takes a number of bytes per second.</source>
        <translation>SPINDLE_SOURCE_RATE_LIMIT attend un nombre d&apos;octets par seconde.</translation>
    </message>
    <message>
        <source>Add dvdisaster error-correction data (RS03) to an image before burning it.</source>
        <translation>Ajouter à une image des données de correction d&apos;erreurs dvdisaster (RS03) avant de la graver.</translation>
    </message>
    <message>
        <source>The disc the image will be burned to: cd, dvd, dvd-dl, bd or bd-dl.</source>
        <translation>Le disque sur lequel l&apos;image sera gravée : cd, dvd, dvd-dl, bd ou bd-dl.</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>SUPPORT</translation>
    </message>
    <message>
        <source>--medium takes cd, dvd, dvd-dl, bd or bd-dl.</source>
        <translation>--medium attend cd, dvd, dvd-dl, bd ou bd-dl.</translation>
    </message>
    <message>
        <source>%1 (%2 sectors)</source>
        <translation>%1 (%2 secteurs)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>RS03, %1 roots, %2% redundancy</source>
        <translation>RS03, %1 racines, %2 % de redondance</translation>
    </message>
    <message>
        <source>%1 before, %2 now (%3 sectors)</source>
        <translation>%1 avant, %2 maintenant (%3 secteurs)</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espace utilisé</translation>
    </message>
    <message>
        <source>%1% of the %2</source>
        <translation>%1 % du %2</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Résiste à</translation>
    </message>
    <message>
        <source>any %1 damaged sectors in each group of 255</source>
        <translation>%1 secteurs endommagés quelconques par groupe de 255</translation>
    </message>
    <message>
        <source>Repair an image that carries dvdisaster error-correction data (RS03).</source>
        <translation>Réparer une image qui contient des données de correction d&apos;erreurs dvdisaster (RS03).</translation>
    </message>
    <message>
        <source>A rescue map (ddrescue&apos;s format): its unread sectors are rebuilt.</source>
        <translation>Un fichier de suivi (format de ddrescue) : ses secteurs non lus sont reconstruits.</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>SUIVI</translation>
    </message>
    <message>
        <source>The rescue map %1 does not exist.</source>
        <translation>Le fichier de suivi %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>RS03, %1 roots</source>
        <translation>RS03, %1 racines</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagés</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Réparés</translation>
    </message>
    <message>
        <source>Still lost</source>
        <translation>Toujours perdus</translation>
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
        <translation>SOURCE est un fichier image, un lecteur (/dev/sr0, stdio:FILE), un dossier ou une archive
zip/tar/7z ; LOCAL=/PATH/IN/IMAGE place un dossier ou une archive ailleurs qu&apos;à la racine.
Les sources se combinent : une image ou un disque, plus des dossiers et archives au choix.
PATTERN exclut ce qui lui correspond : avec un « / », il porte sur des chemins complets
(/VIDEO_TS/VTS_02_*), sans « / », sur des noms (*.bak) ; un « / » final ne désigne que
des dossiers. Dans un fichier --exclude-from : un motif par ligne, « # » commence un
commentaire et « !PATTERN » reprend ce que les lignes précédentes ont exclu.
Une image amorçable reste amorçable (El Torito, zone système, partitions annexes) ;
ce qui ne peut être conservé et les fichiers d’amorçage omis par PATTERN sont
nommés avant l’écriture (avec --progress json aussi en ligne de type &quot;boot&quot;).
Un DVD-Video (VIDEO_TS conservé) devient une image hybride UDF 1.02 + ISO 9660, comme
l&apos;exigent les lecteurs DVD ; --level, --no-joliet et --no-rock-ridge ne s&apos;y appliquent pas.
--keep-titles et --drop-titles prennent les numéros de titre tels que les affiche
« spindle-cli titles » (1,3-4) ; les fichiers IFO sont réécrits pour que le disque reste
lisible et que ses menus ne mènent qu&apos;aux titres conservés. --main-feature-only écrit un
disque sans menus qui lit aussitôt les titres conservés (option seule : le plus long).
--keep-audio LANGUES, --keep-subtitles LANGUES|none et --drop-commentary retirent
des pistes audio et de sous-titres de chaque jeu de titres (un jeu de titres garde au
moins une piste audio) ; --drop-audio et --drop-subtitles les désignent par numéro.
Avec ces options, les motifs s&apos;appliquent toujours hors de VIDEO_TS.
--reproducible utilise $SOURCE_DATE_EPOCH, ou 2000-01-01, pour toutes les dates que
l&apos;image enregistre elle-même ; les mêmes entrées donnent ainsi les mêmes octets.
Avec --drive, la nouvelle image est gravée au fur et à mesure, sans fichier temporaire ;
tous les contrôles (disque présent, inscriptible, assez grand) ont lieu avant l&apos;écriture.
--ecc ajoute des données de correction d’erreurs dvdisaster RS03 : au fichier avant
qu’il ne reçoive son nom (dimensionnées pour --medium, sinon pour le plus petit disque
qui laisse de la place), ou, avec --drive, après l’image sur le disque ; elles ont
besoin de l’image entière, donc avec --drive celle-ci est d’abord écrite dans un
fichier temporaire de ~/.cache (supprimé à la fin de la gravure). Une valeur se
joint avec « = » : --ecc=20.
Exemples :
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
        <translation>Tout ce qui peut empêcher la gravure (pas de disque, disque contenant des données,
image trop grande, absence de mode test) est contrôlé avant l&apos;écriture du premier octet.
--ecc ajoute des données de correction d’erreurs dvdisaster RS03 après l’image sur
le disque (le fichier image reste tel quel) : calculées dès que le disque vierge
indique sa place, dans un fichier temporaire de ~/.cache supprimé à la fin de la
gravure, et refusées avant l’écriture quand elles ne tiennent pas. Une image qui
porte déjà des données RS03 est gravée telle quelle. Une image compressée doit
d’abord être décompressée. Une valeur se joint avec « = » : --ecc=20.
Exemples :
  spindle-cli burn debian.iso --drive /dev/sr0 --verify
  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r
  spindle-cli burn backup.iso --drive /dev/sr0 --ecc --verify</translation>
    </message>
    <message>
        <source>Add dvdisaster RS03 error-correction data after the image: --ecc or --ecc=fill fills the disc (a file: the medium of --medium, else the smallest that leaves room), --ecc=PERCENT gives that much redundancy (%1 to %2).</source>
        <translation>Ajouter des données de correction d’erreurs dvdisaster RS03 après l’image : --ecc ou --ecc=fill remplit le disque (un fichier : le support de --medium, sinon le plus petit qui laisse de la place), --ecc=PERCENT donne autant de redondance (%1 à %2).</translation>
    </message>
    <message>
        <source>fill|PERCENT</source>
        <translation>fill|POURCENT</translation>
    </message>
    <message>
        <source>--ecc takes fill or a redundancy in percent from %1 to %2 (--ecc=20).</source>
        <translation>--ecc attend fill ou une redondance en pourcentage de %1 à %2 (--ecc=20).</translation>
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
        <translation>Les secteurs endommagés d&apos;IMAGE sont reconstruits sur place à partir de ses
données de correction d&apos;erreurs RS03 (ajoutées par spindle-cli protect ou
dvdisaster -mRS03) et vérifiés avec sa couche CRC. Sont endommagés : les secteurs
qui ne correspondent pas à leur CRC, les marqueurs de secteur manquant de
dvdisaster, les secteurs après la fin du fichier et, avec --map, les secteurs que
le fichier de suivi de read --skip-unreadable ne marque pas comme lus. Lisez un
disque protégé avec --whole-track : ses données de correction d&apos;erreurs se trouvent
après le système de fichiers. Code de sortie 3 s&apos;il reste des secteurs impossibles
à reconstruire : relisez le disque avec plus de tentatives, puis réparez de nouveau.
Les secteurs ECC sont vérifiés aussi : chaque bloc est de nouveau encodé et comparé,
et les secteurs faux sont réécrits. Avec --map, le fichier de suivi indique ensuite
les secteurs reconstruits comme terminés (des lignes de commentaire « # rebuilt »
les listent). --check signale seulement ce qui est endommagé et si tout peut être
reconstruit, et n’écrit rien.
Exemples :
  spindle-cli repair backup.iso
  spindle-cli repair --check backup.iso
  spindle-cli read --drive /dev/sr0 --output backup.iso --whole-track \
      --skip-unreadable --retries 5
  spindle-cli repair backup.iso --map backup.iso.map</translation>
    </message>
    <message>
        <source>Only check: report the damage and whether it can be repaired; write nothing.</source>
        <translation>Vérifier seulement : signaler les dégâts et s’ils peuvent être réparés ; ne rien écrire.</translation>
    </message>
    <message>
        <source>%1 sectors (%2 unreadable, %3 CRC errors, %4 wrong ecc sectors, %5 past the end of the file)</source>
        <translation>%1 secteurs (%2 illisibles, %3 erreurs de CRC, %4 secteurs ECC faux, %5 après la fin du fichier)</translation>
    </message>
    <message>
        <source>Repairable</source>
        <translation>Réparable</translation>
    </message>
    <message>
        <source>Not repairable</source>
        <translation>Non réparable</translation>
    </message>
    <message>
        <source>Rescue map</source>
        <translation>Fichier de suivi</translation>
    </message>
    <message>
        <source>%1 rebuilt sectors marked finished in %2</source>
        <translation>%1 secteurs reconstruits marqués comme terminés dans %2</translation>
    </message>
    <message>
        <source>Without --skip-unreadable the copy stops at the first sector that cannot be read
after the retries. With it, unreadable sectors are filled with zeros and recorded
in a GNU ddrescue map (OUTPUT.map); running the same command again reads only
what is missing. Exit code 3: the image was saved but sectors remain unreadable.
A disc that carries dvdisaster RS03 error-correction data is copied with it;
--repair then rebuilds the unreadable sectors from it (exit code 0 when all
are rebuilt, 3 when some remain lost).</source>
        <translation>Sans --skip-unreadable, la copie s&apos;arrête au premier secteur encore illisible après les
nouvelles tentatives. Avec cette option, les secteurs illisibles sont remplis de zéros et
notés dans un fichier de suivi GNU ddrescue (OUTPUT.map) ; relancer la même commande ne
lit que ce qui manque. Code de sortie 3 : image enregistrée, secteurs encore illisibles.
Un disque qui porte des données de correction d’erreurs dvdisaster RS03 est copié
avec elles ; --repair reconstruit ensuite à partir d’elles les secteurs illisibles
(code de sortie 0 quand tous sont reconstruits, 3 quand certains restent perdus).</translation>
    </message>
    <message>
        <source>With --skip-unreadable: when the disc carries dvdisaster RS03 error-correction data, rebuild the sectors it could not read from it after the copy.</source>
        <translation>Avec --skip-unreadable : quand le disque porte des données de correction d’erreurs dvdisaster RS03, reconstruire après la copie les secteurs qu’il n’a pas pu lire.</translation>
    </message>
    <message>
        <source>--repair needs --skip-unreadable.</source>
        <translation>--repair nécessite --skip-unreadable.</translation>
    </message>
    <message>
        <source>The disc carries no dvdisaster RS03 error-correction data, so the sectors it could not read cannot be rebuilt.</source>
        <translation>Le disque ne porte pas de données de correction d’erreurs dvdisaster RS03 : les secteurs qui n’ont pas pu être lus ne peuvent pas être reconstruits.</translation>
    </message>
    <message>
        <source>Rebuilt from the error-correction data: %1 sectors; still lost: %2</source>
        <translation>Reconstruits à partir des données de correction d’erreurs : %1 secteurs ; toujours perdus : %2</translation>
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
        <translation>Avec --drive, Spindle relit sur le disque exactement les octets de l’image (jamais le
remplissage ajouté par le lecteur) et indique le premier secteur différent.
Avec --drive et sans IMAGE, le disque est lu une fois en entier et vérifié
seul : les secteurs que le lecteur ne peut pas lire sont listés et, si le
disque porte des données de correction d’erreurs RS03 de dvdisaster, chaque
secteur de données est comparé à son CRC et les dégâts sont mesurés à ce que
ces données peuvent reconstruire (le pronostic de dvdisaster -t). Code de
sortie 3 s’il trouve des dégâts, réparables ou non (le rapport dit lesquels).
Rien n’est écrit.
Avec --checksum-file, FILE peut suivre IMAGE ; sinon, Spindle cherche IMAGE.sha256,
IMAGE.sha256sum, SHA256SUMS et sha256sum.txt à côté de l’image.
Exemples :
  spindle-cli verify debian.iso --drive /dev/sr0
  spindle-cli verify --drive /dev/sr0
  spindle-cli verify debian.iso --checksum-file SHA256SUMS</translation>
    </message>
    <message>
        <source>The image file (with --drive it may be left out: the disc is checked alone).</source>
        <translation>Le fichier image (avec --drive, il peut être omis : le disque est alors vérifié seul).</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisibles</translation>
    </message>
    <message>
        <source>%1 sectors</source>
        <translation>%1 secteurs</translation>
    </message>
    <message>
        <source>%1 sectors (%2 unreadable, %3 CRC errors, %4 past the end of the disc)</source>
        <translation>%1 secteurs (%2 illisibles, %3 erreurs de CRC, %4 au-delà de la fin du disque)</translation>
    </message>
    <message>
        <source>none (no error-correction data on the disc)</source>
        <translation>aucune (pas de données de correction d’erreurs sur le disque)</translation>
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
        <translation>Les données sont ajoutées à IMAGE sur place (une « image augmentée » RS03) et
remplissent le support ; gravez le fichier entier. dvdisaster les vérifie
(dvdisaster -t -i IMAGE) et répare l&apos;image ou un disque endommagé lu avec
read --skip-unreadable (dvdisaster -f -i IMAGE). Sans --medium, le plus petit
disque qui leur laisse de la place est choisi. --redundancy dimensionne plutôt les
données d&apos;après la redondance (comme burn --ecc=PERCENT), pour une image gardée
en fichier ou gravée sur un disque où la place ne manque pas. Une exécution
interrompue laisse IMAGE telle quelle.
Exemples :
  spindle-cli protect backup.iso
  spindle-cli protect backup.iso --medium dvd
  spindle-cli protect photos.iso --redundancy 20</translation>
    </message>
    <message>
        <source>Instead of --medium: this much redundancy, from 4 to 200 percent.</source>
        <translation>Au lieu de --medium : cette redondance, de 4 à 200 pour cent.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>POURCENT</translation>
    </message>
    <message>
        <source>give either --medium or --redundancy.</source>
        <translation>indiquez soit --medium, soit --redundancy.</translation>
    </message>
    <message>
        <source>--redundancy takes a percentage from %1 to %2.</source>
        <translation>--redundancy attend un pourcentage de %1 à %2.</translation>
    </message>
    <message>
        <source>none: sized for the redundancy (%1 sectors)</source>
        <translation>aucun : dimensionné d&apos;après la redondance (%1 secteurs)</translation>
    </message>
    <message>
        <source>Planning the new DVD-Video</source>
        <translation>Planification du nouveau DVD-Video</translation>
    </message>
</context>
<context>
    <name>ecc</name>
    <message>
        <source>The image is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>The image is too large for error-correction data on this medium: at least %1 of its 255 layers must remain for it.</source>
        <translation>L&apos;image est trop grande pour des données de correction d&apos;erreurs sur ce support : au moins %1 de ses 255 couches doivent leur rester.</translation>
    </message>
    <message>
        <source>Adds %1 of error-correction data (%2% redundancy): any %3 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Ajoute %1 de données de correction d’erreurs (%2 % de redondance) : %3 secteurs illisibles quelconques dans chaque groupe de 255 peuvent être reconstruits.</translation>
    </message>
    <message>
        <source>No error-correction data was asked for.</source>
        <translation>Aucune donnée de correction d’erreurs n’a été demandée.</translation>
    </message>
    <message>
        <source>The image (%1) is too large for error-correction data on any disc up to a BD DL.</source>
        <translation>L&apos;image (%1) est trop grande pour des données de correction d&apos;erreurs sur tout disque jusqu&apos;au BD DL.</translation>
    </message>
    <message>
        <source>The image with %1% error-correction data needs %2, the disc holds %3. Choose less redundancy, or let the data fill the disc.</source>
        <translation>L’image avec %1 % de données de correction d’erreurs demande %2, le disque contient %3. Choisissez moins de redondance, ou laissez les données remplir le disque.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data but is cut short: %1 bytes of %2. Repair it with dvdisaster -f.</source>
        <translation>L&apos;image contient des données de correction d&apos;erreurs RS03 de dvdisaster mais elle est tronquée : %1 octets sur %2. Réparez-la avec dvdisaster -f.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>An earlier run adding error-correction data to this image was interrupted; the image is %1 bytes long instead of %2. Adding the data again cuts it back first.</source>
        <translation>Un ajout précédent de données de correction d&apos;erreurs à cette image a été interrompu ; l&apos;image fait %1 octets au lieu de %2. Ajouter de nouveau les données la ramène d&apos;abord à sa taille.</translation>
    </message>
    <message>
        <source>The image already carries dvdisaster error-correction data of method %1.</source>
        <translation>L&apos;image contient déjà des données de correction d&apos;erreurs de dvdisaster, méthode %1.</translation>
    </message>
    <message>
        <source>the header at sector %1 belongs to an error-correction file, not to an augmented image</source>
        <translation>l&apos;en-tête au secteur %1 appartient à un fichier de correction d&apos;erreurs, pas à une image augmentée</translation>
    </message>
    <message>
        <source>its header at sector %1 is damaged</source>
        <translation>son en-tête au secteur %1 est endommagé</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data for a %1, but its header is damaged. Repair it with dvdisaster -f.</source>
        <translation>L&apos;image contient des données de correction d&apos;erreurs RS03 de dvdisaster pour un %1, mais leur en-tête est endommagé. Réparez-la avec dvdisaster -f.</translation>
    </message>
    <message>
        <source>The image seems to carry dvdisaster error-correction data, but %1. Check it with dvdisaster -t.</source>
        <translation>L&apos;image semble contenir des données de correction d&apos;erreurs de dvdisaster, mais %1. Vérifiez-la avec dvdisaster -t.</translation>
    </message>
    <message>
        <source>Cannot write the error-correction data: %1</source>
        <translation>Impossible d&apos;écrire les données de correction d&apos;erreurs : %1</translation>
    </message>
    <message>
        <source>Cannot write the error-correction header: %1</source>
        <translation>Impossible d&apos;écrire l&apos;en-tête des données de correction d&apos;erreurs : %1</translation>
    </message>
    <message>
        <source>Cannot read the image: %1</source>
        <translation>Impossible de lire l&apos;image : %1</translation>
    </message>
    <message>
        <source>%1 holds no interrupted run to undo.</source>
        <translation>%1 ne contient aucune exécution interrompue à annuler.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its original size of %2 bytes: %3</source>
        <translation>Impossible de ramener %1 à sa taille d&apos;origine de %2 octets : %3</translation>
    </message>
    <message>
        <source>The image already carries dvdisaster RS03 error-correction data (for a %1, %2 roots); it is not augmented twice.</source>
        <translation>L&apos;image contient déjà des données de correction d&apos;erreurs RS03 de dvdisaster (pour un %1, %2 racines) ; elle n&apos;est pas augmentée deux fois.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>support de taille inconnue</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>Not enough free space next to the image: the error-correction data needs %1, %2 are free.</source>
        <translation>Pas assez d&apos;espace libre à côté de l&apos;image : les données de correction d&apos;erreurs demandent %1, %2 sont libres.</translation>
    </message>
    <message>
        <source>Cannot write to the image (%1), nor cut it back to its original size of %2 bytes.</source>
        <translation>Impossible d&apos;écrire dans l&apos;image (%1), ni de la ramener à sa taille d&apos;origine de %2 octets.</translation>
    </message>
    <message>
        <source>The image could not be cut back to its original size (%1); its first %2 bytes are unchanged.</source>
        <translation>L&apos;image n&apos;a pas pu être ramenée à sa taille d&apos;origine (%1) ; ses %2 premiers octets sont inchangés.</translation>
    </message>
    <message>
        <source>Cancelled; the image is unchanged.</source>
        <translation>Annulé ; l&apos;image est inchangée.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Not enough free space for the error-correction data in %1: it needs %2, %3 are free.</source>
        <translation>Pas assez d’espace libre pour les données de correction d’erreurs dans %1 : il faut %2, %3 sont libres.</translation>
    </message>
    <message>
        <source>Cancelled; no error-correction data was kept.</source>
        <translation>Annulé ; aucune donnée de correction d’erreurs n’a été conservée.</translation>
    </message>
    <message>
        <source>The image %1 changed while its error-correction data was computed. Leave it alone and try again.</source>
        <translation>L’image %1 a changé pendant le calcul de ses données de correction d’erreurs. Ne la modifiez pas et réessayez.</translation>
    </message>
    <message>
        <source>Error correction needs a temporary file of %1 in %2, but only %3 is free there. Free some space, or burn without error correction.</source>
        <translation>La correction d’erreurs a besoin d’un fichier temporaire de %1 dans %2, mais seuls %3 y sont libres. Libérez de la place, ou gravez sans correction d’erreurs.</translation>
    </message>
    <message>
        <source>The folder %1 for temporary files could not be created.</source>
        <translation>Le dossier %1 pour les fichiers temporaires n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Cannot write the repaired sectors to the image: %1</source>
        <translation>Impossible d&apos;écrire les secteurs réparés dans l&apos;image : %1</translation>
    </message>
    <message>
        <source>The image ends inside its error-correction header: it was cut short right after its file system, so the error-correction data are missing. Copy the disc again with spindle-cli read, which copies the data after the file system. Nothing was changed.</source>
        <translation>L’image se termine au milieu de son en-tête de correction d’erreurs : elle a été coupée juste après son système de fichiers, les données de correction d’erreurs manquent donc. Copiez de nouveau le disque avec spindle-cli read, qui copie les données après le système de fichiers. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The image carries no dvdisaster RS03 error-correction data, so it cannot be repaired. Add it with spindle-cli protect before burning the next time.</source>
        <translation>L&apos;image ne contient pas de données de correction d&apos;erreurs RS03 de dvdisaster : elle ne peut donc pas être réparée. Ajoutez-les avec spindle-cli protect avant la prochaine gravure.</translation>
    </message>
    <message>
        <source>Only RS03 data is repaired here; use dvdisaster -f.</source>
        <translation>Seules les données RS03 sont réparées ici ; utilisez dvdisaster -f.</translation>
    </message>
    <message>
        <source>It carries no complete error-correction data to repair with.</source>
        <translation>Elle ne contient pas de données de correction d&apos;erreurs complètes pour la réparer.</translation>
    </message>
    <message>
        <source>The image&apos;s error-correction header is damaged and no intact copy of it was found in the CRC layer, so the image cannot be repaired here. Try dvdisaster -f.</source>
        <translation>L&apos;en-tête de correction d&apos;erreurs de l&apos;image est endommagé et aucune copie intacte n&apos;a été trouvée dans la couche CRC : l&apos;image ne peut pas être réparée ici. Essayez dvdisaster -f.</translation>
    </message>
    <message>
        <source>%1 holds %2 sectors, but its error-correction data describe %3 sectors (for a %4): more is missing than the %5 roots of an ecc block can rebuild. It was cut short, or its data were made for a larger medium than the file holds. Nothing was changed.</source>
        <translation>%1 contient %2 secteurs, mais ses données de correction d’erreurs en décrivent %3 (pour un %4) : il manque plus que ce que les %5 racines d’un bloc ECC peuvent reconstruire. Elle a été coupée, ou ses données ont été faites pour un support plus grand que ce que contient le fichier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The image (%1) leaves too little room on the disc (%2) for error-correction data: at least 9 of its 255 layers must remain for it. Turn error correction off, or choose a larger disc.</source>
        <translation>L’image (%1) laisse trop peu de place sur le disque (%2) pour les données de correction d’erreurs : au moins 9 de ses 255 couches doivent leur rester. Désactivez la correction d’erreurs ou choisissez un disque plus grand.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data, but its header is damaged. Repair it with dvdisaster -f.</source>
        <translation>L&apos;image contient des données de correction d&apos;erreurs RS03 de dvdisaster, mais leur en-tête est endommagé. Réparez-la avec dvdisaster -f.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Burn, copy and inspect CDs, DVDs and Blu-ray discs.</source>
        <translation>Graver, copier et examiner des CD, DVD et disques Blu-ray.</translation>
    </message>
    <message>
        <source>Select DRIVE: a device (/dev/sr0) or a virtual drive (stdio:FILE or a file path).</source>
        <translation>Sélectionner DRIVE : un périphérique (/dev/sr0) ou un lecteur virtuel (stdio:FILE ou chemin de fichier).</translation>
    </message>
    <message>
        <source>The medium a virtual drive emulates: cd-r, dvd-r, bd-re, ... or a size such as 4.7G.</source>
        <translation>Le support émulé par un lecteur virtuel : cd-r, dvd-r, bd-re, ... ou une taille comme 4.7G.</translation>
    </message>
    <message>
        <source>Open the page of TASK: copy, burn, newimage, erase or info.</source>
        <translation>Ouvrir la page de TASK : copy, burn, newimage, erase ou info.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2.</source>
        <translation>Page inconnue : « %1 ». Pages : %2.</translation>
    </message>
    <message>
        <source>A disc image to burn: opens the Burn page with it.</source>
        <translation>Une image disque à graver : ouvre la page « Graver une image » avec celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Give one image at a time (%n were given).</source>
        <translation>
            <numerusform>Indiquez une seule image à la fois (%n indiquée).</numerusform>
            <numerusform>Indiquez une seule image à la fois (%n indiquées).</numerusform>
        </translation>
    </message>
</context>
</TS>
