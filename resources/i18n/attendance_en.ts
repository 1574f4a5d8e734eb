<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BadgesPage</name>
    <message numerus="yes">
        <source>%n badges</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badges to {path}.</source>
        <translation>
            <numerusform>Saved %n badge to {path}.</numerusform>
            <numerusform>Saved %n badges to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n badges to the printer.</source>
        <translation>
            <numerusform>Sent %n badge to the printer.</numerusform>
            <numerusform>Sent %n badges to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n badges...</source>
        <translation>
            <numerusform>Preparing %n badge...</numerusform>
            <numerusform>Preparing %n badges...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; activity</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; participations</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participation</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; individuals</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; individual</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; individuals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; attended two or more activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; attended two or more activities</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; attended two or more activities</numerusform>
        </translation>
    </message>
</context>
</TS>
