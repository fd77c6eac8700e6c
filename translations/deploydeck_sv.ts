<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/translators.cpp" line="+21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ui::AnsibleRecapModel</name>
    <message>
        <location filename="../ui/models/ansiblerecapmodel.cpp" line="+129"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>onåbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rescued</source>
        <translation>räddad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored</source>
        <translation>ignorerad</translation>
    </message>
</context>
<context>
    <name>ui::AnsibleReviewModel</name>
    <message>
        <location filename="../ui/models/ansiblereviewmodel.cpp" line="+196"/>
        <source>handler: %1</source>
        <translation>hanterare: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Play: %1</source>
        <translation>Play: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module: %1</source>
        <translation>Modul: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where: %1</source>
        <translation>Var: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (ignored)</source>
        <translation>%1 (ignorerad)</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Differs on %n host(s), %1 on the others: %2</source>
        <translation>
            <numerusform>Skiljer sig på %n värd, %1 på de andra: %2</numerusform>
            <numerusform>Skiljer sig på %n värdar, %1 på de andra: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+133"/>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n file diff(s)</source>
        <translation>
            <numerusform>%1, %n fildiff</numerusform>
            <numerusform>%1, %n fildiffar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit code %1</source>
        <translation>Slutkod %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Δ2: changed, 2 diffs</source>
        <translation>Δ2: ändrad, 2 diffar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≠: differs from most hosts</source>
        <translation>≠: skiljer sig från de flesta värdar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>misslyckad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>överhoppad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>onåbar</translation>
    </message>
