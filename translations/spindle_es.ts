<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Spindle cannot read the archive %1. Check that it exists and is not damaged.</source>
        <translation>Spindle no puede leer el archivo comprimido %1. Compruebe que existe y que no está dañado.</translation>
    </message>
    <message>
        <source>The archive %1 ended early or is damaged.</source>
        <translation>El archivo comprimido %1 termina antes de tiempo o está dañado.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged or in a format Spindle cannot read.</source>
        <translation>El archivo comprimido %1 está dañado o tiene un formato que Spindle no puede leer.</translation>
    </message>
</context>
<context>
    <name>BootFiles</name>
    <message>
        <source>BIOS boot image</source>
        <translation>imagen de arranque BIOS</translation>
    </message>
    <message>
        <source>UEFI boot image</source>
        <translation>imagen de arranque UEFI</translation>
    </message>
    <message>
        <source>boot image for platform 0x%1</source>
        <translation>imagen de arranque para la plataforma 0x%1</translation>
    </message>
    <message>
        <source>MIPS volume header</source>
        <translation>cabecera de volumen MIPS</translation>
    </message>
    <message>
        <source>DEC MIPS boot block</source>
        <translation>bloque de arranque DEC MIPS</translation>
    </message>
    <message>
        <source>HP-PA PALO boot sector</source>
        <translation>sector de arranque HP-PA PALO</translation>
    </message>
    <message>
        <source>DEC Alpha boot sector</source>
        <translation>sector de arranque DEC Alpha</translation>
    </message>
    <message>
        <source>the SPARC boot images of the SUN disk label</source>
        <translation>las imágenes de arranque SPARC de la etiqueta de disco SUN</translation>
    </message>
    <message>
        <source>the %1 in the system area</source>
        <translation>el %1 del área de sistema</translation>
    </message>
    <message>
        <source>system area of type %1</source>
        <translation>área de sistema de tipo %1</translation>
    </message>
    <message>
        <source>MBR partition %1 (type 0x%2) inside the file system</source>
        <translation>partición MBR %1 (tipo 0x%2) dentro del sistema de archivos</translation>
    </message>
    <message>
        <source>GPT partition %1 (%2) appended after the file system</source>
        <translation>partición GPT %1 (%2) anexada tras el sistema de archivos</translation>
    </message>
    <message>
        <source>GPT partition %1 (%2) inside the file system</source>
        <translation>partición GPT %1 (%2) dentro del sistema de archivos</translation>
    </message>
    <message>
        <source>the Apple Partition Map</source>
        <translation>el mapa de particiones de Apple</translation>
    </message>
    <message>
        <source>the HFS+ blessing that lets Macs start from the disc</source>
        <translation>la bendición HFS+ que permite a los Mac arrancar desde el disco</translation>
    </message>
    <message>
        <source>El Torito boot image %1 (%2), which is neither a file of the image nor an appended partition</source>
        <translation>la imagen de arranque El Torito %1 (%2), que no es ni un archivo de la imagen ni una partición anexada</translation>
    </message>
    <message>
        <source>El Torito boot catalog</source>
        <translation>catálogo de arranque El Torito</translation>
    </message>
    <message>
        <source>EFI system partition</source>
        <translation>partición de sistema EFI</translation>
    </message>
    <message>
        <source>GRUB configuration</source>
        <translation>configuración de GRUB</translation>
    </message>
    <message>
        <source>loaded by the boot menu</source>
        <translation>cargado por el menú de arranque</translation>
    </message>
    <message>
        <source>GRUB modules for BIOS</source>
        <translation>módulos de GRUB para BIOS</translation>
    </message>
    <message>
        <source>GRUB modules for UEFI</source>
        <translation>módulos de GRUB para UEFI</translation>
    </message>
    <message>
        <source>ISOLINUX library</source>
        <translation>biblioteca de ISOLINUX</translation>
    </message>
    <message>
        <source>ISOLINUX configuration</source>
        <translation>configuración de ISOLINUX</translation>
    </message>
</context>
<context>
    <name>BootReplay</name>
    <message numerus="yes">
        <source>The new image will not boot: the boot file(s) %1 are left out. Tick them to keep the image bootable.</source>
        <translation>
            <numerusform>La nueva imagen no arrancará: el archivo de arranque %1 está excluido. Márquelo para que la imagen siga siendo arrancable.</numerusform>
            <numerusform>La nueva imagen no arrancará: los archivos de arranque %1 están excluidos. Márquelos para que la imagen siga siendo arrancable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n El Torito boot image(s).</source>
        <translation>
            <numerusform>Se conservó %n imagen de arranque El Torito.</numerusform>
            <numerusform>Se conservaron %n imágenes de arranque El Torito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reproduced the system area (%1)%2.</source>
        <translation>Se reprodujo el área de sistema (%1)%2.</translation>
    </message>
    <message numerus="yes">
        <source> and %n appended partition(s)</source>
        <translation>
            <numerusform> y %n partición anexada</numerusform>
            <numerusform> y %n particiones anexadas</numerusform>
        </translation>
    </message>
    <message>
        <source>El Torito boot image %1 of the source is neither a file of the image nor an appended partition; the new image cannot keep it.</source>
        <translation>La imagen de arranque El Torito %1 del origen no es ni un archivo de la imagen ni una partición añadida; la nueva imagen no puede conservarla.</translation>
    </message>
</context>
<context>
    <name>BurnLibrary</name>
    <message>
        <source>The disc burning library (libburn) could not be started.</source>
        <translation>No se pudo iniciar la biblioteca de grabación de discos (libburn).</translation>
    </message>
    <message>
        <source>The ISO image library (libisofs) could not be started.</source>
        <translation>No se pudo iniciar la biblioteca de imágenes ISO (libisofs).</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>No checksum file found for %1 (looked for %2.sha256 and SHA256SUMS next to it). Download the checksum file published with the image and name it on the command line.</source>
        <translation>No se encontró ningún archivo de suma de verificación para %1 (se buscaron %2.sha256 y SHA256SUMS junto a la imagen). Descargue el archivo de suma de verificación publicado con la imagen e indíquelo en la línea de comandos.</translation>
    </message>
    <message>
        <source>Spindle cannot read the checksum file %1: %2.</source>
        <translation>Spindle no puede leer el archivo de suma de verificación %1: %2.</translation>
    </message>
    <message>
        <source>The checksum file %1 lists no SHA-256 for %2. Check that it belongs to this image.</source>
        <translation>El archivo de suma de verificación %1 no contiene ningún SHA-256 para %2. Compruebe que corresponde a esta imagen.</translation>
    </message>
</context>
<context>
    <name>CompressedIsoDataSource</name>
    <message>
        <source>The decompressed stream ends after %1 bytes, before the block the image refers to.</source>
        <translation>El flujo descomprimido termina tras %1 bytes, antes del bloque al que hace referencia la imagen.</translation>
    </message>
    <message>
        <source>The compressed image %1 is damaged or incomplete (%2). Download it again, or check it against its published checksum.</source>
        <translation>La imagen comprimida %1 está dañada o incompleta (%2). Descárguela de nuevo o compruébela con su suma de verificación publicada.</translation>
    </message>
</context>
<context>
    <name>DamagedFiles</name>
    <message>
        <source>The image %1 could not be opened to list damaged files.</source>
        <translation>No se pudo abrir la imagen %1 para listar los archivos dañados.</translation>
    </message>
    <message>
        <source>The list of damaged files is not available: the unreadable area includes the disc&apos;s directory information.</source>
        <translation>La lista de archivos dañados no está disponible: la zona ilegible incluye la información de directorios del disco.</translation>
    </message>
</context>
<context>
    <name>DiscImageSource</name>
    <message>
        <source>the disc in %1</source>
        <translation>el disco en %1</translation>
    </message>
    <message>
        <source>The disc in %1 holds %2 sectors but its file system declares %3: the disc is incomplete or damaged. Copy it to an image in rescue mode first (spindle-cli read --skip-unreadable).</source>
        <translation>El disco en %1 contiene %2 sectores, pero su sistema de archivos declara %3: el disco está incompleto o dañado. Cópielo primero a una imagen en modo de rescate (spindle-cli read --skip-unreadable).</translation>
    </message>
    <message>
        <source>The disc in %1 could not be read at sector %2. Copy it to an image in rescue mode first (spindle-cli read --skip-unreadable).</source>
        <translation>No se pudo leer el disco en %1 en el sector %2. Cópielo primero a una imagen en modo de rescate (spindle-cli read --skip-unreadable).</translation>
    </message>
    <message>
        <source>The disc in %1 holds %2 sectors but its file system declares %3: the disc is incomplete or damaged. Copy it to an image with Copy Disc to Image in rescue mode first.</source>
        <translation>El disco de %1 contiene %2 sectores pero su sistema de archivos declara %3: el disco está incompleto o dañado. Cópielo primero a una imagen con «Copiar disco a imagen» en modo de rescate.</translation>
    </message>
    <message>
        <source>The disc in %1 could not be read at sector %2. Copy it to an image with Copy Disc to Image in rescue mode first.</source>
        <translation>No se pudo leer el disco de %1 en el sector %2. Cópielo primero a una imagen con «Copiar disco a imagen» en modo de rescate.</translation>
    </message>
</context>
<context>
    <name>DiscReader</name>
    <message>
        <source>The disc in %1 could not be read beyond sector %2.</source>
        <translation>No se pudo leer el disco de %1 más allá del sector %2.</translation>
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
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>New image file</source>
        <translation>Archivo de imagen nuevo</translation>
    </message>
    <message>
        <source>Blank %1</source>
        <translation>%1 virgen</translation>
    </message>
    <message>
        <source>%1 without a file system</source>
        <translation>%1 sin sistema de archivos</translation>
    </message>
    <message>
        <source>No disc</source>
        <translation>Sin disco</translation>
    </message>
    <message>
        <source>Tray open</source>
        <translation>Bandeja abierta</translation>
    </message>
    <message>
        <source>Disc loading</source>
        <translation>Cargando el disco</translation>
    </message>
    <message>
        <source>Disc inserted</source>
        <translation>Disco insertado</translation>
    </message>
    <message>
        <source>Audio CD</source>
        <translation>CD de audio</translation>
    </message>
</context>
<context>
    <name>DriveInfo</name>
    <message>
        <source>Virtual drive: %1</source>
        <translation>Unidad virtual: %1</translation>
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
        <translation>Unidad virtual</translation>
    </message>
    <message>
        <source>No optical drive was found on this computer. Connect a CD/DVD/BD drive, or use a virtual drive (an image file that acts as a disc, stdio:FILE).</source>
        <translation>No se encontró ninguna unidad óptica en este equipo. Conecte una unidad de CD/DVD/BD o use una unidad virtual (un archivo de imagen que actúa como disco, stdio:FILE).</translation>
    </message>
    <message>
        <source>Spindle may not use %1: your user lacks permission. Add yourself to the &quot;%2&quot; group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Spindle no puede usar %1: su usuario no tiene permiso. Añádase al grupo &quot;%2&quot; (sudo usermod -aG %2 $USER) y después cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a burner or a media player). Close it and refresh the drive list.</source>
        <translation>%1 está en uso por otro programa (un programa de grabación o un reproductor multimedia). Ciérrelo y actualice la lista de unidades.</translation>
    </message>
    <message>
        <source>%1 (%2 %3) only reads discs (%4): it cannot write or erase any disc. Choose a drive that writes.</source>
        <translation>%1 (%2 %3) solo lee discos (%4): no puede grabar ni borrar ningún disco. Elija una unidad que grabe.</translation>
    </message>
</context>
<context>
    <name>DvdTitleList</name>
    <message>
        <source>This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO.</source>
        <translation>Este origen no es un DVD-Video: no tiene VIDEO_TS/VIDEO_TS.IFO.</translation>
    </message>
    <message>
        <source>Spindle cannot tell which source holds VIDEO_TS.</source>
        <translation>Spindle no puede determinar qué origen contiene VIDEO_TS.</translation>
    </message>
    <message>
        <source>The titles can be read only when the DVD&apos;s folder is added at the root of the new image.</source>
        <translation>Los títulos solo se pueden leer cuando la carpeta del DVD se añade en la raíz de la nueva imagen.</translation>
    </message>
    <message>
        <source>libdvdread cannot read the titles of %1: its IFO files are damaged. Files can still be left out one by one.</source>
        <translation>libdvdread no puede leer los títulos de %1: sus archivos IFO están dañados. Aún se pueden excluir archivos uno a uno.</translation>
    </message>
</context>
<context>
    <name>DvdVideo</name>
    <message>
        <source>Title %1, main feature</source>
        <translation>Título %1, película principal</translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation>Título %1</translation>
    </message>
    <message>
        <source>, %1 angles</source>
        <translation>, %1 ángulos</translation>
    </message>
    <message>
        <source>; audio %1</source>
        <translation>; audio %1</translation>
    </message>
    <message>
        <source>; subtitles %1</source>
        <translation>; subtítulos %1</translation>
    </message>
    <message>
        <source>Disc navigation: 1 title</source>
        <translation>Navegación del disco: 1 título</translation>
    </message>
    <message>
        <source>Disc navigation: %1 titles</source>
        <translation>Navegación del disco: %1 títulos</translation>
    </message>
    <message>
        <source>Backup of VIDEO_TS.IFO</source>
        <translation>Copia de seguridad de VIDEO_TS.IFO</translation>
    </message>
    <message>
        <source>Disc menu</source>
        <translation>Menú del disco</translation>
    </message>
    <message>
        <source>Title set %1 navigation: titles %2</source>
        <translation>Navegación del conjunto de títulos %1: títulos %2</translation>
    </message>
    <message>
        <source>Menus of title set %1</source>
        <translation>Menús del conjunto de títulos %1</translation>
    </message>
    <message>
        <source>This is a DVD-Video. Leaving out %1 breaks playback: players read the title list from VIDEO_TS.IFO, which still names the missing files. Keep all IFO, BUP and VOB files for a playable disc.</source>
        <translation>Esto es un DVD-Video. Excluir %1 impide la reproducción: los reproductores leen la lista de títulos de VIDEO_TS.IFO, que sigue nombrando los archivos que faltan. Conserve todos los archivos IFO, BUP y VOB para obtener un disco reproducible.</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n capítulo</numerusform>
            <numerusform>%n capítulos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePlanReader</name>
    <message>
        <source>%1 is not in the source any more. Open the source again.</source>
        <translation>%1 ya no está en el origen. Vuelva a abrir el origen.</translation>
    </message>
    <message>
        <source>%1 has no source to read from. This is a bug in Spindle; please report it.</source>
        <translation>%1 no tiene ningún origen del que leer. Se trata de un error de Spindle; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1 from %2. The source may be damaged.</source>
        <translation>Spindle no puede leer %1 de %2. Puede que el origen esté dañado.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1: %2. Check that the file is still there.</source>
        <translation>Spindle no puede leer %1: %2. Compruebe que el archivo sigue ahí.</translation>
    </message>
    <message>
        <source>No file is open for reading. This is a bug in Spindle; please report it.</source>
        <translation>No hay ningún archivo abierto para leer. Se trata de un error de Spindle; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>Reading %1 failed; the source may be damaged or gone. Check it and try again.</source>
        <translation>Falló la lectura de %1; puede que el origen esté dañado o ya no exista. Compruébelo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <source>Spindle cannot read %1. Check that it exists.</source>
        <translation>Spindle no puede leer %1. Compruebe que existe.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>Spindle could not read %n item(s) in %1, for example %2. Check their permissions.</source>
        <translation>
            <numerusform>Spindle no pudo leer %n elemento de %1 (%2). Compruebe sus permisos.</numerusform>
            <numerusform>Spindle no pudo leer %n elementos de %1, por ejemplo %2. Compruebe sus permisos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>La carpeta %1 no existe, así que no se puede colocar allí una unidad virtual. Cree la carpeta o elija un archivo en una carpeta existente.</translation>
    </message>
    <message>
        <source>%1 is a folder. A virtual drive needs a file name.</source>
        <translation>%1 es una carpeta. Una unidad virtual necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>There is no drive at %1. Check the drive&apos;s connection or pick another drive.</source>
        <translation>No hay ninguna unidad en %1. Compruebe la conexión de la unidad o elija otra unidad.</translation>
    </message>
    <message>
        <source>Spindle may not use %1: your user lacks permission. Add yourself to the &quot;%2&quot; group (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Spindle no puede usar %1: su usuario no tiene permiso. Añádase al grupo &quot;%2&quot; (sudo usermod -aG %2 $USER) y después cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a burner or a media player). Close it and try again.</source>
        <translation>%1 está en uso por otro programa (un programa de grabación o un reproductor multimedia). Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Spindle could not open the drive %1. Check that it is connected and not used by another program, then try again.</source>
        <translation>Spindle no pudo abrir la unidad %1. Compruebe que está conectada y que ningún otro programa la está usando, e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ImageComparer</name>
    <message>
        <source>The image ended before its expected size.</source>
        <translation>La imagen terminó antes de alcanzar su tamaño previsto.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 holds less than the image; it could not be read from sector %2 on. The burn is incomplete or the disc is damaged; burn it again, preferably on another disc.</source>
        <translation>Falló la verificación: el disco de %1 contiene menos que la imagen; no se pudo leer a partir del sector %2. La grabación está incompleta o el disco está dañado; vuelva a grabarlo, preferiblemente en otro disco.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from the image, first at sector %2 (byte %3). The disc is not a faithful copy; burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Falló la verificación: el disco de %1 difiere de la imagen, por primera vez en el sector %2 (byte %3). El disco no es una copia fiel; vuelva a grabarlo, preferiblemente en otro disco o a menor velocidad.</translation>
    </message>
