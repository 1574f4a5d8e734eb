<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Search a name</source>
        <translation>Chercher un nom</translation>
    </message>
    <message>
        <source>Search the people not yet arrived</source>
        <translation>Chercher parmi les personnes pas encore arrivées</translation>
    </message>
    <message>
        <source>People not yet arrived</source>
        <translation>Personnes pas encore arrivées</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Pointer (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <source>Not yet arrived: {count}</source>
        <translation>Pas encore arrivés : {count}</translation>
    </message>
    <message>
        <source>{count} more: type to narrow the list</source>
        <translation>{count} de plus : tapez pour restreindre la liste</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>&amp;All badges</source>
        <translation>&amp;Tous les badges</translation>
    </message>
    <message>
        <source>&amp;Selected rows</source>
        <translation>Lignes &amp;sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Not yet printed</source>
        <translation>&amp;Pas encore imprimés</translation>
    </message>
    <message>
        <source>Search by name, institution, email or country</source>
        <translation>Rechercher par nom, institution, courriel ou pays</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>Enregistrer en &amp;PDF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Imp&amp;rimer...</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimer :</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Aucun événement sélectionné.</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>{badges} on {pages}. {printed} printed before.</source>
        <translation>{badges} sur {pages}. {printed} déjà imprimés.</translation>
    </message>
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
    <message>
        <source>Nothing to print with this selection.</source>
        <translation>Rien à imprimer avec cette sélection.</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badges to {path}.</source>
        <translation>
            <numerusform>%n badge enregistré dans {path}.</numerusform>
            <numerusform>%n badges enregistrés dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n badges to the printer.</source>
        <translation>
            <numerusform>%n badge envoyé à l&apos;imprimante.</numerusform>
            <numerusform>%n badges envoyés à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n badges...</source>
        <translation>
            <numerusform>Préparation de %n badge...</numerusform>
            <numerusform>Préparation de %n badges...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing badges...</source>
        <translation>Préparation des badges...</translation>
    </message>
    <message>
        <source>The printer did not accept the badges; nothing was marked printed.</source>
        <translation>L&apos;imprimante n&apos;a pas accepté les badges ; aucun n&apos;a été marqué imprimé.</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <source>Select participants in the list first.</source>
        <translation>Sélectionnez d&apos;abord des participants dans la liste.</translation>
    </message>
    <message>
        <source>No badges to print</source>
        <translation>Aucun badge à imprimer</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Check-in result</source>
        <translation>Résultat du pointage</translation>
    </message>
    <message>
        <source>Scan {number}</source>
        <translation>Lecture {number}</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Show initials only, for a screen the queue can see</source>
        <translation>N&apos;afficher que les initiales, pour un écran visible de la file</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <source>Read badges with the computer&apos;s camera</source>
        <translation>Lire les badges avec la caméra de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Virtual report...</source>
        <translation>Rapport virtuel...</translation>
    </message>
    <message>
        <source>Count attendance from a Zoom or Teams attendance report</source>
        <translation>Compter la présence à partir d&apos;un rapport de présence Zoom ou Teams</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Scannez un badge, ou tapez un nom et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Undo selected check-in</source>
        <translation>Annuler le pointage sélectionné</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Annuler le dernier (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Hide names</source>
        <translation>&amp;Masquer les noms</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Inscription sur place (F2)</translation>
    </message>
    <message>
        <source>Register someone who is not on the list and check them in</source>
        <translation>Inscrire une personne absente de la liste et la pointer</translation>
    </message>
    <message>
        <source>Not yet arrived (F3)</source>
        <translation>Pas encore arrivés (F3)</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume du son</translation>
    </message>
    <message>
        <source>Sound volume (left end: mute)</source>
        <translation>Volume du son (à gauche : muet)</translation>
    </message>
    <message>
        <source>Scan or name</source>
        <translation>Lecture ou nom</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participants correspondants</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Lectures récentes</translation>
    </message>
    <message>
        <source>Redo ({keys})</source>
        <translation>Rétablir ({keys})</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Son :</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <source>This event has no sessions</source>
        <translation>Cet événement n&apos;a pas de sessions</translation>
    </message>
    <message>
        <source>Registered at another desk</source>
        <translation>Inscrit(e) à un autre poste</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Présence enregistrée</translation>
    </message>
    <message>
        <source>Press Enter again to check in the highlighted name</source>
        <translation>Appuyez de nouveau sur Entrée pour pointer le nom en surbrillance</translation>
    </message>
    <message>
        <source>or choose another with the arrow keys</source>
        <translation>ou choisissez-en un autre avec les flèches</translation>
    </message>
    <message>
        <source>Badge {token}</source>
        <translation>Badge {token}</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>in at {time}</source>
        <translation>arrivé(e) à {time}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Register «{name}» as a walk-in (F2)</source>
        <translation>Inscrire « {name} » sur place (F2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Check-in of {name} undone</source>
        <translation>Pointage de {name} annulé</translation>
    </message>
    <message>
        <source>Check-in of a badge from another desk undone</source>
        <translation>Pointage d&apos;un badge d&apos;un autre poste annulé</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Check-in of {name} counts again</source>
        <translation>Le pointage de {name} compte de nouveau</translation>
    </message>
    <message>
        <source>Check-in of a badge from another desk counts again</source>
        <translation>Le pointage d&apos;un badge d&apos;un autre poste compte de nouveau</translation>
    </message>
    <message>
        <source>Undo this check-in</source>
        <translation>Annuler ce pointage</translation>
    </message>
    <message>
        <source>Redo this check-in</source>
        <translation>Rétablir ce pointage</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Comptage...</translation>
    </message>
    <message>
        <source>Present {present} / {registered} registered · women {female} · men {male} · other {other} · not stated {not_stated}</source>
        <translation>Présents {present} / {registered} inscrits · femmes {female} · hommes {male} · autre {other} · non indiqué {not_stated}</translation>
    </message>
    <message>
        <source>{count} registered at another desk (sex unknown until merged)</source>
        <translation>{count} inscrits à un autre poste (sexe inconnu jusqu&apos;à la fusion)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>The same detail was changed on two laptops before they synced. The later change is applied for now; choose the right value and it will win on every laptop after the next sync.</source>
        <translation>La même information a été modifiée sur deux ordinateurs avant leur synchronisation. La modification la plus récente est appliquée pour l&apos;instant ; choisissez la bonne valeur et elle l&apos;emportera sur tous les ordinateurs après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur ici</translation>
    </message>
    <message>
        <source>Value from the other laptop</source>
        <translation>Valeur de l&apos;autre ordinateur</translation>
    </message>
    <message>
        <source>Applied now</source>
        <translation>Appliquée maintenant</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
        <source>Keep the value &amp;here</source>
        <translation>Garder la valeur d&apos;&amp;ici</translation>
    </message>
    <message>
        <source>Keep the value from the &amp;other laptop</source>
        <translation>Garder la valeur de l&apos;&amp;autre ordinateur</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Compare this code with the one the other laptop shows for this laptop. Bundles are accepted only from laptops trusted here.</source>
        <translation>Comparez ce code avec celui que l’autre ordinateur affiche pour celui-ci. Seuls les paquets des ordinateurs approuvés ici sont acceptés.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>The other laptop&apos;s fingerprint (24 digits), or scan its QR code</source>
        <translation>L’empreinte de l’autre ordinateur (24 chiffres), ou scannez son code QR</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinateur</translation>
    </message>
    <message>
        <source>Also accept its privileged changes: badge keys, deleted events, erasures and merges</source>
        <translation>Accepter aussi ses modifications privilégiées : clés de badges, événements supprimés, effacements et fusions</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No other laptop is trusted yet.</source>
        <translation>Aucun autre ordinateur n’est encore approuvé.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Accept nothing new from this laptop; what it sent before stays</source>
        <translation>N’accepter plus rien de nouveau de cet ordinateur ; ce qu’il a envoyé avant reste</translation>
    </message>
    <message>
        <source>Held for review (privileged changes from laptops that are not a coordinator for that event):</source>
        <translation>Retenues pour vérification (modifications privilégiées d’ordinateurs qui ne coordonnent pas cet événement) :</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’elle fait</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Appareil {device}</translation>
    </message>
    <message>
        <source>{trust} (via hub)</source>
        <translation>{trust} (via le hub)</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Rows that need attention are listed below; press Import to register everyone else.</source>
        <translation>Rien n&apos;est encore enregistré. Les lignes à vérifier sont listées ci-dessous ; appuyez sur Importer pour inscrire toutes les autres.</translation>
    </message>
    <message>
        <source>Sectors of the new institutions (suggested from their names: check them)</source>
        <translation>Secteurs des nouvelles institutions (suggérés d&apos;après leur nom : vérifiez-les)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Vérification de chaque ligne...</translation>
    </message>
    <message>
        <source>Suggested from &quot;{clue}&quot;</source>
        <translation>Suggéré d&apos;après « {clue} »</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possible matches</source>
        <translation>Correspondances possibles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Utiliser cette personne</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>{name} (already registered for this event)</source>
        <translation>{name} (déjà inscrit(e) à cet événement)</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Même courriel</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Même téléphone</translation>
    </message>
    <message>
        <source>Possible matches among people already known: pick one to register them (their history is kept), or choose New person.</source>
        <translation>Correspondances possibles parmi les personnes déjà connues : choisissez-en une pour l&apos;inscrire (son historique est conservé), ou choisissez Nouvelle personne.</translation>
    </message>
    <message>
        <source>{name} is already registered for this event: edit that registration on the Participants page, or choose New person if this is someone else.</source>
        <translation>{name} est déjà inscrit(e) à cet événement : modifiez cette inscription dans la page Participants, ou choisissez Nouvelle personne s&apos;il s&apos;agit de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Registering {name}, already known (events so far: {events}). Their details were filled in; change what is new.</source>
        <translation>Inscription de {name}, déjà connu(e) (événements jusqu&apos;ici : {events}). Ses données ont été remplies ; modifiez ce qui a changé.</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;Pas cette personne</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>These people may be the same person. Merging keeps the first one, moves the second one&apos;s registrations and check-ins to them and fills in their missing details; it is logged and syncs to the other laptops.</source>
        <translation>Ces personnes sont peut-être la même. La fusion garde la première, lui transfère les inscriptions et pointages de la seconde et complète ses informations manquantes ; elle est journalisée et synchronisée avec les autres ordinateurs.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Merge into them</source>
        <translation>Fusionner dans cette personne</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>No possible duplicate people.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
    <message>
        <source>&amp;Swap which one is kept</source>
        <translation>&amp;Inverser la personne gardée</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>&amp;Fusionner...</translation>
    </message>
    <message>
        <source>Looking for possible duplicates...</source>
        <translation>Recherche de doublons possibles...</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name and institution</source>
        <translation>même nom et même institution</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionner des personnes</translation>
    </message>
    <message>
        <source>Merge {merged} into {kept}? {merged} disappears from lists; their registrations and check-ins move to {kept}.</source>
        <translation>Fusionner {merged} dans {kept} ? {merged} disparaît des listes ; ses inscriptions et pointages passent à {kept}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the hub</source>
        <translation>S&apos;inscrire auprès du hub</translation>
    </message>
    <message>
        <source>Ask the coordinator for the hub&apos;s address and a one-time code (&apos;attendance hub enrol&apos;).</source>
        <translation>Demandez au coordinateur l&apos;adresse du hub et un code à usage unique (&apos;attendance hub enrol&apos;).</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>{value} is not a time: use HH:MM, e.g. 09:30</source>
        <translation>{value} n&apos;est pas une heure : utilisez HH:MM, p. ex. 09:30</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>Made from the title if left empty, e.g. SNR26</source>
        <translation>Tiré du titre s&apos;il est laissé vide, p. ex. SNR26</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>P&amp;artenaires :</translation>
    </message>
    <message>
        <source>&amp;Funders:</source>
        <translation>&amp;Bailleurs :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Language of documents:</source>
        <translation>La&amp;ngue des documents :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>One session per day is made from the dates. Add or remove sessions for breaks (e.g. 7–10 Dec and 15–18 Feb); times are HH:MM; an empty label prints as &quot;Day N&quot;.</source>
        <translation>Une session par jour est créée à partir des dates. Ajoutez ou retirez des sessions pour les interruptions (p. ex. 7–10 déc. et 15–18 févr.) ; les heures sont au format HH:MM ; sans intitulé, on imprime « Jour N ».</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter une session</translation>
    </message>
    <message>
        <source>Re&amp;move session</source>
        <translation>&amp;Retirer la session</translation>
    </message>
    <message>
        <source>One per &amp;day from the dates</source>
        <translation>Une par &amp;jour selon les dates</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>Nouvel événement...</translation>
    </message>
    <message>
        <source>Edit event...</source>
        <translation>Modifier l&apos;événement...</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>Exporter un paquet de synchronisation</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s work to a file for another laptop or the coordinator.</source>
        <translation>Enregistrez le travail de cet ordinateur dans un fichier pour un autre ordinateur ou la coordination.</translation>
    </message>
    <message>
        <source>Everything on this laptop</source>
        <translation>Tout ce qui est sur cet ordinateur</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent</source>
        <translation>Seulement ce qui a changé depuis le dernier paquet envoyé</translation>
    </message>
    <message>
        <source>Only the selected event, to set up another desk: {title}</source>
        <translation>Seulement l&apos;événement choisi, pour préparer un autre poste : {title}</translation>
    </message>
    <message>
        <source>Bundle file (.zip)</source>
        <translation>Fichier du paquet (.zip)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Sync bundles (*.zip)</source>
        <translation>Paquets de synchronisation (*.zip)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisissez le fichier</translation>
    </message>
    <message>
        <source>A CSV file (any encoding, separated by commas, semicolons or tabs) or an Excel .xlsx workbook, with one row of column headers.</source>
        <translation>Un fichier CSV (tout encodage, séparé par des virgules, des points-virgules ou des tabulations) ou un classeur Excel .xlsx, avec une ligne d&apos;en-têtes de colonnes.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille :</translation>
    </message>
    <message>
        <source>Pre-registration list</source>
        <translation>Liste de préinscription</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>Excel workbook, sheet {sheet}: {rows} rows.</source>
        <translation>Classeur Excel, feuille {sheet} : {rows} lignes.</translation>
    </message>
    <message>
        <source>Text file in {encoding}, columns separated by {delimiter}: {rows} rows.</source>
        <translation>Fichier texte en {encoding}, colonnes séparées par {delimiter} : {rows} lignes.</translation>
    </message>
    <message>
        <source>Some text looks garbled (like &quot;JosÃ©&quot;): check the names in the preview.</source>
        <translation>Une partie du texte semble altérée (comme « JosÃ© ») : vérifiez les noms dans l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% femmes</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>last synced {time}</source>
        <translation>dernière synchro {time}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: {synced}, {waiting}</source>
        <translation>Hub : {synced}, {waiting}</translation>
    </message>
    <message>
        <source>Hub: syncing...</source>
        <translation>Hub : synchronisation...</translation>
    </message>
    <message>
        <source>Synced with the hub: {sent} sent, {received} received.</source>
        <translation>Synchronisé avec le hub : {sent} envoyées, {received} reçues.</translation>
    </message>
    <message>
        <source>Sync with the hub failed: {message}</source>
        <translation>La synchronisation avec le hub a échoué : {message}</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Choose {setting}</source>
        <translation>Choisir : {setting}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {setting}</source>
        <translation>Retirer : {setting}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Cannot read this image</source>
        <translation>Image illisible</translation>
    </message>
</context>
<context>
    <name>ImageListField</name>
    <message>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>{action}: {setting}</source>
        <translation>{action} : {setting}</translation>
    </message>
    <message>
        <source>{name} (cannot read this image)</source>
        <translation>{name} (image illisible)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import sync bundle</source>
        <translation>Importer un paquet de synchronisation</translation>
    </message>
    <message>
        <source>Conflicts (the later value is applied; review them afterwards):</source>
        <translation>Conflits (la valeur la plus récente est appliquée ; examinez-les ensuite) :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Possible duplicate people (nothing is merged by itself):</source>
        <translation>Doublons possibles (rien n&apos;est fusionné automatiquement) :</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà ici</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Arrivant</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Lecture de {name}...</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This bundle was already imported; importing it again changes nothing.</source>
        <translation>Ce paquet a déjà été importé ; l&apos;importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <source>Bundle {name} from laptop {device}, made {created}.</source>
        <translation>Paquet {name} de l&apos;ordinateur {device}, créé le {created}.</translation>
    </message>
    <message>
        <source>Changes in the bundle</source>
        <translation>Modifications dans le paquet</translation>
    </message>
    <message>
        <source>New to this laptop</source>
        <translation>Nouvelles pour cet ordinateur</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>People updated</source>
        <translation>Personnes modifiées</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Nouvelles inscriptions</translation>
    </message>
    <message>
        <source>New check-ins</source>
        <translation>Nouveaux pointages</translation>
    </message>
    <message>
        <source>People erased</source>
        <translation>Personnes effacées</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Possible duplicate people</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>{count} rows wait for an earlier bundle from that laptop.</source>
        <translation>{count} lignes attendent un paquet antérieur de cet ordinateur.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name and institution</source>
        <translation>même nom et même institution</translation>
    </message>
    <message>
        <source>Importing {name}...</source>
        <translation>Importation de {name}...</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The codes are the same: &amp;trust this laptop</source>
        <translation>Les codes sont identiques : &amp;approuver cet ordinateur</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop this one does not trust yet. Compare its fingerprint below with the one its Devices page shows; import only if they are the same.</source>
        <translation>Ce paquet vient d’un ordinateur que celui-ci n’approuve pas encore. Comparez son empreinte ci-dessous avec celle qu’affiche sa page Appareils ; n’importez que si elles sont identiques.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants into {code}</source>
        <translation>Importer des participants dans {code}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Nom complet (séparé)</translation>
    </message>
    <message>
        <source>First family name (paternal)</source>
        <translation>Premier nom de famille (paternel)</translation>
    </message>
    <message>
        <source>Second family name (maternal)</source>
        <translation>Second nom de famille (maternel)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Statut de l&apos;inscription</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <source>KoboToolbox / ODK</source>
        <translation>KoboToolbox / ODK</translation>
    </message>
    <message>
        <source>Eventbrite attendee report</source>
        <translation>rapport des participants Eventbrite</translation>
    </message>
    <message>
        <source>Zoom meeting registration report</source>
        <translation>rapport d&apos;inscription à une réunion Zoom</translation>
    </message>
    <message>
        <source>Zoom webinar registration report</source>
        <translation>rapport d&apos;inscription à un webinaire Zoom</translation>
    </message>
    <message>
        <source>a list saved by Excel (title rows, footer)</source>
        <translation>une liste enregistrée par Excel (lignes de titre, pied)</translation>
    </message>
    <message>
        <source>a plain list</source>
        <translation>une liste simple</translation>
    </message>
    <message>
        <source>by its header</source>
        <translation>par son en-tête</translation>
    </message>
    <message>
        <source>by its values</source>
        <translation>par ses valeurs</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisie par vous</translation>
    </message>
    <message>
        <source>as you chose last time</source>
        <translation>comme vous l&apos;avez choisie la dernière fois</translation>
    </message>
    <message>
        <source>form metadata</source>
        <translation>métadonnées du formulaire</translation>
    </message>
    <message>
        <source>empty column</source>
        <translation>colonne vide</translation>
    </message>
    <message>
        <source>&quot;anonymous&quot; in every row</source>
        <translation>« anonymous » sur toutes les lignes</translation>
    </message>
    <message>
        <source>not a field we know</source>
        <translation>pas un champ connu</translation>
    </message>
    <message>
        <source>another column holds {field}</source>
        <translation>une autre colonne contient {field}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{added} new people, {matched} people already known, {already} already registered, {duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings.</source>
        <translation>{added} nouvelles personnes, {matched} personnes déjà connues, {already} déjà inscrites, {duplicates} doublons dans le fichier, {rejected} rejetées, {warnings} avertissements.</translation>
    </message>
    <message>
        <source>{skipped} skipped (status or footer), {review} possible duplicates to review.</source>
        <translation>{skipped} ignorées (statut ou pied), {review} doublons possibles à vérifier.</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>nouvelle personne</translation>
    </message>
    <message>
        <source>known person</source>
        <translation>personne connue</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>déjà inscrite</translation>
    </message>
    <message>
        <source>duplicate in the file</source>
        <translation>doublon dans le fichier</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>doublon possible</translation>
    </message>
</context>
<context>
    <name>InstitutionsDialog</name>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Selected institution</source>
        <translation>Institution sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save sector and country</source>
        <translation>&amp;Enregistrer le secteur et le pays</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;cteur :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Merge two records of the same institution</source>
        <translation>Fusionner deux fiches de la même institution</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>into</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>Its people and registrations move to the one kept; it disappears from lists. The change is logged and syncs.</source>
        <translation>Ses personnes et inscriptions passent à celle qui est conservée ; elle disparaît des listes. La modification est journalisée et synchronisée.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Enregistré : {name}.</translation>
    </message>
    <message>
        <source>Merge institutions</source>
        <translation>Fusionner des institutions</translation>
    </message>
    <message>
        <source>Merge &quot;{merged}&quot; into &quot;{kept}&quot;? Its people and registrations move to &quot;{kept}&quot;.</source>
        <translation>Fusionner « {merged} » dans « {kept} » ? Ses personnes et inscriptions passent à « {kept} ».</translation>
    </message>
    <message>
        <source>Merged &quot;{merged}&quot; into &quot;{kept}&quot; ({moved} records moved).</source>
        <translation>« {merged} » fusionnée dans « {kept} » ({moved} fiches déplacées).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Événement enregistré.</translation>
    </message>
    <message>
        <source>Wrote {count} changes to {path}</source>
        <translation>{count} modifications écrites dans {path}</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>Importer un paquet de synchronisation</translation>
    </message>
    <message>
        <source>Sync bundles (*.zip)</source>
        <translation>Paquets de synchronisation (*.zip)</translation>
    </message>
    <message>
        <source>Sync bundle imported.</source>
        <translation>Paquet de synchronisation importé.</translation>
    </message>
    <message>
        <source>Backup restored. What it replaced is kept in {path}</source>
        <translation>Sauvegarde restaurée. Ce qu&apos;elle a remplacé est gardé dans {path}</translation>
    </message>
    <message>
        <source>Welcome to Attendance</source>
        <translation>Bienvenue dans Attendance</translation>
    </message>
    <message>
        <source>The database is empty. Create a demo with three realistic events and about 150 participants, to see what the app does? You can delete it later or start a new database.</source>
        <translation>La base de données est vide. Créer une démonstration avec trois événements réalistes et environ 150 participants pour voir ce que fait l&apos;application ? Vous pourrez la supprimer plus tard ou commencer une nouvelle base.</translation>
    </message>
    <message>
        <source>About Attendance</source>
        <translation>À propos d&apos;Attendance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attendance {version}&lt;/h3&gt;&lt;p&gt;Registration, QR badges, check-in and sex-disaggregated attendance reports for workshops, webinars and courses. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attendance {version}&lt;/h3&gt;&lt;p&gt;Inscriptions, badges QR, pointage et rapports de présence ventilés par sexe pour ateliers, webinaires et cours. Fonctionne hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>&amp;Nouvel événement...</translation>
    </message>
    <message>
        <source>&amp;Edit event...</source>
        <translation>&amp;Modifier l&apos;événement...</translation>
    </message>
    <message>
        <source>&amp;Register a participant...</source>
        <translation>&amp;Inscrire un participant...</translation>
    </message>
    <message>
        <source>&amp;Import participants...</source>
        <translation>&amp;Importer des participants...</translation>
    </message>
    <message>
        <source>I&amp;nstitutions...</source>
        <translation>I&amp;nstitutions...</translation>
    </message>
    <message>
        <source>E&amp;xport sync bundle...</source>
        <translation>E&amp;xporter un paquet de synchronisation...</translation>
    </message>
    <message>
        <source>Im&amp;port sync bundle...</source>
        <translation>Im&amp;porter un paquet de synchronisation...</translation>
    </message>
    <message>
        <source>Sync with &amp;hub</source>
        <translation>Synchroniser avec le &amp;hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sauvegarder...</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>&amp;About Attendance</source>
        <translation>À &amp;propos d&apos;Attendance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Événement :</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Paramè&amp;tres...</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Vérifiez les colonnes</translation>
    </message>
    <message>
        <source>Each column was matched to a field by its header and its values. Change a field where it is wrong; (ignore) leaves a column out.</source>
        <translation>Chaque colonne a été associée à un champ par son en-tête et ses valeurs. Changez le champ là où il est faux ; (ignorer) laisse la colonne de côté.</translation>
    </message>
    <message>
        <source>In the sex column, what does &quot;M&quot; mean?</source>
        <translation>Dans la colonne du sexe, que signifie « M » ?</translation>
    </message>
    <message>
        <source>M = Mujer (woman), as in M/H</source>
        <translation>M = Mujer (femme), comme dans M/H</translation>
    </message>
    <message>
        <source>M = Male / Masculino, as in F/M</source>
        <translation>M = Masculin, comme dans F/M</translation>
    </message>
    <message>
        <source>Register &amp;pending registrants too (refused, refunded and cancelled ones never)</source>
        <translation>Enregistrer aussi les inscriptions en &amp;attente (jamais celles refusées, remboursées ou annulées)</translation>
    </message>
    <message>
        <source>Write names typed in &amp;capitals as names (María de la Cruz)</source>
        <translation>Écrire comme des noms les noms tapés en &amp;majuscules (María de la Cruz)</translation>
    </message>
    <message>
        <source>Detected: {source}.</source>
        <translation>Détecté : {source}.</translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file with these headers.</source>
        <translation>Les colonnes choisies la dernière fois pour un fichier avec ces en-têtes sont utilisées.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{columns} columns: {imported} imported, {ignored} ignored (see why under each field).</source>
        <translation>{columns} colonnes : {imported} importées, {ignored} ignorées (la raison, sous chaque champ).</translation>
    </message>
    <message>
        <source>The column has M but neither F nor H, and its header does not say: please choose.</source>
        <translation>La colonne contient M mais ni F ni H, et son en-tête ne le précise pas : choisissez.</translation>
    </message>
    <message>
        <source>Decided from the other values in the column; change it if it is wrong.</source>
        <translation>Déduit des autres valeurs de la colonne ; changez-le s&apos;il est faux.</translation>
    </message>
</context>
<context>
    <name>NewInstitutionFields</name>
    <message>
        <source>same as the person</source>
        <translation>celui de la personne</translation>
    </message>
    <message>
        <source>New institution, sector:</source>
        <translation>Nouvelle institution, secteur :</translation>
    </message>
    <message>
        <source>country:</source>
        <translation>pays :</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>Choose an organisation or type a new name</source>
        <translation>Choisissez une organisation ou tapez un nouveau nom</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Organisation à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Chosen organisations</source>
        <translation>Organisations choisies</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nouvelle)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Family names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sessions suivies</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Search by name, institution, email or country</source>
        <translation>Rechercher par nom, institution, courriel ou pays</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>&amp;Inscrire...</translation>
    </message>
    <message>
        <source>Register a participant (Ctrl+N)</source>
        <translation>Inscrire un participant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Present in {session}</source>
        <translation>Présents à {session}</translation>
    </message>
    <message>
        <source>Not yet arrived in {session}</source>
        <translation>Pas encore arrivés à {session}</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Registration saved.</source>
        <translation>Inscription enregistrée.</translation>
    </message>
    <message>
        <source>No event selected. Create one with File &gt; New event.</source>
        <translation>Aucun événement sélectionné. Créez-en un avec Fichier &gt; Nouvel événement.</translation>
    </message>
    <message>
        <source>{registered} registered: {female} women, {male} men, {other} other, {not_stated} not stated</source>
        <translation>{registered} inscrits : {female} femmes, {male} hommes, {other} autre, {not_stated} non indiqué</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <source>Reprint badge...</source>
        <translation>Réimprimer le badge...</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? The row stays in the list, greyed, and the badge no longer checks in.</source>
        <translation>Annuler l&apos;inscription de {name} ? La ligne reste dans la liste, grisée, et le badge ne permet plus le pointage.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Change person</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Tapez une partie d&apos;un nom</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>fonctionnaires</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>représentants</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Par institution</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Ventilations</translation>
    </message>
    <message>
        <source>&amp;Excel workbook...</source>
        <translation>Classeur &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;PDF report...</source>
        <translation>Rapport &amp;PDF...</translation>
    </message>
    <message>
        <source>C&amp;SV of participations...</source>
        <translation>C&amp;SV des participations...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>F&amp;under:</source>
        <translation>&amp;Bailleur :</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtenaire :</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>Or&amp;ganisateur :</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalité :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Peop&amp;le are:</source>
        <translation>Les &amp;personnes sont :</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Ready-to-paste sentence</source>
        <translation>Phrase prête à coller</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Individuals by year and sex</source>
        <translation>Personnes par année et par sexe</translation>
    </message>
    <message>
        <source>Individuals by country</source>
        <translation>Personnes par pays</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Calcul en cours...</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; activité</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; activités</numerusform>
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
            <numerusform>&lt;b&gt;%n&lt;/b&gt; personne</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>({female} women, {male} men, {other} other, {not_stated} not stated)</source>
        <translation>({female} femmes, {male} hommes, {other} autre, {not_stated} non indiqué)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; women of those who stated their sex</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; de femmes parmi les personnes ayant indiqué leur sexe</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; attended two or more activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; a assisté à deux activités ou plus</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; ont assisté à deux activités ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Sentence copied.</source>
        <translation>Phrase copiée.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Fichiers {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Écriture de {name}...</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>No project: choose one or type a new title</source>
        <translation>Aucun projet : choisissez-en un ou tapez un nouveau titre</translation>
    </message>
</context>
<context>
    <name>RecentScansModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Badge {token}</source>
        <translation>Badge {token}</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation>Modifier l&apos;inscription</translation>
    </message>
    <message>
        <source>Register a participant</source>
        <translation>Inscrire un participant</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Agrees that their details are kept for this event&apos;s attendance records and reports</source>
        <translation>Accepte que ses données soient conservées pour les registres de présence et les rapports de cet événement</translation>
    </message>
    <message>
        <source>Print badge after saving</source>
        <translation>Imprimer le badge après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Walk-in mode: stay open for the next person</source>
        <translation>Mode accueil sur place : rester ouvert pour la personne suivante</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms :</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Noms :</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved: {name}. Next person.</source>
        <translation>Enregistré : {name}. Personne suivante.</translation>
    </message>
    <message>
        <source>This field holds at most {limit} characters; anything longer was cut off.</source>
        <translation>Ce champ contient au plus {limit} caractères ; le surplus a été coupé.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation en cours...</translation>
    </message>
    <message>
        <source>Saved. {summary}</source>
        <translation>Enregistré. {summary}</translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>Rien n&apos;a été importé : {message}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>fonctionnaires</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>représentants</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sectors and countries</source>
        <translation>Secteurs et pays</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Part des femmes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Par session</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Par institution</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% femmes</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Paysage</translation>
    </message>
    <message>
        <source>One file per person (zip)</source>
        <translation>Un fichier par personne (zip)</translation>
    </message>
    <message>
        <source>the event&apos;s city and country</source>
        <translation>la ville et le pays de l&apos;événement</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet...</source>
        <translation>&amp;Feuille d&apos;émargement...</translation>
    </message>
    <message>
        <source>Attendance &amp;matrix...</source>
        <translation>&amp;Matrice de présence...</translation>
    </message>
    <message>
        <source>Summary &amp;PDF...</source>
        <translation>Bilan &amp;PDF...</translation>
    </message>
    <message>
        <source>Cer&amp;tificates...</source>
        <translation>Cer&amp;tificats...</translation>
    </message>
    <message>
        <source>List as C&amp;SV...</source>
        <translation>Liste C&amp;SV...</translation>
    </message>
    <message>
        <source>List as &amp;Excel...</source>
        <translation>Liste &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Ready-to-paste sentence</source>
        <translation>Phrase prête à coller</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Sign-in sheet &amp;session:</source>
        <translation>&amp;Session de la feuille d&apos;émargement :</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Lignes vides pour les non-inscrits :</translation>
    </message>
    <message>
        <source>Sign-in sheet columns:</source>
        <translation>Colonnes de la feuille d&apos;émargement :</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>&amp;date</translation>
    </message>
    <message>
        <source>Certificates issued &amp;in:</source>
        <translation>Lie&amp;u de délivrance des certificats :</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>Choose or create an event to see its figures.</source>
        <translation>Choisissez ou créez un événement pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>{registered} registered, {attended} attended: {female} women, {male} men, {other} other, {not_stated} not stated. Women: {percent} of those who stated their sex.</source>
        <translation>{registered} inscrits, {attended} présents : {female} femmes, {male} hommes, {other} autre, {not_stated} non indiqué. Femmes : {percent} de ceux qui ont indiqué leur sexe.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Sentence copied.</source>
        <translation>Phrase copiée.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Fichiers {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Écriture de {name}...</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Printed in landscape: the chosen columns do not fit a portrait page.</source>
        <translation>Imprimée en paysage : les colonnes choisies ne tiennent pas sur une page en portrait.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Automatic backups of this database (kept in {folder}). Restoring replaces everything with the backup&apos;s content; what is replaced is kept as a backup too.</source>
        <translation>Sauvegardes automatiques de cette base (gardées dans {folder}). Restaurer remplace tout par le contenu de la sauvegarde ; ce qui est remplacé est gardé en sauvegarde aussi.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Pointages</translation>
    </message>
    <message>
        <source>No automatic backup yet: one is made a few minutes after data changes.</source>
        <translation>Pas encore de sauvegarde automatique : elle est faite quelques minutes après un changement.</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurer la sélection</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>&amp;Autre fichier...</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisissez une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Attendance databases (*.db *.bak);;All files (*)</source>
        <translation>Bases de données Attendance (*.db *.bak);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Organisation and logos</source>
        <translation>Organisation et logos</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Reports and lists</source>
        <translation>Rapports et listes</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>VirtualReportDialog</name>
    <message>
        <source>Virtual attendance report</source>
        <translation>Rapport de présence virtuelle</translation>
    </message>
    <message>
        <source>Choose a Zoom, Teams, Meet or Webex report...</source>
        <translation>Choisir un rapport Zoom, Teams, Meet ou Webex...</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Count only the session&apos;s times</source>
        <translation>Ne compter que l&apos;horaire de la session</translation>
    </message>
    <message>
        <source>Count only the session&apos;s times ({start}–{end})</source>
        <translation>Ne compter que l&apos;horaire de la session ({start}–{end})</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Nom dans le rapport</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Comment elle a été trouvée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Ticked rows are written. Similar names (yellow) are written only once you accept them; hosts and panelists (grey, last) count only if registered. Rows under the minimum time are not counted.</source>
        <translation>Les lignes cochées sont enregistrées. Les noms proches (jaune) ne le sont qu&apos;une fois acceptés ; hôtes et panélistes (gris, à la fin) ne comptent que s&apos;ils sont inscrits. Les lignes sous le temps minimum ne comptent pas.</translation>
    </message>
    <message>
        <source>{source} report “{title}”: {people} people, {minutes} minutes; {matched} matched to registrations, {review} to review.</source>
        <translation>Rapport {source} « {title} » : {people} personnes, {minutes} minutes ; {matched} rapprochées d&apos;inscriptions, {review} à vérifier.</translation>
    </message>
    <message>
        <source>To review: accept?</source>
        <translation>À vérifier : accepter ?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Change person...</source>
        <translation>Changer de personne...</translation>
    </message>
    <message>
        <source>Register as new</source>
        <translation>Inscrire comme nouvelle</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>(new registration)</source>
        <translation>(nouvelle inscription)</translation>
    </message>
    <message>
        <source>Similar names left to review, not written: {count}.</source>
        <translation>Noms proches non vérifiés, non enregistrés : {count}.</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Inscrit(e) comme</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Pointer</translation>
    </message>
    <message>
        <source>Minimum time to count as attended:</source>
        <translation>Temps minimum pour compter comme présent :</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>Rapport de présence</translation>
    </message>
    <message>
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Rapports (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Under the minimum time: not counted</source>
        <translation>Sous le temps minimum : non compté</translation>
    </message>
    <message>
        <source>Saved: {checked_in} checked in, {already} already checked in, {too_short} under the minimum time, {registered} registered, {ignored} ignored.</source>
        <translation>Enregistré : {checked_in} pointés, {already} déjà pointés, {too_short} sous le temps minimum, {registered} inscrits, {ignored} ignorés.</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisissez une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Restore a backup copy over it (the damaged file is kept next to it), open another database, or quit.</source>
        <translation>Restaurez une sauvegarde à sa place (le fichier endommagé est conservé à côté), ouvrez une autre base de données ou quittez.</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>Open another database...</source>
        <translation>Ouvrir une autre base de données...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>That file is not a usable backup.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde utilisable.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>Webcam scanning needs the camera extra ({missing} not installed). Install it with: {hint}</source>
        <translation>La lecture par webcam nécessite l&apos;extension camera ({missing} non installé). Installez-la avec : {hint}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Attendance databases (*.db)</source>
        <translation>Bases de données Attendance (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation>Vérification de la base de données...</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de données est saine.</translation>
    </message>
    <message>
        <source>The database is sound: no problem was found.</source>
        <translation>La base de données est saine : aucun problème trouvé.</translation>
    </message>
    <message>
        <source>The database has problems:
{problems}

Restore a backup (File › Restore).</source>
        <translation>La base de données a des problèmes :
{problems}

Restaurez une sauvegarde (Fichier › Restaurer).</translation>
    </message>
</context>
</TS>
