<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ui::AnsibleReviewModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ansiblereviewmodel.cpp" line="+137"/>
        <source>Differs on %n host(s), %1 on the others: %2</source>
        <translation>
            <numerusform>Differs on %n host, %1 on the others: %2</numerusform>
            <numerusform>Differs on %n hosts, %1 on the others: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%1, %n file diff(s)</source>
        <translation>
            <numerusform>%1, %n file diff</numerusform>
            <numerusform>%1, %n file diffs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AnsibleReviewView</name>
    <message numerus="yes">
        <location filename="../ui/views/ansiblereviewview.cpp" line="+274"/>
        <source>Deploy to the %n host(s) that would break too</source>
        <translation>
            <numerusform>Deploy to the %n host that would break too</numerusform>
            <numerusform>Deploy to the %n hosts that would break too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Run %1 for real on %n host(s)? This changes the hosts.</source>
        <translation>
            <numerusform>Run %1 for real on %n host? This changes the host.</numerusform>
            <numerusform>Run %1 for real on %n hosts? This changes the hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1 (%2): %n task(s)</source>
        <translation>
            <numerusform>%1 (%2): %n task</numerusform>
            <numerusform>%1 (%2): %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> on %n host(s)</source>
        <translation>
            <numerusform> on %n host</numerusform>
            <numerusform> on %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::AnsibleRunDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/ansiblerundialog.cpp" line="+271"/>
        <source>Group of %n host(s)</source>
        <translation>
            <numerusform>Group of %n host</numerusform>
            <numerusform>Group of %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n problem(s) reading it</source>
        <translation>
            <numerusform>, %n problem reading it</numerusform>
            <numerusform>, %n problems reading it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::BuildTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/buildtreemodel.cpp" line="+136"/>
        <location line="+7"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n build</numerusform>
            <numerusform>%n builds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChannelFetchPanel</name>
    <message numerus="yes">
        <location filename="../ui/views/channelfetchpanel.cpp" line="+281"/>
        <source>Fetching repodata of %n subdir(s)…</source>
        <translation>
            <numerusform>Fetching repodata of %n subdir…</numerusform>
            <numerusform>Fetching repodata of %n subdirs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>sharded: %n package name(s); a package&apos;s records are fetched when it is opened or solved for</source>
        <translation>
            <numerusform>sharded: %n package name; a package&apos;s records are fetched when it is opened or solved for</numerusform>
            <numerusform>sharded: %n package names; a package&apos;s records are fetched when it is opened or solved for</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChannelNotice</name>
    <message numerus="yes">
        <location filename="../ui/widgets/channelnotice.cpp" line="+68"/>
        <source>⚠ Solves and plans on every page go without %n channel(s) that are not read: %1. Fetch them on the Channels page (F5); until then the answers may differ from conda&apos;s.</source>
        <translation>
            <numerusform>⚠ Solves and plans on every page go without %n channel that is not read: %1. Fetch it on the Channels page (F5); until then the answers may differ from conda&apos;s.</numerusform>
            <numerusform>⚠ Solves and plans on every page go without %n channels that are not read: %1. Fetch them on the Channels page (F5); until then the answers may differ from conda&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChannelStatusModel</name>
    <message numerus="yes">
        <location filename="../ui/models/channelstatusmodel.cpp" line="+123"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChannelsPage</name>
    <message numerus="yes">
        <location filename="../ui/views/channelspage.cpp" line="+316"/>
        <source>%n package(s), %1 records</source>
        <translation>
            <numerusform>%n package, %1 records</numerusform>
            <numerusform>%n packages, %1 records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Channels loaded: %n package(s)</source>
        <translation>
            <numerusform>Channels loaded: %n package</numerusform>
            <numerusform>Channels loaded: %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 of %n package</numerusform>
            <numerusform>%1 of %n packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentPreview</name>
    <message numerus="yes">
        <location filename="../ui/views/environmentpreview.cpp" line="+124"/>
        <source>%n problem(s) in the file</source>
        <translation>
            <numerusform>%n problem in the file</numerusform>
            <numerusform>%n problems in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Solved in %1 ms: %n package(s), %2</source>
        <translation>
            <numerusform>Solved in %1 ms: %n package, %2</numerusform>
            <numerusform>Solved in %1 ms: %n packages, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentsPage</name>
    <message numerus="yes">
        <location filename="../ui/views/environmentspage.cpp" line="+326"/>
        <source>%n package(s), %1 to download</source>
        <translation>
            <numerusform>%n package, %1 to download</numerusform>
            <numerusform>%n packages, %1 to download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n pip requirement(s) not solved</source>
        <translation>
            <numerusform>; %n pip requirement not solved</numerusform>
            <numerusform>; %n pip requirements not solved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Wrote %n package(s) for %1 to %2</source>
        <translation>
            <numerusform>Wrote %n package for %1 to %2</numerusform>
            <numerusform>Wrote %n packages for %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HostEnvironmentModel</name>
    <message numerus="yes">
        <location filename="../ui/models/hostenvironmentmodel.cpp" line="+83"/>
        <source>%n package(s) change</source>
        <translation>
            <numerusform>%n package changes</numerusform>
            <numerusform>%n packages change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n file missing</numerusform>
            <numerusform>%n files missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryCheckTab</name>
    <message numerus="yes">
        <location filename="../ui/views/inventorychecktab.cpp" line="+79"/>
        <source>%n distinct pin(s) checked, %1 not available; </source>
        <translation>
            <numerusform>%n distinct pin checked, %1 not available; </numerusform>
            <numerusform>%n distinct pins checked, %1 not available; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n environment(s) solved per host, %1 do not solve.</source>
        <translation>
            <numerusform>%n environment solved per host, %1 do not solve.</numerusform>
            <numerusform>%n environments solved per host, %1 do not solve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryChecker</name>
    <message numerus="yes">
        <location filename="../ui/views/inventorychecker.cpp" line="+266"/>
        <source>%1 %2 → %3 (%4) on %n host(s)</source>
        <translation>
            <numerusform>%1 %2 → %3 (%4) on %n host</numerusform>
            <numerusform>%1 %2 → %3 (%4) on %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryHostsTab</name>
    <message numerus="yes">
        <location filename="../ui/views/inventoryhoststab.cpp" line="+96"/>
        <source>%1 of %n pin(s) differ</source>
        <translation>
            <numerusform>%1 of %n pin differs</numerusform>
            <numerusform>%1 of %n pins differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryImpactTab</name>
    <message numerus="yes">
        <location filename="../ui/views/inventoryimpacttab.cpp" line="+80"/>
        <source>%1 (%2): pinned by %n host(s)</source>
        <translation>
            <numerusform>%1 (%2): pinned by %n host</numerusform>
            <numerusform>%1 (%2): pinned by %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, installed in %n host environment(s)</source>
        <translation>
            <numerusform>, installed in %n host environment</numerusform>
            <numerusform>, installed in %n host environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %2 of %n environment(s) change, %3 would break.</source>
        <translation>
            <numerusform>%1: %2 of %n environment changes, %3 would break.</numerusform>
            <numerusform>%1: %2 of %n environments change, %3 would break.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryInstalledTab</name>
    <message numerus="yes">
        <location filename="../ui/views/inventoryinstalledtab.cpp" line="+53"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>The gathered facts of %n host(s) could not be saved: %1</source>
        <translation>
            <numerusform>The gathered facts of %n host could not be saved: %1</numerusform>
            <numerusform>The gathered facts of %n hosts could not be saved: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>Nothing gathered yet: Gather Installed asks the %n host(s) what they have.</source>
        <translation>
            <numerusform>Nothing gathered yet: Gather Installed asks the %n host what it has.</numerusform>
            <numerusform>Nothing gathered yet: Gather Installed asks the %n hosts what they have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Facts of %1 of %n host(s), the oldest gathered %2; %3 drift from their pins, %4 not reached at the last try.</source>
        <translation>
            <numerusform>Facts of %1 of %n host, the oldest gathered %2; %3 drift from their pins, %4 not reached at the last try.</numerusform>
            <numerusform>Facts of %1 of %n hosts, the oldest gathered %2; %3 drift from their pins, %4 not reached at the last try.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n host(s) have it: %1</source>
        <translation>
            <numerusform>%n host has it: %1</numerusform>
            <numerusform>%n hosts have it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Deploying %1 on %2 now changes %n package(s):</source>
        <translation>
            <numerusform>Deploying %1 on %2 now changes %n package:</numerusform>
            <numerusform>Deploying %1 on %2 now changes %n packages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deploying %1 on %2 now creates it with %n package(s):</source>
        <translation>
            <numerusform>Deploying %1 on %2 now creates it with %n package:</numerusform>
            <numerusform>Deploying %1 on %2 now creates it with %n packages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryPage</name>
    <message numerus="yes">
        <location filename="../ui/views/inventorypage.cpp" line="+206"/>
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n host</numerusform>
            <numerusform>%1: %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> — %n warning(s)</source>
        <translation>
            <numerusform> — %n warning</numerusform>
            <numerusform> — %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryReadinessTab</name>
    <message numerus="yes">
        <location filename="../ui/views/inventoryreadinesstab.cpp" line="+108"/>
        <source>%1 of %n host environment(s) can be installed from %2 alone; %3 package file(s) (%4) are missing.</source>
        <translation>
            <numerusform>%1 of %n host environment can be installed from %2 alone; %3 package file(s) (%4) are missing.</numerusform>
            <numerusform>%1 of %n host environments can be installed from %2 alone; %3 package file(s) (%4) are missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::JobTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jobtablemodel.cpp" line="+190"/>
        <source>Running, %n failed</source>
        <translation>
            <numerusform>Running, %n failed</numerusform>
            <numerusform>Running, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::JobsPage</name>
    <message numerus="yes">
        <location filename="../ui/views/jobspage.cpp" line="+208"/>
        <source>%n past job(s) could not be read</source>
        <translation>
            <numerusform>%n past job could not be read</numerusform>
            <numerusform>%n past jobs could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+347"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Opened %1 with %n warning</numerusform>
            <numerusform>Opened %1 with %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n file(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n file with unsaved changes:</numerusform>
            <numerusform>%n files with unsaved changes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n job(s) have not finished. Quitting cancels them: a playbook run stops where it is, and a sync keeps what it has published.</source>
        <translation>
            <numerusform>%n job has not finished. Quitting cancels it: a playbook run stops where it is, and a sync keeps what it has published.</numerusform>
            <numerusform>%n jobs have not finished. Quitting cancels them: a playbook run stops where it is, and a sync keeps what it has published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PackageTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/packagetablemodel.cpp" line="+94"/>
        <source>required by %1 and %n more</source>
        <translation>
            <numerusform>required by %1 and %n more</numerusform>
            <numerusform>required by %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PinCheckModel</name>
    <message numerus="yes">
        <location filename="../ui/models/pincheckmodel.cpp" line="+110"/>
        <source>
%n matching build(s)</source>
        <translation>
            <numerusform>
%n matching build</numerusform>
            <numerusform>
%n matching builds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::QuetzDialog</name>
    <message numerus="yes">
        <location filename="../ui/views/quetzdialog.cpp" line="+140"/>
        <source>%n channel(s) on %1</source>
        <translation>
            <numerusform>%n channel on %1</numerusform>
            <numerusform>%n channels on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RecordDetails</name>
    <message numerus="yes">
        <location filename="../ui/widgets/recorddetails.cpp" line="+191"/>
        <source>Required by %n build(s) in the loaded channels:</source>
        <translation>
            <numerusform>Required by %n build in the loaded channels:</numerusform>
            <numerusform>Required by %n builds in the loaded channels:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n build</numerusform>
            <numerusform>%n builds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SpecListPreview</name>
    <message numerus="yes">
        <location filename="../ui/views/speclistpreview.cpp" line="+197"/>
        <location line="+23"/>
        <source>Solving %n line(s)…</source>
        <translation>
            <numerusform>Solving %n line…</numerusform>
            <numerusform>Solving %n lines…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>Planned in %1 ms: %2 of %n line(s) solved</source>
        <translation>
            <numerusform>Planned in %1 ms: %2 of %n line solved</numerusform>
            <numerusform>Planned in %1 ms: %2 of %n lines solved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SpecListsPage</name>
    <message numerus="yes">
        <location filename="../ui/views/speclistspage.cpp" line="+419"/>
        <source>%1: %n package(s), %2 to download</source>
        <translation>
            <numerusform>%1: %n package, %2 to download</numerusform>
            <numerusform>%1: %n packages, %2 to download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>Copy %n package file(s) (%1) into %2?</source>
        <translation>
            <numerusform>Copy %n package file (%1) into %2?</numerusform>
            <numerusform>Copy %n package files (%1) into %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The source has changed the record of %n file(s) the target holds; the record is replaced, the file not downloaded again:
%1</source>
        <translation>
            <numerusform>The source has changed the record of %n file the target holds; the record is replaced, the file not downloaded again:
%1</numerusform>
            <numerusform>The source has changed the record of %n files the target holds; the record is replaced, the file not downloaded again:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SyncPlanModel</name>
    <message numerus="yes">
        <location filename="../ui/models/syncplanmodel.cpp" line="+69"/>
        <source>%n new package(s) to upload for %1, %2</source>
        <translation>
            <numerusform>%n new package to upload for %1, %2</numerusform>
            <numerusform>%n new packages to upload for %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>In all: %n package file(s), %1</source>
        <translation>
            <numerusform>In all: %n package file, %1</numerusform>
            <numerusform>In all: %n package files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
</context>
</TS>
