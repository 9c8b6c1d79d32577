<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BootReplay</name>
    <message numerus="yes">
        <source>The new image will not boot: the boot file(s) %1 are left out. Tick them to keep the image bootable.</source>
        <translation>
            <numerusform>The new image will not boot: the boot file %1 is left out. Tick it to keep the image bootable.</numerusform>
            <numerusform>The new image will not boot: the boot files %1 are left out. Tick them to keep the image bootable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n El Torito boot image(s).</source>
        <translation>
            <numerusform>Kept %n El Torito boot image.</numerusform>
            <numerusform>Kept %n El Torito boot images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n appended partition(s)</source>
        <translation>
            <numerusform> and %n appended partition</numerusform>
            <numerusform> and %n appended partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DvdVideo</name>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message numerus="yes">
        <source>Spindle could not read %n item(s) in %1, for example %2. Check their permissions.</source>
        <translation>
            <numerusform>Spindle could not read %n item in %1: %2. Check its permissions.</numerusform>
            <numerusform>Spindle could not read %n items in %1, for example %2. Check their permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageComposer</name>
    <message numerus="yes">
        <source>%n archive member(s) that are hard links or special files were left out.</source>
        <translation>
            <numerusform>%n archive member that is a hard link or special file was left out.</numerusform>
            <numerusform>%n archive members that are hard links or special files were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is shorter than its file system says (an incomplete download or copy): %n file(s) lie past its end and would be zeros in the new image: %2. Use a complete copy of the source, or leave these files out.</source>
        <translation>
            <numerusform>%1 is shorter than its file system says (an incomplete download or copy): %n file lies past its end and would be zeros in the new image: %2. Use a complete copy of the source, or leave this file out.</numerusform>
            <numerusform>%1 is shorter than its file system says (an incomplete download or copy): %n files lie past its end and would be zeros in the new image: %2. Use a complete copy of the source, or leave these files out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message numerus="yes">
        <source>%n more link(s) or special file(s) are only in the Rock Ridge names: the Joliet names (what Windows reads) cannot hold them.</source>
        <translation>
            <numerusform>%n more link or special file is only in the Rock Ridge names: the Joliet names (what Windows reads) cannot hold it.</numerusform>
            <numerusform>%n more links or special files are only in the Rock Ridge names: the Joliet names (what Windows reads) cannot hold them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaInfo</name>
    <message numerus="yes">
        <source>The disc ends %n sector(s) before the end of that data, so less can be repaired.</source>
        <translation>
            <numerusform>The disc ends %n sector before the end of that data, so less can be repaired.</numerusform>
            <numerusform>The disc ends %n sectors before the end of that data, so less can be repaired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadPlan</name>
    <message numerus="yes">
        <source>This is a mixed-mode CD: the data track is copied, its %n audio track(s) are not included (an ISO image cannot hold audio).</source>
        <translation>
            <numerusform>This is a mixed-mode CD: the data track is copied, its %n audio track is not included (an ISO image cannot hold audio).</numerusform>
            <numerusform>This is a mixed-mode CD: the data track is copied, its %n audio tracks are not included (an ISO image cannot hold audio).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::BuildImageJob</name>
    <message numerus="yes">
        <source>Wrote %1, but %n file(s) could not be read in full from the source and hold zeros where they could not be read: %2.</source>
        <translation>
            <numerusform>Wrote %1, but %n file could not be read in full from the source and holds zeros where it could not be read: %2.</numerusform>
            <numerusform>Wrote %1, but %n files could not be read in full from the source and hold zeros where they could not be read: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::CheckDiscJob</name>
    <message numerus="yes">
        <source>%n sector(s) of the disc in %1 cannot be read.</source>
        <translation>
            <numerusform>%n sector of the disc in %1 cannot be read.</numerusform>
            <numerusform>%n sectors of the disc in %1 cannot be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::DvdTitlesView</name>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n title.</numerusform>
            <numerusform>%n titles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share a title set with titles that are kept: the video that only they play goes (%2).</source>
        <translation>
            <numerusform>Title %1 shares a title set with titles that are kept: the video that only it plays goes (%2).</numerusform>
            <numerusform>Titles %1 share title sets with titles that are kept: the video that only they play goes (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title(s) %1 share all of their video with titles that are kept, so leaving them out saves nothing.</source>
        <translation>
            <numerusform>Title %1 shares all of its video with titles that are kept, so leaving it out saves nothing.</numerusform>
            <numerusform>Titles %1 share all of their video with titles that are kept, so leaving them out saves nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n title(s) are kept. Untick the titles to leave out.</source>
        <translation>
            <numerusform>The title is kept.</numerusform>
            <numerusform>All %n titles are kept. Untick the titles to leave out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::ExtractJob</name>
    <message numerus="yes">
        <source>Spindle refuses to extract: %n item(s) would write outside %1, for example %2. Nothing was extracted. Extract other paths, or inspect the source with &quot;spindle-cli ls --long&quot;.</source>
        <translation>
            <numerusform>Spindle refuses to extract: %n item would write outside %1: %2. Nothing was extracted. Extract other paths, or inspect the source with &quot;spindle-cli ls --long&quot;.</numerusform>
            <numerusform>Spindle refuses to extract: %n items would write outside %1, for example %2. Nothing was extracted. Extract other paths, or inspect the source with &quot;spindle-cli ls --long&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n special file(s) (devices, pipes, boot catalog) were not extracted.</source>
        <translation>
            <numerusform>%n special file (a device, pipe or boot catalog) was not extracted.</numerusform>
            <numerusform>%n special files (devices, pipes, boot catalog) were not extracted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n item(s), %1, to %2.</source>
        <translation>
            <numerusform>Extracted %n item, %1, to %2.</numerusform>
            <numerusform>Extracted %n items, %1, to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::ImageTreeModel</name>
    <message numerus="yes">
        <source>%1 holds %2, needed to start the computer from this disc. Leave it out anyway?</source>
        <translation>
            <numerusform>%1 holds %2, needed to start the computer from this disc. Leave it out anyway?</numerusform>
            <numerusform>%1 holds %2, needed to start the computer from this disc. Leave it out anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::MainWindow</name>
    <message numerus="yes">
        <source>%n files were dropped. Drop one disc image to burn it.</source>
        <translation>
            <numerusform>%n file was dropped. Drop one disc image to burn it.</numerusform>
            <numerusform>%n files were dropped. Drop one disc image to burn it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::ReadDiscJob</name>
    <message numerus="yes">
        <source>Sector %1 (at %2 of %3) could not be read after %n retries. The disc may be scratched or dirty: clean it and try again, or turn on rescue mode to skip unreadable sectors and keep the rest.</source>
        <translation>
            <numerusform>Sector %1 (at %2 of %3) could not be read after %n retry. The disc may be scratched or dirty: clean it and try again, or turn on rescue mode to skip unreadable sectors and keep the rest.</numerusform>
            <numerusform>Sector %1 (at %2 of %3) could not be read after %n retries. The disc may be scratched or dirty: clean it and try again, or turn on rescue mode to skip unreadable sectors and keep the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image was saved, but %n sector(s) (%1) could not be read and were filled with zeros; %2. The map %3 records them: run the copy again later (after cleaning the disc, or in another drive) to retry only those sectors.</source>
        <translation>
            <numerusform>The image was saved, but %n sector (%1) could not be read and was filled with zeros; %2. The map %3 records it: run the copy again later (after cleaning the disc, or in another drive) to retry only that sector.</numerusform>
            <numerusform>The image was saved, but %n sectors (%1) could not be read and were filled with zeros; %2. The map %3 records them: run the copy again later (after cleaning the disc, or in another drive) to retry only those sectors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are damaged</source>
        <translation>
            <numerusform>%n file is damaged</numerusform>
            <numerusform>%n files are damaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n missing sector(s) re-read.</source>
        <translation>
            <numerusform>%1 of %n missing sector re-read.</numerusform>
            <numerusform>%1 of %n missing sectors re-read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sector %1 was read after %n retries.</source>
        <translation>
            <numerusform>Sector %1 was read after %n retry.</numerusform>
            <numerusform>Sector %1 was read after %n retries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::RepairJob</name>
    <message numerus="yes">
        <source>The rescue map marks %n sector(s) as not read.</source>
        <translation>
            <numerusform>The rescue map marks %n sector as not read.</numerusform>
            <numerusform>The rescue map marks %n sectors as not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; the %n sector(s) repaired so far are written to the image.</source>
        <translation>
            <numerusform>Cancelled; the %n sector repaired so far is written to the image.</numerusform>
            <numerusform>Cancelled; the %n sectors repaired so far are written to the image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image is %n sector(s) shorter than its error-correction layout; the missing sectors were treated as unreadable.</source>
        <translation>
            <numerusform>The image is %n sector shorter than its error-correction layout; the missing sector was treated as unreadable.</numerusform>
            <numerusform>The image is %n sectors shorter than its error-correction layout; the missing sectors were treated as unreadable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged sector(s) repaired and checked against the CRC layer; the image is complete again.</source>
        <translation>
            <numerusform>%n damaged sector repaired and checked against the CRC layer; the image is complete again.</numerusform>
            <numerusform>%n damaged sectors repaired and checked against the CRC layer; the image is complete again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rescue map %1 now records %n rebuilt sector(s) as finished.</source>
        <translation>
            <numerusform>The rescue map %1 now records %n rebuilt sector as finished.</numerusform>
            <numerusform>The rescue map %1 now records %n rebuilt sectors as finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::RepairOffer</name>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>%n sector</numerusform>
            <numerusform>%n sectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spindle::VerifyJob</name>
    <message numerus="yes">
        <source>%n damaged sector(s) found with the error-correction data</source>
        <translation>
            <numerusform>%n damaged sector found with the error-correction data</numerusform>
            <numerusform>%n damaged sectors found with the error-correction data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Give one image at a time (%n were given).</source>
        <translation>
            <numerusform>Give one image at a time (%n was given).</numerusform>
            <numerusform>Give one image at a time (%n were given).</numerusform>
        </translation>
    </message>
</context>
</TS>