</context>
<context>
    <name>ui::AnsibleReviewView</name>
    <message>
        <location filename="../ui/views/ansiblereviewview.cpp" line="+49"/>
        <location line="+216"/>
        <location line="+2"/>
        <source>Run for Real</source>
        <translation>Kör på riktigt</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Tasks by host</source>
        <translation>Uppgifter per värd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tasks shown</source>
        <translation>Visade uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tasks</source>
        <translation>Alla uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks with changes</source>
        <translation>Uppgifter med ändringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks that failed</source>
        <translation>Uppgifter som misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks that differ on a few hosts</source>
        <translation>Uppgifter som skiljer sig på några värdar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run recap per host</source>
        <translation>Sammanfattning av körningen per värd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected Task</source>
        <translation>Vald uppgift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recap per Host</source>
        <translation>Sammanfattning per värd</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No run selected.</source>
        <translation>Ingen körning vald.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Task details</source>
        <translation>Uppgiftsdetaljer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown file diff</source>
        <translation>Visad fildiff</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The Check Run Is Out of Date</source>
        <translation>Kontrollkörningen är inaktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real run was not started: what would run is no longer what this check run reviewed. Run the check again and review it.</source>
        <translation>Den skarpa körningen startades inte: det som skulle köras är inte längre det som kontrollkörningen granskade. Kör kontrollen igen och granska den.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Deploy to the %n host(s) that would break too</source>
        <translation>
            <numerusform>Driftsätt även på den %n värd som skulle gå sönder</numerusform>
            <numerusform>Driftsätt även på de %n värdar som skulle gå sönder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Run %1 for real on %n host(s)? This changes the hosts.</source>
        <translation>
            <numerusform>Köra %1 skarpt på %n värd? Det ändrar värden.</numerusform>
            <numerusform>Köra %1 skarpt på %n värdar? Det ändrar värdarna.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check run found %1 task(s) with changes, %2 diff(s), %3 failed and %4 unreachable on: %5</source>
        <translation>Kontrollkörningen hittade %1 uppgift(er) med ändringar, %2 diff(ar), %3 misslyckade och %4 onåbara på: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The inventory checks say these hosts would break:</source>
        <translation>Inventariekontrollerna säger att dessa värdar skulle gå sönder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are included.</source>
        <translation>De är med.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>They are left out.</source>
        <translation>De lämnas utanför.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What these hosts have installed differs from their pins:</source>
        <translation>Det dessa värdar har installerat skiljer sig från deras låsningar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command line:</source>
        <translation>Kommandorad:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>ansible-playbook without --check, limited to: %1</source>
        <translation>ansible-playbook utan --check, begränsad till: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered once a check-mode run has ended</source>
        <translation>Erbjuds när en körning i kontrolläge har avslutats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check mode, nothing was changed</source>
        <translation>kontrolläge, inget ändrades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real run</source>
        <translation>riktig körning</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%2): %n task(s)</source>
        <translation>
            <numerusform>%1 (%2): %n uppgift</numerusform>
            <numerusform>%1 (%2): %n uppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> on %n host(s)</source>
        <translation>
            <numerusform> på %n värd</numerusform>
            <numerusform> på %n värdar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — %1 changed, %2 failed, %3 unreachable</source>
        <translation> — %1 ändrade, %2 misslyckade, %3 onåbara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (running…)</source>
        <translation> (körs…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2: %3</source>
        <translation>%1 på %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a cell to see what the task did on that host.</source>
        <translation>Välj en cell för att se vad uppgiften gjorde på den värden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item %1: %2 %3</source>
        <translation>objekt %1: %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stdout: %1</source>
        <translation>stdout: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stderr: %1</source>
        <translation>stderr: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Diff %1 of %2: %3</source>
        <translation>Diff %1 av %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed, but the module reported no diff.</source>
        <translation>Ändrad, men modulen rapporterade ingen diff.</translation>
    </message>
</context>
<context>
    <name>ui::AnsibleRunDialog</name>
    <message>
        <location filename="../ui/views/ansiblerundialog.cpp" line="+69"/>
        <source>Run Playbook</source>
        <translation>Kör playbook</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Playbooks (*.yml *.yaml);;All files (*)</source>
        <translation>Playbooks (*.yml *.yaml);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inventory:</source>
        <translation>&amp;Inventarie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inventories (*.yml *.yaml *.ini *.cfg hosts);;All files (*)</source>
        <translation>Inventarier (*.yml *.yaml *.ini *.cfg hosts);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every host of the play</source>
        <translation>alla värdar i playen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host pattern; tick groups and hosts below or type one (web*:!web3)</source>
        <translation>Ett värdmönster; kryssa i grupper och värdar nedan eller skriv ett (web*:!web3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit:</source>
        <translation>&amp;Begränsning:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Åtskilda med kommatecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Taggar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip tags:</source>
        <translation>&amp;Hoppa över taggar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEY=VALUE, one per line (the value as written), or a JSON object</source>
        <translation>NYCKEL=VÄRDE, en per rad (värdet som det skrivs), eller ett JSON-objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xtra vars:</source>
        <translation>E&amp;xtra variabler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check mode: report what would change, change nothing (--check)</source>
        <translation>Kontrolläge: rapportera vad som skulle ändras, ändra ingenting (--check)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the differences (--diff)</source>
        <translation>Visa skillnaderna (--diff)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ansible&apos;s default</source>
        <translation>Ansibles standardvärde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verbosity (-v):</source>
        <translation>&amp;Utförlighet (-v):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forks:</source>
        <translation>&amp;Forks:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a File</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No inventory chosen.</source>
        <translation>Ingen inventarie vald.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the inventory…</source>
        <translation>Läser inventarien…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the inventory: %1</source>
        <translation>Kan inte läsa inventarien: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Group of %n host(s)</source>
        <translation>
            <numerusform>Grupp med %n värd</numerusform>
            <numerusform>Grupp med %n värdar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n värd</numerusform>
            <numerusform>%n värdar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n problem(s) reading it</source>
        <translation>
            <numerusform>, %n problem vid inläsningen</numerusform>
            <numerusform>, %n problem vid inläsningen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>extra vars</source>
        <translation>extra variabler</translation>
    </message>
</context>
<context>
    <name>ui::BuildTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/buildtreemodel.cpp" line="+136"/>
        <location line="+7"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n bygge</numerusform>
            <numerusform>%n byggen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Version / build</source>
        <translation>Version / bygge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build number</source>
        <translation>Byggnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdir</source>
        <translation>Underkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ui::ChangeTableModel</name>
    <message>
        <location filename="../ui/models/changetablemodel.cpp" line="+63"/>
        <source>installed</source>
        <translation>installerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgraded</source>
        <translation>uppgraderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downgraded</source>
        <translation>nedgraderad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rebuilt</source>
        <translation>ombyggd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no changes</source>
        <translation>inga ändringar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>ui::ChannelFetchPanel</name>
    <message>
        <location filename="../ui/views/channelfetchpanel.cpp" line="+74"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the repodata of remote channels again and re-read local ones (F5)</source>
        <translation>Hämta repodata för fjärrkanaler på nytt och läs om lokala (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;All Packages</source>
        <translation>Läs in &amp;alla paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharded channels load a package&apos;s records when it is opened or solved for; this loads every record of every channel (a large download)</source>
        <translation>Kanaler med shards läser in ett pakets poster när det öppnas eller löses för; detta läser in alla poster i alla kanaler (en stor nedladdning)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add &amp;Quetz…</source>
        <translation>Lägg till &amp;Quetz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the channels of a Quetz server and add one to the workspace (Ctrl+Shift+Q)</source>
        <translation>Lista kanalerna på en Quetz-server och lägg till en i arbetsytan (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading channels…</source>
        <translation>Läser in kanaler…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+131"/>
        <source>Fetching package shards… %1 of %2</source>
        <translation>Hämtar paketens shards… %1 av %2</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>⚠ TLS certificate verification is off for %1 (ssl_verify: false in deploydeck.yml): anyone on the network path can change what these channels serve.</source>
        <translation>⚠ Verifieringen av TLS-certifikat är avstängd för %1 (ssl_verify: false i deploydeck.yml): vem som helst på nätverksvägen kan ändra vad de här kanalerna levererar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The workspace&apos;s channels are not valid: %1</source>
        <translation>Arbetsytans kanaler är ogiltiga: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not fetched yet: press Refresh</source>
        <translation>inte hämtad än: tryck på Uppdatera</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the channels failed: %1</source>
        <translation>Inläsningen av kanalerna misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Fetching repodata of %n subdir(s)…</source>
        <translation>
            <numerusform>Hämtar repodata för %n underkatalog…</numerusform>
            <numerusform>Hämtar repodata för %n underkataloger…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fetching repodata… %1</source>
        <translation>Hämtar repodata… %1</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>sharded: %n package name(s); a package&apos;s records are fetched when it is opened or solved for</source>
        <translation>
            <numerusform>shards: %n paketnamn; ett pakets poster hämtas när det öppnas eller löses för</numerusform>
            <numerusform>shards: %n paketnamn; ett pakets poster hämtas när det öppnas eller löses för</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fetching was cancelled; the channels loaded before stay.</source>
        <translation>Hämtningen avbröts; de kanaler som lästes in tidigare finns kvar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot use the fetched channels: %1</source>
        <translation>Kan inte använda de hämtade kanalerna: %1</translation>
    </message>
</context>
<context>
    <name>ui::ChannelNotice</name>
    <message>
        <location filename="../ui/widgets/channelnotice.cpp" line="+17"/>
        <source>Channels left out</source>
        <translation>Utelämnade kanaler</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>⚠ The channels could not be loaded, so nothing can be solved: %1</source>
        <translation>⚠ Kanalerna kunde inte läsas in, så inget kan lösas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>⚠ Solves and plans on every page go without %n channel(s) that are not read: %1. Fetch them on the Channels page (F5); until then the answers may differ from conda&apos;s.</source>
        <translation>
            <numerusform>⚠ Lösningar och planer på alla sidor saknar %n kanal som inte är inläst: %1. Hämta den på sidan Kanaler (F5); tills dess kan svaren skilja sig från condas.</numerusform>
            <numerusform>⚠ Lösningar och planer på alla sidor saknar %n kanaler som inte är inlästa: %1. Hämta dem på sidan Kanaler (F5); tills dess kan svaren skilja sig från condas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ChannelStatusModel</name>
    <message>
        <location filename="../ui/models/channelstatusmodel.cpp" line="+68"/>
        <source>%1 (showing the copy from %2 ago)</source>
        <translation>%1 (visar kopian från %2 sedan)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>not loaded</source>
        <translation>inte inläst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading…</source>
        <translation>läser in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loaded</source>
        <translation>inläst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cached</source>
        <translation>cachad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>just now</source>
        <translation>just nu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
    <message>
        <location line="+63"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdirs</source>
        <translation>Underkataloger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL / message</source>
        <translation>URL / meddelande</translation>
    </message>
</context>
<context>
    <name>ui::ChannelsPage</name>
    <message>
        <location filename="../ui/views/channelspage.cpp" line="+108"/>
        <source>&amp;Refresh Channels</source>
        <translation>&amp;Uppdatera kanaler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Package</source>
        <translation>&amp;Sök paket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;Quetz Channel…</source>
        <translation>Lägg till &amp;Quetz-kanal…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 is not in the loaded channels</source>
        <translation>%1 finns inte i de inlästa kanalerna</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Back</source>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the package (and filter) before the last dependency followed</source>
        <translation>Tillbaka till paketet (och filtret) före det senaste beroendet du följde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Filter by name, or a match spec such as “numpy &gt;=1.20” (Ctrl+F)</source>
        <translation>Filtrera på namn, eller en matchspec som ”numpy &gt;=1.20” (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package filter</source>
        <translation>Paketfilter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Versions and builds</source>
        <translation>Versioner och byggen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Indexing packages…</source>
        <translation>Indexerar paket…</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n package(s), %1 records</source>
        <translation>
            <numerusform>%n paket, %1 poster</numerusform>
            <numerusform>%n paket, %1 poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Channels loaded: %n package(s)</source>
        <translation>
            <numerusform>Kanalerna inlästa: %n paket</numerusform>
            <numerusform>Kanalerna inlästa: %n paket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a valid match spec: %1</source>
        <translation>Ogiltig matchspec: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n paket</numerusform>
            <numerusform>%n paket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n package(s)</source>
        <translation>
            <numerusform>%1 av %n paket</numerusform>
            <numerusform>%1 av %n paket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a valid match spec: %1</source>
        <translation>ogiltig matchspec: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Fetching the records of %1…</source>
        <translation>Hämtar posterna för %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot fetch the records of %1: %2</source>
        <translation>Kan inte hämta posterna för %1: %2</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open a workspace first</source>
        <translation>Öppna en arbetsyta först</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1 to the workspace</source>
        <translation>Lade till %1 i arbetsytan</translation>
    </message>
</context>
<context>
    <name>ui::DiagnosticText</name>
    <message>
        <location filename="../ui/diagnostictext.cpp" line="+55"/>
        <source>%1 does not exist (perhaps a typo or a missing channel).</source>
        <translation>%1 finns inte (kanske ett stavfel eller en kanal som saknas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (a constraint), which conflicts with %2.</source>
        <translation>%1 (en begränsning), som står i konflikt med %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, which conflicts with %3.</source>
        <translation>%1: %2, som står i konflikt med %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is excluded by strict channel priority.</source>
        <translation>%1: %2 utesluts av strikt kanalprioritet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is requested; %2 can be installed.</source>
        <translation>%1 efterfrågas; %2 kan installeras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is requested; %2 would require</source>
        <translation>%1 efterfrågas; %2 skulle kräva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (a constraint)</source>
        <translation>%1 (en begränsning)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, which can be installed.</source>
        <translation>%1: %2, som kan installeras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, which requires</source>
        <translation>%1: %2, som kräver</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invalid input</source>
        <translation>Ogiltig indata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file does not exist</source>
        <translation>Filen finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read</source>
        <translation>Filen kan inte läsas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be written</source>
        <translation>Filen kan inte skrivas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error</source>
        <translation>Syntaxfel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid value</source>
        <translation>Ogiltigt värde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown key (ignored)</source>
        <translation>Okänd nyckel (ignoreras)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown key “%1” (ignored)</source>
        <translation>Okänd nyckel ”%1” (ignoreras)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid version</source>
        <translation>Ogiltig version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid match spec</source>
        <translation>Ogiltig matchspec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invalid match spec “%1”</source>
        <translation>Ogiltig matchspec ”%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid package record</source>
        <translation>Ogiltig paketpost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown package</source>
        <translation>Okänt paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown channel</source>
        <translation>Okänd kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsupported format</source>
        <translation>Formatet stöds inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Nätverksfel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error</source>
        <translation>Servern svarade med ett fel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer in time</source>
        <translation>Inget svar i tid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checksum mismatch</source>
        <translation>Kontrollsumman stämmer inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsafe file name</source>
        <translation>Osäkert filnamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program failed</source>
        <translation>Programmet misslyckades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input is too large</source>
        <translation>Indata är för stora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Internal error</source>
        <translation>Internt fel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, rad %2, kolumn %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, line %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>kolumn %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, column %2</source>
        <translation>%1, kolumn %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The line does not line up: it is indented differently from the lines around it, or a value continues where a new key or list item was expected</source>
        <translation>Raden passar inte in: den är indragen annorlunda än raderna runt den, eller så fortsätter ett värde där en ny nyckel eller listpost väntades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A “{” is not closed with “}”</source>
        <translation>En ”{” stängs inte med ”}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A “[” is not closed with “]”</source>
        <translation>En ”[” stängs inte med ”]”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A “: ” where no key can start: put quotes around a value that holds “: ”</source>
        <translation>Ett ”: ” där ingen nyckel kan börja: sätt citattecken runt ett värde som innehåller ”: ”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A “- ” list item where a value belongs: check its indentation</source>
        <translation>En listpost ”- ” där ett värde hör hemma: kontrollera indraget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote is not closed before the end of the file</source>
        <translation>Ett citattecken stängs inte före filens slut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text YAML cannot read here (a stray character, or a tab)</source>
        <translation>Text som YAML inte kan läsa här (ett vilsekommet tecken, eller en tabb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tab in the indentation: YAML indents with spaces</source>
        <translation>En tabb i indraget: YAML dras in med mellanslag</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <comment>sentence (technical detail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1: %2</source>
        <comment>where: what</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unterminated quote %1 (the spec runs to the end of the line)</source>
        <translation>Citattecknet %1 avslutas aldrig (specifikationen löper till radens slut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid match spec “%1” (%2)</source>
        <translation>Ogiltig matchspec ”%1” (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no package name: join a version to its name (numpy&gt;=1.6), or quote the whole spec</source>
        <translation>”%1” har inget paketnamn: skriv versionen ihop med namnet (numpy&gt;=1.6), eller citera hela specifikationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is asked for more than once on this line</source>
        <translation>”%1” efterfrågas mer än en gång på den här raden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The following packages are incompatible</source>
        <translation>Följande paket är oförenliga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean: %1?</source>
        <translation>Menade du: %1?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>requested</source>
        <translation>efterfrågat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>constraint</source>
        <translation>begränsning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>can be installed</source>
        <translation>kan installeras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflicts with %1</source>
        <translation>i konflikt med %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not exist (perhaps a typo or a missing channel)</source>
        <translation>finns inte (kanske ett stavfel eller en kanal som saknas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excluded by strict channel priority</source>
        <translation>utesluts av strikt kanalprioritet</translation>
    </message>
</context>
<context>
    <name>ui::DiagnosticsModel</name>
    <message>
        <location filename="../ui/models/diagnosticsmodel.cpp" line="+48"/>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>ui::DiffView</name>
    <message>
        <location filename="../ui/widgets/diffview.cpp" line="+74"/>
        <source>Unified</source>
        <translation>Enhetlig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side</source>
        <translation>Sida vid sida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unified diff</source>
        <translation>Enhetlig diff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ansible made no diff for this file (%1).</source>
        <translation>Ansible gav ingen diff för den här filen (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diff is empty.</source>
        <translation>Diffen är tom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>before</source>
        <translation>före</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>efter</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 −%2</source>
        <translation>+%1 −%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no changes</source>
        <translation>inga ändringar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diff prepared by the module</source>
        <translation>Diff från modulen</translation>
    </message>
</context>
<context>
    <name>ui::DocumentList</name>
    <message>
        <location filename="../ui/widgets/documentlist.cpp" line="+100"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate…</source>
        <translation>Duplicera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+78"/>
        <source>File changed on disk</source>
        <translation>Filen har ändrats på disken</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>%1 was changed on disk after it was opened here. Overwrite that change with the text in the editor?</source>
        <translation>%1 ändrades på disken efter att den öppnades här. Skriva över den ändringen med texten i redigeraren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite</source>
        <translation>Skriv över</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1 changed on disk</source>
        <translation>Inte sparad: %1 har ändrats på disken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save: %1</source>
        <translation>Kan inte spara: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was deleted on disk; Save writes it again</source>
        <translation>%1 togs bort på disken; Spara skriver den igen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>Läste in %1 igen: den ändrades på disken</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 was changed on disk, and it has unsaved edits here. Reload it from disk (your edits are dropped; Undo brings them back), or keep your edits?</source>
        <translation>%1 ändrades på disken, och den har osparade ändringar här. Läsa in den igen från disken (dina ändringar släpps; Ångra tar tillbaka dem), eller behålla dina ändringar?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep My Edits</source>
        <translation>Behåll mina ändringar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed on disk; your edits are kept and Save overwrites it</source>
        <translation>%1 ändrades på disken; dina ändringar behålls och Spara skriver över den</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the file: %1</source>
        <translation>Kan inte skapa filen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Skapade %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <location line="+30"/>
        <source>No file is open</source>
        <translation>Ingen fil är öppen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot rename %1</source>
        <translation>Kan inte byta namn på %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renamed %1 to %2</source>
        <translation>Bytte namn på %1 till %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot delete %1</source>
        <translation>Kan inte ta bort %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1</source>
        <translation>Tog bort %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File name (in %1):</source>
        <translation>Filnamn (i %1):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File name of the copy:</source>
        <translation>Kopians filnamn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New file name:</source>
        <translation>Nytt filnamn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Ta bort %1? Det går inte att ångra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a usable file name</source>
        <translation>”%1” är inte ett användbart filnamn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists already</source>
        <translation>%1 finns redan</translation>
    </message>
</context>
<context>
    <name>ui::EditorPane</name>
    <message>
        <location filename="../ui/widgets/editorpane.cpp" line="+24"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>Sö&amp;k</translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentCheck</name>
    <message>
        <location filename="../ui/views/environmentcheck.cpp" line="+114"/>
        <source>Channel “%1” is not a channel of the workspace; the preview solves against the workspace&apos;s channels</source>
        <translation>Kanalen ”%1” är inte en av arbetsytans kanaler; förhandsvisningen löser mot arbetsytans kanaler</translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentPreview</name>
    <message>
        <location filename="../ui/views/environmentpreview.cpp" line="+54"/>
        <source>Cannot load the channels: %1</source>
        <translation>Kan inte läsa in kanalerna: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n problem(s) in the file</source>
        <translation>
            <numerusform>%n problem i filen</numerusform>
            <numerusform>%n problem i filen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading channels for %1…</source>
        <translation>Läser in kanaler för %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fetching package shards…</source>
        <translation>Hämtar paketens shards…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot fetch package shards: %1</source>
        <translation>Kan inte hämta paketens shards: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Solving…</source>
        <translation>Löser…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Solved in %1 ms: %n package(s), %2</source>
        <translation>
            <numerusform>Löst på %1 ms: %n paket, %2</numerusform>
            <numerusform>Löst på %1 ms: %n paket, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsolvable (%1 ms)</source>
        <translation>Olösbar (%1 ms)</translation>
    </message>
</context>
<context>
    <name>ui::EnvironmentsPage</name>
    <message>
        <location filename="../ui/views/environmentspage.cpp" line="+178"/>
        <source>Export Lock File…</source>
        <translation>Exportera låsfil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this solve as an @EXPLICIT file or a conda-lock.yml</source>
        <translation>Skriv denna lösning som en @EXPLICIT-fil eller en conda-lock.yml</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Solved packages</source>
        <translation>Lösta paket</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Conflict explanation</source>
        <translation>Förklaring av konflikten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Compare with</source>
        <translation>Jämför med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the previous solve</source>
        <translation>Jämfört med föregående lösning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a lock file…</source>
        <translation>Jämför med en låsfil…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no changes</source>
        <translation>inga ändringar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes since the last solve</source>
        <translation>Ändringar sedan den senaste lösningen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The file has errors: these results are from the last text that could be solved</source>
        <translation>Filen har fel: dessa resultat kommer från den senaste texten som gick att lösa</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n package(s), %1 to download</source>
        <translation>
            <numerusform>%n paket, %1 att hämta</numerusform>
            <numerusform>%n paket, %1 att hämta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n pip requirement(s) not solved</source>
        <translation>
            <numerusform>; %n pip-krav inte löst</numerusform>
            <numerusform>; %n pip-krav inte lösta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsolvable: nothing would be installed</source>
        <translation>Olösbar: ingenting skulle installeras</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is part of the conflict (see Conflicts)</source>
        <translation>”%1” ingår i konflikten (se Konflikter)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the lock file: %1</source>
        <translation>Kan inte läsa låsfilen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with %1</source>
        <translation>Jämfört med %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with a lock file</source>
        <translation>Jämför med en låsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock files (*.txt *.lock *.yml *.yaml);;All files (*)</source>
        <translation>Låsfiler (*.txt *.lock *.yml *.yaml);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Lock File</source>
        <translation>Exportera låsfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@EXPLICIT file, one platform (*.txt *.lock);;conda-lock.yml (*.yml *.yaml)</source>
        <translation>@EXPLICIT-fil, en plattform (*.txt *.lock);;conda-lock.yml (*.yml *.yaml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an environment file of a workspace first.</source>
        <translation>Öppna först en miljöfil i en arbetsyta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not exported: the lock file is written from a solve of the text as it is, and there is none yet (%1).</source>
        <translation>Inte exporterad: låsfilen skrivs från en lösning av texten som den är nu, och någon sådan finns inte än (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write the lock file: %1</source>
        <translation>Kan inte skriva låsfilen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %n package(s) for %1 to %2</source>
        <translation>
            <numerusform>Skrev %n paket för %1 till %2</numerusform>
            <numerusform>Skrev %n paket för %1 till %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Environment file editor</source>
        <translation>Redigerare för miljöfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform: </source>
        <translation>Plattform: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/views/environmentfiles.cpp" line="+18"/>
        <source>Environment files</source>
        <translation>Miljöfiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Environment…</source>
        <translation>&amp;Ny miljö…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Environment…</source>
        <translation>D&amp;uplicera miljö…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me Environment…</source>
        <translation>Byt na&amp;mn på miljö…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Environment…</source>
        <translation>&amp;Ta bort miljö…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New environment</source>
        <translation>Ny miljö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate environment</source>
        <translation>Duplicera miljö</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename environment file</source>
        <translation>Byt namn på miljöfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete environment file</source>
        <translation>Ta bort miljöfil</translation>
    </message>
</context>
<context>
    <name>ui::FindBar</name>
    <message>
        <location filename="../ui/widgets/findbar.cpp" line="+20"/>
        <source>Match case</source>
        <translation>Matcha skiftläge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find text</source>
        <translation>Söktext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ui::HostDiffModel</name>
    <message>
        <location filename="../ui/models/hostdiffmodel.cpp" line="+23"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any)</source>
        <translation>(valfri)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 (not installed)</source>
        <translation>%1 (inte installerad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (installed %2)</source>
        <translation>%1 (installerad %2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 does not pin %2</source>
        <translation>%1 låser inte %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2
Written at %3</source>
        <translation>%1: %2
Skrivet i %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Installed: %1 — %2 (gathered %3)</source>
        <translation>
Installerat: %1 — %2 (insamlat %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>

%1, lowest precedence first:</source>
        <translation>

%1, lägsta prioritet först:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ← effective</source>
        <translation> ← gäller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Vänster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right</source>
        <translation>Höger</translation>
    </message>
</context>
<context>
    <name>ui::HostDriftModel</name>
    <message>
        <location filename="../ui/models/hostdriftmodel.cpp" line="+88"/>
        <source>as pinned</source>
        <translation>som låst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other version</source>
        <translation>annan version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not read at the last gathering: %1</source>
        <translation>Inte läst vid senaste insamlingen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPMs not read: %1</source>
        <translation>RPM-paketen lästes inte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gathered %1</source>
        <translation>Insamlat %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variable or environment</source>
        <translation>Variabel eller miljö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <translation>Installerat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ui::HostEnvironmentModel</name>
    <message>
        <location filename="../ui/models/hostenvironmentmodel.cpp" line="+34"/>
        <source>solved</source>
        <translation>löst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsolvable</source>
        <translation>olösbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>+ %1 %2</source>
        <translation>+ %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− %1 %2</source>
        <translation>− %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>breaks</source>
        <translation>går sönder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fixed</source>
        <translation>åtgärdad</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n package(s) change</source>
        <translation>
            <numerusform>%n paket ändras</numerusform>
            <numerusform>%n paket ändras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready</source>
        <translation>redo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not installable</source>
        <translation>kan inte installeras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not solve with the workspace channels either</source>
        <translation>löses inte med arbetsytans kanaler heller</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n file(s) missing</source>
        <translation>
            <numerusform>%n fil saknas</numerusform>
            <numerusform>%n filer saknas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>solving…</source>
        <translation>löser…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>ui::InventoryCheckTab</name>
    <message>
        <location filename="../ui/views/inventorychecktab.cpp" line="+28"/>
        <source>Waiting for the inventory and the channels…</source>
        <translation>Väntar på inventarien och kanalerna…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot check: %1</source>
        <translation>Kan inte kontrollera: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n distinct pin(s) checked, %1 not available; </source>
        <translation>
            <numerusform>%n unik låsning kontrollerad, %1 inte tillgängliga; </numerusform>
            <numerusform>%n unika låsningar kontrollerade, %1 inte tillgängliga; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n environment(s) solved per host, %1 do not solve.</source>
        <translation>
            <numerusform>%n miljö löst per värd, %1 går inte att lösa.</numerusform>
            <numerusform>%n miljöer lösta per värd, %1 går inte att lösa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> No host would break.</source>
        <translation> Ingen värd skulle gå sönder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Hosts that would break: %1</source>
        <translation> Värdar som skulle gå sönder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
RPM repositories not read: %1</source>
        <translation>
RPM-förråd som inte lästes: %1</translation>
    </message>
</context>
<context>
    <name>ui::InventoryChecker</name>
    <message>
        <location filename="../ui/views/inventorychecker.cpp" line="+41"/>
        <location line="+16"/>
        <source>Cannot load the channels: %1</source>
        <translation>Kan inte läsa in kanalerna: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading channels for %1…</source>
        <translation>Läser in kanaler för %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking pins and solving environments…</source>
        <translation>Kontrollerar låsningar och löser miljöer…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Every environment solves</source>
        <translation>Alla miljöer går att lösa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts that would break: %1</source>
        <translation>Värdar som skulle gå sönder: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workspace names no sync target (sync_target).</source>
        <translation>Arbetsytan anger inget synkmål (sync_target).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync target %1 is not a local channel.</source>
        <translation>Synkmålet %1 är inte en lokal kanal.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>pin %1 (%2)</source>
        <translation>låsning %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not solve</source>
        <translation>%1 går inte att lösa</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 %2 → %3 (%4) on %n host(s)</source>
        <translation>
            <numerusform>%1 %2 → %3 (%4) på %n värd</numerusform>
            <numerusform>%1 %2 → %3 (%4) på %n värdar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not pinned)</source>
        <translation>(inte låst)</translation>
    </message>
</context>
<context>
    <name>ui::InventoryHostsTab</name>
    <message>
        <location filename="../ui/views/inventoryhoststab.cpp" line="+32"/>
        <source>Left host</source>
        <translation>Vänster värd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right host</source>
        <translation>Höger värd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Swap the hosts</source>
        <translation>Byt plats på värdarna</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1 of %n pin(s) differ</source>
        <translation>
            <numerusform>%1 av %n låsning skiljer sig</numerusform>
            <numerusform>%1 av %n låsningar skiljer sig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryImpactTab</name>
    <message>
        <location filename="../ui/views/inventoryimpacttab.cpp" line="+29"/>
        <source>Select a package in the pin matrix to see which hosts and environments use it, or double-click a cell to propose another value and see whose result changes.</source>
        <translation>Välj ett paket i låsningsmatrisen för att se vilka värdar och miljöer som använder det, eller dubbelklicka på en cell för att föreslå ett annat värde och se vems resultat som ändras.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Solving %1…</source>
        <translation>Löser %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pinned</source>
        <translation>låst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any)</source>
        <translation>(valfri)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>installs</source>
        <translation>installerar</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%2): pinned by %n host(s)</source>
        <translation>
            <numerusform>%1 (%2): låst av %n värd</numerusform>
            <numerusform>%1 (%2): låst av %n värdar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, installed in %n host environment(s)</source>
        <translation>
            <numerusform>, installerat i %n värdmiljö</numerusform>
            <numerusform>, installerat i %n värdmiljöer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: %2 of %n environment(s) change, %3 would break.</source>
        <translation>
            <numerusform>%1: %2 av %n miljö ändras, %3 skulle gå sönder.</numerusform>
            <numerusform>%1: %2 av %n miljöer ändras, %3 skulle gå sönder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pin changes</source>
        <translation>låsningsändringar</translation>
    </message>
</context>
<context>
    <name>ui::InventoryInstalledTab</name>
    <message>
        <location filename="../ui/views/inventoryinstalledtab.cpp" line="+50"/>
        <source>at an unknown time</source>
        <translation>vid okänd tid</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>för %n sekund sedan</numerusform>
            <numerusform>för %n sekunder sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>för %n minut sedan</numerusform>
            <numerusform>för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>för %n timme sedan</numerusform>
            <numerusform>för %n timmar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gather Installed</source>
        <translation>Samla in installerat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only drift</source>
        <translation>Bara avvikelser</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs deploydeck&apos;s gathering play over the hosts of the limit (all when it is empty), as a job: each host&apos;s RPMs and the conda environments the inventory gives it.</source>
        <translation>Kör deploydecks insamlingsspel över begränsningens värdar (alla när den är tom) som ett jobb: varje värds RPM-paket och de conda-miljöer som inventariet ger den.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit: hosts or groups, as ansible-playbook --limit (empty: every host)</source>
        <translation>Begränsning: värdar eller grupper, som ansible-playbook --limit (tom: alla värdar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit of Gather Installed</source>
        <translation>Begränsning för Samla in installerat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which hosts have… (a match spec, such as pytango=9.3)</source>
        <translation>Vilka värdar har… (en matchspec, till exempel pytango=9.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which hosts have</source>
        <translation>Vilka värdar har</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Environment or RPM</source>
        <translation>Miljö eller RPM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed</source>
        <translation>Installerat</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+263"/>
        <source>Select a host&apos;s environment to see what a deployment would change there.</source>
        <translation>Välj en värds miljö för att se vad en driftsättning skulle ändra där.</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>deploydeck&apos;s gathering play (ansible/gather_installed.yml) is not installed.</source>
        <translation>deploydecks insamlingsplay (ansible/gather_installed.yml) är inte installerat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limit “%1”: %2</source>
        <translation>Begränsningen ”%1”: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit “%1” matches no host of the inventory.</source>
        <translation>Begränsningen ”%1” matchar ingen värd i inventariet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gathering what the hosts have installed… (the Jobs page shows the run)</source>
        <translation>Samlar in vad värdarna har installerat… (sidan Jobb visar körningen)</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The gathered facts of %n host(s) could not be saved: %1</source>
        <translation>
            <numerusform>De insamlade uppgifterna om %n värd kunde inte sparas: %1</numerusform>
            <numerusform>De insamlade uppgifterna om %n värdar kunde inte sparas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No inventory loaded.</source>
        <translation>Inget inventarie inläst.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing gathered yet: Gather Installed asks the %n host(s) what they have.</source>
        <translation>
            <numerusform>Inget insamlat än: Samla in installerat frågar den %n värden vad den har.</numerusform>
            <numerusform>Inget insamlat än: Samla in installerat frågar de %n värdarna vad de har.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Facts of %1 of %n host(s), the oldest gathered %2; %3 drift from their pins, %4 not reached at the last try.</source>
        <translation>
            <numerusform>Uppgifter om %1 av %n värd, den äldsta insamlad %2; %3 avviker från sina låsningar, %4 nåddes inte vid senaste försöket.</numerusform>
            <numerusform>Uppgifter om %1 av %n värdar, den äldsta insamlad %2; %3 avviker från sina låsningar, %4 nåddes inte vid senaste försöket.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unreadable facts (gather again to replace them): %1</source>
        <translation>Oläsbara uppgifter (samla in igen för att ersätta dem): %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not a match spec: %1</source>
        <translation>Inte en matchspec: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No host has a package matching %1.</source>
        <translation>Ingen värd har ett paket som matchar %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n host(s) have it: %1</source>
        <translation>
            <numerusform>%n värd har det: %1</numerusform>
            <numerusform>%n värdar har det: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Deploying %1 on %2: %3</source>
        <translation>Driftsätta %1 på %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploying %1 on %2 now changes nothing.</source>
        <translation>Att driftsätta %1 på %2 nu ändrar inget.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deploying %1 on %2 now changes %n package(s):</source>
        <translation>
            <numerusform>Att driftsätta %1 på %2 nu ändrar %n paket:</numerusform>
            <numerusform>Att driftsätta %1 på %2 nu ändrar %n paket:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Deploying %1 on %2 now creates it with %n package(s):</source>
        <translation>
            <numerusform>Att driftsätta %1 på %2 nu skapar den med %n paket:</numerusform>
            <numerusform>Att driftsätta %1 på %2 nu skapar den med %n paket:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deploying %1 on %2: the environments are not solved yet.</source>
        <translation>Driftsätta %1 på %2: miljöerna är inte lösta än.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>never gathered</source>
        <translation>aldrig insamlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reached at the last gathering (facts from %1)</source>
        <translation>inte nådd vid senaste insamlingen (uppgifter från %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>not installed</source>
        <translation>inte installerad</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 in %2: %3</source>
        <translation>%1 i %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryMatrixTab</name>
    <message>
        <location filename="../ui/views/inventorymatrixtab.cpp" line="+40"/>
        <source>Double-click a conda, pip or RPM cell to propose another value and see its impact</source>
        <translation>Dubbelklicka på en conda-, pip- eller RPM-cell för att föreslå ett annat värde och se vad det påverkar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the hosts of one group, each compared with that group&apos;s majority</source>
        <translation>Visa värdarna i en grupp, var och en jämförd med gruppens majoritet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts as columns</source>
        <translation>Värdar som kolumner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups as columns</source>
        <translation>Grupper som kolumner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter packages…</source>
        <translation>Filtrera paket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package filter</source>
        <translation>Paketfilter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only differences</source>
        <translation>Bara skillnader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only installed drift</source>
        <translation>Bara installerade avvikelser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows where some host has not installed what it pins (Installed tab, Gather Installed)</source>
        <translation>Rader där någon värd inte har installerat det den låser (fliken Installerat, Samla in installerat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All hosts</source>
        <translation>Alla värdar</translation>
    </message>
</context>
<context>
    <name>ui::InventoryPage</name>
    <message>
        <location filename="../ui/views/inventorypage.cpp" line="+37"/>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pin matrix</source>
        <translation>Låsningsmatris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two hosts</source>
        <translation>Två värdar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin check</source>
        <translation>Låsningskontroll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline readiness</source>
        <translation>Offlineberedskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Installerat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Reload Inventory</source>
        <translation>&amp;Läs om inventarien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Filter Packages</source>
        <translation>&amp;Filtrera paket</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The workspace names no inventory (inventory: in deploydeck.yml).</source>
        <translation>Arbetsytan anger ingen inventarie (inventory: i deploydeck.yml).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the inventory %1…</source>
        <translation>Läser in inventarien %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the inventory: %1</source>
        <translation>Kan inte läsa inventarien: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n host(s)</source>
        <translation>
            <numerusform>%1: %n värd</numerusform>
            <numerusform>%1: %n värdar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> — %n warning(s)</source>
        <translation>
            <numerusform> — %n varning</numerusform>
            <numerusform> — %n varningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::InventoryReadinessTab</name>
    <message>
        <location filename="../ui/views/inventoryreadinesstab.cpp" line="+67"/>
        <source>Make Sync Plan…</source>
        <translation>Skapa synkplan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the environments that are not ready as a spec list, whose sync plan completes the sync target (Spec lists page, deploydeck sync-plan)</source>
        <translation>Spara miljöerna som inte är redo som en speclista, vars synkplan kompletterar synkmålet (sidan Speclistor, deploydeck sync-plan)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Solving against the sync target…</source>
        <translation>Löser mot synkmålet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot check: %1</source>
        <translation>Kan inte kontrollera: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot check offline readiness: %1</source>
        <translation>Kan inte kontrollera offlineberedskapen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %n host environment(s) can be installed from %2 alone; %3 package file(s) (%4) are missing.</source>
        <translation>
            <numerusform>%1 av %n värdmiljö kan installeras enbart från %2; paketfiler som saknas: %3 (%4).</numerusform>
            <numerusform>%1 av %n värdmiljöer kan installeras enbart från %2; paketfiler som saknas: %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync plan for %1 (%2):
</source>
        <translation>Synkplan för %1 (%2):
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Line %1: %2 — %3
  for %4
</source>
        <translation>
Rad %1: %2 — %3
  för %4
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the Sync Plan as a Spec List</source>
        <translation>Spara synkplanen som en speclista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec lists (*.txt);;All files (*)</source>
        <translation>Speclistor (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1: preview it on the Spec lists page or run deploydeck sync-plan on it</source>
        <translation>Sparade %1: förhandsgranska den på sidan Speclistor eller kör deploydeck sync-plan på den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save %1: %2</source>
        <translation>Kan inte spara %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::JobTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jobtablemodel.cpp" line="+190"/>
        <source>Running, %n failed</source>
        <translation>
            <numerusform>Körs, %n misslyckad</numerusform>
            <numerusform>Körs, %n misslyckade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>working</source>
        <translation>arbetar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ansible run</source>
        <translation>Ansible-körning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel sync</source>
        <translation>Kanalsynk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repodata refresh</source>
        <translation>Uppdatering av repodata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation>Oavslutad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ui::JobsPage</name>
    <message>
        <location filename="../ui/views/jobspage.cpp" line="+86"/>
        <source>Cannot write the job history: %1</source>
        <translation>Kan inte skriva jobbhistoriken: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Run &amp;Playbook…</source>
        <translation>Kör &amp;playbook…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run ansible-playbook on the workspace&apos;s inventory</source>
        <translation>Kör ansible-playbook på arbetsytans inventarie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Re-run</source>
        <translation>Kör &amp;igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected job again with the same parameters</source>
        <translation>Kör det valda jobbet igen med samma parametrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;load History</source>
        <translation>&amp;Läs om historiken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n past job(s) could not be read</source>
        <translation>
            <numerusform>%n tidigare jobb kunde inte läsas</numerusform>
            <numerusform>%n tidigare jobb kunde inte läsas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 “%2”: %3</source>
        <translation>%1 ”%2”: %3</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot run “%1” again: %2</source>
        <translation>Kan inte köra ”%1” igen: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>deploydeck: the log cannot be read: %1</source>
        <translation>deploydeck: loggen kan inte läsas: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No job selected.</source>
        <translation>Inget jobb valt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only Ansible runs have a review.</source>
        <translation>Bara Ansible-körningar har en granskning.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the events of this run…</source>
        <translation>Läser händelserna för den här körningen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The events of this run were not kept.</source>
        <translation>Händelserna för den här körningen sparades inte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a job to see its log.</source>
        <translation>Välj ett jobb för att se dess logg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ui::LogView</name>
    <message>
        <location filename="../ui/widgets/logview.cpp" line="+65"/>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>Sök i loggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Föregående träff (Skift+Retur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next match (Enter)</source>
        <translation>Nästa träff (Retur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>Följ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest line in view</source>
        <translation>Håll den senaste raden synlig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected lines, or the whole log</source>
        <translation>Kopiera de markerade raderna, eller hela loggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job log</source>
        <translation>Jobblogg</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;All</source>
        <translation>Kopiera &amp;allt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+66"/>
        <source>deploydeck</source>
        <translation>deploydeck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environments</source>
        <translation>Miljöer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spec lists</source>
        <translation>Speclistor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory</source>
        <translation>Inventarie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jobs (%1)</source>
        <translation>Jobb (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+65"/>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot open the demo: %1</source>
        <translation>Kan inte öppna demon: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Öppna arbetsyta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Återställ layouten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pane and the window back to their default sizes</source>
        <translation>Alla paneler och fönstret tillbaka till sina standardstorlekar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About deploydeck</source>
        <translation>&amp;Om deploydeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 page</source>
        <translation>Sidan %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the workspace: %1</source>
        <translation>Kan inte öppna arbetsytan: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save your changes before the workspace is opened again?</source>
        <translation>Spara dina ändringar innan arbetsytan öppnas igen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace was not opened: your unsaved changes are kept</source>
        <translation>Arbetsytan öppnades inte: dina osparade ändringar behålls</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — deploydeck</source>
        <translation>%1 — deploydeck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened %1</source>
        <translation>Öppnade %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Öppnade %1 med %n varning</numerusform>
            <numerusform>Öppnade %1 med %n varningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unsaved Changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) with unsaved changes:</source>
        <translation>
            <numerusform>%n fil med osparade ändringar:</numerusform>
            <numerusform>%n filer med osparade ändringar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Jobs Are Running</source>
        <translation>Jobb körs</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) have not finished. Quitting cancels them: a playbook run stops where it is, and a sync keeps what it has published.</source>
        <translation>
            <numerusform>%n jobb är inte klart. Att avsluta avbryter det: en playbook-körning stannar där den är, och en synk behåller det den har publicerat.</numerusform>
            <numerusform>%n jobb är inte klara. Att avsluta avbryter dem: en playbook-körning stannar där den är, och en synk behåller det den har publicerat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel Jobs and Quit</source>
        <translation>Avbryt jobben och avsluta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Running</source>
        <translation>Fortsätt köra</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save your changes before quitting?</source>
        <translation>Spara dina ändringar innan programmet avslutas?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling the jobs before quitting…</source>
        <translation>Avbryter jobben innan programmet avslutas…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>About deploydeck</source>
        <translation>Om deploydeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;deploydeck %1&lt;/h3&gt;&lt;p&gt;A desktop console for deploying conda environments and Ansible inventories.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libsolv %3 (conda)&lt;br&gt;yaml-cpp %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;deploydeck %1&lt;/h3&gt;&lt;p&gt;En skrivbordskonsol för att driftsätta conda-miljöer och Ansible-inventarier.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;libsolv %3 (conda)&lt;br&gt;yaml-cpp %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ui::PackageListModel</name>
    <message>
        <location filename="../ui/models/packagelistmodel.cpp" line="+75"/>
        <source>%1 — listed by the channel&apos;s shard index; select it to fetch its records</source>
        <translation>%1 — finns i kanalens shard-index; välj det för att hämta dess poster</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Channels: %1</source>
        <translation>Kanaler: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not loaded</source>
        <translation>inte inläst</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest version</source>
        <translation>Senaste version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Builds</source>
        <translation>Byggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last update</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdirs</source>
        <translation>Underkataloger</translation>
    </message>
</context>
<context>
    <name>ui::PackageTableModel</name>
    <message>
        <location filename="../ui/models/packagetablemodel.cpp" line="+84"/>
        <source>requested (%1)</source>
        <translation>begärd (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>required by %1</source>
        <translation>krävs av %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>required by %1 and %n more</source>
        <translation>
            <numerusform>krävs av %1 och %n till</numerusform>
            <numerusform>krävs av %1 och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Required by: %1</source>
        <translation>Krävs av: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>pip, not solved</source>
        <translation>pip, inte löst</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>Bygge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>ui::PinCheckModel</name>
    <message>
        <location filename="../ui/models/pincheckmodel.cpp" line="+57"/>
        <source>available</source>
        <translation>tillgänglig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no matching version</source>
        <translation>ingen matchande version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not exist</source>
        <translation>finns inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2
Written at %3</source>
        <translation>%1: %2
Skrivet i %3</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>
%n matching build(s)</source>
        <translation>
            <numerusform>
%n matchande bygge</numerusform>
            <numerusform>
%n matchande byggen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pin</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest matching</source>
        <translation>Nyaste matchande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest available</source>
        <translation>Nyaste tillgängliga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts</source>
        <translation>Värdar</translation>
    </message>
</context>
<context>
    <name>ui::PinMatrixModel</name>
    <message>
        <location filename="../ui/models/pinmatrixmodel.cpp" line="+31"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>(any)</source>
        <translation>(valfri)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 (not installed)</source>
        <translation>%1 (inte installerad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (installed %2)</source>
        <translation>%1 (installerad %2)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2
Written at %3</source>
        <translation>%1: %2
Skrivet i %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not pin this</source>
        <translation>%1 låser inte detta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Group %1 has no majority</source>
        <translation>
Gruppen %1 har ingen majoritet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Group %1: %2 (%3 of %4 hosts)</source>
        <translation>
Gruppen %1: %2 (%3 av %4 värdar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pinned</source>
        <translation>inte låst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Installed: %1 — %2 (gathered %3)</source>
        <translation>
Installerat: %1 — %2 (insamlat %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Proposed: %1 (not saved)</source>
        <translation>
Föreslaget: %1 (inte sparat)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no majority)</source>
        <translation>(ingen majoritet)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 hosts of %3</source>
        <translation>%1 av %2 värdar i %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Differing: %1</source>
        <translation>
Skiljer sig: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with the majority of group %1</source>
        <translation>Jämfört med majoriteten i gruppen %1</translation>
    </message>
</context>
<context>
    <name>ui::PlatformDatabases</name>
    <message>
        <location filename="../ui/views/platformdatabases.cpp" line="+68"/>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the sync source %1 is not a local channel: plan it with deploydeck sync-plan</source>
        <translation>synkkällan %1 är ingen lokal kanal: planera den med deploydeck sync-plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace has no local channel to load</source>
        <translation>arbetsytan har ingen lokal kanal att läsa in</translation>
    </message>
</context>
<context>
    <name>ui::ProblemTreeModel</name>
    <message>
        <location filename="../ui/models/problemtreemodel.cpp" line="+117"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ui::QuetzDialog</name>
    <message>
        <location filename="../ui/views/quetzdialog.cpp" line="+39"/>
        <source>&amp;List Channels</source>
        <translation>&amp;Lista kanaler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Quetz Channel</source>
        <translation>Lägg till Quetz-kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://quetz.example.org</source>
        <translation>https://quetz.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quetz server</source>
        <translation>Quetz-server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; else $QUETZ_API_KEY</source>
        <translation>valfri; annars $QUETZ_API_KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key file</source>
        <translation>API-nyckelfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file holding the API key, readable only by you (mode 0600)</source>
        <translation>En fil med API-nyckeln, läsbar bara för dig (läge 0600)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of the server</source>
        <translation>Serverns kanaler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Åtkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to Workspace</source>
        <translation>Lägg &amp;till i arbetsytan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key file:</source>
        <translation>API-&amp;nyckelfil:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server must be an http:// or https:// URL.</source>
        <translation>Servern måste vara en http://- eller https://-URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use the API key: %1</source>
        <translation>Kan inte använda API-nyckeln: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its channels…</source>
        <translation>Frågar %1 efter dess kanaler…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not list the channels: %1</source>
        <translation>Kunde inte lista kanalerna: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>public</source>
        <translation>offentlig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n channel(s) on %1</source>
        <translation>
            <numerusform>%n kanal på %1</numerusform>
            <numerusform>%n kanaler på %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not add the channel: %1</source>
        <translation>Kunde inte lägga till kanalen: %1</translation>
    </message>
</context>
<context>
    <name>ui::RecordDetails</name>
    <message>
        <location filename="../ui/widgets/recorddetails.cpp" line="+79"/>
        <source>Depends (click to show)</source>
        <translation>Beroenden (klicka för att visa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required by</source>
        <translation>Krävs av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the spec</source>
        <translation>Med specifikationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as JSON</source>
        <translation>Kopiera som JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the record as JSON to the clipboard</source>
        <translation>Kopiera posten som JSON till urklipp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record fields</source>
        <translation>Postens fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Beroenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages that require this one</source>
        <translation>Paket som kräver det här</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No package selected</source>
        <translation>Inget paket valt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show %1</source>
        <translation>Visa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for packages that require this build…</source>
        <translation>Letar efter paket som kräver det här bygget…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>Bygge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build number</source>
        <translation>Byggnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdir</source>
        <translation>Underkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noarch</source>
        <translation>Noarch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track features</source>
        <translation>Spårade funktioner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Constrains</source>
        <translation>Begränsar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No package in the loaded channels requires this build.</source>
        <translation>Inget paket i de inlästa kanalerna kräver det här bygget.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Required by %n build(s) in the loaded channels:</source>
        <translation>
            <numerusform>Krävs av %n bygge i de inlästa kanalerna:</numerusform>
            <numerusform>Krävs av %n byggen i de inlästa kanalerna:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n bygge</numerusform>
            <numerusform>%n byggen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="+20"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter commands or keys…</source>
        <translation>Filtrera kommandon eller tangenter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Filtrera kortkommandon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ui::SpecLineModel</name>
    <message>
        <location filename="../ui/models/speclinemodel.cpp" line="+80"/>
        <source>solving…</source>
        <translation>löser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solved</source>
        <translation>löst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsolvable</source>
        <translation>olösbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>ogiltig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specs</source>
        <translation>Specifikationer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
</context>
<context>
    <name>ui::SpecListPreview</name>
    <message>
        <location filename="../ui/views/speclistpreview.cpp" line="+163"/>
        <source>No spec list open</source>
        <translation>Ingen speclista öppen</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <location line="+23"/>
        <source>Solving %n line(s)…</source>
        <translation>
            <numerusform>Löser %n rad…</numerusform>
            <numerusform>Löser %n rader…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot load the channels for %1: %2</source>
        <translation>Kan inte läsa in kanalerna för %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading channels for %1…</source>
        <translation>Läser in kanaler för %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fetching package shards…</source>
        <translation>Hämtar paketens shards…</translation>
    </message>
    <message numerus="yes">
        <location line="+180"/>
        <source>Planned in %1 ms: %2 of %n line(s) solved</source>
        <translation>
            <numerusform>Planerat på %1 ms: %2 av %n rad löst</numerusform>
            <numerusform>Planerat på %1 ms: %2 av %n rader lösta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The workspace has no sync_target: every package of the union is listed.</source>
        <translation>Arbetsytan har inget sync_target: alla paket i unionen listas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync target %1 is not a local channel: it is checked when the sync runs, so every package of the union is listed.</source>
        <translation>Synkmålet %1 är inte en lokal kanal: det kontrolleras när synken körs, så alla paket i unionen listas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sync target does not exist yet: every package is missing.</source>
        <translation>Synkmålet finns inte än: alla paket saknas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the sync target (%1): every package is listed.</source>
        <translation>Kan inte läsa synkmålet (%1): alla paket listas.</translation>
    </message>
</context>
<context>
    <name>ui::SpecListsPage</name>
    <message>
        <location filename="../ui/views/speclistspage.cpp" line="+182"/>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Sync plan</source>
        <translation>Synkplan</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Spec list lines</source>
        <translation>Speclistans rader</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line details</source>
        <translation>Raddetaljer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a line to see its conflicts or errors.</source>
        <translation>Välj en rad för att se dess konflikter eller fel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter the union</source>
        <translation>Filtrera unionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by package name</source>
        <translation>Filtrera på paketnamn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Union of all lines</source>
        <translation>Unionen av alla rader</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync target: %1</source>
        <translation>Synkmål: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line %1 is not solved: %2</source>
        <translation>Rad %1 är inte löst: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: solving…</source>
        <translation>%1: löser…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: does not solve, so it is excluded from the sync plan:
%2</source>
        <translation>%1: går inte att lösa och utesluts därför ur synkplanen:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n package(s), %2 to download</source>
        <translation>
            <numerusform>%1: %n paket, %2 att hämta</numerusform>
            <numerusform>%1: %n paket, %2 att hämta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: error, excluded from the sync plan: %2</source>
        <translation>%1: fel, utesluten ur synkplanen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This line does not solve (%1) and is excluded from the sync plan; see Lines</source>
        <translation>Raden går inte att lösa (%1) och utesluts ur synkplanen; se Rader</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot read the source channel&apos;s records: %1</source>
        <translation>Kan inte läsa källkanalens poster: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds every file of the plan, each under the source&apos;s record: nothing to sync.</source>
        <translation>%1 har redan varje fil i planen, var och en med källans post: inget att synka.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Copy %n package file(s) (%1) into %2?</source>
        <translation>
            <numerusform>Kopiera %n paketfil (%1) till %2?</numerusform>
            <numerusform>Kopiera %n paketfiler (%1) till %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The source has changed the record of %n file(s) the target holds; the record is replaced, the file not downloaded again:
%1</source>
        <translation>
            <numerusform>Källan har ändrat posten för %n fil som målet redan har; posten ersätts, filen hämtas inte igen:
%1</numerusform>
            <numerusform>Källan har ändrat posten för %n filer som målet redan har; posten ersätts, filen hämtas inte igen:
%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines that do not solve are left out:
%1</source>
        <translation>Rader som inte går att lösa utelämnas:
%1</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+20"/>
        <location line="+26"/>
        <source>Sync</source>
        <translation>Synka</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>Spec lists</source>
        <translation>Speclistor</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Copy the packages the sync target lacks into it (a job on the Jobs page)</source>
        <translation>Kopiera de paket som synkmålet saknar till det (ett jobb på sidan Jobb)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynka…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;New Spec List…</source>
        <translation>&amp;Ny speclista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Spec List…</source>
        <translation>D&amp;uplicera speclista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me Spec List…</source>
        <translation>Byt na&amp;mn på speclista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Spec List…</source>
        <translation>&amp;Ta bort speclista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New spec list</source>
        <translation>Ny speclista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate spec list</source>
        <translation>Duplicera speclista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename spec list</source>
        <translation>Byt namn på speclista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete spec list</source>
        <translation>Ta bort speclista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># One solve per line: the specs of a line are solved together.</source>
        <translation># En lösning per rad: specifikationerna på en rad löses tillsammans.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spec list editor</source>
        <translation>Redigerare för speclista</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Provkörning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the sync target and list what a sync would copy, without writing anything (a job on the Jobs page)</source>
        <translation>Kontrollera synkmålet och lista vad en synk skulle kopiera, utan att skriva något (ett jobb på sidan Jobb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload Target</source>
        <translation>&amp;Läs om målet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the sync target&apos;s index again (after a sync)</source>
        <translation>Läs synkmålets index igen (efter en synk)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The workspace lists no spec list (spec_lists in deploydeck.yml)</source>
        <translation>Arbetsytan listar ingen speclista (spec_lists i deploydeck.yml)</translation>
    </message>
</context>
<context>
    <name>ui::StartPanel</name>
    <message>
        <location filename="../ui/widgets/startpanel.cpp" line="+16"/>
        <source>&lt;h2&gt;No workspace open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ingen arbetsyta öppen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace is a folder with a &lt;tt&gt;deploydeck.yml&lt;/tt&gt; that names your channels, environment files, spec lists and Ansible inventory. Open yours, or try deploydeck on the demo: a made-up beamline with its own small channel, inventory and playbook.</source>
        <translation>En arbetsyta är en mapp med en &lt;tt&gt;deploydeck.yml&lt;/tt&gt; som namnger dina kanaler, miljöfiler, speclistor och Ansible-inventarium. Öppna din egen, eller prova deploydeck på demon: en påhittad strållinje med egen liten kanal, eget inventarium och egen playbook.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Workspace…</source>
        <translation>Öppna arbetsyta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Demo</source>
        <translation>Öppna demon</translation>
    </message>
</context>
<context>
    <name>ui::SyncPlanModel</name>
    <message>
        <location filename="../ui/models/syncplanmodel.cpp" line="+58"/>
        <source>line %1 (%2)</source>
        <translation>rad %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded from the plan: %1</source>
        <translation>utesluten ur planen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new package(s) to upload for %1, %2</source>
        <translation>
            <numerusform>%n nytt paket att ladda upp för %1, %2</numerusform>
            <numerusform>%n nya paket att ladda upp för %1, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>In all: %n package file(s), %1</source>
        <translation>
            <numerusform>Totalt: %n paketfil, %1</numerusform>
            <numerusform>Totalt: %n paketfiler, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n paket</numerusform>
            <numerusform>%n paket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdir</source>
        <translation>Underkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
</context>
<context>
    <name>ui::UnionModel</name>
    <message>
        <location filename="../ui/models/unionmodel.cpp" line="+115"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in target</source>
        <translation>i målet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1
needed by line(s) %2</source>
        <translation>%1
behövs av rad(er) %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>Bygge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subdir</source>
        <translation>Underkatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>ui::WorkspaceContext</name>
    <message>
        <location filename="../ui/workspacecontext.cpp" line="+105"/>
        <source>the workspace has no local channel to load</source>
        <translation>arbetsytan har ingen lokal kanal att läsa in</translation>
    </message>
</context>
<context>
    <name>ui::WorkspaceProblemBar</name>
    <message>
        <location filename="../ui/widgets/workspaceproblembar.cpp" line="+30"/>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace problem</source>
        <translation>Problem med arbetsytan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the workspace again (it also reloads by itself when deploydeck.yml changes)</source>
        <translation>Öppna arbetsytan igen (den läses också in av sig själv när deploydeck.yml ändras)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace cannot be opened. Fix the file and it reloads by itself:
%1</source>
        <translation>Arbetsytan kan inte öppnas. Rätta filen så läses den in av sig själv:
%1</translation>
    </message>
</context>
</TS>