</context>
<context>
    <name>ImageComposer</name>
    <message>
        <source>%1 comes from an archive member with an absolute name or &quot;..&quot; in its path, which cannot go into an image safely. Leave it out with --exclude or untick it.</source>
        <translation>%1 procede de una entrada del archivo comprimido con un nombre absoluto o con &quot;..&quot; en su ruta, que no puede incluirse en una imagen de forma segura. Exclúyala con --exclude o desmárquela.</translation>
    </message>
    <message>
        <source>A file of %1 bytes needs ISO level 3; level %2 holds files below 4 GiB only. Choose level 3 or &quot;auto&quot;, or leave the file out.</source>
        <translation>Un archivo de %1 bytes necesita el nivel ISO 3; el nivel %2 solo admite archivos de menos de 4 GiB. Elija el nivel 3 o &quot;auto&quot;, o excluya el archivo.</translation>
    </message>
    <message>
        <source>Out of memory while preparing the image.</source>
        <translation>Memoria insuficiente al preparar la imagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is longer than the 32 characters an ISO 9660 label may have. Choose a shorter one.</source>
        <translation>La etiqueta &quot;%1&quot; supera los 32 caracteres que puede tener una etiqueta ISO 9660. Elija una más corta.</translation>
    </message>
    <message>
        <source>libisofs could not lay out the new image. The detail below names the cause; often a file name or path the chosen options cannot hold.</source>
        <translation>libisofs no pudo organizar la nueva imagen. El detalle de abajo indica la causa; a menudo es un nombre de archivo o una ruta que las opciones elegidas no admiten.</translation>
    </message>
    <message>
        <source>%1 is the El Torito boot catalog; it stays while the image is bootable.</source>
        <translation>%1 es el catálogo de arranque El Torito; se conserva mientras la imagen sea arrancable.</translation>
    </message>
    <message numerus="yes">
        <source>%n archive member(s) that are hard links or special files were left out.</source>
        <translation>
            <numerusform>Se excluyó %n entrada del archivo comprimido que era un enlace duro o un archivo especial.</numerusform>
            <numerusform>Se excluyeron %n entradas del archivo comprimido que eran enlaces duros o archivos especiales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spindle could not add %1 to the image. Check that it is still there and readable.</source>
        <translation>Spindle no pudo añadir %1 a la imagen. Compruebe que sigue ahí y que se puede leer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its file system says (an incomplete download or copy): %n file(s) lie past its end and would be zeros in the new image: %2. Use a complete copy of the source, or leave these files out.</source>
        <translation>
            <numerusform>%1 es más corto de lo que indica su sistema de archivos (una descarga o copia incompleta): %n archivo queda más allá de su final y en la nueva imagen serían ceros: %2. Use una copia completa del origen o deje fuera estos archivos.</numerusform>
            <numerusform>%1 es más corto de lo que indica su sistema de archivos (una descarga o copia incompleta): %n archivos quedan más allá de su final y en la nueva imagen serían ceros: %2. Use una copia completa del origen o deje fuera estos archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>To make the image anyway, with zeros where the source cannot be read, use spindle-cli build --skip-unreadable: it lists the damaged files.</source>
        <translation>Para crear la imagen de todos modos, con ceros donde el origen no se puede leer, use spindle-cli build --skip-unreadable: enumera los archivos dañados.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1 is a CUE/BIN image (a raw CD copy, often audio or mixed-mode). Spindle burns ISO images only; burn CUE/BIN images with cdrdao (cdrdao write --device /dev/sr0 IMAGE.cue).</source>
        <translation>%1 es una imagen CUE/BIN (una copia en bruto de un CD, a menudo de audio o de modo mixto). Spindle solo graba imágenes ISO; grabe las imágenes CUE/BIN con cdrdao (cdrdao write --device /dev/sr0 IMAGE.cue).</translation>
    </message>
    <message>
        <source>The image %1 does not exist. Check the path.</source>
        <translation>La imagen %1 no existe. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. To burn a folder, make a new disc from it instead.</source>
        <translation>%1 es una carpeta, no un archivo de imagen. Para grabar una carpeta, cree en su lugar un disco nuevo a partir de ella.</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2. Check that you may read it.</source>
        <translation>Spindle no puede leer la imagen %1: %2. Compruebe que tiene permiso para leerla.</translation>
    </message>
    <message>
        <source>The image %1 is empty (0 bytes). It is probably an interrupted download; download it again.</source>
        <translation>La imagen %1 está vacía (0 bytes). Probablemente sea una descarga interrumpida; descárguela de nuevo.</translation>
    </message>
    <message>
        <source>The image %1 is %2, which is not a whole number of 2048-byte sectors. It is probably incomplete (an interrupted download) or not a disc image; download it again or check it against its checksum.</source>
        <translation>La imagen %1 ocupa %2, que no es un número entero de sectores de 2048 bytes. Probablemente esté incompleta (una descarga interrumpida) o no sea una imagen de disco; descárguela de nuevo o compruébela con su suma de verificación.</translation>
    </message>
    <message>
        <source>The image %1 holds no data.</source>
        <translation>La imagen %1 no contiene datos.</translation>
    </message>
    <message>
        <source>%1 does not contain an ISO 9660 or UDF file system, so it may not be a disc image. A disc burned from it may not be readable. Burn it anyway?</source>
        <translation>%1 no contiene un sistema de archivos ISO 9660 ni UDF, así que puede que no sea una imagen de disco. Un disco grabado a partir de ella podría no ser legible. ¿Desea grabarla de todos modos?</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>The compressed image %1 is damaged or incomplete, so it cannot be burned. Download it again, or check it against its published checksum.</source>
        <translation>La imagen comprimida %1 está dañada o incompleta, así que no se puede grabar. Descárguela de nuevo o compruébela con su suma de verificación publicada.</translation>
    </message>
    <message>
        <source>The stream ended after %1 of %2 bytes.</source>
        <translation>El flujo terminó tras %1 de %2 bytes.</translation>
    </message>
    <message>
        <source>The gzip stream decodes to more data than its trailer records.</source>
        <translation>El flujo gzip se descomprime en más datos de los que registra su bloque final.</translation>
    </message>
    <message>
        <source>The decompressed image %1 is larger than its file system says (%2 bytes). Spindle stopped rather than burn an incomplete copy; decompress the image and burn the uncompressed file.</source>
        <translation>La imagen descomprimida %1 es más grande de lo que indica su sistema de archivos (%2 bytes). Spindle se detuvo para no grabar una copia incompleta; descomprima la imagen y grabe el archivo sin comprimir.</translation>
    </message>
    <message>
        <source>The gzip CRC-32 does not match the decompressed data.</source>
        <translation>El CRC-32 de gzip no coincide con los datos descomprimidos.</translation>
    </message>
    <message>
        <source>%1 (%2-compressed)</source>
        <translation>%1 (comprimido con %2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Spindle no puede leer la imagen %1: %2. Compruebe que el archivo existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>Reading the image %1 failed: %2. The file or the disk holding it may be damaged.</source>
        <translation>Falló la lectura de la imagen %1: %2. Puede que el archivo o el disco que lo contiene estén dañados.</translation>
    </message>
    <message>
        <source>%1 ended %2 bytes early while it was read; the stream would be incomplete.</source>
        <translation>%1 terminó %2 bytes antes de tiempo al leerlo; el flujo estaría incompleto.</translation>
    </message>
    <message>
        <source>%1 grew while it was read; the stream would be wrong. Leave the file alone while it is burned.</source>
        <translation>%1 creció mientras se leía; el flujo sería erróneo. No modifique el archivo mientras se graba.</translation>
    </message>
    <message>
        <source>The file ended inside a compressed block.</source>
        <translation>El archivo termina en medio de un bloque comprimido.</translation>
    </message>
    <message>
        <source>A compressed block decodes to %1 bytes instead of %2.</source>
        <translation>Un bloque comprimido se descomprime en %1 bytes en lugar de %2.</translation>
    </message>
    <message>
        <source>Reading the image was cancelled.</source>
        <translation>Se canceló la lectura de la imagen.</translation>
    </message>
</context>
<context>
    <name>ImageSourceFactory</name>
    <message>
        <source>%1 is a link or special file, which a DVD-Video image (UDF) cannot hold; it was left out.</source>
        <translation>%1 es un enlace o un archivo especial, que una imagen DVD-Video (UDF) no puede contener; se ha excluido.</translation>
    </message>
</context>
<context>
    <name>ImageTreeLoader</name>
    <message>
        <source>Only one image or disc can be the base of a new image (%1 and %2 were given). Extract the files of one with &quot;spindle-cli extract&quot; and add them as a folder, or add the image itself as a file with --add.</source>
        <translation>Solo una imagen o un disco puede ser la base de una nueva imagen (se indicaron %1 y %2). Extraiga los archivos de uno de ellos con &quot;spindle-cli extract&quot; y añádalos como carpeta, o añada la propia imagen como archivo con --add.</translation>
    </message>
    <message>
        <source>An image or disc is always the root of the new image; %1 cannot be placed at %2. Leave out &quot;=%2&quot;, or add the image as a file with --add.</source>
        <translation>Una imagen o un disco siempre es la raíz de la nueva imagen; %1 no se puede colocar en %2. Quite &quot;=%2&quot; o añada la imagen como archivo con --add.</translation>
    </message>
    <message>
        <source>%1 cannot go to %2 in the image: a file of that name is in the way. Choose another place with =/PATH.</source>
        <translation>%1 no puede ir a %2 en la imagen: ya hay un archivo con ese nombre en ese lugar. Elija otro lugar con =/PATH.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Only one image or disc can be the base of a new image (%1 and %2 were given). Press Clear to start over from the other one, or choose an image with Image… to add it to the new image as a file.</source>
        <translation>Solo una imagen o un disco puede ser la base de una imagen nueva (se indicaron %1 y %2). Pulse Vaciar para empezar de nuevo con el otro, o elija una imagen con Imagen… para añadirla a la imagen nueva como archivo.</translation>
    </message>
</context>
<context>
    <name>IsoImport</name>
    <message>
        <source>Spindle cannot read the image %1. Check that it exists and that you may read it.</source>
        <translation>Spindle no puede leer la imagen %1. Compruebe que existe y que tiene permiso para leerla.</translation>
    </message>
    <message>
        <source>Out of memory while opening %1.</source>
        <translation>Memoria insuficiente al abrir %1.</translation>
    </message>
    <message>
        <source>The compressed image %1 is damaged or incomplete. Download it again, or check it against its published checksum.</source>
        <translation>La imagen comprimida %1 está dañada o incompleta. Descárguela de nuevo o compruébela con su suma de verificación publicada.</translation>
    </message>
    <message>
        <source>%1 does not hold a readable ISO 9660 file system. If it is a disc, clean it and try again; if it is a file, it may be damaged or not an image.</source>
        <translation>%1 no contiene un sistema de archivos ISO 9660 legible. Si es un disco, límpielo e inténtelo de nuevo; si es un archivo, puede que esté dañado o que no sea una imagen.</translation>
    </message>
</context>
<context>
    <name>IsoTreeCheck</name>
    <message>
        <source>The image&apos;s directory tree is damaged (a folder contains itself, at %1). Spindle does not use a damaged image: get a new copy of it, or read the disc again.</source>
        <translation>El árbol de carpetas de la imagen está dañado (una carpeta se contiene a sí misma, en %1). Spindle no usa una imagen dañada: consiga una copia nueva o vuelva a leer el disco.</translation>
    </message>
    <message>
        <source>it lies outside the image</source>
        <translation>está fuera de la imagen</translation>
    </message>
    <message>
        <source>its length is zero</source>
        <translation>su longitud es cero</translation>
    </message>
    <message>
        <source>a record in it crosses a sector boundary</source>
        <translation>uno de sus registros cruza un límite de sector</translation>
    </message>
    <message>
        <source>a record in it has a length that does not fit</source>
        <translation>uno de sus registros tiene una longitud que no encaja</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>it is nested more than %1 levels deep</source>
        <translation>está anidada a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>it holds more entries than the image has room for</source>
        <translation>contiene más entradas de las que caben en la imagen</translation>
    </message>
    <message>
        <source>The folder %1 in the image is damaged (%2). Spindle does not use a damaged image: get a new copy of it, or read the disc again.</source>
        <translation>La carpeta %1 de la imagen está dañada (%2). Spindle no usa una imagen dañada: consiga una copia nueva o vuelva a leer el disco.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the disc burning libraries (libburn and libisofs). %2</source>
        <translation>&quot;%1&quot; necesita las bibliotecas de grabación (libburn y libisofs). %2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message numerus="yes">
        <source>%n more link(s) or special file(s) are only in the Rock Ridge names: the Joliet names (what Windows reads) cannot hold them.</source>
        <translation>
            <numerusform>%n enlace o archivo especial más solo está en los nombres Rock Ridge: los nombres Joliet (los que lee Windows) no pueden contenerlo.</numerusform>
            <numerusform>%n enlaces o archivos especiales más solo están en los nombres Rock Ridge: los nombres Joliet (los que lee Windows) no pueden contenerlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaInfo</name>
    <message>
        <source>The file does not exist yet: the virtual disc is blank.</source>
        <translation>El archivo aún no existe: el disco virtual está vacío.</translation>
    </message>
    <message>
        <source>The file is read-only: this virtual disc can be read but not written or erased.</source>
        <translation>El archivo es de solo lectura: este disco virtual se puede leer, pero no escribir ni borrar.</translation>
    </message>
    <message>
        <source>The folder&apos;s file system has less free space than the emulated medium holds; free space is limited to what the file system offers.</source>
        <translation>El sistema de archivos de la carpeta tiene menos espacio libre del que admite el medio emulado; el espacio libre se limita al que ofrece el sistema de archivos.</translation>
    </message>
    <message>
        <source>The file is larger than the emulated medium could hold.</source>
        <translation>El archivo es más grande de lo que podría contener el medio emulado.</translation>
    </message>
    <message>
        <source>No disc</source>
        <translation>Sin disco</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Written, more can be added</source>
        <translation>Escrito, admite más datos</translation>
    </message>
    <message>
        <source>Written and closed</source>
        <translation>Escrito y cerrado</translation>
    </message>
    <message>
        <source>Unsuitable disc</source>
        <translation>Disco no apto</translation>
    </message>
    <message>
        <source>Blank: nothing to erase; can be formatted</source>
        <translation>En blanco: nada que borrar; se puede formatear</translation>
    </message>
    <message>
        <source>Blank: nothing to erase</source>
        <translation>En blanco: nada que borrar</translation>
    </message>
    <message>
        <source>Image file (%1-compressed)</source>
        <translation>Archivo de imagen (comprimido con %1)</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>The file takes %1 on disk; decompressed, the image is %2.</source>
        <translation>El archivo ocupa %1 en el disco; descomprimida, la imagen ocupa %2.</translation>
    </message>
    <message>
        <source>of unknown size</source>
        <translation>de tamaño desconocido</translation>
    </message>
    <message>
        <source>dvdisaster RS03 error-correction data for a %1: %2 roots, %3% redundancy; any %2 damaged sectors in each group of 255 can be repaired.</source>
        <translation>Datos de corrección de errores RS03 de dvdisaster para un %1: %2 raíces, %3 % de redundancia; se pueden reparar %2 sectores dañados cualesquiera en cada grupo de 255.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data for a %1: %2 roots, %3% redundancy; any %2 damaged sectors in each group of 255 can be repaired from a copy made in rescue mode.</source>
        <translation>El disco lleva datos de corrección de errores RS03 de dvdisaster para un %1: %2 raíces, %3 % de redundancia; cualesquiera %2 sectores dañados de cada grupo de 255 se pueden reparar a partir de una copia hecha en modo rescate.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data: %1 roots, %2% redundancy; any %1 damaged sectors in each group of 255 can be repaired from a copy made in rescue mode.</source>
        <translation>El disco lleva datos de corrección de errores RS03 de dvdisaster: %1 raíces, %2 % de redundancia; cualesquiera %1 sectores dañados de cada grupo de 255 se pueden reparar a partir de una copia hecha en modo rescate.</translation>
    </message>
    <message numerus="yes">
        <source>The disc ends %n sector(s) before the end of that data, so less can be repaired.</source>
        <translation>
            <numerusform>El disco termina %n sector antes del final de esos datos, así que se puede reparar menos.</numerusform>
            <numerusform>El disco termina %n sectores antes del final de esos datos, así que se puede reparar menos.</numerusform>
        </translation>
    </message>
    <message>
        <source>dvdisaster RS03 error-correction data: %1 roots, %2% redundancy; any %1 damaged sectors in each group of 255 can be repaired.</source>
        <translation>Datos de corrección de errores RS03 de dvdisaster: %1 raíces, %2 % de redundancia; se pueden reparar %1 sectores dañados cualesquiera en cada grupo de 255.</translation>
    </message>
</context>
<context>
    <name>MediumEraser</name>
    <message>
        <source>Spindle could not empty the virtual disc %1: %2. Check that you may write the file.</source>
        <translation>Spindle no pudo vaciar el disco virtual %1: %2. Compruebe que tiene permiso para escribir en el archivo.</translation>
    </message>
    <message>
        <source>The drive %1 could not overwrite the start of the disc. The disc may be damaged or write-protected.</source>
        <translation>La unidad %1 no pudo sobrescribir el inicio del disco. Puede que el disco esté dañado o protegido contra escritura.</translation>
    </message>
    <message>
        <source>The drive %1 could not erase the disc. Try a full erase, or another disc: rewritable discs wear out after many erases.</source>
        <translation>La unidad %1 no pudo borrar el disco. Pruebe un borrado completo u otro disco: los discos regrabables se desgastan tras muchos borrados.</translation>
    </message>
</context>
<context>
    <name>MediumKind</name>
    <message>
        <source>A virtual disc must hold at least 2048 bytes (one block).</source>
        <translation>Un disco virtual debe contener al menos 2048 bytes (un bloque).</translation>
    </message>
    <message>
        <source>Unknown medium kind &quot;%1&quot;. Use one of %2, or a size such as 700M or 4.7G.</source>
        <translation>Tipo de medio desconocido &quot;%1&quot;. Use uno de estos: %2, o un tamaño como 700M o 4.7G.</translation>
    </message>
    <message>
        <source>%1 is too large for a medium size.</source>
        <translation>%1 es demasiado grande para el tamaño de un soporte.</translation>
    </message>
</context>
<context>
    <name>MediumPresets</name>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>NewImageSource</name>
    <message>
        <source>The new image was not prepared before reading.</source>
        <translation>La nueva imagen no se preparó antes de leerla.</translation>
    </message>
    <message>
        <source>The new image could not be made: %1 could not be read from the source. If the source is a scratched disc, copy it first with rescue mode (Copy Disc to Image, or spindle-cli read --skip-unreadable) and make the new image from that copy, or leave the file out.</source>
        <translation>No se pudo crear la nueva imagen: no se pudo leer %1 del origen. Si el origen es un disco rayado, cópielo primero con el modo de rescate (Copiar disco a imagen, o spindle-cli read --skip-unreadable) y cree la nueva imagen a partir de esa copia, o excluya el archivo.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>The new image could not be made: %1</source>
        <translation>No se pudo crear la nueva imagen: %1</translation>
    </message>
    <message>
        <source>Read requests must be at least 2048 bytes.</source>
        <translation>Las solicitudes de lectura deben ser de al menos 2048 bytes.</translation>
    </message>
    <message>
        <source>new image &quot;%1&quot; (ISO level %2)</source>
        <translation>nueva imagen &quot;%1&quot; (nivel ISO %2)</translation>
    </message>
    <message>
        <source>The new image could not be made: %1 could not be read from the source. If the source is a scratched disc, copy it first with Copy Disc to Image in rescue mode and make the new image from that copy, or leave the file out.</source>
        <translation>No se pudo crear la nueva imagen: no se pudo leer %1 del origen. Si el origen es un disco rayado, cópielo primero con «Copiar disco a imagen» en modo de rescate y cree la nueva imagen a partir de esa copia, u omita el archivo.</translation>
    </message>
</context>
<context>
    <name>PlannedUdfSource</name>
    <message>
        <source>The DVD-Video image was not prepared before reading.</source>
        <translation>La imagen DVD-Video no se preparó antes de leerla.</translation>
    </message>
</context>
<context>
    <name>ReadPlan</name>
    <message>
        <source>There is no disc in %1. Insert the disc to copy and try again.</source>
        <translation>No hay ningún disco en %1. Inserte el disco que desea copiar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disc in %1 is blank: there is nothing to copy.</source>
        <translation>El disco de %1 está vacío: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>This is an audio CD. An ISO image cannot hold audio tracks; use an audio CD ripper to copy it.</source>
        <translation>Esto es un CD de audio. Una imagen ISO no puede contener pistas de audio; use un programa de extracción de CD de audio para copiarlo.</translation>
    </message>
    <message>
        <source>The disc in %1 holds no data track to copy.</source>
        <translation>El disco de %1 no contiene ninguna pista de datos que copiar.</translation>
    </message>
    <message numerus="yes">
        <source>This is a mixed-mode CD: the data track is copied, its %n audio track(s) are not included (an ISO image cannot hold audio).</source>
        <translation>
            <numerusform>Esto es un CD de modo mixto: se copia la pista de datos, pero no su %n pista de audio (una imagen ISO no puede contener audio).</numerusform>
            <numerusform>Esto es un CD de modo mixto: se copia la pista de datos, pero no sus %n pistas de audio (una imagen ISO no puede contener audio).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a multisession disc with %1 sessions. The image covers all of them and opens showing the newest one; the gaps between sessions are not read and stay empty.</source>
        <translation>Este es un disco multisesión con %1 sesiones. La imagen las abarca todas y, al abrirla, muestra la más reciente; los huecos entre sesiones no se leen y quedan vacíos.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data after its file system (%1 roots); the copy includes it (%2), so that damaged sectors can be rebuilt from it.</source>
        <translation>El disco contiene datos de corrección de errores RS03 de dvdisaster después de su sistema de archivos (%1 raíces); la copia los incluye (%2), para que los sectores dañados se puedan reconstruir a partir de ellos.</translation>
    </message>
</context>
<context>
    <name>RescueMap</name>
    <message>
        <source>The map file %1 could not be opened: %2.</source>
        <translation>No se pudo abrir el archivo de mapa %1: %2.</translation>
    </message>
    <message>
        <source>The map file %1 is damaged (line %2).</source>
        <translation>El archivo de mapa %1 está dañado (línea %2).</translation>
    </message>
    <message>
        <source>%1 is not a ddrescue map file.</source>
        <translation>%1 no es un archivo de mapa de ddrescue.</translation>
    </message>
    <message>
        <source>The map file %1 could not be written: %2.</source>
        <translation>No se pudo escribir el archivo de mapa %1: %2.</translation>
    </message>
</context>
<context>
    <name>SafeOutputFile</name>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder for the output.</source>
        <translation>La carpeta %1 no existe. Elija una carpeta existente para el archivo de salida.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the output.</source>
        <translation>%1 es una carpeta. Elija un nombre para el archivo de salida.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or confirm overwriting it.</source>
        <translation>%1 ya existe. Elija otro nombre o confirme que desea sobrescribirlo.</translation>
    </message>
    <message>
        <source>Spindle cannot write to %1: %2. Choose a folder you may write to.</source>
        <translation>Spindle no puede escribir en %1: %2. Elija una carpeta en la que tenga permiso de escritura.</translation>
    </message>
    <message>
        <source>Not enough free space in %1: the image needs %2, the folder has %3. Free some space or choose another folder.</source>
        <translation>No hay suficiente espacio libre en %1: la imagen necesita %2 y la carpeta tiene %3. Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another folder, then try again.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio o elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The image is too large for the file system holding %1 or for your account&apos;s file size limit (FAT32, for one, stops at 4 GB). Choose a folder on another file system.</source>
        <translation>La imagen es demasiado grande para el sistema de archivos que contiene %1 o para el límite de tamaño de archivo de su cuenta (FAT32, por ejemplo, no pasa de 4 GB). Elija una carpeta en otro sistema de archivos.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Falló la escritura de %1: %2.</translation>
    </message>
    <message>
        <source>The finished image could not be renamed to %1: %2.</source>
        <translation>No se pudo cambiar el nombre de la imagen terminada a %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a plain file that Spindle may write to (a link or a special file), so it was left as it is. Remove it or choose another name.</source>
        <translation>%1 no es un archivo normal en el que Spindle pueda escribir (un enlace o un archivo especial), así que se dejó como estaba. Elimínelo o elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>Line %1 of the pattern list holds a lone &quot;!&quot;. Write a pattern after it, or remove the line.</source>
        <translation>La línea %1 de la lista de patrones contiene un &quot;!&quot; aislado. Escriba un patrón a continuación o elimine la línea.</translation>
    </message>
    <message>
        <source>Line %1 of the pattern list, &quot;%2&quot;, has an unclosed &quot;[&quot;. Close it or write \[ for a literal bracket.</source>
        <translation>La línea %1 de la lista de patrones, &quot;%2&quot;, tiene un &quot;[&quot; sin cerrar. Ciérrelo o escriba \[ para un corchete literal.</translation>
    </message>
</context>
<context>
    <name>SourceRateProbe</name>
    <message>
        <source>Measuring the image&apos;s speed was cancelled.</source>
        <translation>Se canceló la medición de la velocidad de la imagen.</translation>
    </message>
</context>
<context>
    <name>SourceSpec</name>
    <message>
        <source>The path %1 in the image may not contain &quot;.&quot; or &quot;..&quot;. Give a path from the image&apos;s root, such as /extras.</source>
        <translation>La ruta %1 en la imagen no puede contener &quot;.&quot; ni &quot;..&quot;. Indique una ruta desde la raíz de la imagen, como /extras.</translation>
    </message>
    <message>
        <source>An empty source name was given. Name an image, a drive or a folder.</source>
        <translation>Se indicó un nombre de origen vacío. Indique una imagen, una unidad o una carpeta.</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the name of the image, folder or drive.</source>
        <translation>%1 no existe. Compruebe el nombre de la imagen, la carpeta o la unidad.</translation>
    </message>
    <message>
        <source>Spindle may not read %1. Check its permissions.</source>
        <translation>Spindle no tiene permiso para leer %1. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>%1 is named as a compressed disc image, but its start does not decompress: it is damaged or incomplete. Download it again, or check it against its published checksum.</source>
        <translation>%1 tiene nombre de imagen de disco comprimida, pero su inicio no se puede descomprimir: está dañada o incompleta. Descárguela de nuevo o compruébela con su suma de verificación publicada.</translation>
    </message>
    <message>
        <source>%1 is a UDF-only disc image. UDF only: not supported as a source yet. Burn it as it is, or copy its files out with another tool (such as 7z x) and add them as a folder. To put the image itself into a new image as a file, use --add FILE=/PATH.</source>
        <translation>%1 es una imagen de disco solo UDF. Solo UDF: aún no se admite como origen. Grábela tal cual o copie sus archivos con otra herramienta (como 7z x) y añádalos como carpeta. Para poner la propia imagen en una nueva imagen como archivo, use --add ARCHIVO=/RUTA.</translation>
    </message>
    <message>
        <source>%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it is not a zip, tar or 7z archive either. If it should be an image, it is damaged or incomplete: download it again, or check it against its published checksum. To put the file itself into a new image, use --add FILE=/PATH.</source>
        <translation>%1 no es una imagen de disco: no contiene ningún sistema de archivos ISO 9660 ni UDF, y tampoco es un archivo zip, tar o 7z. Si debería ser una imagen, está dañada o incompleta: descárguela de nuevo o compruébela con su suma de verificación publicada. Para poner el propio archivo en una nueva imagen, use --add ARCHIVO=/RUTA.</translation>
    </message>
    <message>
        <source>%1 is a UDF-only disc image. UDF only: not supported as a source yet. Burn it as it is, or copy its files out with another tool (such as 7z x) and add them as a folder.</source>
        <translation>%1 es una imagen de disco solo UDF. Solo UDF: aún no se admite como origen. Grábela tal cual o copie sus archivos con otra herramienta (como 7z x) y añádalos como carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a disc image: it holds no ISO 9660 or UDF file system, and it is not a zip, tar or 7z archive either. If it should be an image, it is damaged or incomplete: download it again, or check it against its published checksum.</source>
        <translation>%1 no es una imagen de disco: no contiene ningún sistema de archivos ISO 9660 ni UDF, y tampoco es un archivo zip, tar o 7z. Si debería ser una imagen, está dañada o incompleta: descárguela de nuevo o compruébela con su suma de verificación publicada.</translation>
    </message>
</context>
<context>
    <name>Spindle::AboutDialog</name>
    <message>
        <source>About Spindle</source>
        <translation>Acerca de Spindle</translation>
    </message>
    <message>
        <source>Spindle %1</source>
        <translation>Spindle %1</translation>
    </message>
    <message>
        <source>Burns, copies, erases and inspects CDs, DVDs and Blu-ray discs.</source>
        <translation>Graba, copia, borra e inspecciona CD, DVD y discos Blu-ray.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
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
        <translation>Añadir unidad virtual</translation>
    </message>
    <message>
        <source>A virtual drive is an image file that Spindle treats as a disc in a drive. An existing file reads as a written disc; a new file name gives a blank one.</source>
        <translation>Una unidad virtual es un archivo de imagen que Spindle trata como un disco en una unidad. Un archivo existente se lee como un disco escrito; un nombre de archivo nuevo da un disco vacío.</translation>
    </message>
    <message>
        <source>/path/to/disc.iso</source>
        <translation>/ruta/al/disco.iso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Custom size…</source>
        <translation>Tamaño personalizado…</translation>
    </message>
    <message>
        <source>e.g. 700M, 4.7G or 25000000000</source>
        <translation>p. ej., 700M, 4.7G o 25000000000</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>&amp;Archivo de imagen:</translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Add Drive</source>
        <translation>Añadir unidad</translation>
    </message>
    <message>
        <source>Choose an Image File</source>
        <translation>Elegir un archivo de imagen</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.udf *.bin);;All files (*)</source>
        <translation>Imágenes de disco (*.iso *.img *.udf *.bin);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pick an existing image or type a new file name.</source>
        <translation>Elija una imagen existente o escriba un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 is a folder. A virtual drive needs a file name.</source>
        <translation>%1 es una carpeta. Una unidad virtual necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>This file exists (%1): it reads as a written disc.</source>
        <translation>Este archivo existe (%1): se lee como un disco escrito.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>La carpeta %1 aún no existe.</translation>
    </message>
    <message>
        <source>This file does not exist yet: it acts as a blank disc.</source>
        <translation>Este archivo aún no existe: actúa como un disco vacío.</translation>
    </message>
    <message>
        <source>Enter the size of the emulated disc.</source>
        <translation>Introduzca el tamaño del disco emulado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size. Enter one such as 700M, 4.7G or 25000000000.</source>
        <translation>&quot;%1&quot; no es un tamaño. Introduzca uno como 700M, 4.7G o 25000000000.</translation>
    </message>
</context>
<context>
    <name>Spindle::BuildImageJob</name>
    <message>
        <source>Write new image %1</source>
        <translation>Escribir la nueva imagen %1</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>The new image needs %1 but the target medium holds %2. Leave out %3 more, or choose a larger medium.</source>
        <translation>La nueva imagen necesita %1, pero el medio de destino admite %2. Excluya %3 más o elija un medio más grande.</translation>
    </message>
    <message>
        <source>%1 &gt; %2 bytes</source>
        <translation>%1 &gt; %2 bytes</translation>
    </message>
    <message>
        <source>Overwrite file?</source>
        <translation>¿Sobrescribir el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new image?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo por la nueva imagen?</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>Cancelado; no se escribió %1.</translation>
    </message>
    <message>
        <source>The %1 delivered %2 of the %3 bytes it announced; the image would be incomplete and was not kept. Please report this.</source>
        <translation>La %1 entregó %2 de los %3 bytes que anunció; la imagen quedaría incompleta y no se ha conservado. Por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3).</source>
        <translation>Se escribió %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Archivo dañado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, but %n file(s) could not be read in full from the source and hold zeros where they could not be read: %2.</source>
        <translation>
            <numerusform>Se escribió %1, pero %n archivo no se pudo leer por completo del origen y contiene ceros donde no se pudo leer: %2.</numerusform>
            <numerusform>Se escribió %1, pero %n archivos no se pudieron leer por completo del origen y contienen ceros donde no se pudieron leer: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spindle could not prepare the new image.</source>
        <translation>Spindle no pudo preparar la nueva imagen.</translation>
    </message>
    <message>
        <source>It carries dvdisaster RS03 error-correction data: %1 added, %2 roots (%3% redundancy), any %2 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Lleva datos de corrección de errores RS03 de dvdisaster: %1 añadidos, %2 raíces (%3 % de redundancia); cualesquiera %2 sectores ilegibles de cada grupo de 255 se pueden reconstruir.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Calculando los datos de corrección de errores</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnJob</name>
    <message>
        <source>Simulate burning %1</source>
        <translation>Simular la grabación de %1</translation>
    </message>
    <message>
        <source>Burn %1</source>
        <translation>Grabar %1</translation>
    </message>
    <message>
        <source>Insert the next disc</source>
        <translation>Inserte el siguiente disco</translation>
    </message>
    <message>
        <source>Copy %1 of %2 is done. Insert a blank disc for copy %3 into %4.</source>
        <translation>La copia %1 de %2 está terminada. Inserte un disco vacío en %4 para la copia %3.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 copies: no next disc was confirmed.</source>
        <translation>Detenido tras %1 de %2 copias: no se confirmó el siguiente disco.</translation>
    </message>
    <message>
        <source>Simulation finished: the burn would have succeeded. Nothing was written.</source>
        <translation>Simulación terminada: la grabación habría sido correcta. No se escribió nada.</translation>
    </message>
    <message>
        <source>Burned %1 copies of %2.</source>
        <translation>Se grabaron %1 copias de %2.</translation>
    </message>
    <message>
        <source>Burned %1.</source>
        <translation>Se grabó %1.</translation>
    </message>
    <message>
        <source>Verified: the disc matches the image.</source>
        <translation>Verificado: el disco coincide con la imagen.</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Comprobando la imagen</translation>
    </message>
    <message>
        <source>Measuring the compressed image</source>
        <translation>Midiendo la imagen comprimida</translation>
    </message>
    <message>
        <source>Not a disc image?</source>
        <translation>¿No es una imagen de disco?</translation>
    </message>
    <message>
        <source>Not burned: %1 has no recognised file system.</source>
        <translation>No se grabó: %1 no tiene ningún sistema de archivos reconocido.</translation>
    </message>
    <message>
        <source>Image: %1, %2</source>
        <translation>Imagen: %1, %2</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Preparando %1</translation>
    </message>
    <message>
        <source>Spindle could not prepare %1.</source>
        <translation>Spindle no pudo preparar %1.</translation>
    </message>
    <message>
        <source>%1 has a size (%2 bytes) that cannot be burned as data: it must be a whole number of 2048-byte sectors. Please report this.</source>
        <translation>%1 tiene un tamaño (%2 bytes) que no se puede grabar como datos: debe ser un número entero de sectores de 2048 bytes. Por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>Checking the disc</source>
        <translation>Comprobando el disco</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert a blank disc and try again.</source>
        <translation>No hay ningún disco en %1. Inserte un disco vacío e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disc in %1 (%2) cannot be written by this drive. Insert a blank disc of a kind the drive supports.</source>
        <translation>Esta unidad no puede escribir el disco de %1 (%2). Inserte un disco vacío de un tipo que la unidad admita.</translation>
    </message>
    <message>
        <source>The disc in %1 (%2) already holds data and cannot be erased. Insert a blank disc and try again.</source>
        <translation>El disco de %1 (%2) ya contiene datos y no se puede borrar. Inserte un disco vacío e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A simulated burn does not erase the disc, and this disc holds data. Erase it first, or insert a blank disc.</source>
        <translation>Una grabación simulada no borra el disco, y este disco contiene datos. Bórrelo primero o inserte un disco vacío.</translation>
    </message>
    <message>
        <source>Erase the disc first?</source>
        <translation>¿Borrar primero el disco?</translation>
    </message>
    <message>
        <source>The rewritable disc in %1 holds %2 of data. Erase it (everything on it will be lost) and then burn the image?</source>
        <translation>El disco regrabable de %1 contiene %2 de datos. ¿Desea borrarlo (se perderá todo su contenido) y después grabar la imagen?</translation>
    </message>
    <message>
        <source>Not burned: the disc in %1 holds data. Erase it first, or allow erasing (--blank-if-needed).</source>
        <translation>No se grabó: el disco de %1 contiene datos. Bórrelo primero o permita el borrado (--blank-if-needed).</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Borrando</translation>
    </message>
    <message>
        <source>The virtual disc file %1 is read-only. Make it writable or choose another file.</source>
        <translation>El archivo de disco virtual %1 es de solo lectura. Dele permiso de escritura o elija otro archivo.</translation>
    </message>
    <message>
        <source>The disc in %1 cannot be written. Insert a blank disc.</source>
        <translation>El disco de %1 no se puede escribir. Inserte un disco vacío.</translation>
    </message>
    <message>
        <source>The image does not fit: it needs %1, but the disc in %2 has only %3 free. Use a larger disc (a DVD holds 4.7 GB, a dual-layer DVD 8.5 GB, a BD 25 GB).</source>
        <translation>La imagen no cabe: necesita %1, pero el disco de %2 solo tiene %3 libres. Use un disco más grande (un DVD admite 4.7 GB; un DVD de doble capa, 8.5 GB; un BD, 25 GB).</translation>
    </message>
    <message>
        <source>Or leave out %1 more.</source>
        <translation>O excluya %1 más.</translation>
    </message>
    <message>
        <source>image %1 bytes, free %2 bytes</source>
        <translation>imagen: %1 bytes, libre: %2 bytes</translation>
    </message>
    <message>
        <source>%1 discs have no test mode, so the burn cannot be simulated. Burn for real, or simulate with a CD-R or DVD-R.</source>
        <translation>Los discos %1 no tienen modo de prueba, así que la grabación no se puede simular. Grabe de verdad o simule con un CD-R o un DVD-R.</translation>
    </message>
    <message>
        <source>The drive %1 offers no way to write this disc. Check that the disc is blank and of a kind the drive writes.</source>
        <translation>La unidad %1 no ofrece ninguna forma de escribir este disco. Compruebe que el disco está vacío y que es de un tipo que la unidad puede escribir.</translation>
    </message>
    <message>
        <source>The drive %1 cannot write this disc in write mode %2. Try write mode &quot;auto&quot;.</source>
        <translation>La unidad %1 no puede escribir este disco en el modo de escritura %2. Pruebe el modo de escritura &quot;auto&quot;.</translation>
    </message>
    <message>
        <source>Burning a disc</source>
        <translation>Grabando un disco</translation>
    </message>
    <message>
        <source>Sleep is not inhibited: %1</source>
        <translation>No se pudo impedir la suspensión del sistema: %1</translation>
    </message>
    <message>
        <source>Simulating</source>
        <translation>Simulando</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>%1 copy %2 of %3</source>
        <translation>%1 copia %2 de %3</translation>
    </message>
    <message>
        <source>The drive did not start writing (%1); trying again.</source>
        <translation>La unidad no empezó a escribir (%1); se intenta de nuevo.</translation>
    </message>
    <message>
        <source>Reading the image failed.</source>
        <translation>Falló la lectura de la imagen.</translation>
    </message>
    <message>
        <source>The disc in %1 is incomplete and holds no usable copy of the image.</source>
        <translation>El disco de %1 está incompleto y no contiene ninguna copia utilizable de la imagen.</translation>
    </message>
    <message>
        <source>Burning cancelled. The write-once disc in %1 is probably unusable now.</source>
        <translation>Grabación cancelada. Probablemente el disco de una sola escritura de %1 ya no se pueda usar.</translation>
    </message>
    <message>
        <source>Burning cancelled. The disc in %1 holds an incomplete copy; erase or overwrite it.</source>
        <translation>Grabación cancelada. El disco de %1 contiene una copia incompleta; bórrelo o sobrescríbalo.</translation>
    </message>
    <message>
        <source>The drive %1 did not write the image (libburn stopped after %2 of %3). Nothing usable was written; try again, and see the log if it keeps failing.</source>
        <translation>La unidad %1 no escribió la imagen (libburn se detuvo tras %2 de %3). No se escribió nada utilizable; inténtelo de nuevo y, si sigue fallando, consulte el registro.</translation>
    </message>
    <message>
        <source>Writing to %1 failed; the disc holds an incomplete copy.</source>
        <translation>Falló la escritura en %1; el disco contiene una copia incompleta.</translation>
    </message>
    <message>
        <source>The file system holding the virtual disc is full: free some space and burn again.</source>
        <translation>El sistema de archivos que contiene el disco virtual está lleno: libere espacio y vuelva a grabar.</translation>
    </message>
    <message>
        <source>Check that the file can be written and that its disk works.</source>
        <translation>Compruebe que el archivo se puede escribir y que su disco funciona.</translation>
    </message>
    <message>
        <source>Try a lower speed or another disc.</source>
        <translation>Pruebe una velocidad menor u otro disco.</translation>
    </message>
    <message>
        <source>The image was written, but the old content after it could not be removed from %1: %2.</source>
        <translation>La imagen se escribió, pero no se pudo eliminar de %1 el contenido antiguo que había a continuación: %2.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Verification cancelled. The disc was burned but not checked.</source>
        <translation>Verificación cancelada. El disco se grabó, pero no se comprobó.</translation>
    </message>
    <message>
        <source>SHA-256 of image and disc: %1</source>
        <translation>SHA-256 de la imagen y del disco: %1</translation>
    </message>
    <message>
        <source>image SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 de la imagen %1, SHA-256 del disco %2</translation>
    </message>
    <message>
        <source>Spindle cannot verify the disc: the burned stream was not recorded completely. Please report this.</source>
        <translation>Spindle no puede verificar el disco: el flujo grabado no se registró por completo. Por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>SHA-256 of what was burned and of the disc: %1</source>
        <translation>SHA-256 de lo grabado y del disco: %1</translation>
    </message>
    <message>
        <source>burned SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 de lo grabado %1, SHA-256 del disco %2</translation>
    </message>
    <message>
        <source>Overwrite the disc?</source>
        <translation>¿Sobrescribir el disco?</translation>
    </message>
    <message>
        <source>The disc in %1 already holds %2 of data. Burning writes over it (everything on it will be lost). Burn anyway?</source>
        <translation>El disco de %1 ya contiene %2 de datos. La grabación los sobrescribe (se perderá todo su contenido). ¿Grabar de todos modos?</translation>
    </message>
    <message>
        <source>Not burned</source>
        <translation>No grabado</translation>
    </message>
    <message>
        <source>Measuring how fast the image decompresses</source>
        <translation>Midiendo la velocidad de descompresión de la imagen</translation>
    </message>
    <message>
        <source>The image decompresses at %1.</source>
        <translation>La imagen se descomprime a %1.</translation>
    </message>
    <message>
        <source>The disc carries dvdisaster RS03 error-correction data: %1 roots (%2% redundancy), any %1 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>El disco lleva datos de corrección de errores RS03 de dvdisaster: %1 raíces (%2 % de redundancia); cualesquiera %1 sectores ilegibles de cada grupo de 255 se pueden reconstruir.</translation>
    </message>
    <message>
        <source>Error correction needs the whole image first: writing it to %1 (%2); it is removed when the burn ends.</source>
        <translation>La corrección de errores necesita primero la imagen completa: se escribe en %1 (%2) y se elimina al terminar la grabación.</translation>
    </message>
    <message>
        <source>Writing the image to a temporary file</source>
        <translation>Escribiendo la imagen en un archivo temporal</translation>
    </message>
    <message>
        <source>Cancelled before writing; the disc is untouched.</source>
        <translation>Cancelado antes de escribir; el disco está intacto.</translation>
    </message>
    <message>
        <source>The %1 delivered %2 of the %3 bytes it announced; the image would be incomplete and was not burned. Please report this.</source>
        <translation>%1 entregó %2 de los %3 bytes anunciados; la imagen estaría incompleta y no se grabó. Informe de este problema, por favor.</translation>
    </message>
    <message>
        <source>%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots): it is burned as it is, without adding more.</source>
        <translation>%1 ya lleva datos de corrección de errores RS03 de dvdisaster (para un %2, %3 raíces): se graba tal cual, sin añadir más.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>soporte de tamaño desconocido</translation>
    </message>
    <message>
        <source>No error-correction data was added and nothing was burned. Burn it without error correction, or start from the original image.</source>
        <translation>No se añadieron datos de corrección de errores y no se grabó nada. Grabe sin corrección de errores o parta de la imagen original.</translation>
    </message>
    <message>
        <source>The image with its error-correction data needs %1, but only %2 is free for it. Choose less redundancy, or free some space.</source>
        <translation>La imagen con sus datos de corrección de errores necesita %1, pero solo hay %2 libres. Elija menos redundancia o libere espacio.</translation>
    </message>
    <message>
        <source>Computing the error-correction data into %1 (%2) first; it is burned after the image and removed when the burn ends.</source>
        <translation>Los datos de corrección de errores se calculan primero en %1 (%2); se graban después de la imagen y se eliminan al terminar la grabación.</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Calculando los datos de corrección de errores</translation>
    </message>
    <message>
        <source>%1 with error-correction data</source>
        <translation>%1 con datos de corrección de errores</translation>
    </message>
    <message>
        <source>Error correction needs to read the image in any order, which a compressed image cannot give: decompressing it to %1 (%2); it is removed when the burn ends.</source>
        <translation>La corrección de errores necesita leer la imagen en cualquier orden, algo que una imagen comprimida no permite: se descomprime en %1 (%2) y se elimina al terminar la grabación.</translation>
    </message>
    <message>
        <source>Decompressing the image to a temporary file</source>
        <translation>Descomprimiendo la imagen en un archivo temporal</translation>
    </message>
    <message>
        <source>Measuring how fast the new image is made</source>
        <translation>Midiendo a qué velocidad se genera la nueva imagen</translation>
    </message>
    <message>
        <source>The new image is made at %1.</source>
        <translation>La nueva imagen se genera a %1.</translation>
    </message>
    <message>
        <source>The new image is made at %1 (its files are read as it is written), less than twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, write the image to a file first and burn that.</source>
        <translation>La nueva imagen se genera a %1 (sus archivos se leen mientras se escribe), menos del doble de lo que escribe la unidad a máxima velocidad, así que Spindle graba a %2 (%3 kB/s) para que a la unidad no le falten datos. Para grabar a toda velocidad, escriba primero la imagen en un archivo y grabe ese archivo.</translation>
    </message>
    <message>
        <source>The image decompresses at %1, less than twice what the drive takes at full speed, so Spindle writes at %2 (%3 kB/s) to keep the drive fed. To burn at full speed, decompress the image first.</source>
        <translation>La imagen se descomprime a %1, menos del doble de lo que escribe la unidad a máxima velocidad, así que Spindle escribe a %2 (%3 kB/s) para que a la unidad no le falten datos. Para grabar a máxima velocidad, descomprima primero la imagen.</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnNewImageDialog</name>
    <message>
        <source>Burn the New Image</source>
        <translation>Grabar la nueva imagen</translation>
    </message>
    <message>
        <source>Target disc</source>
        <translation>Disco de destino</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>&amp;Burn</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <source>The new image is burned as it is made, with no temporary file. Spindle checks the disc before writing anything.</source>
        <translation>La nueva imagen se graba a medida que se crea, sin archivo temporal. Spindle comprueba el disco antes de escribir nada.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message>
        <source>Choose a drive with a blank disc, or add a virtual drive.</source>
        <translation>Elija una unidad con un disco vacío o añada una unidad virtual.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>sin disco</translation>
    </message>
    <message>
        <source>(it will be erased first, after you confirm)</source>
        <translation>(se borrará primero, tras su confirmación)</translation>
    </message>
    <message>
        <source>(holds data)</source>
        <translation>(contiene datos)</translation>
    </message>
    <message>
        <source>Insert a blank disc.</source>
        <translation>Inserte un disco vacío.</translation>
    </message>
    <message>
        <source>The disc already holds data: insert a blank disc.</source>
        <translation>El disco ya contiene datos: inserte un disco vacío.</translation>
    </message>
    <message>
        <source>The new image (about %1) should fit: %2 available.</source>
        <translation>La nueva imagen (unos %1) debería caber: %2 disponibles.</translation>
    </message>
    <message>
        <source>The new image (about %1) does not fit: only %2 available. Leave out more files or use a larger disc.</source>
        <translation>La nueva imagen (unos %1) no cabe: solo hay %2 disponibles. Excluya más archivos o use un disco más grande.</translation>
    </message>
    <message>
        <source>Burn &amp;to:</source>
        <translation>Grabar &amp;en:</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnPage</name>
    <message>
        <source>&amp;Burn</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Drop an image here, or choose one</source>
        <translation>Suelte una imagen aquí o elija una</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Target disc</source>
        <translation>Disco de destino</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Choose an Image to Burn</source>
        <translation>Elegir una imagen para grabar</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;All files (*)</source>
        <translation>Imágenes de disco (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Burns an .iso or .img file, also compressed (.gz, .xz, .bz2, .zst) without unpacking it first.</source>
        <translation>Graba un archivo .iso o .img, también comprimido (.gz, .xz, .bz2, .zst), sin descomprimirlo antes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>size known after decompressing</source>
        <translation>tamaño conocido tras descomprimir</translation>
    </message>
    <message>
        <source>%1-compressed (%2 on disk)</source>
        <translation>comprimido con %1 (%2 en disco)</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>arrancable</translation>
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
        <translation>No se encontró ningún sistema de archivos ISO 9660 ni UDF: puede que esto no sea una imagen de disco.</translation>
    </message>
    <message>
        <source>Choose a drive with a blank disc, or add a virtual drive.</source>
        <translation>Elija una unidad con un disco vacío o añada una unidad virtual.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>sin disco</translation>
    </message>
    <message>
        <source>(it will be erased first, after you confirm)</source>
        <translation>(se borrará primero, tras su confirmación)</translation>
    </message>
    <message>
        <source>(holds data)</source>
        <translation>(contiene datos)</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message>
        <source>The disc holds data; it will be erased before burning.</source>
        <translation>El disco contiene datos; se borrará antes de grabar.</translation>
    </message>
    <message>
        <source>The disc already holds data: insert a blank disc.</source>
        <translation>El disco ya contiene datos: inserte un disco vacío.</translation>
    </message>
    <message>
        <source>The image (%1) fits: %2 free.</source>
        <translation>La imagen (%1) cabe: %2 libres.</translation>
    </message>
    <message>
        <source>The image (%1) does not fit: only %2 free.</source>
        <translation>La imagen (%1) no cabe: solo hay %2 libres.</translation>
    </message>
    <message>
        <source>Burn finished</source>
        <translation>Grabación terminada</translation>
    </message>
    <message>
        <source>Burn did not finish</source>
        <translation>La grabación no terminó</translation>
    </message>
    <message>
        <source>Image to burn</source>
        <translation>Imagen que grabar</translation>
    </message>
    <message>
        <source>Room the image takes on the disc</source>
        <translation>Espacio que ocupa la imagen en el disco</translation>
    </message>
    <message>
        <source>The image with its error-correction data (%1) fits: %2 free.</source>
        <translation>La imagen con sus datos de corrección de errores (%1) cabe: %2 libres.</translation>
    </message>
    <message>
        <source>The image with its error-correction data (%1) does not fit: only %2 free.</source>
        <translation>La imagen con sus datos de corrección de errores (%1) no cabe: solo %2 libres.</translation>
    </message>
    <message>
        <source>The size of this compressed image is known only after decompressing it. Decompress it first to add error correction.</source>
        <translation>El tamaño de esta imagen comprimida solo se conoce después de descomprimirla. Descomprímala primero para añadir corrección de errores.</translation>
    </message>
    <message>
        <source>The image is first decompressed to a temporary file (%1), removed after the burn.</source>
        <translation>La imagen se descomprime primero en un archivo temporal (%1), que se elimina después de la grabación.</translation>
    </message>
</context>
<context>
    <name>Spindle::BurnSettingsWidget</name>
    <message>
        <source>S&amp;imulate (test mode: nothing is written)</source>
        <translation>&amp;Simular (modo de prueba: no se escribe nada)</translation>
    </message>
    <message>
        <source>&amp;Verify the disc after burning</source>
        <translation>&amp;Verificar el disco tras la grabación</translation>
    </message>
    <message>
        <source>&amp;Eject when done</source>
        <translation>E&amp;xpulsar al terminar</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>V&amp;elocidad:</translation>
    </message>
    <message>
        <source>After each copy the disc is ejected and Spindle asks for the next one.</source>
        <translation>Tras cada copia se expulsa el disco y Spindle pide el siguiente.</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copias:</translation>
    </message>
</context>
<context>
    <name>Spindle::CheckDiscJob</name>
    <message>
        <source>Check the disc in %1</source>
        <translation>Comprobar el disco de %1</translation>
    </message>
    <message>
        <source>Examining the disc</source>
        <translation>Examinando el disco</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the rest cannot be read.</source>
        <translation>El disco contiene %1 sectores, pero su sistema de archivos declara %2: el resto no se puede leer.</translation>
    </message>
    <message>
        <source>Reading the disc and its error-correction data</source>
        <translation>Leyendo el disco y sus datos de corrección de errores</translation>
    </message>
    <message>
        <source>Reading the disc</source>
        <translation>Leyendo el disco</translation>
    </message>
    <message>
        <source>The disc was taken out of %1 during the check. Insert it and check it again.</source>
        <translation>El disco se retiró de %1 durante la comprobación. Insértelo y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Unreadable sectors (the first %1 ranges): %2</source>
        <translation>Sectores ilegibles (los primeros %1 intervalos): %2</translation>
    </message>
    <message>
        <source>Every sector of the disc in %1 can be read.</source>
        <translation>Todos los sectores del disco de %1 se pueden leer.</translation>
    </message>
    <message>
        <source>The disc carries no error-correction data, so only a comparison with its image (spindle-cli verify IMAGE --drive) can tell whether what it holds is right.</source>
        <translation>El disco no lleva datos de corrección de errores, así que solo una comparación con su imagen (spindle-cli verify IMAGE --drive) puede decir si su contenido es correcto.</translation>
    </message>
    <message>
        <source>The disc carries no error-correction data, so only a comparison with its image can tell whether what it holds is right.</source>
        <translation>El disco no lleva datos de corrección de errores, así que solo una comparación con su imagen puede decir si su contenido es correcto.</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s) of the disc in %1 cannot be read.</source>
        <translation>
            <numerusform>%n sector del disco de %1 no se puede leer.</numerusform>
            <numerusform>%n sectores del disco de %1 no se pueden leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy it in rescue mode (spindle-cli read --skip-unreadable) to save everything else.</source>
        <translation>Cópielo en modo rescate (spindle-cli read --skip-unreadable) para salvar todo lo demás.</translation>
    </message>
    <message>
        <source>Copy it with &quot;Copy Disc to Image&quot; in rescue mode to save everything else.</source>
        <translation>Cópielo con «Copiar disco a imagen» en modo de rescate para salvar todo lo demás.</translation>
    </message>
    <message>
        <source>Sectors that cannot be rebuilt (the first %1): %2</source>
        <translation>Sectores que no se pueden reconstruir (los primeros %1): %2</translation>
    </message>
    <message>
        <source>The disc in %1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild.</source>
        <translation>El disco de %1 tiene %2 sectores dañados; %3 de ellos no se pueden reconstruir (%4 en los datos propios de la imagen): más de los que las %5 raíces de un bloque ECC pueden reconstruir.</translation>
    </message>
    <message>
        <source>Copy it in rescue mode with more retries (spindle-cli read --skip-unreadable --retries 10 --repair): every sector a retry reads is one less to rebuild.</source>
        <translation>Cópielo en modo rescate con más reintentos (spindle-cli read --skip-unreadable --retries 10 --repair): cada sector que lea un reintento es uno menos que reconstruir.</translation>
    </message>
    <message>
        <source>Copy it with &quot;Copy Disc to Image&quot; in rescue mode with more retries, then repair the copy: every sector a retry reads is one less to rebuild.</source>
        <translation>Cópielo con «Copiar disco a imagen» en modo de rescate con más reintentos y luego repare la copia: cada sector que lea un reintento es uno menos que reconstruir.</translation>
    </message>
    <message>
        <source>The disc in %1 has %2 damaged sectors (%3 unreadable or missing, %4 CRC errors), all of which can be rebuilt from its error-correction data.</source>
        <translation>El disco de %1 tiene %2 sectores dañados (%3 ilegibles o ausentes, %4 errores de CRC), que se pueden reconstruir todos a partir de sus datos de corrección de errores.</translation>
    </message>
    <message>
        <source>Copy it now, before the damage grows: spindle-cli read --skip-unreadable --repair.</source>
        <translation>Cópielo ahora, antes de que el daño aumente: spindle-cli read --skip-unreadable --repair.</translation>
    </message>
    <message>
        <source>Copy it now with &quot;Copy Disc to Image&quot; in rescue mode and repair the copy, before the damage grows.</source>
        <translation>Cópielo ahora con «Copiar disco a imagen» en modo de rescate y repare la copia, antes de que el daño aumente.</translation>
    </message>
    <message>
        <source>The disc in %1 is intact: every sector can be read and every data sector matches its CRC in the error-correction data.</source>
        <translation>El disco de %1 está intacto: todos los sectores se pueden leer y cada sector de datos coincide con su CRC en los datos de corrección de errores.</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyDiscJob</name>
    <message>
        <source>Copy the disc in %1</source>
        <translation>Copiar el disco en %1</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>No copiado</translation>
    </message>
    <message>
        <source>Copied the disc in %1 to a new disc in %2.</source>
        <translation>El disco en %1 se copió en un disco nuevo en %2.</translation>
    </message>
    <message>
        <source>Copied the disc in %1 to %2 new discs in %3.</source>
        <translation>El disco en %1 se copió en %2 discos nuevos en %3.</translation>
    </message>
    <message>
        <source>The folder %1 for the temporary image could not be created.</source>
        <translation>No se pudo crear la carpeta %1 para la imagen temporal.</translation>
    </message>
    <message>
        <source>Copying with one drive needs a temporary image of %1 in %2, but only %3 is free there. Free some space, or copy with a second drive.</source>
        <translation>Copiar con una sola unidad necesita una imagen temporal de %1 en %2, pero allí solo quedan %3 libres. Libere espacio o copie con una segunda unidad.</translation>
    </message>
    <message>
        <source>Temporary image: %1</source>
        <translation>Imagen temporal: %1</translation>
    </message>
    <message>
        <source>Insert a blank disc</source>
        <translation>Inserte un disco virgen</translation>
    </message>
    <message>
        <source>The disc in %1 has been read. Take it out, insert a blank disc that holds at least %2 (%3 or larger) and go on.</source>
        <translation>El disco en %1 ya se ha leído. Sáquelo, inserte un disco virgen de al menos %2 (%3 o mayor) y continúe.</translation>
    </message>
    <message>
        <source>Not copied: no blank disc was inserted into %1.</source>
        <translation>No copiado: no se insertó ningún disco virgen en %1.</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyDiscPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Disc to copy</source>
        <translation>Disco que copiar</translation>
    </message>
    <message>
        <source>Burn the copy with</source>
        <translation>Grabar la copia con</translation>
    </message>
    <message>
        <source>One drive: the disc is read into a temporary image first; then Spindle asks for a blank disc.</source>
        <translation>Una unidad: primero se lee el disco en una imagen temporal; luego Spindle pide un disco virgen.</translation>
    </message>
    <message>
        <source>Two drives: the copy is burned while the disc is read.</source>
        <translation>Dos unidades: la copia se graba mientras se lee el disco.</translation>
    </message>
    <message>
        <source>Disc copied</source>
        <translation>Disco copiado</translation>
    </message>
    <message>
        <source>Copy did not finish</source>
        <translation>La copia no terminó</translation>
    </message>
</context>
<context>
    <name>Spindle::CopyPage</name>
    <message>
        <source>&amp;Start Copy</source>
        <translation>&amp;Iniciar copia</translation>
    </message>
    <message>
        <source>Disc to copy</source>
        <translation>Disco de origen</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Where to save the image (.iso)</source>
        <translation>Dónde guardar la imagen (.iso)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Read &amp;speed:</source>
        <translation>Velocidad de &amp;lectura:</translation>
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
        <translation>SHA-256 y MD5</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Checksum:</source>
        <translation>&amp;Suma de verificación:</translation>
    </message>
    <message>
        <source>Save the checksum next to the image (.sha256 / .md5)</source>
        <translation>Guardar la suma de verificación junto a la imagen (.sha256 / .md5)</translation>
    </message>
    <message>
        <source>&amp;Verify: read the disc again and compare</source>
        <translation>&amp;Verificar: leer el disco de nuevo y comparar</translation>
    </message>
    <message>
        <source>Copy the &amp;whole track, not just the file system</source>
        <translation>Copiar la &amp;pista completa, no solo el sistema de archivos</translation>
    </message>
    <message>
        <source>Normally the copy stops where the disc&apos;s file system ends, so that padding the drive cannot read is left out.</source>
        <translation>Normalmente la copia se detiene donde termina el sistema de archivos del disco, para omitir el relleno que la unidad no puede leer.</translation>
    </message>
    <message>
        <source>&amp;Rescue mode: skip unreadable sectors and keep the rest</source>
        <translation>Modo de &amp;rescate: omitir los sectores ilegibles y conservar el resto</translation>
    </message>
    <message>
        <source>Unreadable sectors are filled with zeros and recorded in a map file next to the image. Copying again to the same file reads only what is still missing.</source>
        <translation>Los sectores ilegibles se rellenan con ceros y se registran en un archivo de mapa junto a la imagen. Si se vuelve a copiar en el mismo archivo, solo se lee lo que aún falta.</translation>
    </message>
    <message>
        <source>Retries per bad sector:</source>
        <translation>Reintentos por sector defectuoso:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose the drive holding the disc, or add a virtual drive.</source>
        <translation>Elija la unidad que contiene el disco o añada una unidad virtual.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message>
        <source>The disc is blank: there is nothing to copy.</source>
        <translation>El disco está vacío: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>No disc in this drive.</source>
        <translation>No hay ningún disco en esta unidad.</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>bootable</source>
        <translation>arrancable</translation>
    </message>
    <message>
        <source>UDF</source>
        <translation>UDF</translation>
    </message>
    <message>
        <source>no file system recognised</source>
        <translation>ningún sistema de archivos reconocido</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Guardar imagen como</translation>
    </message>
    <message>
        <source>Disc images (*.iso);;All files (*)</source>
        <translation>Imágenes de disco (*.iso);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace the existing file?</source>
        <translation>¿Reemplazar el archivo existente?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the copy of this disc?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo por la copia de este disco?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Se guardó &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Time: %1, average speed %2.</source>
        <translation>Tiempo: %1, velocidad media %2.</translation>
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
        <translation>Verificado: la imagen coincide con el disco.</translation>
    </message>
    <message>
        <source>This copy resumed an earlier rescue.</source>
        <translation>Esta copia reanudó un rescate anterior.</translation>
    </message>
    <message>
        <source>Unreadable sectors (filled with zeros): %1</source>
        <translation>Sectores ilegibles (rellenados con ceros): %1</translation>
    </message>
    <message>
        <source>Damaged files: %1</source>
        <translation>Archivos dañados: %1</translation>
    </message>
    <message>
        <source>Files on unreadable sectors</source>
        <translation>Archivos en sectores ilegibles</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; checked and repaired with its error-correction data (%2 roots).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; comprobada y reparada con sus datos de corrección de errores (%2 raíces).</translation>
    </message>
    <message>
        <source>Damaged sectors: %1 (%2 unreadable, %3 with CRC errors).</source>
        <translation>Sectores dañados: %1 (%2 ilegibles, %3 con errores de CRC).</translation>
    </message>
    <message>
        <source>Rebuilt: %1. Still lost: %2.</source>
        <translation>Reconstruidos: %1. Aún perdidos: %2.</translation>
    </message>
    <message>
        <source>The first %1 lost sectors:</source>
        <translation>Los primeros %1 sectores perdidos:</translation>
    </message>
    <message>
        <source>The lost sectors:</source>
        <translation>Los sectores perdidos:</translation>
    </message>
    <message>
        <source>Sectors still lost</source>
        <translation>Sectores aún perdidos</translation>
    </message>
</context>
<context>
    <name>Spindle::DiscInfoPage</name>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the disc again</source>
        <translation>Volver a leer el disco</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message>
        <source>Could not read this drive</source>
        <translation>No se pudo leer esta unidad</translation>
    </message>
    <message>
        <source>%1 · emulated %2</source>
        <translation>%1 · %2 emulado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1. A plain image file can grow until its file system is full.</source>
        <translation>%1. Un archivo de imagen simple puede crecer hasta llenar su sistema de archivos.</translation>
    </message>
    <message>
        <source>As fast as the disk allows (image file)</source>
        <translation>Tan rápido como permita el disco (archivo de imagen)</translation>
    </message>
    <message>
        <source>Not reported by the drive</source>
        <translation>La unidad no lo indica</translation>
    </message>
    <message>
        <source>There is no disc in the drive.</source>
        <translation>No hay ningún disco en la unidad.</translation>
    </message>
    <message>
        <source>The disc is blank: there is no file system yet.</source>
        <translation>El disco está vacío: aún no tiene sistema de archivos.</translation>
    </message>
    <message>
        <source>No data file system was found. This may be an audio CD or a format Spindle does not recognise.</source>
        <translation>No se encontró ningún sistema de archivos de datos. Puede que sea un CD de audio o un formato que Spindle no reconoce.</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>No sessions have been written yet.</source>
        <translation>Aún no se ha escrito ninguna sesión.</translation>
    </message>
    <message>
        <source>Add Virtual Drive…</source>
        <translation>Añadir unidad virtual…</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacidad:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Usado:</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>Libre:</translation>
    </message>
    <message>
        <source>Erasable:</source>
        <translation>Borrable:</translation>
    </message>
    <message>
        <source>Writable:</source>
        <translation>Grabable:</translation>
    </message>
    <message>
        <source>Write speeds:</source>
        <translation>Velocidades de escritura:</translation>
    </message>
    <message>
        <source>File System</source>
        <translation>Sistema de archivos</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
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
        <translation>Arrancable (El Torito):</translation>
    </message>
    <message>
        <source>DVD-Video:</source>
        <translation>DVD-Video:</translation>
    </message>
    <message>
        <source>Sessions and Tracks</source>
        <translation>Sesiones y pistas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Start (sector)</source>
        <translation>Inicio (sector)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Disc details</source>
        <translation>Detalles del disco</translation>
    </message>
    <message>
        <source>Open &amp;Image…</source>
        <translation>Abrir &amp;imagen…</translation>
    </message>
    <message>
        <source>Show what an image file holds instead of a disc</source>
        <translation>Mostrar lo que contiene un archivo de imagen en lugar de un disco</translation>
    </message>
    <message>
        <source>Choose an Image to Look At</source>
        <translation>Elegir una imagen para examinar</translation>
    </message>
    <message>
        <source>Disc images (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;All files (*)</source>
        <translation>Imágenes de disco (*.iso *.img *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.img.gz *.img.xz *.img.zst);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Read the image file again</source>
        <translation>Volver a leer el archivo de imagen</translation>
    </message>
    <message>
        <source>Reading the image file…</source>
        <translation>Leyendo el archivo de imagen…</translation>
    </message>
    <message>
        <source>Could not read this image file</source>
        <translation>No se pudo leer este archivo de imagen</translation>
    </message>
    <message>
        <source>Choose a drive or open an image file</source>
        <translation>Elija una unidad o abra un archivo de imagen</translation>
    </message>
    <message>
        <source>Spindle shows what is on the disc in the chosen drive, or what an image file holds.</source>
        <translation>Spindle muestra lo que hay en el disco de la unidad elegida o lo que contiene un archivo de imagen.</translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation>Abrir imagen…</translation>
    </message>
    <message>
        <source>&amp;Check for Damage</source>
        <translation>&amp;Buscar daños</translation>
    </message>
    <message>
        <source>Read every sector of the disc and, when it carries error-correction data, check each one against it: what is damaged and whether a copy can be repaired. Nothing is written.</source>
        <translation>Leer cada sector del disco y, si lleva datos de corrección de errores, comprobar cada uno con ellos: qué está dañado y si una copia se puede reparar. No se escribe nada.</translation>
    </message>
    <message>
        <source>Re&amp;pair Image</source>
        <translation>Re&amp;parar imagen</translation>
    </message>
    <message>
        <source>Rebuild the damaged sectors the check found from the image&apos;s error-correction data, in the image file itself</source>
        <translation>Reconstruir los sectores dañados que encontró la comprobación a partir de los datos de corrección de errores de la imagen, en el propio archivo de imagen</translation>
    </message>
    <message>
        <source>Repair the Image?</source>
        <translation>¿Reparar la imagen?</translation>
    </message>
    <message>
        <source>The damaged sectors of %1 are rebuilt from its error-correction data and written into the file. Sectors that cannot be rebuilt stay as they are.</source>
        <translation>Los sectores dañados de %1 se reconstruyen a partir de sus datos de corrección de errores y se escriben en el archivo. Los sectores que no se pueden reconstruir quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Check every sector of the image against its error-correction data: what is damaged and whether it can be repaired. Nothing is written.</source>
        <translation>Comprobar cada sector de la imagen con sus datos de corrección de errores: qué está dañado y si se puede reparar. No se escribe nada.</translation>
    </message>
</context>
<context>
    <name>Spindle::DriveList</name>
    <message>
        <source>Choose an image file for the virtual drive.</source>
        <translation>Elija un archivo de imagen para la unidad virtual.</translation>
    </message>
    <message>
        <source>%1 is a device, not an image file. Real drives appear in the list by themselves.</source>
        <translation>%1 es un dispositivo, no un archivo de imagen. Las unidades reales aparecen en la lista por sí solas.</translation>
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
        <translation>Buscando unidades…</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Look for drives again</source>
        <translation>Volver a buscar unidades</translation>
    </message>
    <message>
        <source>Add Virtual Drive…</source>
        <translation>Añadir unidad virtual…</translation>
    </message>
    <message>
        <source>Remove This Virtual Drive</source>
        <translation>Quitar esta unidad virtual</translation>
    </message>
    <message>
        <source>%1
Emulated medium: %2</source>
        <translation>%1
Medio emulado: %2</translation>
    </message>
    <message>
        <source>No drive found</source>
        <translation>No se encontró ninguna unidad</translation>
    </message>
    <message>
        <source>More virtual drive actions</source>
        <translation>Más acciones de unidades virtuales</translation>
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
        <translation>%1 está dañado o no es un archivo IFO de DVD-Video (%2). Sus pistas de audio y subtítulos no se pueden leer; copie el DVD entero o repare el origen.</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>not a title set IFO</source>
        <translation>no es un IFO de conjunto de títulos</translation>
    </message>
    <message>
        <source>management table of %1 bytes</source>
        <translation>tabla de gestión de %1 bytes</translation>
    </message>
    <message>
        <source>%1 audio streams</source>
        <translation>%1 pistas de audio</translation>
    </message>
    <message>
        <source>%1 subtitle streams</source>
        <translation>%1 pistas de subtítulos</translation>
    </message>
    <message>
        <source>%1 title PGCs</source>
        <translation>%1 PGC de título</translation>
    </message>
    <message>
        <source>title PGC %1 lies outside its table</source>
        <translation>la PGC de título %1 está fuera de su tabla</translation>
    </message>
    <message>
        <source>This source is no DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO.</source>
        <translation>Este origen no es un DVD-Video: no tiene VIDEO_TS/VIDEO_TS.IFO.</translation>
    </message>
    <message>
        <source>not a video manager IFO</source>
        <translation>no es un IFO del gestor de vídeo</translation>
    </message>
    <message>
        <source>%1 title sets</source>
        <translation>%1 conjuntos de títulos</translation>
    </message>
    <message>
        <source>%1 is missing, though VIDEO_TS.IFO lists title set %2.</source>
        <translation>Falta %1, aunque VIDEO_TS.IFO enumera el conjunto de títulos %2.</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Idioma desconocido</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>visually impaired</source>
        <translation>para personas con discapacidad visual</translation>
    </message>
    <message>
        <source>director&apos;s comments</source>
        <translation>comentarios del director</translation>
    </message>
    <message>
        <source>alternate director&apos;s comments</source>
        <translation>comentarios alternativos del director</translation>
    </message>
    <message>
        <source>extension %1</source>
        <translation>extensión %1</translation>
    </message>
    <message>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <source>children</source>
        <translation>para niños</translation>
    </message>
    <message>
        <source>closed captions</source>
        <translation>subtítulos para sordos</translation>
    </message>
    <message>
        <source>large closed captions</source>
        <translation>subtítulos para sordos grandes</translation>
    </message>
    <message>
        <source>children&apos;s closed captions</source>
        <translation>subtítulos para sordos para niños</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forzados</translation>
    </message>
    <message>
        <source>large director&apos;s comments</source>
        <translation>comentarios del director grandes</translation>
    </message>
    <message>
        <source>director&apos;s comments for children</source>
        <translation>comentarios del director para niños</translation>
    </message>
    <message>
        <source>%1 has a damaged %2 table. Keep the title set&apos;s streams as they are, or copy the disc whole.</source>
        <translation>%1 tiene una tabla %2 dañada. Deje las pistas del conjunto de títulos como están o copie el disco entero.</translation>
    </message>
    <message>
        <source>%1 has no audio stream %2 (it has %3). Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>%1 no tiene la pista de audio %2 (tiene %3). Compruebe los números con «spindle-cli titles».</translation>
    </message>
    <message>
        <source>%1 has no subtitle stream %2 (it has %3). Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>%1 no tiene la pista de subtítulos %2 (tiene %3). Compruebe los números con «spindle-cli titles».</translation>
    </message>
    <message>
        <source>%1 has titles with camera angles, whose interleaved video Spindle does not rewrite yet. Keep this title set&apos;s streams as they are.</source>
        <translation>%1 tiene títulos con ángulos de cámara, cuyo vídeo entrelazado Spindle aún no reescribe. Deje las pistas de este conjunto de títulos como están.</translation>
    </message>
    <message>
        <source>audio stream %1 is left out; it selects audio stream 1 of those kept</source>
        <translation>la pista de audio %1 se deja fuera; selecciona la pista de audio 1 de las que quedan</translation>
    </message>
    <message>
        <source>subtitle stream %1 is left out; it switches subtitles off</source>
        <translation>la pista de subtítulos %1 se deja fuera; desactiva los subtítulos</translation>
    </message>
    <message>
        <source>stream numbers follow the streams kept</source>
        <translation>los números de pista siguen a las pistas que quedan</translation>
    </message>
    <message>
        <source>%1: its stream selection changes (%2).</source>
        <translation>%1: su selección de pista cambia (%2).</translation>
    </message>
    <message>
        <source>Register GPRM %1 selects streams but is also compared or computed with; the commands that set it stay as they are, so a choice made through it may now select another stream.</source>
        <translation>El registro GPRM %1 selecciona pistas, pero también se compara o se calcula con él; las órdenes que lo fijan quedan como están, así que una elección hecha a través de él puede seleccionar ahora otra pista.</translation>
    </message>
    <message>
        <source>%1: the stream number it keeps in register GPRM %2 for a later selection changes (%3).</source>
        <translation>%1: el número de pista que guarda en el registro GPRM %2 para una selección posterior cambia (%3).</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdStreamsView</name>
    <message>
        <source>Audio and subtitle streams</source>
        <translation>Pistas de audio y subtítulos</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Keep audio:</source>
        <translation>Conservar audio:</translation>
    </message>
    <message>
        <source>Keep subtitles:</source>
        <translation>Conservar subtítulos:</translation>
    </message>
    <message>
        <source>Leave out commentary tracks</source>
        <translation>Dejar fuera las pistas de comentarios</translation>
    </message>
    <message>
        <source>Audio and subtitle streams marked as director&apos;s comments are left out.</source>
        <translation>Se dejan fuera las pistas de audio y subtítulos marcadas como comentarios del director.</translation>
    </message>
    <message>
        <source>Audio %1</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <source>Subtitles %1</source>
        <translation>Subtítulos %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>The language of each title set&apos;s first audio stream, which is usually the language the film was made in.</source>
        <translation>El idioma de la primera pista de audio de cada conjunto de títulos, que suele ser el idioma en que se rodó la película.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Leave out the only audio stream?</source>
        <translation>¿Dejar fuera la única pista de audio?</translation>
    </message>
    <message>
        <source>Without this audio stream, title %1 plays without sound. Leave it out anyway?</source>
        <translation>Sin esta pista de audio, el título %1 se reproduce sin sonido. ¿Dejarla fuera de todos modos?</translation>
    </message>
    <message>
        <source>Without this audio stream, titles %1 play without sound. Leave it out anyway?</source>
        <translation>Sin esta pista de audio, los títulos %1 se reproducen sin sonido. ¿Dejarla fuera de todos modos?</translation>
    </message>
    <message>
        <source>Title set %1, title %2</source>
        <translation>Conjunto de títulos %1, título %2</translation>
    </message>
    <message>
        <source>Title set %1, titles %2</source>
        <translation>Conjunto de títulos %1, títulos %2</translation>
    </message>
    <message>
        <source>%1: left out with its titles</source>
        <translation>%1: se deja fuera con sus títulos</translation>
    </message>
    <message>
        <source>%1: streams stay (several camera angles)</source>
        <translation>%1: las pistas se quedan (varios ángulos de cámara)</translation>
    </message>
    <message>
        <source>A title of title set %1 has several camera angles. Spindle cannot leave out streams of such a title set yet, so all of its streams stay.</source>
        <translation>Un título del conjunto de títulos %1 tiene varios ángulos de cámara. Spindle aún no puede dejar fuera pistas de un conjunto así, así que todas sus pistas se quedan.</translation>
    </message>
    <message>
        <source>Reading the size of each stream from the VOB files…</source>
        <translation>Leyendo el tamaño de cada pista de los archivos VOB…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The streams stay as they are; only their sizes are not shown.</source>
        <translation>Las pistas se quedan como están; solo no se muestran sus tamaños.</translation>
    </message>
    <message>
        <source>The sizes of the streams were not read.</source>
        <translation>No se leyeron los tamaños de las pistas.</translation>
    </message>
    <message>
        <source>Read sizes</source>
        <translation>Leer tamaños</translation>
    </message>
    <message>
        <source>Reads the VOB files once to find how much each stream takes.</source>
        <translation>Lee una vez los archivos VOB para saber cuánto ocupa cada pista.</translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTitlesView</name>
    <message>
        <source>unknown language</source>
        <translation>idioma desconocido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Ángulos</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Title set</source>
        <translation>Conjunto de títulos</translation>
    </message>
    <message>
        <source>Set size</source>
        <translation>Tamaño del conjunto</translation>
    </message>
    <message>
        <source>Main feature only, no menus</source>
        <translation>Solo la película principal, sin menús</translation>
    </message>
    <message>
        <source>Keep only the longest title and play it as soon as the disc starts; the menus and every other title are left out.</source>
        <translation>Conservar solo el título más largo y reproducirlo en cuanto se inicie el disco; se excluyen los menús y todos los demás títulos.</translation>
    </message>
    <message>
        <source>Reading the titles…</source>
        <translation>Leyendo los títulos…</translation>
    </message>
    <message>
        <source>%1 (main feature)</source>
        <translation>%1 (película principal)</translation>
    </message>
    <message>
        <source>The longest title, which players take for the main feature.</source>
        <translation>El título más largo, que los reproductores consideran la película principal.</translation>
    </message>
    <message>
        <source>%1 %2 %3 ch</source>
        <translation>%1 %2 %3 can.</translation>
    </message>
    <message>
        <source>%1: %2, %3 channels</source>
        <translation>%1: %2, %3 canales</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>All files of title set %1 (VTS_%2_*)</source>
        <translation>Todos los archivos del conjunto de títulos %1 (VTS_%2_*)</translation>
    </message>
    <message>
        <source>The main feature is title %1.</source>
        <translation>La película principal es el título %1.</translation>
    </message>
    <message>
        <source>Only title %1 is kept; it plays as soon as the disc starts, with no menus.</source>
        <translation>Solo se conserva el título %1; se reproduce en cuanto se inicia el disco, sin menús.</translation>
    </message>
    <message>
        <source>Tick at least one title to keep.</source>
        <translation>Marque al menos un título para conservarlo.</translation>
    </message>
    <message>
        <source>%1 of %2 titles kept.</source>
        <translation>Se conservan %1 de %2 títulos.</translation>
    </message>
    <message>
        <source>Title set %1 is left out (%2).</source>
        <translation>Se excluye el conjunto de títulos %1 (%2).</translation>
    </message>
    <message>
        <source>Title sets %1 are left out (%2).</source>
        <translation>Se excluyen los conjuntos de títulos %1 (%2).</translation>
    </message>
    <message>
        <source>DVD titles</source>
        <translation>Títulos del DVD</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n título.</numerusform>
            <numerusform>%n títulos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streams left out: %1 (%2).</source>
        <translation>Pistas dejadas fuera: %1 (%2).</translation>
    </message>
    <message>
        <source>Streams left out: %1.</source>
        <translation>Pistas dejadas fuera: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share a title set with titles that are kept: the video that only they play goes (%2).</source>
        <translation>
            <numerusform>El título %1 comparte un conjunto de títulos con títulos que se conservan: se elimina el vídeo que solo él reproduce (%2).</numerusform>
            <numerusform>Los títulos %1 comparten conjuntos de títulos con títulos que se conservan: se elimina el vídeo que solo ellos reproducen (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share all of their video with titles that are kept, so leaving them out saves nothing.</source>
        <translation>
            <numerusform>El título %1 comparte todo su vídeo con títulos que se conservan, así que omitirlo no ahorra nada.</numerusform>
            <numerusform>Los títulos %1 comparten todo su vídeo con títulos que se conservan, así que omitirlos no ahorra nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n title(s) are kept. Untick the titles to leave out.</source>
        <translation>
            <numerusform>Se conserva el título.</numerusform>
            <numerusform>Se conservan los %n títulos. Desmarque los títulos que desee excluir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTrim</name>
    <message>
        <source>%1 is %2 MiB, too large to be a DVD-Video IFO file. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 ocupa %2 MiB, demasiado para ser un archivo IFO de DVD-Video. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>This source is not a DVD-Video: it has no VIDEO_TS/VIDEO_TS.IFO. Leave files out in the file tree instead.</source>
        <translation>Este origen no es un DVD-Video: no tiene VIDEO_TS/VIDEO_TS.IFO. Excluya los archivos en el árbol de archivos.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO lists no titles (its title search table is empty or damaged). The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO no contiene ningún título (su tabla de búsqueda de títulos está vacía o dañada). El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>%1 is missing, though VIDEO_TS.IFO lists title set %2. The DVD is incomplete; copy the whole disc again.</source>
        <translation>Falta %1, aunque VIDEO_TS.IFO incluye el conjunto de títulos %2. El DVD está incompleto; vuelva a copiar el disco entero.</translation>
    </message>
    <message>
        <source>%1 is not a title set IFO file. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 no es un archivo IFO de conjunto de títulos. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>Title %1 belongs to title set %2, which VIDEO_TS.IFO does not have. The DVD&apos;s IFO files are inconsistent; copy it whole.</source>
        <translation>El título %1 pertenece al conjunto de títulos %2, que VIDEO_TS.IFO no tiene. Los archivos IFO del DVD son incoherentes; cópielo entero.</translation>
    </message>
    <message>
        <source>Title %1 does not exist: this DVD-Video has titles 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>El título %1 no existe: este DVD-Video tiene los títulos del 1 al %2. Compruebe los números con &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>Every title would be left out, which leaves no DVD-Video. Keep at least one title.</source>
        <translation>Se excluirían todos los títulos, con lo que no quedaría ningún DVD-Video. Conserve al menos un título.</translation>
    </message>
    <message>
        <source>title sets are renumbered</source>
        <translation>los conjuntos de títulos se renumeran</translation>
    </message>
    <message>
        <source>titles are renumbered</source>
        <translation>los títulos se renumeran</translation>
    </message>
    <message>
        <source>without menus the titles play one after the other</source>
        <translation>sin menús, los títulos se reproducen uno tras otro</translation>
    </message>
    <message>
        <source>the menus are left out</source>
        <translation>se excluyen los menús</translation>
    </message>
    <message>
        <source>title %1 is left out</source>
        <translation>se excluye el título %1</translation>
    </message>
    <message>
        <source>its target is left out</source>
        <translation>se excluye su destino</translation>
    </message>
    <message>
        <source>play the next title, or stop after the last</source>
        <translation>reproducir el título siguiente o detenerse tras el último</translation>
    </message>
    <message>
        <source>play title %1 (title %2 of the source)</source>
        <translation>reproducir el título %1 (título %2 del origen)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; now does &quot;%3&quot; (%4).</source>
        <translation>%1: &quot;%2&quot; ahora hace &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>The menu %1 is %2 MiB and its buttons lead to titles that are left out; Spindle rewrites menus up to %3 MiB. Keep all titles, or choose &quot;main feature only&quot;, which leaves the menus out.</source>
        <translation>El menú %1 ocupa %2 MiB y sus botones llevan a títulos excluidos; Spindle reescribe menús de hasta %3 MiB. Conserve todos los títulos o elija &quot;solo la película principal&quot;, que excluye los menús.</translation>
    </message>
    <message>
        <source>Title %1 had no command at its end; one that plays the next title (or stops after the last) is added.</source>
        <translation>El título %1 no tenía ningún comando al final; se añade uno que reproduce el título siguiente (o se detiene tras el último).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>%1.IFO has a damaged program chain table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1.IFO tiene una tabla de cadenas de programas dañada. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menú</translation>
    </message>
    <message>
        <source>%1.IFO has a damaged menu table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1.IFO tiene una tabla de menús dañada. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO first play</source>
        <translation>VIDEO_TS.IFO primera reproducción</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO menu</source>
        <translation>VIDEO_TS.IFO menú</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO has a damaged menu table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO tiene una tabla de menús dañada. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>VIDEO_TS.IFO has a damaged title set attribute table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>VIDEO_TS.IFO tiene una tabla de atributos de conjuntos de títulos dañada. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>The parental management table was damaged and is left out: the disc has no parental levels.</source>
        <translation>La tabla de control parental estaba dañada y se excluye: el disco no tiene niveles de control parental.</translation>
    </message>
    <message>
        <source>The disc&apos;s text data (title names for players that show them) is left out, as titles are renumbered.</source>
        <translation>Se excluyen los datos de texto del disco (nombres de títulos para los reproductores que los muestran), ya que los títulos se renumeran.</translation>
    </message>
    <message>
        <source>Main feature only: the disc plays its one title, with no menus.</source>
        <translation>Solo la película principal: el disco reproduce su único título, sin menús.</translation>
    </message>
    <message>
        <source>Main feature only: the disc plays its %1 titles one after the other, with no menus.</source>
        <translation>Solo la película principal: el disco reproduce sus %1 títulos uno tras otro, sin menús.</translation>
    </message>
    <message>
        <source>Title %1 is left out.</source>
        <translation>Se excluye el título %1.</translation>
    </message>
    <message>
        <source>Title %1 is left out of the title list, but its video stays in VTS_%2_*.VOB, which other titles of title set %3 share: the image does not shrink by it.</source>
        <translation>El título %1 se excluye de la lista de títulos, pero su vídeo sigue en VTS_%2_*.VOB, que comparten otros títulos del conjunto de títulos %3: la imagen no se reduce por ello.</translation>
    </message>
    <message>
        <source>Title %1 ends without a jump, so players stop after it instead of going on to title %2; choose it from the player&apos;s title list.</source>
        <translation>El título %1 termina sin un salto, así que los reproductores se detienen tras él en lugar de pasar al título %2; elíjalo en la lista de títulos del reproductor.</translation>
    </message>
    <message>
        <source>Title set %1 is left out (its VOB files go).</source>
        <translation>Se excluye el conjunto de títulos %1 (se eliminan sus archivos VOB).</translation>
    </message>
    <message>
        <source>Title set %1 becomes title set %2 (VTS_%3_* files renamed to VTS_%4_*).</source>
        <translation>El conjunto de títulos %1 pasa a ser el conjunto de títulos %2 (los archivos VTS_%3_* se renombran a VTS_%4_*).</translation>
    </message>
    <message>
        <source>There is no source to trim. Open a DVD-Video first.</source>
        <translation>No hay ningún origen que recortar. Abra primero un DVD-Video.</translation>
    </message>
    <message>
        <source>Title set %1 does not exist: this DVD-Video has title sets 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>El conjunto de títulos %1 no existe: este DVD-Video tiene los conjuntos de títulos 1 a %2. Compruebe los números con «spindle-cli titles».</translation>
    </message>
    <message>
        <source>Title %1 is left out; the video that only it (or other titles left out) plays goes from VTS_%2_*.VOB.</source>
        <translation>El título %1 se deja fuera; el vídeo que solo él (u otros títulos dejados fuera) reproduce se quita de VTS_%2_*.VOB.</translation>
    </message>
    <message>
        <source>%1 has a damaged program chain table. The DVD cannot be trimmed; copy it whole.</source>
        <translation>%1 tiene una tabla de cadenas de programas dañada. El DVD no se puede recortar; cópielo entero.</translation>
    </message>
    <message>
        <source>audio stream %1</source>
        <translation>pista de audio %1</translation>
    </message>
    <message>
        <source>subtitle stream %1</source>
        <translation>pista de subtítulos %1</translation>
    </message>
    <message>
        <source>%1: %2 left out.</source>
        <translation>%1: %2 se deja(n) fuera.</translation>
    </message>
    <message>
        <source>The buttons shown during the titles of title set %1 could not be read, so a stream choice they keep in a register may now select another stream. %2</source>
        <translation>No se pudieron leer los botones que aparecen durante los títulos del conjunto de títulos %1, así que una elección de pista que guarden en un registro puede seleccionar ahora otra pista. %2</translation>
    </message>
    <message>
        <source>VTS_%1_*.VOB: buttons shown during its titles keep a stream number for later; they follow the new numbers.</source>
        <translation>VTS_%1_*.VOB: los botones que aparecen durante sus títulos guardan un número de pista para más tarde; siguen los nuevos números.</translation>
    </message>
</context>
<context>
    <name>Spindle::EccOptionWidget</name>
    <message>
        <source>&amp;Add error correction</source>
        <translation>&amp;Añadir corrección de errores</translation>
    </message>
    <message>
        <source>Error-correction data</source>
        <translation>Datos de corrección de errores</translation>
    </message>
    <message>
        <source>Fill the disc</source>
        <translation>Llenar el disco</translation>
    </message>
    <message>
        <source>%1% redundancy</source>
        <translation>%1 % de redundancia</translation>
    </message>
    <message>
        <source>dvdisaster RS03 data after the file system: a later copy of a scratched disc rebuilds the sectors the drive can no longer read. Every reader still sees the same files.</source>
        <translation>Datos RS03 de dvdisaster tras el sistema de archivos: una copia posterior de un disco rayado reconstruye los sectores que la unidad ya no puede leer. Cualquier lector sigue viendo los mismos archivos.</translation>
    </message>
    <message>
        <source>This image already carries error-correction data (%1 roots).</source>
        <translation>Esta imagen ya lleva datos de corrección de errores (%1 raíces).</translation>
    </message>
    <message>
        <source>Lets a later copy of a scratched disc rebuild the sectors the drive can no longer read (dvdisaster RS03).</source>
        <translation>Permite que una copia posterior de un disco rayado reconstruya los sectores que la unidad ya no puede leer (dvdisaster RS03).</translation>
    </message>
    <message>
        <source>The space it takes is shown once the image&apos;s size is known.</source>
        <translation>El espacio que ocupan se muestra en cuanto se conoce el tamaño de la imagen.</translation>
    </message>
</context>
<context>
    <name>Spindle::EraseJob</name>
    <message>
        <source>Erase disc (full)</source>
        <translation>Borrar disco (completo)</translation>
    </message>
    <message>
        <source>Erase disc</source>
        <translation>Borrar disco</translation>
    </message>
    <message>
        <source>Checking the disc</source>
        <translation>Comprobando el disco</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert the rewritable disc to erase.</source>
        <translation>No hay ningún disco en %1. Inserte el disco regrabable que desea borrar.</translation>
    </message>
    <message>
        <source>%1 discs are write-once and cannot be erased. Erasing needs a rewritable disc (CD-RW, DVD±RW, DVD-RAM or BD-RE).</source>
        <translation>Los discos %1 son de una sola escritura y no se pueden borrar. Para borrar se necesita un disco regrabable (CD-RW, DVD±RW, DVD-RAM o BD-RE).</translation>
    </message>
    <message>
        <source>These</source>
        <translation>de este tipo</translation>
    </message>
    <message>
        <source>The virtual disc file %1 is read-only, so it cannot be erased. Make it writable first.</source>
        <translation>El archivo de disco virtual %1 es de solo lectura, así que no se puede borrar. Dele permiso de escritura primero.</translation>
    </message>
    <message>
        <source>The disc in %1 is already blank; nothing was erased.</source>
        <translation>El disco de %1 ya está vacío; no se borró nada.</translation>
    </message>
    <message>
        <source>Erase the disc?</source>
        <translation>¿Borrar el disco?</translation>
    </message>
    <message>
        <source>Erasing deletes everything on the disc in %1 (%2 used). This cannot be undone.</source>
        <translation>Al borrar se elimina todo el contenido del disco de %1 (%2 usados). Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Disc label: %1</source>
        <translation>Etiqueta del disco: %1</translation>
    </message>
    <message>
        <source>Not erased: erasing was not confirmed.</source>
        <translation>No se borró: no se confirmó el borrado.</translation>
    </message>
    <message>
        <source>Erasing a disc</source>
        <translation>Borrando un disco</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formateando</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Borrando</translation>
    </message>
    <message>
        <source>The disc in %1 is erased and ready to burn.</source>
        <translation>El disco de %1 está borrado y listo para grabar.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>No borrado</translation>
    </message>
</context>
<context>
    <name>Spindle::ErasePage</name>
    <message>
        <source>&amp;Full erase (slow: overwrites the whole disc)</source>
        <translation>Borrado &amp;completo (lento: sobrescribe todo el disco)</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>A quick erase is enough to burn the disc again. A full erase also removes the old data for good, and for DVD+RW, DVD-RAM and BD-RE formats the disc anew.</source>
        <translation>Un borrado rápido basta para volver a grabar el disco. Un borrado completo elimina además los datos antiguos de forma definitiva y, en DVD+RW, DVD-RAM y BD-RE, vuelve a formatear el disco.</translation>
    </message>
    <message>
        <source>Disc to erase</source>
        <translation>Disco que se va a borrar</translation>
    </message>
    <message>
        <source>Choose the drive holding a rewritable disc.</source>
        <translation>Elija la unidad que contiene un disco regrabable.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no disc</source>
        <translation>sin disco</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 usados</translation>
    </message>
    <message>
        <source>label “%1”</source>
        <translation>etiqueta “%1”</translation>
    </message>
    <message>
        <source>The disc is already blank.</source>
        <translation>El disco ya está vacío.</translation>
    </message>
    <message>
        <source>This disc cannot be erased (it is write-once or read-only).</source>
        <translation>Este disco no se puede borrar (es de una sola escritura o de solo lectura).</translation>
    </message>
    <message>
        <source>Disc erased</source>
        <translation>Disco borrado</translation>
    </message>
    <message>
        <source>Erase did not finish</source>
        <translation>El borrado no terminó</translation>
    </message>
</context>
<context>
    <name>Spindle::ExtractJob</name>
    <message>
        <source>Extract files to %1</source>
        <translation>Extraer archivos en %1</translation>
    </message>
    <message>
        <source>%1 is not in the source. Check the path with &quot;spindle-cli ls&quot;.</source>
        <translation>%1 no está en el origen. Compruebe la ruta con &quot;spindle-cli ls&quot;.</translation>
    </message>
    <message>
        <source>%1: the name would leave the target folder</source>
        <translation>%1: el nombre saldría de la carpeta de destino</translation>
    </message>
    <message>
        <source>%1: a symbolic link pointing outside the target folder (to %2)</source>
        <translation>%1: un enlace simbólico que apunta fuera de la carpeta de destino (a %2)</translation>
    </message>
    <message numerus="yes">
        <source>Spindle refuses to extract: %n item(s) would write outside %1, for example %2. Nothing was extracted. Extract other paths, or inspect the source with &quot;spindle-cli ls --long&quot;.</source>
        <translation>
            <numerusform>Spindle se niega a extraer: %n elemento escribiría fuera de %1 (%2). No se extrajo nada. Extraiga otras rutas o examine el origen con &quot;spindle-cli ls --long&quot;.</numerusform>
            <numerusform>Spindle se niega a extraer: %n elementos escribirían fuera de %1, por ejemplo %2. No se extrajo nada. Extraiga otras rutas o examine el origen con &quot;spindle-cli ls --long&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Spindle cannot create the folder %1. Check the path and your permissions.</source>
        <translation>Spindle no puede crear la carpeta %1. Compruebe la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to extract to.</source>
        <translation>%1 no es una carpeta. Elija una carpeta en la que extraer.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder (it may be a link). Remove it or extract to an empty folder.</source>
        <translation>%1 existe y no es una carpeta (puede ser un enlace). Elimínelo o extraiga en una carpeta vacía.</translation>
    </message>
    <message>
        <source>Spindle cannot create the folder %1: %2.</source>
        <translation>Spindle no puede crear la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extrayendo</translation>
    </message>
    <message>
        <source>%1 already exists. Extract to an empty folder, or allow overwriting.</source>
        <translation>%1 ya existe. Extraiga en una carpeta vacía o permita sobrescribir.</translation>
    </message>
    <message>
        <source>Spindle cannot write %1: %2.</source>
        <translation>Spindle no puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1 from %2. The source may be damaged.</source>
        <translation>Spindle no puede leer %1 de %2. Puede que el origen esté dañado.</translation>
    </message>
    <message>
        <source>Spindle cannot read %1: %2.</source>
        <translation>Spindle no puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Reading %1 failed; the source may be damaged.</source>
        <translation>Falló la lectura de %1; puede que el origen esté dañado.</translation>
    </message>
    <message>
        <source>Spindle cannot create the link %1: %2.</source>
        <translation>Spindle no puede crear el enlace %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n special file(s) (devices, pipes, boot catalog) were not extracted.</source>
        <translation>
            <numerusform>No se extrajo %n archivo especial (dispositivos, tuberías, catálogo de arranque).</numerusform>
            <numerusform>No se extrajeron %n archivos especiales (dispositivos, tuberías, catálogo de arranque).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n item(s), %1, to %2.</source>
        <translation>
            <numerusform>Se extrajo %n elemento, %1, en %2.</numerusform>
            <numerusform>Se extrajeron %n elementos, %1, en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free at least %2 or choose another folder.</source>
        <translation>El disco que contiene %1 está lleno: libere al menos %2 o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is too large for the file system holding %2 or for your account&apos;s file size limit (FAT32, for one, stops at 4 GB). Choose a folder on another file system.</source>
        <translation>%1 es demasiado grande para el sistema de archivos que contiene %2 o para el límite de tamaño de archivo de su cuenta (FAT32, por ejemplo, llega hasta 4 GB). Elija una carpeta en otro sistema de archivos.</translation>
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
        <translation>Destino:</translation>
    </message>
    <message>
        <source>about %1 of %2</source>
        <translation>unos %1 de %2</translation>
    </message>
    <message>
        <source>about %1 — %2 too much</source>
        <translation>unos %1 — %2 de más</translation>
    </message>
    <message>
        <source>Custom size in MB</source>
        <translation>Tamaño personalizado en MB</translation>
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
        <translation>%1 (disco que se grabará)</translation>
    </message>
    <message>
        <source>The disc in the drive chosen under Burn to. Choose a size to measure against another medium.</source>
        <translation>El disco de la unidad elegida en «Grabar en». Elija un tamaño para comparar con otro soporte.</translation>
    </message>
    <message>
        <source>%1 of it is error-correction data.</source>
        <translation>De ello, %1 son datos de corrección de errores.</translation>
    </message>
    <message>
        <source>nothing added yet; %1 free</source>
        <translation>aún no se ha añadido nada; %1 libres</translation>
    </message>
</context>
<context>
    <name>Spindle::GuiJobHandler</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoCheck</name>
    <message>
        <source>%1 cannot be read: Spindle cannot read this DVD-Video&apos;s titles.</source>
        <translation>No se puede leer %1: Spindle no puede leer los títulos de este DVD-Vídeo.</translation>
    </message>
    <message>
        <source>%1 is damaged (its %2 table is inconsistent or points outside the file): Spindle cannot read this DVD-Video&apos;s titles.</source>
        <translation>%1 está dañado (su tabla %2 es incoherente o apunta fuera del archivo): Spindle no puede leer los títulos de este DVD-Vídeo.</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoFile</name>
    <message>
        <source>%1 is damaged or not a DVD-Video IFO file (%2). The DVD cannot be trimmed; copy it whole or repair the source.</source>
        <translation>%1 está dañado o no es un archivo IFO de DVD-Video (%2). El DVD no se puede recortar; cópielo entero o repare el origen.</translation>
    </message>
    <message>
        <source>no DVDVIDEO identifier</source>
        <translation>falta el identificador DVDVIDEO</translation>
    </message>
    <message>
        <source>shorter than one sector</source>
        <translation>más corto que un sector</translation>
    </message>
    <message>
        <source>management table size %1</source>
        <translation>tamaño de la tabla de gestión %1</translation>
    </message>
    <message>
        <source>table pointer at 0x%1 leads outside the file</source>
        <translation>el puntero de tabla en 0x%1 apunta fuera del archivo</translation>
    </message>
    <message>
        <source>table at sector %1 claims %2 bytes</source>
        <translation>la tabla del sector %1 declara %2 bytes</translation>
    </message>
</context>
<context>
    <name>Spindle::IfoNav</name>
    <message>
        <source>a command</source>
        <translation>un comando</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>detenerse</translation>
    </message>
    <message>
        <source>play title %1</source>
        <translation>reproducir el título %1</translation>
    </message>
    <message>
        <source>play title %1 of its title set</source>
        <translation>reproducir el título %1 de su conjunto de títulos</translation>
    </message>
    <message>
        <source>restart the disc</source>
        <translation>reiniciar el disco</translation>
    </message>
    <message>
        <source>show the main menu</source>
        <translation>mostrar el menú principal</translation>
    </message>
    <message>
        <source>show the menu of title set %1</source>
        <translation>mostrar el menú del conjunto de títulos %1</translation>
    </message>
    <message>
        <source>show the title set&apos;s menu</source>
        <translation>mostrar el menú del conjunto de títulos</translation>
    </message>
    <message>
        <source>%1 button %2</source>
        <translation>%1 botón %2</translation>
    </message>
</context>
<context>
    <name>Spindle::ImageBurnSource</name>
    <message>
        <source>The image ended after %1 of its %2 bytes. Check that the file is complete (download it again if need be).</source>
        <translation>La imagen terminó tras %1 de sus %2 bytes. Compruebe que el archivo está completo (descárguelo de nuevo si es necesario).</translation>
    </message>
</context>
<context>
    <name>Spindle::ImageTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>The new image cannot keep all of the source&apos;s boot setup. Not kept: %1.</source>
        <translation>La nueva imagen no puede conservar toda la configuración de arranque del origen. No se conserva: %1.</translation>
    </message>
    <message>
        <source>Left out, though needed to start the computer from this disc: %1. Tick it to keep the new image bootable.</source>
        <translation>Omitido, aunque se necesita para arrancar el ordenador desde este disco: %1. Márquelo para que la nueva imagen siga siendo arrancable.</translation>
    </message>
    <message>
        <source>Left out, though needed to start the computer from this disc: %1. Tick them to keep the new image bootable.</source>
        <translation>Omitidos, aunque se necesitan para arrancar el ordenador desde este disco: %1. Márquelos para que la nueva imagen siga siendo arrancable.</translation>
    </message>
    <message>
        <source>Leave Out a Boot File?</source>
        <translation>¿Omitir un archivo de arranque?</translation>
    </message>
    <message>
        <source>Leave Out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>%1 is needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>%1 es necesario para arrancar el ordenador desde este disco. ¿Omitirlo de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2, needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>
            <numerusform>%1 contiene %2, necesario para arrancar el ordenador desde este disco. ¿Omitirlo de todos modos?</numerusform>
            <numerusform>%1 contiene %2, necesarios para arrancar el ordenador desde este disco. ¿Omitirlo de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Needed to boot</source>
        <translation>Necesario para arrancar</translation>
    </message>
    <message>
        <source>Holds boot files</source>
        <translation>Contiene archivos de arranque</translation>
    </message>
    <message>
        <source>%1
Needed to start the computer from this disc (%2).</source>
        <translation>%1
Necesario para arrancar el ordenador desde este disco (%2).</translation>
    </message>
</context>
<context>
    <name>Spindle::InlineMessage</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>Spindle::JobProgressPanel</name>
    <message>
        <source>FIFO buffer:</source>
        <translation>Búfer FIFO:</translation>
    </message>
    <message>
        <source>Drive buffer:</source>
        <translation>Búfer de la unidad:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Completado:</translation>
    </message>
    <message>
        <source>Stop Writing?</source>
        <translation>¿Detener la escritura?</translation>
    </message>
    <message>
        <source>The disc is being written. If you stop now, a write-once disc (CD-R, DVD±R, BD-R) stays unusable and cannot be written again. A rewritable disc must be erased before its next use.</source>
        <translation>Se está escribiendo el disco. Si se detiene ahora, un disco de una sola escritura (CD-R, DVD±R, BD-R) quedará inutilizable y no se podrá volver a escribir. Un disco regrabable deberá borrarse antes de volver a usarlo.</translation>
    </message>
    <message>
        <source>Stop Writing</source>
        <translation>Detener la escritura</translation>
    </message>
    <message>
        <source>Continue Writing</source>
        <translation>Continuar la escritura</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Esperando para empezar…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Done, but some data could not be read.</source>
        <translation>Hecho, pero no se pudieron leer algunos datos.</translation>
    </message>
    <message>
        <source>The task failed.</source>
        <translation>La tarea falló.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Stop Writing and Quit?</source>
        <translation>¿Detener la escritura y salir?</translation>
    </message>
    <message>
        <source>Stop Writing and Quit</source>
        <translation>Detener la escritura y salir</translation>
    </message>
    <message>
        <source>Stop and Quit?</source>
        <translation>¿Detener y salir?</translation>
    </message>
    <message>
        <source>%1 is still running. Quitting stops it.</source>
        <translation>%1 sigue en curso. Salir lo detiene.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (paso %2 de %3)</translation>
    </message>
    <message>
        <source>%1 (%2) on average</source>
        <translation>%1 (%2) de media</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>Spindle::MainWindow</name>
    <message>
        <source>Copy Disc to Image</source>
        <translation>Copiar disco a imagen</translation>
    </message>
    <message>
        <source>Save a CD, DVD or Blu-ray as an ISO image, rescuing what a scratched disc still gives.</source>
        <translation>Guardar un CD, DVD o Blu-ray como imagen ISO, rescatando lo que aún se pueda leer de un disco rayado.</translation>
    </message>
    <message>
        <source>Burn Image</source>
        <translation>Grabar imagen</translation>
    </message>
    <message>
        <source>Write an ISO image, also a compressed one, to a blank disc and check it.</source>
        <translation>Escribir una imagen ISO, también comprimida, en un disco vacío y comprobarlo.</translation>
    </message>
    <message>
        <source>New Image</source>
        <translation>Nueva imagen</translation>
    </message>
    <message>
        <source>Open an image, disc or folders, untick the files or DVD titles you do not want and write a smaller image; bootable discs stay bootable, DVDs stay playable.</source>
        <translation>Abrir una imagen, un disco o carpetas, desmarcar los archivos o títulos de DVD que no se quieran y escribir una imagen más pequeña; los discos arrancables siguen siendo arrancables y los DVD, reproducibles.</translation>
    </message>
    <message>
        <source>Erase Disc</source>
        <translation>Borrar disco</translation>
    </message>
    <message>
        <source>Blank a rewritable CD or DVD, or format a DVD+RW or BD-RE, to use it again.</source>
        <translation>Borrar un CD o DVD regrabable, o formatear un DVD+RW o BD-RE, para volver a usarlo.</translation>
    </message>
    <message>
        <source>Disc Info</source>
        <translation>Información del disco</translation>
    </message>
    <message>
        <source>See what is on a disc or image: type, free space, sessions and file system.</source>
        <translation>Ver lo que hay en un disco o una imagen: tipo, espacio libre, sesiones y sistema de archivos.</translation>
    </message>
    <message>
        <source>A medium kind can only be given for a virtual drive (stdio:FILE), not for %1.</source>
        <translation>Solo se puede indicar un tipo de medio para una unidad virtual (stdio:FILE), no para %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;All Tasks</source>
        <translation>&amp;Todas las tareas</translation>
    </message>
    <message>
        <source>Back to the list of tasks</source>
        <translation>Volver a la lista de tareas</translation>
    </message>
    <message>
        <source>&amp;About Spindle</source>
        <translation>&amp;Acerca de Spindle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
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
        <translation>Hay una grabación en curso, así que no se eligió %1. Suéltelo de nuevo cuando termine la grabación.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped. Drop one disc image to burn it.</source>
        <translation>
            <numerusform>Se soltó %n archivo. Suelte una sola imagen de disco para grabarla.</numerusform>
            <numerusform>Se soltaron %n archivos. Suelte una sola imagen de disco para grabarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Download it first, then drop the downloaded image here.</source>
        <translation>%1 no es un archivo de este equipo. Descárguelo primero y luego suelte aquí la imagen descargada.</translation>
    </message>
    <message>
        <source>%1 is not a disc image. Spindle burns .iso and .img files, also compressed ones (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).</source>
        <translation>%1 no es una imagen de disco. Spindle graba archivos .iso e .img, también comprimidos (.iso.gz, .iso.xz, .iso.bz2, .iso.zst).</translation>
    </message>
    <message>
        <source>Stopping… Spindle quits once the job has stopped and released the drive.</source>
        <translation>Deteniendo… Spindle se cierra en cuanto la tarea se haya detenido y haya liberado la unidad.</translation>
    </message>
    <message>
        <source>Copy Disc</source>
        <translation>Copiar disco</translation>
    </message>
    <message>
        <source>Copy a CD, DVD or Blu-ray to a blank disc, with a second drive or with one.</source>
        <translation>Copiar un CD, DVD o Blu-ray en un disco virgen, con una segunda unidad o con una sola.</translation>
    </message>
</context>
<context>
    <name>Spindle::NavPack</name>
    <message>
        <source>its NAV pack gives its place as sector %1</source>
        <translation>su paquete NAV indica como posición el sector %1</translation>
    </message>
    <message>
        <source>its VOBU ends outside the VOB files</source>
        <translation>su VOBU termina fuera de los archivos VOB</translation>
    </message>
    <message>
        <source>a VOBU search pointer leads outside the VOB files</source>
        <translation>un puntero de búsqueda de VOBU lleva fuera de los archivos VOB</translation>
    </message>
    <message>
        <source>an audio sync address leads outside the VOB files</source>
        <translation>una dirección de sincronización de audio lleva fuera de los archivos VOB</translation>
    </message>
    <message>
        <source>a subpicture sync address leads outside the VOB files</source>
        <translation>una dirección de sincronización de subimagen lleva fuera de los archivos VOB</translation>
    </message>
</context>
<context>
    <name>Spindle::NewImagePage</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Show hidden files</source>
        <translation>Mostrar archivos ocultos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>One pattern per line: /VIDEO_TS/VTS_02_*, *.bak, !/keep/this</source>
        <translation>Un patrón por línea: /VIDEO_TS/VTS_02_*, *.bak, !/conservar/esto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Left out (patterns)</source>
        <translation>Excluidos (patrones)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Write image…</source>
        <translation>Escribir imagen…</translation>
    </message>
    <message>
        <source>Burn…</source>
        <translation>Grabar…</translation>
    </message>
    <message>
        <source>Burn the new image to a disc as it is made, with no temporary file.</source>
        <translation>Grabar la nueva imagen en un disco a medida que se crea, sin archivo temporal.</translation>
    </message>
    <message>
        <source>Extract…</source>
        <translation>Extraer…</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Use disc</source>
        <translation>Usar disco</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Drop an image, folders or archives here.</source>
        <translation>Suelte aquí una imagen, carpetas o archivos comprimidos.</translation>
    </message>
    <message>
        <source>Open image or archive</source>
        <translation>Abrir imagen o archivo comprimido</translation>
    </message>
    <message>
        <source>Images and archives (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar *.tar.* *.7z);;All files (*)</source>
        <translation>Imágenes y archivos comprimidos (*.iso *.iso.gz *.iso.xz *.iso.bz2 *.iso.zst *.zip *.tar *.tar.* *.7z);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <source>Image options</source>
        <translation>Opciones de imagen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Nivel 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Nivel 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Nivel 3</translation>
    </message>
    <message>
        <source>Automatic picks level 3 when a file is 4 GiB or larger.</source>
        <translation>El modo automático elige el nivel 3 cuando un archivo ocupa 4 GiB o más.</translation>
    </message>
    <message>
        <source>Rock Ridge</source>
        <translation>Rock Ridge</translation>
    </message>
    <message>
        <source>Long names, links and permissions for Linux and macOS.</source>
        <translation>Nombres largos, enlaces y permisos para Linux y macOS.</translation>
    </message>
    <message>
        <source>Joliet</source>
        <translation>Joliet</translation>
    </message>
    <message>
        <source>Long names for Windows.</source>
        <translation>Nombres largos para Windows.</translation>
    </message>
    <message>
        <source>Reproducible</source>
        <translation>Reproducible</translation>
    </message>
    <message>
        <source>The same files give the same bytes (fixed dates).</source>
        <translation>Los mismos archivos dan los mismos bytes (fechas fijas).</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>ISO level:</source>
        <translation>Nivel ISO:</translation>
    </message>
    <message>
        <source>While titles are unticked in the Titles tab, that tab decides what stays in VIDEO_TS; the boxes of VIDEO_TS files in the file tree are not used.</source>
        <translation>Mientras haya títulos desmarcados en la pestaña Títulos, esa pestaña decide qué se queda en VIDEO_TS; las casillas de los archivos de VIDEO_TS en el árbol de archivos no se tienen en cuenta.</translation>
    </message>
    <message>
        <source>A DVD-Video is written as a UDF 1.02 + ISO 9660 bridge image, as players need; this option does not apply to it.</source>
        <translation>Un DVD-Video se escribe como imagen puente UDF 1.02 + ISO 9660, como necesitan los reproductores; esta opción no se aplica a él.</translation>
    </message>
    <message>
        <source>Load patterns</source>
        <translation>Cargar patrones</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save patterns</source>
        <translation>Guardar patrones</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Spindle cannot write %1: %2.</source>
        <translation>Spindle no puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Write new image</source>
        <translation>Escribir nueva imagen</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>Imágenes ISO (*.iso)</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>la nueva imagen</translation>
    </message>
    <message>
        <source>the new image &quot;%1&quot;</source>
        <translation>la nueva imagen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Extract to folder</source>
        <translation>Extraer en una carpeta</translation>
    </message>
    <message>
        <source>Remove the sources and the patterns, to start a new image over.</source>
        <translation>Quita los orígenes y los patrones, para empezar una imagen nueva desde cero.</translation>
    </message>
    <message>
        <source>Replace or add?</source>
        <translation>¿Reemplazar o añadir?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A new image is made from one image or disc, and %1 is that one now. Replace the sources with %2, or add %2 to the new image as a file?</source>
        <translation>Una imagen nueva se hace a partir de una sola imagen o disco, y ahora es %1. ¿Reemplazar los orígenes por %2 o añadir %2 a la imagen nueva como archivo?</translation>
    </message>
    <message>
        <source>Add as a file</source>
        <translation>Añadir como archivo</translation>
    </message>
    <message>
        <source>Replace %1 with %2, or add the files of %2 to the new image?</source>
        <translation>¿Reemplazar %1 por %2 o añadir los archivos de %2 a la imagen nueva?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Source &amp;disc:</source>
        <translation>&amp;Disco de origen:</translation>
    </message>
    <message>
        <source>Burn &amp;to:</source>
        <translation>Grabar &amp;en:</translation>
    </message>
</context>
<context>
    <name>Spindle::ProtectJob</name>
    <message>
        <source>Add error-correction data</source>
        <translation>Añadir datos de corrección de errores</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Comprobando la imagen</translation>
    </message>
    <message>
        <source>Cutting it back to its original size first.</source>
        <translation>Primero se recorta a su tamaño original.</translation>
    </message>
    <message>
        <source>%1 already carries dvdisaster RS03 error-correction data (for a %2, %3 roots); it is not added twice.</source>
        <translation>%1 ya contiene datos de corrección de errores RS03 de dvdisaster (para un %2, %3 raíces); no se añaden dos veces.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>soporte de tamaño desconocido</translation>
    </message>
    <message>
        <source>The image (%1) is too large for error-correction data on any disc up to a BD DL.</source>
        <translation>La imagen (%1) es demasiado grande para datos de corrección de errores en cualquier disco hasta un BD DL.</translation>
    </message>
    <message>
        <source>The image (%1) leaves too little room on a %2 for error-correction data: %3</source>
        <translation>La imagen (%1) deja muy poco espacio en un %2 para datos de corrección de errores: %3</translation>
    </message>
    <message>
        <source>Adding RS03 data for a %1: %2 data layers, %3 ecc layers of %4 sectors.</source>
        <translation>Añadiendo datos RS03 para un %1: %2 capas de datos, %3 capas de corrección de %4 sectores.</translation>
    </message>
    <message>
        <source>Computing error-correction data</source>
        <translation>Calculando los datos de corrección de errores</translation>
    </message>
    <message>
        <source>Added error-correction data for a %1: %2 roots, %3% redundancy. dvdisaster can repair up to %2 damaged sectors in each group of 255.</source>
        <translation>Datos de corrección de errores añadidos para un %1: %2 raíces, %3 % de redundancia. dvdisaster puede reparar hasta %2 sectores dañados en cada grupo de 255.</translation>
    </message>
    <message>
        <source>Adding RS03 data for %1% redundancy: %2 data layers, %3 ecc layers of %4 sectors.</source>
        <translation>Añadiendo datos RS03 para un %1 % de redundancia: %2 capas de datos, %3 capas de corrección de %4 sectores.</translation>
    </message>
    <message>
        <source>Added error-correction data: %1 roots, %2% redundancy. dvdisaster can repair up to %1 damaged sectors in each group of 255.</source>
        <translation>Datos de corrección de errores añadidos: %1 raíces, %2 % de redundancia. dvdisaster puede reparar hasta %1 sectores dañados en cada grupo de 255.</translation>
    </message>
</context>
<context>
    <name>Spindle::ReadDiscJob</name>
    <message>
        <source>Copy disc to image</source>
        <translation>Copiar disco a imagen</translation>
    </message>
    <message>
        <source>Choose a file name for the image.</source>
        <translation>Elija un nombre de archivo para la imagen.</translation>
    </message>
    <message>
        <source>Examining the disc</source>
        <translation>Examinando el disco</translation>
    </message>
    <message>
        <source>The map %1 belongs to a different disc (it covers %2, this disc&apos;s image is %3). Choose another output name or remove the old map.</source>
        <translation>El mapa %1 pertenece a otro disco (abarca %2 y la imagen de este disco ocupa %3). Elija otro nombre de salida o elimine el mapa antiguo.</translation>
    </message>
    <message>
        <source>%1 could not be reopened for resuming.</source>
        <translation>No se pudo volver a abrir %1 para reanudar la copia.</translation>
    </message>
    <message>
        <source>Resuming from %1: %2 still to read.</source>
        <translation>Reanudando desde %1: quedan %2 por leer.</translation>
    </message>
    <message>
        <source>Replace the existing file?</source>
        <translation>¿Reemplazar el archivo existente?</translation>
    </message>
    <message>
        <source>%1 already exists. Replacing it loses its content.</source>
        <translation>%1 ya existe. Si lo reemplaza, se perderá su contenido.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another name or allow replacing it (--force).</source>
        <translation>%1 ya existe y se ha dejado como estaba. Elija otro nombre o permita reemplazarlo (--force).</translation>
    </message>
    <message>
        <source>The image file could not be created at its full size.</source>
        <translation>No se pudo crear el archivo de imagen con su tamaño completo.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Cancelled. The partial image and its map were kept: run the copy again to resume.</source>
        <translation>Cancelado. Se conservaron la imagen parcial y su mapa: vuelva a ejecutar la copia para reanudarla.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 (at %2 of %3) could not be read after %n retries. The disc may be scratched or dirty: clean it and try again, or turn on rescue mode to skip unreadable sectors and keep the rest.</source>
        <translation>
            <numerusform>No se pudo leer el sector %1 (en %2 de %3) tras %n reintento. Puede que el disco esté rayado o sucio: límpielo e inténtelo de nuevo, o active el modo de rescate para omitir los sectores ilegibles y conservar el resto.</numerusform>
            <numerusform>No se pudo leer el sector %1 (en %2 de %3) tras %n reintentos. Puede que el disco esté rayado o sucio: límpielo e inténtelo de nuevo, o active el modo de rescate para omitir los sectores ilegibles y conservar el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1 is unreadable; filled with zeros.</source>
        <translation>El sector %1 es ilegible; se rellenó con ceros.</translation>
    </message>
    <message>
        <source>Computing checksums</source>
        <translation>Calculando sumas de verificación</translation>
    </message>
    <message>
        <source>The image could not be read back for its checksum.</source>
        <translation>No se pudo volver a leer la imagen para calcular su suma de verificación.</translation>
    </message>
    <message>
        <source>The newest session&apos;s volume descriptors were copied to block 16.</source>
        <translation>Los descriptores de volumen de la sesión más reciente se copiaron al bloque 16.</translation>
    </message>
    <message>
        <source>The checksum file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de suma de verificación %1.</translation>
    </message>
    <message>
        <source>Finding damaged files</source>
        <translation>Buscando archivos dañados</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Archivo dañado: %1</translation>
    </message>
    <message numerus="yes">
        <source>The image was saved, but %n sector(s) (%1) could not be read and were filled with zeros; %2. The map %3 records them: run the copy again later (after cleaning the disc, or in another drive) to retry only those sectors.</source>
        <translation>
            <numerusform>La imagen se guardó, pero %n sector (%1) no se pudo leer y se rellenó con ceros; %2. El mapa %3 lo registra: vuelva a ejecutar la copia más tarde (tras limpiar el disco, o en otra unidad) para reintentar solo ese sector.</numerusform>
            <numerusform>La imagen se guardó, pero %n sectores (%1) no se pudieron leer y se rellenaron con ceros; %2. El mapa %3 los registra: vuelva a ejecutar la copia más tarde (tras limpiar el disco, o en otra unidad) para reintentar solo esos sectores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are damaged</source>
        <translation>
            <numerusform>%n archivo está dañado</numerusform>
            <numerusform>%n archivos están dañados</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2 in %3 (%4 on average).</source>
        <translation>Se copiaron %1 a %2 en %3 (%4 de media).</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>The image could not be opened for verifying.</source>
        <translation>No se pudo abrir la imagen para verificarla.</translation>
    </message>
    <message>
        <source>Verify failed: the disc could not be read again at sector %1.</source>
        <translation>Falló la verificación: no se pudo volver a leer el disco en el sector %1.</translation>
    </message>
    <message>
        <source>Verify failed: the image could not be read.</source>
        <translation>Falló la verificación: no se pudo leer la imagen.</translation>
    </message>
    <message>
        <source>Verify failed: sector %1 of the image differs from the disc. The drive may return unstable data; try another drive or a lower speed.</source>
        <translation>Falló la verificación: el sector %1 de la imagen difiere del disco. Puede que la unidad devuelva datos inestables; pruebe otra unidad o una velocidad menor.</translation>
    </message>
    <message>
        <source>Verified: the image matches the disc.</source>
        <translation>Verificado: la imagen coincide con el disco.</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the disc is incomplete or damaged. Turn on rescue mode (--skip-unreadable) to copy what is there.</source>
        <translation>El disco contiene %1 sectores pero su sistema de archivos declara %2: el disco está incompleto o dañado. Active el modo de rescate (--skip-unreadable) para copiar lo que hay.</translation>
    </message>
    <message>
        <source>The disc holds %1 sectors but its file system declares %2: the missing end is filled with zeros and recorded in the map as unreadable.</source>
        <translation>El disco contiene %1 sectores pero su sistema de archivos declara %2: el final que falta se rellena con ceros y se anota en el mapa como ilegible.</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>%1 está completo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n missing sector(s) re-read.</source>
        <translation>
            <numerusform>%1 de %n sector que faltaba releído.</numerusform>
            <numerusform>%1 de %n sectores que faltaban releídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disc was removed from %1 (or its tray opened) while it was read, at sector %2.</source>
        <translation>El disco se retiró de %1 (o se abrió la bandeja) mientras se leía, en el sector %2.</translation>
    </message>
    <message>
        <source>Insert it again and run the copy again to resume: the partial image and its map were kept.</source>
        <translation>Vuelva a insertarlo y ejecute la copia de nuevo para reanudarla: se conservaron la imagen parcial y su mapa.</translation>
    </message>
    <message>
        <source>Insert it again and start the copy again.</source>
        <translation>Vuelva a insertarlo y empiece la copia de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 was read after %n retries.</source>
        <translation>
            <numerusform>El sector %1 se leyó tras %n reintento.</numerusform>
            <numerusform>El sector %1 se leyó tras %n reintentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disc was removed from %1 (or its tray opened) before it could be verified.</source>
        <translation>El disco se retiró de %1 (o se abrió su bandeja) antes de poder verificarlo.</translation>
    </message>
    <message>
        <source>Insert it again and run the copy again: the image and its map were kept.</source>
        <translation>Vuelva a insertarlo y repita la copia: se conservaron la imagen y su mapa.</translation>
    </message>
</context>
<context>
    <name>Spindle::RecentImagesButton</name>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recientes</translation>
    </message>
    <message>
        <source>Images you chose lately</source>
        <translation>Imágenes elegidas recientemente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent images</source>
        <translation>No hay imágenes recientes</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>Spindle::RepairJob</name>
    <message>
        <source>Repair an image</source>
        <translation>Reparar una imagen</translation>
    </message>
    <message>
        <source>Reading the rescue map</source>
        <translation>Leyendo el archivo de mapa</translation>
    </message>
    <message numerus="yes">
        <source>The rescue map marks %n sector(s) as not read.</source>
        <translation>
            <numerusform>El archivo de mapa marca %n sector como no leído.</numerusform>
            <numerusform>El archivo de mapa marca %n sectores como no leídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repairing the image</source>
        <translation>Reparando la imagen</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n sector(s) repaired so far are written to the image.</source>
        <translation>
            <numerusform>Cancelado; el %n sector reparado hasta ahora está escrito en la imagen.</numerusform>
            <numerusform>Cancelado; los %n sectores reparados hasta ahora están escritos en la imagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The error-correction header was damaged; its copy in the CRC layer was used.</source>
        <translation>La cabecera de corrección de errores estaba dañada; se usó su copia de la capa CRC.</translation>
    </message>
    <message numerus="yes">
        <source>The image is %n sector(s) shorter than its error-correction layout; the missing sectors were treated as unreadable.</source>
        <translation>
            <numerusform>La imagen tiene %n sector menos que su disposición de corrección de errores; el sector que falta se trató como ilegible.</numerusform>
            <numerusform>La imagen tiene %n sectores menos que su disposición de corrección de errores; los sectores que faltan se trataron como ilegibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sectors still lost (the first %1): %2</source>
        <translation>Sectores aún perdidos (los primeros %1): %2</translation>
    </message>
    <message>
        <source>%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries, into the same image and map (spindle-cli read --whole-track --skip-unreadable --retries 5: the error-correction data lies past the file system), then repair again.</source>
        <translation>%1 de %2 sectores dañados reparados; %3 siguen perdidos (%4 de ellos en los datos propios de la imagen): más de los que pueden reconstruir las %5 raíces de un bloque de corrección. Vuelva a leer el disco en modo de rescate con más reintentos, en la misma imagen y el mismo archivo de mapa (spindle-cli read --whole-track --skip-unreadable --retries 5: los datos de corrección de errores están después del sistema de archivos), y repare de nuevo.</translation>
    </message>
    <message>
        <source>%1 of %2 damaged sectors repaired; %3 are still lost (%4 of them in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries, then repair again.</source>
        <translation>%1 de %2 sectores dañados reparados; %3 siguen perdidos (%4 de ellos en los datos propios de la imagen): más de los que pueden reconstruir las %5 raíces de un bloque de corrección. Vuelva a leer el disco en modo de rescate con más reintentos y repare de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) repaired and checked against the CRC layer; the image is complete again.</source>
        <translation>
            <numerusform>%n sector dañado reparado y comprobado con la capa CRC; la imagen vuelve a estar completa.</numerusform>
            <numerusform>%n sectores dañados reparados y comprobados con la capa CRC; la imagen vuelve a estar completa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check an image&apos;s error-correction data</source>
        <translation>Comprobar los datos de corrección de errores de una imagen</translation>
    </message>
    <message>
        <source>Sectors that cannot be rebuilt (the first %1): %2</source>
        <translation>Sectores que no se pueden reconstruir (los primeros %1): %2</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors; %3 of them cannot be rebuilt (%4 in the image&apos;s own data): more than the %5 roots of an ecc block can rebuild. Read the disc again in rescue mode with more retries before repairing it.</source>
        <translation>%1 tiene %2 sectores dañados; %3 de ellos no se pueden reconstruir (%4 en los datos propios de la imagen): más de los que las %5 raíces de un bloque ECC pueden reconstruir. Vuelva a leer el disco en modo rescate con más reintentos antes de repararlo.</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors, all of which a repair can rebuild (spindle-cli repair, without --check).</source>
        <translation>%1 tiene %2 sectores dañados, que una reparación puede reconstruir todos (spindle-cli repair, sin --check).</translation>
    </message>
    <message>
        <source>%1 is intact: every data sector matches its CRC and every ecc sector matches the data.</source>
        <translation>%1 está intacta: cada sector de datos coincide con su CRC y cada sector ECC con los datos.</translation>
    </message>
    <message numerus="yes">
        <source>The rescue map %1 now records %n rebuilt sector(s) as finished.</source>
        <translation>
            <numerusform>El archivo de mapa %1 registra ahora %n sector reconstruido como terminado.</numerusform>
            <numerusform>El archivo de mapa %1 registra ahora %n sectores reconstruidos como terminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Comprobando la imagen</translation>
    </message>
    <message>
        <source>Nothing to repair in %1: every data sector matches its CRC, every ecc sector matches the data and none is unreadable.</source>
        <translation>Nada que reparar en %1: cada sector de datos coincide con su CRC, cada sector ECC con los datos y ninguno es ilegible.</translation>
    </message>
    <message>
        <source>%1 has %2 damaged sectors, all of which a repair can rebuild: press Repair Image.</source>
        <translation>%1 tiene %2 sectores dañados, que una reparación puede reconstruir todos: pulse «Reparar imagen».</translation>
    </message>
</context>
<context>
    <name>Spindle::RepairOffer</name>
    <message>
        <source>Re&amp;pair with the error-correction data</source>
        <translation>Re&amp;parar con los datos de corrección de errores</translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectores</numerusform>
        </translation>
    </message>
    <message>
        <source>The image carries error-correction data (%1 roots): the %2 that could not be read can be rebuilt from it, up to %1 in each group of 255.</source>
        <translation>La imagen lleva datos de corrección de errores (%1 raíces): los %2 que no se pudieron leer se pueden reconstruir con ellos, hasta %1 en cada grupo de 255.</translation>
    </message>
    <message>
        <source>%1 is a rescue copy whose map lists %2 as not read, and it carries error-correction data (%3 roots): repair it from that data, or start the copy to read the missing sectors from the disc again.</source>
        <translation>%1 es una copia de rescate cuyo archivo de mapa indica %2 como no leídos, y lleva datos de corrección de errores (%3 raíces): repárela con esos datos o inicie la copia para volver a leer del disco los sectores que faltan.</translation>
    </message>
</context>
<context>
    <name>Spindle::RunningJobsBar</name>
    <message>
        <source>Show Progress</source>
        <translation>Mostrar el progreso</translation>
    </message>
</context>
<context>
    <name>Spindle::SpeedGraph</name>
    <message>
        <source>Over too quickly to chart the speed.</source>
        <translation>Terminó demasiado rápido para representar la velocidad.</translation>
    </message>
    <message>
        <source>The speed appears here once data flows.</source>
        <translation>La velocidad aparecerá aquí cuando empiecen a fluir los datos.</translation>
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
        <translation>Grabar, copiar e inspeccionar CD, DVD y discos Blu-ray.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
</context>
<context>
    <name>Spindle::VerifyJob</name>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <source>Reading the checksum file</source>
        <translation>Leyendo el archivo de suma de verificación</translation>
    </message>
    <message>
        <source>Spindle cannot read the image %1: %2.</source>
        <translation>Spindle no puede leer la imagen %1: %2.</translation>
    </message>
    <message>
        <source>Computing the image&apos;s SHA-256</source>
        <translation>Calculando el SHA-256 de la imagen</translation>
    </message>
    <message>
        <source>Reading the image %1 failed: %2.</source>
        <translation>Falló la lectura de la imagen %1: %2.</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 de %1: %2</translation>
    </message>
    <message>
        <source>The image %1 does NOT match its checksum in %2: it is damaged or a different version. Download it again.</source>
        <translation>La imagen %1 NO coincide con su suma de verificación de %2: está dañada o es otra versión. Descárguela de nuevo.</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>The image matches its SHA-256 checksum in %1.</source>
        <translation>La imagen coincide con su suma de verificación SHA-256 de %1.</translation>
    </message>
    <message>
        <source>Checking the image</source>
        <translation>Comprobando la imagen</translation>
    </message>
    <message>
        <source>Measuring the compressed image</source>
        <translation>Midiendo la imagen comprimida</translation>
    </message>
    <message>
        <source>There is no disc in %1. Insert the burned disc and try again.</source>
        <translation>No hay ningún disco en %1. Inserte el disco grabado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disc in %1 is blank: there is nothing to compare with the image.</source>
        <translation>El disco de %1 está vacío: no hay nada que comparar con la imagen.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>SHA-256 of image and disc: %1</source>
        <translation>SHA-256 de la imagen y del disco: %1</translation>
    </message>
    <message>
        <source>The disc in %1 matches the image (SHA-256 %2).</source>
        <translation>El disco de %1 coincide con la imagen (SHA-256 %2).</translation>
    </message>
    <message>
        <source>image SHA-256 %1, disc SHA-256 %2</source>
        <translation>SHA-256 de la imagen %1, SHA-256 del disco %2</translation>
    </message>
    <message>
        <source>The image carries no dvdisaster error-correction data.</source>
        <translation>La imagen no contiene datos de corrección de errores de dvdisaster.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data for a %1 (%2 roots, %3% redundancy).</source>
        <translation>La imagen contiene datos de corrección de errores RS03 de dvdisaster para un %1 (%2 raíces, %3 % de redundancia).</translation>
    </message>
    <message>
        <source>spindle-cli repair rebuilds up to %1 damaged sectors in each group of 255.</source>
        <translation>spindle-cli repair reconstruye hasta %1 sectores dañados en cada grupo de 255.</translation>
    </message>
    <message>
        <source>Up to %1 damaged sectors in each group of 255 can be rebuilt.</source>
        <translation>Se pueden reconstruir hasta %1 sectores dañados en cada grupo de 255.</translation>
    </message>
    <message>
        <source>Checking the error-correction data</source>
        <translation>Comprobando los datos de corrección de errores</translation>
    </message>
    <message>
        <source>Its error-correction data find no damaged sector, so the difference lies in what they do not cover: the checksum may be of another file.</source>
        <translation>Sus datos de corrección de errores no encuentran ningún sector dañado, así que la diferencia está en lo que no cubren: quizá la suma de comprobación sea de otro archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) found with the error-correction data</source>
        <translation>
            <numerusform>%n sector dañado encontrado con los datos de corrección de errores</numerusform>
            <numerusform>%n sectores dañados encontrados con los datos de corrección de errores</numerusform>
        </translation>
    </message>
    <message>
        <source>all can be rebuilt. Repair the image with &quot;spindle-cli repair %1&quot;.</source>
        <translation>todos se pueden reconstruir. Repare la imagen con «spindle-cli repair %1».</translation>
    </message>
    <message>
        <source>%1 of them cannot be rebuilt (more than %2 in one group of 255). Get the image again, or read the disc it came from again in rescue mode.</source>
        <translation>%1 de ellos no se pueden reconstruir (más de %2 en un grupo de 255). Vuelva a obtener la imagen o vuelva a leer en modo rescate el disco del que procede.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data (%1 roots, %2% redundancy).</source>
        <translation>La imagen contiene datos de corrección de errores RS03 de dvdisaster (%1 raíces, %2 % de redundancia).</translation>
    </message>
</context>
<context>
    <name>Spindle::VobRewrite</name>
    <message>
        <source>Spindle asked for sector %1 of the new VOB files, which do not have it. This is a bug in Spindle; please report it.</source>
        <translation>Spindle pidió el sector %1 de los nuevos archivos VOB, que no lo tienen. Es un error de Spindle; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>%1 changed since Spindle read it: the source changed while the image was written. Open the source again and retry.</source>
        <translation>%1 cambió desde que Spindle lo leyó: el origen cambió mientras se escribía la imagen. Abra de nuevo el origen y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 está dañado: %2. Copie de nuevo el disco o deje sus pistas como están.</translation>
    </message>
    <message>
        <source>%1 is damaged: its NAV pack names a cell the IFO file does not have. Copy the disc again, or keep all its titles.</source>
        <translation>%1 está dañado: su paquete NAV nombra una celda que el archivo IFO no tiene. Copie de nuevo el disco o conserve todos sus títulos.</translation>
    </message>
    <message>
        <source>The VOB files ended before the packs Spindle counted in them. This is a bug in Spindle; please report it.</source>
        <translation>Los archivos VOB terminaron antes que los paquetes que Spindle contó en ellos. Es un error de Spindle; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>%1 ends before its size says: the source changed or is damaged. Open the source again and retry.</source>
        <translation>%1 termina antes de lo que indica su tamaño: el origen cambió o está dañado. Abra de nuevo el origen y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Spindle::VobScan</name>
    <message>
        <source>%1 sector %2</source>
        <translation>%1 sector %2</translation>
    </message>
    <message>
        <source>sector %1 after the last VOB</source>
        <translation>sector %1 tras el último VOB</translation>
    </message>
    <message>
        <source>%1 is not a whole number of 2048-byte packs: the VOB is damaged or incomplete. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 no es un número entero de paquetes de 2048 bytes: el VOB está dañado o incompleto. Copie de nuevo el disco o deje sus pistas como están.</translation>
    </message>
    <message>
        <source>%1 ends before its size says: the source is damaged or incomplete.</source>
        <translation>%1 termina antes de lo que indica su tamaño: el origen está dañado o incompleto.</translation>
    </message>
    <message>
        <source>%1 holds no MPEG pack: the VOB is damaged there. Copy the disc again, or keep its streams as they are.</source>
        <translation>%1 no contiene ningún paquete MPEG: el VOB está dañado ahí. Copie de nuevo el disco o deje sus pistas como están.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>StreamDigest</name>
    <message>
        <source>Verification failed: the disc in %1 holds less than was burned; it could not be read from sector %2 on. The burn is incomplete or the disc is damaged; burn it again, preferably on another disc.</source>
        <translation>Falló la verificación: el disco de %1 contiene menos de lo que se grabó; no se pudo leer a partir del sector %2. La grabación está incompleta o el disco está dañado; vuelva a grabarlo, preferiblemente en otro disco.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from what was burned. Burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Falló la verificación: el disco de %1 difiere de lo que se grabó. Vuelva a grabarlo, preferiblemente en otro disco o a menor velocidad.</translation>
    </message>
    <message>
        <source>Verification failed: the disc in %1 differs from what was burned, first within sectors %2 to %3. The disc is not a faithful copy; burn it again, preferably on another disc or at a lower speed.</source>
        <translation>Falló la verificación: el disco de %1 difiere de lo que se grabó, por primera vez entre los sectores %2 y %3. El disco no es una copia fiel; vuelva a grabarlo, preferiblemente en otro disco o a menor velocidad.</translation>
    </message>
</context>
<context>
    <name>ThrottledImageSource</name>
    <message>
        <source>Reading the image was cancelled.</source>
        <translation>Se canceló la lectura de la imagen.</translation>
    </message>
</context>
<context>
    <name>UdfBridgeLayout</name>
    <message>
        <source>The file list names &quot;%1&quot;, which is not a valid path in an image. This is a bug in Spindle; please report it.</source>
        <translation>La lista de archivos nombra &quot;%1&quot;, que no es una ruta válida en una imagen. Se trata de un error de Spindle; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>The rewritten file %1 has %2 bytes instead of the %3 planned. This is a bug in Spindle; please report it.</source>
        <translation>El archivo reescrito %1 tiene %2 bytes en lugar de los %3 previstos. Se trata de un error de Spindle; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>The file list names %1 twice, or as both a file and a folder. This is a bug in Spindle; please report it.</source>
        <translation>La lista de archivos nombra %1 dos veces, o como archivo y como carpeta a la vez. Se trata de un error de Spindle; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>%1 starts %2 sectors later than its IFO records; DVD players that seek by the IFO may not play it. Check the source&apos;s IFO files.</source>
        <translation>%1 empieza %2 sectores más tarde de lo que indica su IFO; puede que los reproductores de DVD que buscan por el IFO no lo reproduzcan. Compruebe los archivos IFO del origen.</translation>
    </message>
</context>
<context>
    <name>UdfBridgeSource</name>
    <message>
        <source>The DVD-Video image was not prepared before reading.</source>
        <translation>La imagen DVD-Video no se preparó antes de leerla.</translation>
    </message>
    <message>
        <source>Writing the DVD-Video image was cancelled.</source>
        <translation>Se canceló la escritura de la imagen DVD-Video.</translation>
    </message>
    <message>
        <source>The DVD-Video image layout is inconsistent. This is a bug in Spindle; please report it.</source>
        <translation>La estructura de la imagen DVD-Video es incoherente. Se trata de un error de Spindle; por favor, notifíquelo.</translation>
    </message>
    <message>
        <source>%1 ended after %2 of its %3 bytes: the source changed since it was opened. Open the source again and retry.</source>
        <translation>%1 terminó tras %2 de sus %3 bytes: el origen cambió desde que se abrió. Vuelva a abrir el origen e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>DVD-Video image &quot;%1&quot; (UDF 1.02 and ISO 9660)</source>
        <translation>imagen DVD-Video &quot;%1&quot; (UDF 1.02 e ISO 9660)</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>Plain file</source>
        <translation>Archivo simple</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Archivo de %1</translation>
    </message>
    <message>
        <source>Plain file (no size limit)</source>
        <translation>Archivo simple (sin límite de tamaño)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Title %1 does not exist: this DVD-Video has titles 1 to %2. Check the numbers with &quot;spindle-cli titles&quot;.</source>
        <translation>El título %1 no existe: este DVD-Video tiene los títulos del 1 al %2. Compruebe los números con &quot;spindle-cli titles&quot;.</translation>
    </message>
    <message>
        <source>Every title would be left out. Keep at least one title (--keep-titles, or fewer titles in --drop-titles).</source>
        <translation>Se excluirían todos los títulos. Conserve al menos un título (--keep-titles, o menos títulos en --drop-titles).</translation>
    </message>
    <message>
        <source>Make a new image from an image, disc, folders or archives, leaving files out.</source>
        <translation>Crear una nueva imagen a partir de una imagen, un disco, carpetas o archivos comprimidos, excluyendo archivos.</translation>
    </message>
    <message>
        <source>Image, drive, folder or archive.</source>
        <translation>Imagen, unidad, carpeta o archivo comprimido.</translation>
    </message>
    <message>
        <source>Write the new image to FILE.</source>
        <translation>Escribir la nueva imagen en FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Burn the new image with DRIVE (/dev/sr0 or stdio:FILE) instead.</source>
        <translation>Grabar en su lugar la nueva imagen con DRIVE (/dev/sr0 o stdio:FILE).</translation>
    </message>
    <message>
        <source>DRIVE</source>
        <translation>DRIVE</translation>
    </message>
    <message>
        <source>Leave out what PATTERN matches (repeatable).</source>
        <translation>Excluir lo que coincida con PATTERN (se puede repetir).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Read patterns from FILE, one per line.</source>
        <translation>Leer patrones de FILE, uno por línea.</translation>
    </message>
    <message>
        <source>Add a local file or folder, optionally at /PATH (repeatable).</source>
        <translation>Añadir un archivo o carpeta local, opcionalmente en /PATH (se puede repetir).</translation>
    </message>
    <message>
        <source>LOCAL[=/PATH]</source>
        <translation>LOCAL[=/PATH]</translation>
    </message>
    <message>
        <source>DVD-Video: keep only these titles (e.g. 1,3-4), the disc stays playable.</source>
        <translation>DVD-Video: conservar solo estos títulos (p. ej., 1,3-4); el disco sigue siendo reproducible.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these titles.</source>
        <translation>DVD-Video: excluir estos títulos.</translation>
    </message>
    <message>
        <source>DVD-Video: no menus; the kept titles (default: the longest) play at once.</source>
        <translation>DVD-Video: sin menús; los títulos conservados (por defecto, el más largo) se reproducen de inmediato.</translation>
    </message>
    <message>
        <source>Volume label (default: the source&apos;s).</source>
        <translation>Etiqueta del volumen (por defecto, la del origen).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>ISO 9660 level: 1, 2, 3 or auto (default).</source>
        <translation>Nivel ISO 9660: 1, 2, 3 o auto (por defecto).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Leave out the Joliet tree (Windows names).</source>
        <translation>Excluir el árbol Joliet (nombres para Windows).</translation>
    </message>
    <message>
        <source>Leave out Rock Ridge (POSIX names, links, modes).</source>
        <translation>Excluir Rock Ridge (nombres POSIX, enlaces, permisos).</translation>
    </message>
    <message>
        <source>Do not keep the source&apos;s boot records.</source>
        <translation>No conservar los registros de arranque del origen.</translation>
    </message>
    <message>
        <source>With --output: refuse unless the image fits KIND (e.g. dvd-r, 700M). With a virtual --drive: the medium it emulates.</source>
        <translation>Con --output: negarse a escribir si la imagen no cabe en KIND (p. ej., dvd-r, 700M). Con una unidad virtual en --drive: el medio que emula.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Same inputs give the same bytes.</source>
        <translation>Las mismas entradas dan los mismos bytes.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Reemplazar un archivo de salida existente.</translation>
    </message>
    <message>
        <source>auto (default), bar, plain, json or none.</source>
        <translation>auto (por defecto), bar, plain, json o none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>give at least one SOURCE.</source>
        <translation>indique al menos un SOURCE.</translation>
    </message>
    <message>
        <source>give --output FILE or --drive DRIVE.</source>
        <translation>indique --output FILE o --drive DRIVE.</translation>
    </message>
    <message>
        <source>--output and --drive cannot be combined: write a file or burn a disc.</source>
        <translation>--output y --drive no se pueden combinar: escriba un archivo o grabe un disco.</translation>
    </message>
    <message>
        <source>burn options (--speed, --verify, --copies, ...) need --drive.</source>
        <translation>las opciones de grabación (--speed, --verify, --copies, ...) necesitan --drive.</translation>
    </message>
    <message>
        <source>--level takes 1, 2, 3 or auto.</source>
        <translation>--level acepta 1, 2, 3 o auto.</translation>
    </message>
    <message>
        <source>--medium needs a disc kind or a size.</source>
        <translation>--medium necesita un tipo de disco o un tamaño.</translation>
    </message>
    <message>
        <source>--%1 takes title numbers such as 1,3-4.</source>
        <translation>--%1 acepta números de título como 1,3-4.</translation>
    </message>
    <message>
        <source>--keep-titles and --drop-titles cannot be combined: name the titles to keep or those to leave out.</source>
        <translation>--keep-titles y --drop-titles no se pueden combinar: indique los títulos que desea conservar o los que desea excluir.</translation>
    </message>
    <message>
        <source>--progress takes auto, bar, plain, json or none.</source>
        <translation>--progress acepta auto, bar, plain, json o none.</translation>
    </message>
    <message>
        <source>Spindle cannot read the pattern file %1: %2.</source>
        <translation>Spindle no puede leer el archivo de patrones %1: %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>la nueva imagen</translation>
    </message>
    <message>
        <source>the new image &quot;%1&quot;</source>
        <translation>la nueva imagen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add --force to replace the existing file.</source>
        <translation>Añada --force para reemplazar el archivo existente.</translation>
    </message>
    <message>
        <source>Burn an image file (.iso, .img, or .gz/.xz/.bz2/.zst compressed) to a disc.</source>
        <translation>Grabar un archivo de imagen (.iso, .img o comprimido con .gz/.xz/.bz2/.zst) en un disco.</translation>
    </message>
    <message>
        <source>The image file to burn.</source>
        <translation>El archivo de imagen que se va a grabar.</translation>
    </message>
    <message>
        <source>The drive to burn with (/dev/sr0 or stdio:FILE).</source>
        <translation>La unidad con la que grabar (/dev/sr0 o stdio:FILE).</translation>
    </message>
    <message>
        <source>For a virtual drive: the medium it emulates.</source>
        <translation>Para una unidad virtual: el medio que emula.</translation>
    </message>
    <message>
        <source>IMAGE is required.</source>
        <translation>IMAGE es obligatorio.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>--drive is required.</source>
        <translation>--drive es obligatorio.</translation>
    </message>
    <message>
        <source>Write speed: max (default), a number of ×, e.g. 8, or kB/s with a k suffix, e.g. 11080k.</source>
        <translation>Velocidad de escritura: max (por defecto), un número de ×, p. ej., 8, o kB/s con el sufijo k, p. ej., 11080k.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Do everything but write (where the medium has a test mode).</source>
        <translation>Hacer todo excepto escribir (si el medio tiene modo de prueba).</translation>
    </message>
    <message>
        <source>Read the disc back and compare it with the image.</source>
        <translation>Volver a leer el disco y compararlo con la imagen.</translation>
    </message>
    <message>
        <source>Burn N discs, asking for the next blank disc each time.</source>
        <translation>Grabar N discos, pidiendo cada vez el siguiente disco vacío.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Eject the disc when done.</source>
        <translation>Expulsar el disco al terminar.</translation>
    </message>
    <message>
        <source>Erase a rewritable disc that holds data without asking.</source>
        <translation>Borrar sin preguntar un disco regrabable que contenga datos.</translation>
    </message>
    <message>
        <source>Leave the disc appendable instead of closing it.</source>
        <translation>Dejar el disco abierto para añadir más datos en lugar de cerrarlo.</translation>
    </message>
    <message>
        <source>Turn off buffer-underrun protection (BurnFree).</source>
        <translation>Desactivar la protección contra vaciado del búfer (BurnFree).</translation>
    </message>
    <message>
        <source>auto (default), tao or sao.</source>
        <translation>auto (por defecto), tao o sao.</translation>
    </message>
    <message>
        <source>Answer yes to every question.</source>
        <translation>Responder sí a todas las preguntas.</translation>
    </message>
    <message>
        <source>Show every log message.</source>
        <translation>Mostrar todos los mensajes del registro.</translation>
    </message>
    <message>
        <source>--speed takes max, a number of × (8) or kB/s (11080k).</source>
        <translation>--speed acepta max, un número de × (8) o kB/s (11080k).</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to 99.</source>
        <translation>--copies acepta un número del 1 al 99.</translation>
    </message>
    <message>
        <source>--write-mode takes auto, tao or sao.</source>
        <translation>--write-mode acepta auto, tao o sao.</translation>
    </message>
    <message>
        <source>--verify needs a real burn; a simulation writes nothing.</source>
        <translation>--verify necesita una grabación real; una simulación no escribe nada.</translation>
    </message>
    <message>
        <source>Usage: spindle-cli VERB [options]</source>
        <translation>Uso: spindle-cli VERB [opciones]</translation>
    </message>
    <message>
        <source>Copy, burn and remaster optical discs.</source>
        <translation>Copiar, grabar y remasterizar discos ópticos.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show the versions of Spindle and its libraries.</source>
        <translation>Mostrar las versiones de Spindle y de sus bibliotecas.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Run &apos;spindle-cli VERB --help&apos; for a verb&apos;s options.</source>
        <translation>Ejecute &apos;spindle-cli VERB --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with unreadable data skipped, 130 cancelled.</source>
        <translation>Códigos de salida: 0 éxito, 1 fallo, 2 error de uso, 3 terminado omitiendo datos ilegibles, 130 cancelado.</translation>
    </message>
    <message>
        <source>spindle-cli: unknown verb &apos;%1&apos;.</source>
        <translation>spindle-cli: comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>¿Continuar? [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Usage: spindle-cli %1 %2</source>
        <translation>Uso: spindle-cli %1 %2</translation>
    </message>
    <message>
        <source>spindle-cli %1: %2</source>
        <translation>spindle-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;spindle-cli %1 --help&apos; for usage.</source>
        <translation>Ejecute &apos;spindle-cli %1 --help&apos; para ver el uso.</translation>
    </message>
    <message>
        <source>List optical drives, and the virtual drives given with --drive.</source>
        <translation>Listar las unidades ópticas y las unidades virtuales indicadas con --drive.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar la salida en JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Also list this virtual drive (stdio:FILE). May be repeated.</source>
        <translation>Listar también esta unidad virtual (stdio:FILE). Se puede repetir.</translation>
    </message>
    <message>
        <source>virtual drive (a file that acts as a disc)</source>
        <translation>unidad virtual (un archivo que actúa como disco)</translation>
    </message>
    <message>
        <source>reads: %1</source>
        <translation>lee: %1</translation>
    </message>
    <message>
        <source>writes: %1</source>
        <translation>escribe: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Erase a rewritable disc (CD-RW, DVD±RW, DVD-RAM, BD-RE) or a virtual disc.</source>
        <translation>Borrar un disco regrabable (CD-RW, DVD±RW, DVD-RAM, BD-RE) o un disco virtual.</translation>
    </message>
    <message>
        <source>The drive holding the disc (/dev/sr0 or stdio:FILE).</source>
        <translation>La unidad que contiene el disco (/dev/sr0 o stdio:FILE).</translation>
    </message>
    <message>
        <source>Erase the whole disc (slow) instead of a quick erase.</source>
        <translation>Borrar todo el disco (lento) en lugar de hacer un borrado rápido.</translation>
    </message>
    <message>
        <source>Erase without asking for confirmation.</source>
        <translation>Borrar sin pedir confirmación.</translation>
    </message>
    <message>
        <source>Copy files out of an image, disc, archive or folder.</source>
        <translation>Copiar archivos de una imagen, un disco, un archivo comprimido o una carpeta.</translation>
    </message>
    <message>
        <source>PATH is a file or folder in SOURCE (/boot/grub); each lands in DIR under its own
name. Without PATH everything is extracted. Names and dates are kept. Nothing
is written outside DIR: entries named &quot;..&quot;, absolute archive names and links
pointing out of DIR make the extraction stop before it writes anything.</source>
        <translation>PATH es un archivo o una carpeta de SOURCE (/boot/grub); cada uno se guarda en DIR con su
propio nombre. Sin PATH se extrae todo. Se conservan los nombres y las fechas. No se
escribe nada fuera de DIR: las entradas llamadas &quot;..&quot;, los nombres absolutos de archivos
comprimidos y los enlaces que apuntan fuera de DIR detienen la extracción antes de que
se escriba nada.</translation>
    </message>
    <message>
        <source>Image, drive, archive or folder.</source>
        <translation>Imagen, unidad, archivo comprimido o carpeta.</translation>
    </message>
    <message>
        <source>What to extract.</source>
        <translation>Qué extraer.</translation>
    </message>
    <message>
        <source>The folder to extract to.</source>
        <translation>La carpeta en la que extraer.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Replace existing files in DIR.</source>
        <translation>Reemplazar los archivos existentes en DIR.</translation>
    </message>
    <message>
        <source>give a SOURCE.</source>
        <translation>indique un SOURCE.</translation>
    </message>
    <message>
        <source>--output is required.</source>
        <translation>--output es obligatorio.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>DRIVE is a device such as /dev/sr0, or stdio:FILE for a virtual drive (a file
that acts as a disc). KIND makes a virtual drive act as a given medium:
  %1
or a size such as 700M or 4.7G (decimal units; 700MiB for binary ones).</source>
        <translation>DRIVE es un dispositivo como /dev/sr0, o stdio:FILE para una unidad virtual (un archivo
que actúa como disco). KIND hace que una unidad virtual actúe como un medio concreto:
  %1
o un tamaño como 700M o 4.7G (unidades decimales; 700MiB para las binarias).</translation>
    </message>
    <message>
        <source>The drive to look at.</source>
        <translation>La unidad que se va a examinar.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Grabable</translation>
    </message>
    <message>
        <source>Erasable</source>
        <translation>Borrable</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>track %1, %2, starts at block %3, %4</source>
        <translation>pista %1, %2, empieza en el bloque %3, %4</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>Write speeds</source>
        <translation>Vel. escritura</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Sist. archivos</translation>
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
        <translation>Arrancable</translation>
    </message>
    <message>
        <source>DVD-Video</source>
        <translation>DVD-Video</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>ninguno reconocido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Run again with --yes to accept.</source>
        <translation>Vuelva a ejecutarlo con --yes para aceptar.</translation>
    </message>
    <message>
        <source>List the files of an image, disc, archive or folder.</source>
        <translation>Listar los archivos de una imagen, un disco, un archivo comprimido o una carpeta.</translation>
    </message>
    <message>
        <source>SOURCE is an image file, a drive (/dev/sr0, stdio:FILE), a zip/tar/7z archive
or a folder. Paths are listed from the root, folders before their contents.
For a DVD-Video, --long and --json also say which titles each file of
VIDEO_TS carries, with durations, chapters and languages.</source>
        <translation>SOURCE es un archivo de imagen, una unidad (/dev/sr0, stdio:FILE), un archivo zip/tar/7z
o una carpeta. Las rutas se listan desde la raíz, cada carpeta antes de su contenido.
En un DVD-Video, --long y --json indican también qué títulos contiene cada archivo de
VIDEO_TS, con duraciones, capítulos e idiomas.</translation>
    </message>
    <message>
        <source>What to list.</source>
        <translation>Qué listar.</translation>
    </message>
    <message>
        <source>Show type, permissions, size and date.</source>
        <translation>Mostrar tipo, permisos, tamaño y fecha.</translation>
    </message>
    <message>
        <source>give exactly one SOURCE.</source>
        <translation>indique exactamente un SOURCE.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Copy a disc into an image file, sized to its file system; rescue damaged discs.</source>
        <translation>Copiar un disco en un archivo de imagen, ajustado a su sistema de archivos; rescatar discos dañados.</translation>
    </message>
    <message>
        <source>The image file to write.</source>
        <translation>El archivo de imagen que se va a escribir.</translation>
    </message>
    <message>
        <source>Read speed: max (default) or a number of ×, e.g. 8.</source>
        <translation>Velocidad de lectura: max (por defecto) o un número de ×, p. ej., 8.</translation>
    </message>
    <message>
        <source>Retries for an unreadable sector (default 3).</source>
        <translation>Reintentos para un sector ilegible (por defecto, 3).</translation>
    </message>
    <message>
        <source>Rescue mode: fill unreadable sectors with zeros and go on.</source>
        <translation>Modo de rescate: rellenar con ceros los sectores ilegibles y continuar.</translation>
    </message>
    <message>
        <source>The rescue map file (default OUTPUT.map).</source>
        <translation>El archivo de mapa de rescate (por defecto, OUTPUT.map).</translation>
    </message>
    <message>
        <source>sha256 (default), md5, both or none.</source>
        <translation>sha256 (por defecto), md5, both o none.</translation>
    </message>
    <message>
        <source>Also write OUTPUT.sha256 / OUTPUT.md5 (sha256sum format).</source>
        <translation>Escribir también OUTPUT.sha256 / OUTPUT.md5 (formato de sha256sum).</translation>
    </message>
    <message>
        <source>Read the disc again and compare it with the image.</source>
        <translation>Volver a leer el disco y compararlo con la imagen.</translation>
    </message>
    <message>
        <source>Copy the whole data track, not just the file system.</source>
        <translation>Copiar la pista de datos completa, no solo el sistema de archivos.</translation>
    </message>
    <message>
        <source>Print the final report as JSON.</source>
        <translation>Mostrar el informe final en JSON.</translation>
    </message>
    <message>
        <source>--drive and --output are required.</source>
        <translation>--drive y --output son obligatorios.</translation>
    </message>
    <message>
        <source>--speed takes max or a positive number of ×.</source>
        <translation>--speed acepta max o un número positivo de ×.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 100.</source>
        <translation>--retries acepta un número del 0 al 100.</translation>
    </message>
    <message>
        <source>--checksum takes sha256, md5, both or none.</source>
        <translation>--checksum acepta sha256, md5, both o none.</translation>
    </message>
    <message>
        <source>--checksum-file needs a checksum (not --checksum none).</source>
        <translation>--checksum-file necesita una suma de verificación (no --checksum none).</translation>
    </message>
    <message>
        <source>Unreadable: sectors %1–%2</source>
        <translation>Ilegibles: sectores %1–%2</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Archivo dañado: %1</translation>
    </message>
    <message>
        <source>List the titles of a DVD-Video (length, chapters, audio, subtitles).</source>
        <translation>Listar los títulos de un DVD-Video (duración, capítulos, audio, subtítulos).</translation>
    </message>
    <message>
        <source>DVD-Video image, drive or folder.</source>
        <translation>Imagen DVD-Video, unidad o carpeta.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capít.</translation>
    </message>
    <message>
        <source>Angles</source>
        <translation>Áng.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>VTS</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>título %1</translation>
    </message>
    <message>
        <source>titles %1</source>
        <translation>títulos %1</translation>
    </message>
    <message>
        <source>Title set %1: %2 (%3)</source>
        <translation>Conjunto de títulos %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Menus (VIDEO_TS): %1</source>
        <translation>Menús (VIDEO_TS): %1</translation>
    </message>
    <message>
        <source>* main feature (the longest title)</source>
        <translation>* película principal (el título más largo)</translation>
    </message>
    <message>
        <source>Compare an image with a disc, or with its published SHA-256 checksum.</source>
        <translation>Comparar una imagen con un disco o con su suma de verificación SHA-256 publicada.</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>El archivo de imagen.</translation>
    </message>
    <message>
        <source>With --checksum-file: the checksum file.</source>
        <translation>Con --checksum-file: el archivo de suma de verificación.</translation>
    </message>
    <message>
        <source>The drive holding the burned disc.</source>
        <translation>La unidad que contiene el disco grabado.</translation>
    </message>
    <message>
        <source>Check against a SHA-256 checksum file instead of a disc.</source>
        <translation>Comprobar con un archivo de suma de verificación SHA-256 en lugar de con un disco.</translation>
    </message>
    <message>
        <source>give either --drive DRIVE or --checksum-file [FILE].</source>
        <translation>indique --drive DRIVE o --checksum-file [FILE].</translation>
    </message>
    <message>
        <source>The cancel came too late: the job had already finished.</source>
        <translation>La cancelación llegó demasiado tarde: el trabajo ya había terminado.</translation>
    </message>
    <message>
        <source>Control characters in names are shown escaped (\n, \x1b); --json keeps names exact.</source>
        <translation>Los caracteres de control de los nombres se muestran escapados (\n, \x1b); --json conserva los nombres exactos.</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these audio streams of title set SET (e.g. 1:2,3; repeatable).</source>
        <translation>DVD-Video: dejar fuera estas pistas de audio del conjunto de títulos CONJ (p. ej. 1:2,3; repetible).</translation>
    </message>
    <message>
        <source>SET:LIST</source>
        <translation>CONJ:LISTA</translation>
    </message>
    <message>
        <source>DVD-Video: leave out these subtitle streams of title set SET (repeatable).</source>
        <translation>DVD-Video: dejar fuera estas pistas de subtítulos del conjunto de títulos CONJ (repetible).</translation>
    </message>
    <message>
        <source>With --output: go on when files of a source image cannot be read in full; the unreadable parts become zeros, the files are listed and the exit code is 3. (A disc: copy it with &apos;read --skip-unreadable&apos; first.)</source>
        <translation>Con --output: seguir cuando los archivos de una imagen de origen no se pueden leer por completo; las partes ilegibles pasan a ser ceros, los archivos se enumeran y el código de salida es 3. (Un disco: cópielo antes con &apos;read --skip-unreadable&apos;.)</translation>
    </message>
    <message>
        <source>--skip-unreadable needs --output: a disc is not burned with files that cannot be read. Write the image to a file, then burn it.</source>
        <translation>--skip-unreadable necesita --output: no se graba un disco con archivos que no se pueden leer. Escriba la imagen en un archivo y después grábela.</translation>
    </message>
    <message>
        <source>--%1 takes a title set and stream numbers as &apos;spindle-cli titles&apos; shows them, such as 1:2,3.</source>
        <translation>--%1 espera un conjunto de títulos y números de pista tal como los muestra &apos;spindle-cli titles&apos;, como 1:2,3.</translation>
    </message>
    <message>
        <source>--keep-titles, --drop-titles, --main-feature-only, --drop-audio and --drop-subtitles need a DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).</source>
        <translation>--keep-titles, --drop-titles, --main-feature-only, --drop-audio y --drop-subtitles necesitan un origen DVD-Video (uno con VIDEO_TS/VIDEO_TS.IFO).</translation>
    </message>
    <message>
        <source>no title plays it</source>
        <translation>ningún título la reproduce</translation>
    </message>
    <message>
        <source>Audio %1: %2</source>
        <translation>Audio %1: %2</translation>
    </message>
    <message>
        <source>Subtitles %1: %2</source>
        <translation>Subtítulos %1: %2</translation>
    </message>
    <message>
        <source>This DVD-Video has no audio in %1. Its audio languages: %2.</source>
        <translation>Este DVD-Video no tiene audio en %1. Sus idiomas de audio: %2.</translation>
    </message>
    <message>
        <source>This DVD-Video has no subtitles in %1. Its subtitle languages: %2.</source>
        <translation>Este DVD-Video no tiene subtítulos en %1. Sus idiomas de subtítulos: %2.</translation>
    </message>
    <message>
        <source>DVD-Video: keep only audio in these languages (e.g. en,fr; original: each title set&apos;s first language).</source>
        <translation>DVD-Video: conservar solo el audio en estos idiomas (p. ej. en,fr; original: el primer idioma de cada conjunto de títulos).</translation>
    </message>
    <message>
        <source>LANGS</source>
        <translation>IDIOMAS</translation>
    </message>
    <message>
        <source>DVD-Video: keep only subtitles in these languages (e.g. en), or none.</source>
        <translation>DVD-Video: conservar solo los subtítulos en estos idiomas (p. ej. en), o none.</translation>
    </message>
    <message>
        <source>DVD-Video: leave out director&apos;s comments (audio and subtitles).</source>
        <translation>DVD-Video: dejar fuera los comentarios del director (audio y subtítulos).</translation>
    </message>
    <message>
        <source>--keep-audio takes two-letter language codes (ISO 639) or original, such as en,original.</source>
        <translation>--keep-audio espera códigos de idioma de dos letras (ISO 639) u original, como en,original.</translation>
    </message>
    <message>
        <source>--keep-subtitles takes two-letter language codes (ISO 639), such as en,de, or none.</source>
        <translation>--keep-subtitles espera códigos de idioma de dos letras (ISO 639), como en,de, o none.</translation>
    </message>
    <message>
        <source>--keep-audio, --keep-subtitles and --drop-commentary need a DVD-Video source (one with VIDEO_TS/VIDEO_TS.IFO).</source>
        <translation>--keep-audio, --keep-subtitles y --drop-commentary necesitan un origen DVD-Video (uno con VIDEO_TS/VIDEO_TS.IFO).</translation>
    </message>
    <message>
        <source>Measuring the streams</source>
        <translation>Midiendo las pistas</translation>
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
        <translation>SOURCE es una imagen DVD-Video, una unidad (/dev/sr0, stdio:FILE) o una carpeta que
contiene VIDEO_TS. Los títulos se numeran como lo hacen los reproductores y lsdvd, y como
los acepta &apos;spindle-cli build --keep-titles&apos;; &quot;*&quot; marca la película principal (el título
más largo). El tamaño de un conjunto de títulos es lo que se ahorra al excluir todos sus
títulos.
El tamaño de una pista es lo que se ahorra al dejarla fuera; medirlo lee una vez
cada VOB de título (--no-sizes lo omite).
Ejemplo:
  spindle-cli titles /dev/sr0</translation>
    </message>
    <message>
        <source>Do not measure each stream&apos;s size (saves reading the VOBs).</source>
        <translation>No medir el tamaño de cada pista (evita leer los VOB).</translation>
    </message>
    <message>
        <source>Copy a disc to another disc, with two drives or with one.</source>
        <translation>Copiar un disco en otro disco, con dos unidades o con una.</translation>
    </message>
    <message>
        <source>The drive holding the disc to copy (/dev/sr0 or stdio:FILE).</source>
        <translation>La unidad con el disco que copiar (/dev/sr0 o stdio:ARCHIVO).</translation>
    </message>
    <message>
        <source>Burn the copy with this second drive, on the fly (default: --drive, through a temporary image).</source>
        <translation>Grabar la copia al vuelo con esta segunda unidad (por defecto: --drive, mediante una imagen temporal).</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>disco: %1</translation>
    </message>
    <message>
        <source>Show the medium in a drive, or an image file: kind, status, capacity, sessions and file system.</source>
        <translation>Mostrar el disco de una unidad o un archivo de imagen: tipo, estado, capacidad, sesiones y sistema de archivos.</translation>
    </message>
    <message>
        <source>An image file to look at instead of a drive.</source>
        <translation>Un archivo de imagen que examinar en lugar de una unidad.</translation>
    </message>
    <message>
        <source>Give either --drive DRIVE or an IMAGE file.</source>
        <translation>Indique --drive UNIDAD o un archivo IMAGEN.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Not kept from the source&apos;s boot setup: %1.</source>
        <translation>No se conserva de la configuración de arranque del origen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is needed to start the computer from this disc; it is left out as asked.</source>
        <translation>%1 (%2) es necesario para arrancar el ordenador desde este disco; se omite como se pidió.</translation>
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
        <translation>Con --to la copia se graba mientras se lee el disco, sin archivo temporal; tiene
los mismos bytes que una imagen hecha con &apos;spindle-cli read&apos;. Sin --to el disco se
lee a una imagen temporal en la carpeta de caché (antes se comprueba su espacio
libre), se expulsa, y la copia espera un disco virgen: responda y cuando esté
dentro (un script puede escribir y en stdin tras cambiar el disco; --yes no espera).
La imagen temporal se elimina termine como termine la copia.
--exclude y --exclude-from omiten archivos, y las opciones de DVD-Video
(--keep-titles, --drop-titles, --main-feature-only, --keep-audio, --drop-audio,
--keep-subtitles, --drop-subtitles, --drop-commentary) omiten títulos y pistas,
como &apos;build&apos;: la copia es entonces una nueva imagen del disco, ya no los mismos
bytes.
--medium es el tipo de disco que se escribe, para una unidad virtual. Todo lo que
puede rechazar (sin disco, un disco con datos, una copia que no cabe) se comprueba
antes de escribir el primer byte.
Ejemplos:
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --verify
  spindle-cli copy --drive /dev/sr0 --verify
  spindle-cli copy --drive /dev/sr0 --to /dev/sr1 --keep-titles 1 --keep-audio en</translation>
    </message>
    <message>
        <source>SPINDLE_SOURCE_RATE_LIMIT takes a number of bytes per second.</source>
        <translation>SPINDLE_SOURCE_RATE_LIMIT espera un número de bytes por segundo.</translation>
    </message>
    <message>
        <source>Add dvdisaster error-correction data (RS03) to an image before burning it.</source>
        <translation>Añadir a una imagen datos de corrección de errores de dvdisaster (RS03) antes de grabarla.</translation>
    </message>
    <message>
        <source>The disc the image will be burned to: cd, dvd, dvd-dl, bd or bd-dl.</source>
        <translation>El disco en el que se grabará la imagen: cd, dvd, dvd-dl, bd o bd-dl.</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>SOPORTE</translation>
    </message>
    <message>
        <source>--medium takes cd, dvd, dvd-dl, bd or bd-dl.</source>
        <translation>--medium acepta cd, dvd, dvd-dl, bd o bd-dl.</translation>
    </message>
    <message>
        <source>%1 (%2 sectors)</source>
        <translation>%1 (%2 sectores)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>RS03, %1 roots, %2% redundancy</source>
        <translation>RS03, %1 raíces, %2 % de redundancia</translation>
    </message>
    <message>
        <source>%1 before, %2 now (%3 sectors)</source>
        <translation>%1 antes, %2 ahora (%3 sectores)</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espacio usado</translation>
    </message>
    <message>
        <source>%1% of the %2</source>
        <translation>%1 % del %2</translation>
    </message>
    <message>
        <source>Survives</source>
        <translation>Resiste</translation>
    </message>
    <message>
        <source>any %1 damaged sectors in each group of 255</source>
        <translation>%1 sectores dañados cualesquiera en cada grupo de 255</translation>
    </message>
    <message>
        <source>Repair an image that carries dvdisaster error-correction data (RS03).</source>
        <translation>Reparar una imagen que contiene datos de corrección de errores de dvdisaster (RS03).</translation>
    </message>
    <message>
        <source>A rescue map (ddrescue&apos;s format): its unread sectors are rebuilt.</source>
        <translation>Un archivo de mapa (formato de ddrescue): sus sectores no leídos se reconstruyen.</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAPA</translation>
    </message>
    <message>
        <source>The rescue map %1 does not exist.</source>
        <translation>El archivo de mapa %1 no existe.</translation>
    </message>
    <message>
        <source>RS03, %1 roots</source>
        <translation>RS03, %1 raíces</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañados</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Reparados</translation>
    </message>
    <message>
        <source>Still lost</source>
        <translation>Aún perdidos</translation>
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
        <translation>SOURCE es un archivo de imagen, una unidad (/dev/sr0, stdio:FILE), una carpeta o un
archivo zip/tar/7z; LOCAL=/PATH/IN/IMAGE coloca una carpeta o un archivo comprimido en
otro lugar que no sea la raíz. Los orígenes se combinan: una imagen o un disco más
cualquier número de carpetas y archivos comprimidos.
PATTERN excluye lo que coincide con él: con una &quot;/&quot; coincide con rutas completas
(/VIDEO_TS/VTS_02_*), sin ella coincide con nombres (*.bak); una &quot;/&quot; final solo
coincide con carpetas. En un archivo de --exclude-from, un patrón por línea, &quot;#&quot; inicia
un comentario y &quot;!PATTERN&quot; recupera lo que excluyeron las líneas anteriores.
Una imagen arrancable sigue siéndolo (El Torito, área de sistema, particiones anexadas);
lo que no se puede conservar y los archivos de arranque que PATTERN omite se nombran
antes de escribir (con --progress json también como línea de tipo &quot;boot&quot;).
Un DVD-Video (con VIDEO_TS conservado) se convierte en una imagen puente UDF 1.02 +
ISO 9660, que necesitan los reproductores; --level, --no-joliet y --no-rock-ridge no se
aplican a ella. --keep-titles y --drop-titles aceptan números de título tal como los
muestra &apos;spindle-cli titles&apos; (1,3-4); los archivos IFO se reescriben para que el disco
se siga reproduciendo y sus menús solo lleven a títulos conservados. --main-feature-only
escribe un disco sin menús que reproduce de inmediato los títulos conservados (si se usa
sola: el más largo). 
--keep-audio IDIOMAS, --keep-subtitles IDIOMAS|none y --drop-commentary dejan fuera
pistas de audio y subtítulos en cada conjunto de títulos (un conjunto conserva al menos
una pista de audio); --drop-audio y --drop-subtitles las indican por número.
Con estas opciones, los patrones se siguen aplicando fuera de VIDEO_TS.
--reproducible usa $SOURCE_DATE_EPOCH, o 2000-01-01, para todas las fechas que registra
la propia imagen, de modo que las mismas entradas dan los mismos bytes.
Con --drive, la nueva imagen se graba a medida que se crea, sin archivo temporal; todas las
comprobaciones (disco presente, grabable, con espacio suficiente) se hacen antes de escribir.
--ecc añade datos de corrección de errores RS03 de dvdisaster: al archivo antes de
que reciba su nombre (dimensionados para --medium, si no para el disco más pequeño
que deje sitio) o, con --drive, tras la imagen en el disco; los datos necesitan la
imagen completa, así que con --drive se escribe primero en un archivo temporal de
~/.cache (eliminado al terminar la grabación). Un valor se une con «=»: --ecc=20.
Ejemplos:
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
        <translation>Todo lo que puede impedir la grabación (falta de disco, un disco con datos, una imagen que
no cabe, falta de modo de prueba) se comprueba antes de escribir el primer byte.
--ecc añade datos de corrección de errores RS03 de dvdisaster tras la imagen en el
disco (el archivo de imagen queda como está): se calculan en cuanto el disco vacío
indica cuánto sitio tiene, en un archivo temporal de ~/.cache que se elimina al
terminar la grabación, y se rechazan antes de escribir si no caben. Una imagen que
ya lleva datos RS03 se graba tal cual. Una imagen comprimida debe descomprimirse
primero. Un valor se une con «=»: --ecc=20.
Ejemplos:
  spindle-cli burn debian.iso --drive /dev/sr0 --verify
  spindle-cli burn debian.iso.xz --drive stdio:/tmp/disc.iso --medium dvd-r
  spindle-cli burn backup.iso --drive /dev/sr0 --ecc --verify</translation>
    </message>
    <message>
        <source>Add dvdisaster RS03 error-correction data after the image: --ecc or --ecc=fill fills the disc (a file: the medium of --medium, else the smallest that leaves room), --ecc=PERCENT gives that much redundancy (%1 to %2).</source>
        <translation>Añadir datos de corrección de errores RS03 de dvdisaster tras la imagen: --ecc o --ecc=fill llena el disco (un archivo: el medio de --medium, si no el más pequeño que deje sitio), --ecc=PERCENT da esa redundancia (%1 a %2).</translation>
    </message>
    <message>
        <source>fill|PERCENT</source>
        <translation>fill|PORCENTAJE</translation>
    </message>
    <message>
        <source>--ecc takes fill or a redundancy in percent from %1 to %2 (--ecc=20).</source>
        <translation>--ecc admite fill o una redundancia en porcentaje de %1 a %2 (--ecc=20).</translation>
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
        <translation>Los sectores dañados de IMAGE se reconstruyen en el mismo archivo a partir de sus
datos de corrección de errores RS03 (añadidos con spindle-cli protect o
dvdisaster -mRS03) y se comprueban con su capa CRC. Se consideran dañados: los
sectores que no coinciden con su CRC, las marcas de sector ausente de dvdisaster,
los sectores posteriores al final del archivo y, con --map, los sectores que el archivo
de mapa de read --skip-unreadable no marca como leídos. Lea un disco protegido
con --whole-track: sus datos de corrección de errores están después del sistema de
archivos. Código de salida 3 si quedan sectores que no se pueden reconstruir: vuelva
a leer el disco con más reintentos y repare de nuevo.
Los sectores ECC también se comprueban: cada bloque se vuelve a codificar y se
compara, y los erróneos se reescriben. Con --map, el archivo de mapa registra luego
los sectores reconstruidos como terminados (las líneas de comentario «# rebuilt» los
enumeran). --check solo informa de lo que está dañado y de si todo se puede
reconstruir, y no escribe nada.
Ejemplos:
  spindle-cli repair backup.iso
  spindle-cli repair --check backup.iso
  spindle-cli read --drive /dev/sr0 --output backup.iso --whole-track \
      --skip-unreadable --retries 5
  spindle-cli repair backup.iso --map backup.iso.map</translation>
    </message>
    <message>
        <source>Only check: report the damage and whether it can be repaired; write nothing.</source>
        <translation>Solo comprobar: informar de los daños y de si se pueden reparar; no escribir nada.</translation>
    </message>
    <message>
        <source>%1 sectors (%2 unreadable, %3 CRC errors, %4 wrong ecc sectors, %5 past the end of the file)</source>
        <translation>%1 sectores (%2 ilegibles, %3 errores de CRC, %4 sectores ECC erróneos, %5 tras el final del archivo)</translation>
    </message>
    <message>
        <source>Repairable</source>
        <translation>Reparable</translation>
    </message>
    <message>
        <source>Not repairable</source>
        <translation>No reparable</translation>
    </message>
    <message>
        <source>Rescue map</source>
        <translation>Archivo de mapa</translation>
    </message>
    <message>
        <source>%1 rebuilt sectors marked finished in %2</source>
        <translation>%1 sectores reconstruidos marcados como terminados en %2</translation>
    </message>
    <message>
        <source>Without --skip-unreadable the copy stops at the first sector that cannot be read
after the retries. With it, unreadable sectors are filled with zeros and recorded
in a GNU ddrescue map (OUTPUT.map); running the same command again reads only
what is missing. Exit code 3: the image was saved but sectors remain unreadable.
A disc that carries dvdisaster RS03 error-correction data is copied with it;
--repair then rebuilds the unreadable sectors from it (exit code 0 when all
are rebuilt, 3 when some remain lost).</source>
        <translation>Sin --skip-unreadable, la copia se detiene en el primer sector que no se puede leer tras
los reintentos. Con esta opción, los sectores ilegibles se rellenan con ceros y se
registran en un mapa de GNU ddrescue (OUTPUT.map); al volver a ejecutar el mismo comando
solo se lee lo que falta. Código de salida 3: la imagen se guardó, pero quedan sectores
ilegibles.
Un disco que lleva datos de corrección de errores RS03 de dvdisaster se copia con
ellos; --repair reconstruye luego con ellos los sectores ilegibles (código de salida 0
si se reconstruyen todos, 3 si algunos siguen perdidos).</translation>
    </message>
    <message>
        <source>With --skip-unreadable: when the disc carries dvdisaster RS03 error-correction data, rebuild the sectors it could not read from it after the copy.</source>
        <translation>Con --skip-unreadable: si el disco lleva datos de corrección de errores RS03 de dvdisaster, reconstruir con ellos tras la copia los sectores que no se pudieron leer.</translation>
    </message>
    <message>
        <source>--repair needs --skip-unreadable.</source>
        <translation>--repair necesita --skip-unreadable.</translation>
    </message>
    <message>
        <source>The disc carries no dvdisaster RS03 error-correction data, so the sectors it could not read cannot be rebuilt.</source>
        <translation>El disco no lleva datos de corrección de errores RS03 de dvdisaster, así que los sectores que no se pudieron leer no se pueden reconstruir.</translation>
    </message>
    <message>
        <source>Rebuilt from the error-correction data: %1 sectors; still lost: %2</source>
        <translation>Reconstruidos con los datos de corrección de errores: %1 sectores; aún perdidos: %2</translation>
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
        <translation>Con --drive, se leen del disco exactamente los bytes de la imagen (nunca el relleno de
la unidad) y se indica el primer sector que difiere.
Con --drive y sin IMAGE, el disco se lee entero una vez y se comprueba por sí
solo: se listan los sectores que la unidad no puede leer y, si el disco lleva
datos de corrección de errores RS03 de dvdisaster, cada sector de datos se
compara con su CRC y el daño se mide con lo que esos datos pueden reconstruir
(el pronóstico de dvdisaster -t). Código de salida 3 si encuentra daños,
reparables o no (el informe dice cuáles). No se escribe nada.
Con --checksum-file, FILE puede ir detrás de IMAGE; sin FILE, Spindle busca IMAGE.sha256,
IMAGE.sha256sum, SHA256SUMS y sha256sum.txt junto a la imagen.
Ejemplos:
  spindle-cli verify debian.iso --drive /dev/sr0
  spindle-cli verify --drive /dev/sr0
  spindle-cli verify debian.iso --checksum-file SHA256SUMS</translation>
    </message>
    <message>
        <source>The image file (with --drive it may be left out: the disc is checked alone).</source>
        <translation>El archivo de imagen (con --drive se puede omitir: entonces se comprueba solo el disco).</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegibles</translation>
    </message>
    <message>
        <source>%1 sectors</source>
        <translation>%1 sectores</translation>
    </message>
    <message>
        <source>%1 sectors (%2 unreadable, %3 CRC errors, %4 past the end of the disc)</source>
        <translation>%1 sectores (%2 ilegibles, %3 errores de CRC, %4 más allá del final del disco)</translation>
    </message>
    <message>
        <source>none (no error-correction data on the disc)</source>
        <translation>ninguno (el disco no tiene datos de corrección de errores)</translation>
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
        <translation>Los datos se añaden a IMAGE en el mismo archivo (una «imagen aumentada» RS03) y
llenan el soporte; grabe el archivo entero. dvdisaster los comprueba
(dvdisaster -t -i IMAGE) y repara la imagen o un disco dañado leído con
read --skip-unreadable (dvdisaster -f -i IMAGE). Sin --medium se elige el disco
más pequeño que deje sitio para ellos. --redundancy dimensiona en cambio los datos
según la redundancia (como burn --ecc=PERCENT), para una imagen que se guarda como
archivo o se graba en un disco con sitio de sobra. Una ejecución interrumpida deja
IMAGE como estaba.
Ejemplos:
  spindle-cli protect backup.iso
  spindle-cli protect backup.iso --medium dvd
  spindle-cli protect photos.iso --redundancy 20</translation>
    </message>
    <message>
        <source>Instead of --medium: this much redundancy, from 4 to 200 percent.</source>
        <translation>En lugar de --medium: esta redundancia, del 4 al 200 por ciento.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PORCENTAJE</translation>
    </message>
    <message>
        <source>give either --medium or --redundancy.</source>
        <translation>indique --medium o --redundancy, no ambos.</translation>
    </message>
    <message>
        <source>--redundancy takes a percentage from %1 to %2.</source>
        <translation>--redundancy admite un porcentaje del %1 al %2.</translation>
    </message>
    <message>
        <source>none: sized for the redundancy (%1 sectors)</source>
        <translation>ninguno: dimensionado según la redundancia (%1 sectores)</translation>
    </message>
    <message>
        <source>Planning the new DVD-Video</source>
        <translation>Planificando el nuevo DVD-Video</translation>
    </message>
</context>
<context>
    <name>ecc</name>
    <message>
        <source>The image is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <source>The image is too large for error-correction data on this medium: at least %1 of its 255 layers must remain for it.</source>
        <translation>La imagen es demasiado grande para datos de corrección de errores en este soporte: al menos %1 de sus 255 capas deben quedar para ellos.</translation>
    </message>
    <message>
        <source>Adds %1 of error-correction data (%2% redundancy): any %3 unreadable sectors in each group of 255 can be rebuilt.</source>
        <translation>Añade %1 de datos de corrección de errores (%2 % de redundancia): cualesquiera %3 sectores ilegibles de cada grupo de 255 se pueden reconstruir.</translation>
    </message>
    <message>
        <source>No error-correction data was asked for.</source>
        <translation>No se pidieron datos de corrección de errores.</translation>
    </message>
    <message>
        <source>The image (%1) is too large for error-correction data on any disc up to a BD DL.</source>
        <translation>La imagen (%1) es demasiado grande para datos de corrección de errores en cualquier disco hasta un BD DL.</translation>
    </message>
    <message>
        <source>The image with %1% error-correction data needs %2, the disc holds %3. Choose less redundancy, or let the data fill the disc.</source>
        <translation>La imagen con un %1 % de datos de corrección de errores necesita %2 y el disco admite %3. Elija menos redundancia o deje que los datos llenen el disco.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data but is cut short: %1 bytes of %2. Repair it with dvdisaster -f.</source>
        <translation>La imagen contiene datos de corrección de errores RS03 de dvdisaster, pero está cortada: %1 bytes de %2. Repárela con dvdisaster -f.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>An earlier run adding error-correction data to this image was interrupted; the image is %1 bytes long instead of %2. Adding the data again cuts it back first.</source>
        <translation>Una ejecución anterior que añadía datos de corrección de errores a esta imagen se interrumpió; la imagen mide %1 bytes en lugar de %2. Al volver a añadir los datos, primero se recorta.</translation>
    </message>
    <message>
        <source>The image already carries dvdisaster error-correction data of method %1.</source>
        <translation>La imagen ya contiene datos de corrección de errores de dvdisaster del método %1.</translation>
    </message>
    <message>
        <source>the header at sector %1 belongs to an error-correction file, not to an augmented image</source>
        <translation>la cabecera del sector %1 pertenece a un archivo de corrección de errores, no a una imagen aumentada</translation>
    </message>
    <message>
        <source>its header at sector %1 is damaged</source>
        <translation>su cabecera del sector %1 está dañada</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data for a %1, but its header is damaged. Repair it with dvdisaster -f.</source>
        <translation>La imagen contiene datos de corrección de errores RS03 de dvdisaster para un %1, pero su cabecera está dañada. Repárela con dvdisaster -f.</translation>
    </message>
    <message>
        <source>The image seems to carry dvdisaster error-correction data, but %1. Check it with dvdisaster -t.</source>
        <translation>La imagen parece contener datos de corrección de errores de dvdisaster, pero %1. Compruébela con dvdisaster -t.</translation>
    </message>
    <message>
        <source>Cannot write the error-correction data: %1</source>
        <translation>No se pueden escribir los datos de corrección de errores: %1</translation>
    </message>
    <message>
        <source>Cannot write the error-correction header: %1</source>
        <translation>No se puede escribir la cabecera de los datos de corrección de errores: %1</translation>
    </message>
    <message>
        <source>Cannot read the image: %1</source>
        <translation>No se puede leer la imagen: %1</translation>
    </message>
    <message>
        <source>%1 holds no interrupted run to undo.</source>
        <translation>%1 no contiene ninguna ejecución interrumpida que deshacer.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its original size of %2 bytes: %3</source>
        <translation>No se puede recortar %1 a su tamaño original de %2 bytes: %3</translation>
    </message>
    <message>
        <source>The image already carries dvdisaster RS03 error-correction data (for a %1, %2 roots); it is not augmented twice.</source>
        <translation>La imagen ya contiene datos de corrección de errores RS03 de dvdisaster (para un %1, %2 raíces); no se aumenta dos veces.</translation>
    </message>
    <message>
        <source>medium of unknown size</source>
        <translation>soporte de tamaño desconocido</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing: %2</source>
        <translation>No se puede abrir %1 para escribir: %2</translation>
    </message>
    <message>
        <source>Not enough free space next to the image: the error-correction data needs %1, %2 are free.</source>
        <translation>No hay suficiente espacio libre junto a la imagen: los datos de corrección de errores necesitan %1 y hay %2 libres.</translation>
    </message>
    <message>
        <source>Cannot write to the image (%1), nor cut it back to its original size of %2 bytes.</source>
        <translation>No se puede escribir en la imagen (%1) ni recortarla a su tamaño original de %2 bytes.</translation>
    </message>
    <message>
        <source>The image could not be cut back to its original size (%1); its first %2 bytes are unchanged.</source>
        <translation>No se pudo recortar la imagen a su tamaño original (%1); sus primeros %2 bytes no han cambiado.</translation>
    </message>
    <message>
        <source>Cancelled; the image is unchanged.</source>
        <translation>Cancelado; la imagen no ha cambiado.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Not enough free space for the error-correction data in %1: it needs %2, %3 are free.</source>
        <translation>No hay espacio libre suficiente para los datos de corrección de errores en %1: se necesitan %2 y hay %3 libres.</translation>
    </message>
    <message>
        <source>Cancelled; no error-correction data was kept.</source>
        <translation>Cancelado; no se conservó ningún dato de corrección de errores.</translation>
    </message>
    <message>
        <source>The image %1 changed while its error-correction data was computed. Leave it alone and try again.</source>
        <translation>La imagen %1 cambió mientras se calculaban sus datos de corrección de errores. No la modifique y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Error correction needs a temporary file of %1 in %2, but only %3 is free there. Free some space, or burn without error correction.</source>
        <translation>La corrección de errores necesita un archivo temporal de %1 en %2, pero allí solo hay %3 libres. Libere espacio o grabe sin corrección de errores.</translation>
    </message>
    <message>
        <source>The folder %1 for temporary files could not be created.</source>
        <translation>No se pudo crear la carpeta %1 para archivos temporales.</translation>
    </message>
    <message>
        <source>Cannot write the repaired sectors to the image: %1</source>
        <translation>No se pueden escribir los sectores reparados en la imagen: %1</translation>
    </message>
    <message>
        <source>The image ends inside its error-correction header: it was cut short right after its file system, so the error-correction data are missing. Copy the disc again with spindle-cli read, which copies the data after the file system. Nothing was changed.</source>
        <translation>La imagen termina dentro de su cabecera de corrección de errores: se cortó justo después de su sistema de archivos, así que faltan los datos de corrección de errores. Vuelva a copiar el disco con spindle-cli read, que copia los datos tras el sistema de archivos. No se cambió nada.</translation>
    </message>
    <message>
        <source>The image carries no dvdisaster RS03 error-correction data, so it cannot be repaired. Add it with spindle-cli protect before burning the next time.</source>
        <translation>La imagen no contiene datos de corrección de errores RS03 de dvdisaster, así que no se puede reparar. Añádalos con spindle-cli protect antes de grabar la próxima vez.</translation>
    </message>
    <message>
        <source>Only RS03 data is repaired here; use dvdisaster -f.</source>
        <translation>Aquí solo se reparan datos RS03; use dvdisaster -f.</translation>
    </message>
    <message>
        <source>It carries no complete error-correction data to repair with.</source>
        <translation>No contiene datos de corrección de errores completos con los que reparar.</translation>
    </message>
    <message>
        <source>The image&apos;s error-correction header is damaged and no intact copy of it was found in the CRC layer, so the image cannot be repaired here. Try dvdisaster -f.</source>
        <translation>La cabecera de corrección de errores de la imagen está dañada y no se encontró ninguna copia intacta en la capa CRC, así que la imagen no se puede reparar aquí. Pruebe dvdisaster -f.</translation>
    </message>
    <message>
        <source>%1 holds %2 sectors, but its error-correction data describe %3 sectors (for a %4): more is missing than the %5 roots of an ecc block can rebuild. It was cut short, or its data were made for a larger medium than the file holds. Nothing was changed.</source>
        <translation>%1 contiene %2 sectores, pero sus datos de corrección de errores describen %3 sectores (para un %4): falta más de lo que las %5 raíces de un bloque ECC pueden reconstruir. Se cortó, o sus datos se hicieron para un medio más grande del que contiene el archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The image (%1) leaves too little room on the disc (%2) for error-correction data: at least 9 of its 255 layers must remain for it. Turn error correction off, or choose a larger disc.</source>
        <translation>La imagen (%1) deja muy poco espacio en el disco (%2) para los datos de corrección de errores: al menos 9 de sus 255 capas deben quedar para ellos. Desactive la corrección de errores o elija un disco más grande.</translation>
    </message>
    <message>
        <source>The image carries dvdisaster RS03 error-correction data, but its header is damaged. Repair it with dvdisaster -f.</source>
        <translation>La imagen contiene datos de corrección de errores RS03 de dvdisaster, pero su cabecera está dañada. Repárela con dvdisaster -f.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Burn, copy and inspect CDs, DVDs and Blu-ray discs.</source>
        <translation>Grabar, copiar e inspeccionar CD, DVD y discos Blu-ray.</translation>
    </message>
    <message>
        <source>Select DRIVE: a device (/dev/sr0) or a virtual drive (stdio:FILE or a file path).</source>
        <translation>Seleccionar DRIVE: un dispositivo (/dev/sr0) o una unidad virtual (stdio:FILE o una ruta de archivo).</translation>
    </message>
    <message>
        <source>The medium a virtual drive emulates: cd-r, dvd-r, bd-re, ... or a size such as 4.7G.</source>
        <translation>El medio que emula una unidad virtual: cd-r, dvd-r, bd-re, ... o un tamaño como 4.7G.</translation>
    </message>
    <message>
        <source>Open the page of TASK: copy, burn, newimage, erase or info.</source>
        <translation>Abrir la página de TASK: copy, burn, newimage, erase o info.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Pages: %2.</source>
        <translation>Página desconocida &quot;%1&quot;. Páginas: %2.</translation>
    </message>
    <message>
        <source>A disc image to burn: opens the Burn page with it.</source>
        <translation>Una imagen de disco que grabar: abre con ella la página «Grabar imagen».</translation>
    </message>
    <message numerus="yes">
        <source>Give one image at a time (%n were given).</source>
        <translation>
            <numerusform>Indique una sola imagen cada vez (se indicó %n).</numerusform>
            <numerusform>Indique una sola imagen cada vez (se indicaron %n).</numerusform>
        </translation>
    </message>
</context>
</TS>
