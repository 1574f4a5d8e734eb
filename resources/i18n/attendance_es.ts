<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivitiesModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Search a name</source>
        <translation>Buscar un nombre</translation>
    </message>
    <message>
        <source>Search the people not yet arrived</source>
        <translation>Buscar entre quienes aún no llegaron</translation>
    </message>
    <message>
        <source>People not yet arrived</source>
        <translation>Personas que aún no llegaron</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Registrar asistencia (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Aún no llegaron</translation>
    </message>
    <message>
        <source>Not yet arrived: {count}</source>
        <translation>Aún no llegaron: {count}</translation>
    </message>
    <message>
        <source>{count} more: type to narrow the list</source>
        <translation>{count} más: escriba para acotar la lista</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>&amp;All badges</source>
        <translation>&amp;Todas las credenciales</translation>
    </message>
    <message>
        <source>&amp;Selected rows</source>
        <translation>&amp;Filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Not yet printed</source>
        <translation>&amp;Aún no impresas</translation>
    </message>
    <message>
        <source>Search by name, institution, email or country</source>
        <translation>Buscar por nombre, institución, correo o país</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>Guardar &amp;PDF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Imp&amp;rimir...</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Ningún evento seleccionado.</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>{badges} on {pages}. {printed} printed before.</source>
        <translation>{badges} en {pages}. {printed} ya impresas.</translation>
    </message>
    <message numerus="yes">
        <source>%n badges</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to print with this selection.</source>
        <translation>Nada que imprimir con esta selección.</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Guardar credenciales</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badges to {path}.</source>
        <translation>
            <numerusform>%n credencial guardada en {path}.</numerusform>
            <numerusform>%n credenciales guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n badges to the printer.</source>
        <translation>
            <numerusform>%n credencial enviada a la impresora.</numerusform>
            <numerusform>%n credenciales enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n badges...</source>
        <translation>
            <numerusform>Preparando %n credencial...</numerusform>
            <numerusform>Preparando %n credenciales...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing badges...</source>
        <translation>Preparando credenciales...</translation>
    </message>
    <message>
        <source>The printer did not accept the badges; nothing was marked printed.</source>
        <translation>La impresora no aceptó las credenciales; no se marcó ninguna como impresa.</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <source>Select participants in the list first.</source>
        <translation>Primero seleccione participantes en la lista.</translation>
    </message>
    <message>
        <source>No badges to print</source>
        <translation>No hay credenciales que imprimir</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Check-in result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <source>Scan {number}</source>
        <translation>Lectura {number}</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>Show initials only, for a screen the queue can see</source>
        <translation>Mostrar solo las iniciales, para una pantalla que la fila puede ver</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Cámara web</translation>
    </message>
    <message>
        <source>Read badges with the computer&apos;s camera</source>
        <translation>Leer credenciales con la cámara del equipo</translation>
    </message>
    <message>
        <source>Virtual report...</source>
        <translation>Informe virtual...</translation>
    </message>
    <message>
        <source>Count attendance from a Zoom or Teams attendance report</source>
        <translation>Contar la asistencia a partir de un informe de asistencia de Zoom o Teams</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Escanee una credencial, o escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>Undo selected check-in</source>
        <translation>Anular el registro seleccionado</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Anular el último (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Hide names</source>
        <translation>&amp;Ocultar nombres</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Inscripción en sitio (F2)</translation>
    </message>
    <message>
        <source>Register someone who is not on the list and check them in</source>
        <translation>Inscribir a alguien que no está en la lista y registrar su asistencia</translation>
    </message>
    <message>
        <source>Not yet arrived (F3)</source>
        <translation>Aún no llegaron (F3)</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volumen del sonido</translation>
    </message>
    <message>
        <source>Sound volume (left end: mute)</source>
        <translation>Volumen del sonido (extremo izquierdo: silencio)</translation>
    </message>
    <message>
        <source>Scan or name</source>
        <translation>Lectura o nombre</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participantes que coinciden</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Lecturas recientes</translation>
    </message>
    <message>
        <source>Redo ({keys})</source>
        <translation>Rehacer ({keys})</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sonido:</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <source>This event has no sessions</source>
        <translation>Este evento no tiene sesiones</translation>
    </message>
    <message>
        <source>Registered at another desk</source>
        <translation>Inscrito/a en otro puesto</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <source>Press Enter again to check in the highlighted name</source>
        <translation>Pulse Intro otra vez para registrar la asistencia del nombre resaltado</translation>
    </message>
    <message>
        <source>or choose another with the arrow keys</source>
        <translation>o elija otro con las flechas</translation>
    </message>
    <message>
        <source>Badge {token}</source>
        <translation>Credencial {token}</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Código {code}</translation>
    </message>
    <message>
        <source>in at {time}</source>
        <translation>llegó a las {time}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Register «{name}» as a walk-in (F2)</source>
        <translation>Inscribir a «{name}» en sitio (F2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que anular</translation>
    </message>
    <message>
        <source>Check-in of {name} undone</source>
        <translation>Asistencia de {name} anulada</translation>
    </message>
    <message>
        <source>Check-in of a badge from another desk undone</source>
        <translation>Asistencia de un gafete de otro puesto anulada</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Check-in of {name} counts again</source>
        <translation>La asistencia de {name} vuelve a contar</translation>
    </message>
    <message>
        <source>Check-in of a badge from another desk counts again</source>
        <translation>La asistencia de un gafete de otro puesto vuelve a contar</translation>
    </message>
    <message>
        <source>Undo this check-in</source>
        <translation>Anular este registro de asistencia</translation>
    </message>
    <message>
        <source>Redo this check-in</source>
        <translation>Rehacer este registro</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>Present {present} / {registered} registered · women {female} · men {male} · other {other} · not stated {not_stated}</source>
        <translation>Presentes {present} / {registered} inscritos · mujeres {female} · hombres {male} · otro {other} · no indicado {not_stated}</translation>
    </message>
    <message>
        <source>{count} registered at another desk (sex unknown until merged)</source>
        <translation>{count} inscritos en otro puesto (sexo desconocido hasta la fusión)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>The same detail was changed on two laptops before they synced. The later change is applied for now; choose the right value and it will win on every laptop after the next sync.</source>
        <translation>El mismo dato se cambió en dos portátiles antes de sincronizarlos. Por ahora se aplica el cambio más reciente; elija el valor correcto y prevalecerá en todos los portátiles tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valor aquí</translation>
    </message>
    <message>
        <source>Value from the other laptop</source>
        <translation>Valor del otro portátil</translation>
    </message>
    <message>
        <source>Applied now</source>
        <translation>Aplicado ahora</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No hay conflictos por revisar.</translation>
    </message>
    <message>
        <source>Keep the value &amp;here</source>
        <translation>Conservar el valor de &amp;aquí</translation>
    </message>
    <message>
        <source>Keep the value from the &amp;other laptop</source>
        <translation>Conservar el valor del &amp;otro portátil</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <source>Compare this code with the one the other laptop shows for this laptop. Bundles are accepted only from laptops trusted here.</source>
        <translation>Compare este código con el que el otro portátil muestra para este. Solo se aceptan paquetes de portátiles de confianza aquí.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>The other laptop&apos;s fingerprint (24 digits), or scan its QR code</source>
        <translation>La huella del otro portátil (24 cifras), o escanee su código QR</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinador</translation>
    </message>
    <message>
        <source>Also accept its privileged changes: badge keys, deleted events, erasures and merges</source>
        <translation>Aceptar también sus cambios privilegiados: claves de credenciales, eventos eliminados, borrados y fusiones</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Confiar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No other laptop is trusted yet.</source>
        <translation>Todavía no se confía en ningún otro portátil.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Accept nothing new from this laptop; what it sent before stays</source>
        <translation>No aceptar nada nuevo de este portátil; lo que envió antes se mantiene</translation>
    </message>
    <message>
        <source>Held for review (privileged changes from laptops that are not a coordinator for that event):</source>
        <translation>Retenidos para revisar (cambios privilegiados de portátiles que no coordinan ese evento):</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>sin confianza</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Dispositivo {device}</translation>
    </message>
    <message>
        <source>{trust} (via hub)</source>
        <translation>{trust} (vía hub)</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>What will happen</source>
        <translation>Qué va a pasar</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Rows that need attention are listed below; press Import to register everyone else.</source>
        <translation>Todavía no se ha guardado nada. Abajo aparecen las filas que requieren atención; pulse Importar para inscribir a todos los demás.</translation>
    </message>
    <message>
        <source>Sectors of the new institutions (suggested from their names: check them)</source>
        <translation>Sectores de las instituciones nuevas (sugeridos por su nombre: revíselos)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Revisando cada fila...</translation>
    </message>
    <message>
        <source>Suggested from &quot;{clue}&quot;</source>
        <translation>Sugerido por &quot;{clue}&quot;</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Usar esta persona</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>{name} (already registered for this event)</source>
        <translation>{name} (ya inscrito/a en este evento)</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Mismo correo electrónico</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Mismo teléfono</translation>
    </message>
    <message>
        <source>Possible matches among people already known: pick one to register them (their history is kept), or choose New person.</source>
        <translation>Posibles coincidencias entre las personas ya conocidas: elija una para inscribirla (se conserva su historial) o elija Nueva persona.</translation>
    </message>
    <message>
        <source>{name} is already registered for this event: edit that registration on the Participants page, or choose New person if this is someone else.</source>
        <translation>{name} ya está inscrito/a en este evento: edite esa inscripción en la página Participantes, o elija Persona nueva si es otra persona.</translation>
    </message>
    <message>
        <source>Registering {name}, already known (events so far: {events}). Their details were filled in; change what is new.</source>
        <translation>Se inscribe a {name}, ya conocido/a (eventos hasta ahora: {events}). Sus datos se completaron; cambie lo que sea nuevo.</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;No es esta persona</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>These people may be the same person. Merging keeps the first one, moves the second one&apos;s registrations and check-ins to them and fills in their missing details; it is logged and syncs to the other laptops.</source>
        <translation>Estas personas pueden ser la misma. Al fusionar se conserva la primera, se le trasladan las inscripciones y asistencias de la segunda y se completan sus datos que faltan; queda registrado y se sincroniza con los demás portátiles.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Merge into them</source>
        <translation>Fusionar en esa persona</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>No possible duplicate people.</source>
        <translation>No hay posibles personas duplicadas.</translation>
    </message>
    <message>
        <source>&amp;Swap which one is kept</source>
        <translation>&amp;Cambiar cuál se conserva</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>&amp;Fusionar...</translation>
    </message>
    <message>
        <source>Looking for possible duplicates...</source>
        <translation>Buscando posibles duplicados...</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same name and institution</source>
        <translation>mismo nombre e institución</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Fusionar personas</translation>
    </message>
    <message>
        <source>Merge {merged} into {kept}? {merged} disappears from lists; their registrations and check-ins move to {kept}.</source>
        <translation>¿Fusionar a {merged} en {kept}? {merged} desaparece de las listas; sus inscripciones y asistencias pasan a {kept}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the hub</source>
        <translation>Inscribirse en el hub</translation>
    </message>
    <message>
        <source>Ask the coordinator for the hub&apos;s address and a one-time code (&apos;attendance hub enrol&apos;).</source>
        <translation>Pida al coordinador la dirección del hub y un código de un solo uso (&apos;attendance hub enrol&apos;).</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de inscripción</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>{value} is not a time: use HH:MM, e.g. 09:30</source>
        <translation>{value} no es una hora: use HH:MM, p. ej. 09:30</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>Made from the title if left empty, e.g. SNR26</source>
        <translation>Si se deja vacío, se crea a partir del título, p. ej. SNR26</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Socios:</translation>
    </message>
    <message>
        <source>&amp;Funders:</source>
        <translation>&amp;Donantes:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>&amp;Language of documents:</source>
        <translation>Idioma de los documen&amp;tos:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>One session per day is made from the dates. Add or remove sessions for breaks (e.g. 7–10 Dec and 15–18 Feb); times are HH:MM; an empty label prints as &quot;Day N&quot;.</source>
        <translation>Se crea una sesión por día a partir de las fechas. Añada o quite sesiones para las pausas (p. ej. 7–10 dic. y 15–18 feb.); las horas son HH:MM; sin nombre se imprime «Día N».</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Añadir sesión</translation>
    </message>
    <message>
        <source>Re&amp;move session</source>
        <translation>&amp;Quitar sesión</translation>
    </message>
    <message>
        <source>One per &amp;day from the dates</source>
        <translation>Una por &amp;día según las fechas</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>Nuevo evento...</translation>
    </message>
    <message>
        <source>Edit event...</source>
        <translation>Editar evento...</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export sync bundle</source>
        <translation>Exportar paquete de sincronización</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s work to a file for another laptop or the coordinator.</source>
        <translation>Guarde el trabajo de este portátil en un archivo para otro portátil o para la coordinación.</translation>
    </message>
    <message>
        <source>Everything on this laptop</source>
        <translation>Todo lo de este portátil</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent</source>
        <translation>Solo lo que cambió desde el último paquete enviado</translation>
    </message>
    <message>
        <source>Only the selected event, to set up another desk: {title}</source>
        <translation>Solo el evento seleccionado, para preparar otro puesto: {title}</translation>
    </message>
    <message>
        <source>Bundle file (.zip)</source>
        <translation>Archivo del paquete (.zip)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Sync bundles (*.zip)</source>
        <translation>Paquetes de sincronización (*.zip)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>A CSV file (any encoding, separated by commas, semicolons or tabs) or an Excel .xlsx workbook, with one row of column headers.</source>
        <translation>Un archivo CSV (cualquier codificación, separado por comas, punto y coma o tabulaciones) o un libro de Excel .xlsx, con una fila de encabezados de columna.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Pre-registration list</source>
        <translation>Lista de preinscripción</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>Excel workbook, sheet {sheet}: {rows} rows.</source>
        <translation>Libro de Excel, hoja {sheet}: {rows} filas.</translation>
    </message>
    <message>
        <source>Text file in {encoding}, columns separated by {delimiter}: {rows} rows.</source>
        <translation>Archivo de texto en {encoding}, columnas separadas por {delimiter}: {rows} filas.</translation>
    </message>
    <message>
        <source>Some text looks garbled (like &quot;JosÃ©&quot;): check the names in the preview.</source>
        <translation>Parte del texto parece dañado (como &quot;JosÃ©&quot;): revise los nombres en la vista previa.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% mujeres</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>last synced {time}</source>
        <translation>última sincronización {time}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: {synced}, {waiting}</source>
        <translation>Hub: {synced}, {waiting}</translation>
    </message>
    <message>
        <source>Hub: syncing...</source>
        <translation>Hub: sincronizando...</translation>
    </message>
    <message>
        <source>Synced with the hub: {sent} sent, {received} received.</source>
        <translation>Sincronizado con el hub: {sent} enviados, {received} recibidos.</translation>
    </message>
    <message>
        <source>Sync with the hub failed: {message}</source>
        <translation>La sincronización con el hub falló: {message}</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Choose {setting}</source>
        <translation>Elegir: {setting}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {setting}</source>
        <translation>Quitar: {setting}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Cannot read this image</source>
        <translation>No se puede leer esta imagen</translation>
    </message>
</context>
<context>
    <name>ImageListField</name>
    <message>
        <source>Add...</source>
        <translation>Añadir...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>{action}: {setting}</source>
        <translation>{action}: {setting}</translation>
    </message>
    <message>
        <source>{name} (cannot read this image)</source>
        <translation>{name} (no se puede leer esta imagen)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import sync bundle</source>
        <translation>Importar paquete de sincronización</translation>
    </message>
    <message>
        <source>Conflicts (the later value is applied; review them afterwards):</source>
        <translation>Conflictos (se aplica el valor más reciente; revíselos después):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Este portátil</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Possible duplicate people (nothing is merged by itself):</source>
        <translation>Posibles personas duplicadas (nada se fusiona por sí solo):</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya aquí</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Llega</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Leyendo {name}...</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Este archivo no se puede importar. No se cambió nada.</translation>
    </message>
    <message>
        <source>This bundle was already imported; importing it again changes nothing.</source>
        <translation>Este paquete ya se importó; importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <source>Bundle {name} from laptop {device}, made {created}.</source>
        <translation>Paquete {name} del portátil {device}, creado el {created}.</translation>
    </message>
    <message>
        <source>Changes in the bundle</source>
        <translation>Cambios en el paquete</translation>
    </message>
    <message>
        <source>New to this laptop</source>
        <translation>Nuevos para este portátil</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>People updated</source>
        <translation>Personas actualizadas</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Inscripciones nuevas</translation>
    </message>
    <message>
        <source>New check-ins</source>
        <translation>Asistencias nuevas</translation>
    </message>
    <message>
        <source>People erased</source>
        <translation>Personas borradas</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Possible duplicate people</source>
        <translation>Posibles personas duplicadas</translation>
    </message>
    <message>
        <source>{count} rows wait for an earlier bundle from that laptop.</source>
        <translation>{count} filas esperan un paquete anterior de ese portátil.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same name and institution</source>
        <translation>mismo nombre e institución</translation>
    </message>
    <message>
        <source>Importing {name}...</source>
        <translation>Importando {name}...</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The codes are the same: &amp;trust this laptop</source>
        <translation>Los códigos son iguales: &amp;confiar en este portátil</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop this one does not trust yet. Compare its fingerprint below with the one its Devices page shows; import only if they are the same.</source>
        <translation>Este paquete viene de un portátil en el que este aún no confía. Compare su huella de abajo con la que muestra su página Dispositivos; importe solo si son iguales.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants into {code}</source>
        <translation>Importar participantes a {code}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Nombre completo (se divide)</translation>
    </message>
    <message>
        <source>First family name (paternal)</source>
        <translation>Primer apellido (paterno)</translation>
    </message>
    <message>
        <source>Second family name (maternal)</source>
        <translation>Segundo apellido (materno)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Estado de la inscripción</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Formularios de Google</translation>
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
        <translation>informe de asistentes de Eventbrite</translation>
    </message>
    <message>
        <source>Zoom meeting registration report</source>
        <translation>informe de inscripción a reunión de Zoom</translation>
    </message>
    <message>
        <source>Zoom webinar registration report</source>
        <translation>informe de inscripción a seminario web de Zoom</translation>
    </message>
    <message>
        <source>a list saved by Excel (title rows, footer)</source>
        <translation>una lista guardada por Excel (filas de título, pie)</translation>
    </message>
    <message>
        <source>a plain list</source>
        <translation>una lista simple</translation>
    </message>
    <message>
        <source>by its header</source>
        <translation>por su encabezado</translation>
    </message>
    <message>
        <source>by its values</source>
        <translation>por sus valores</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <source>as you chose last time</source>
        <translation>como la eligió la última vez</translation>
    </message>
    <message>
        <source>form metadata</source>
        <translation>metadatos del formulario</translation>
    </message>
    <message>
        <source>empty column</source>
        <translation>columna vacía</translation>
    </message>
    <message>
        <source>&quot;anonymous&quot; in every row</source>
        <translation>&quot;anonymous&quot; en todas las filas</translation>
    </message>
    <message>
        <source>not a field we know</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>another column holds {field}</source>
        <translation>otra columna contiene {field}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{added} new people, {matched} people already known, {already} already registered, {duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings.</source>
        <translation>{added} personas nuevas, {matched} personas ya conocidas, {already} ya inscritas, {duplicates} duplicados en el archivo, {rejected} rechazadas, {warnings} advertencias.</translation>
    </message>
    <message>
        <source>{skipped} skipped (status or footer), {review} possible duplicates to review.</source>
        <translation>{skipped} omitidas (estado o pie), {review} posibles duplicados para revisar.</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>persona nueva</translation>
    </message>
    <message>
        <source>known person</source>
        <translation>persona conocida</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>ya inscrita</translation>
    </message>
    <message>
        <source>duplicate in the file</source>
        <translation>duplicada en el archivo</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>fila vacía</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>posible duplicado</translation>
    </message>
</context>
<context>
    <name>InstitutionsDialog</name>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Selected institution</source>
        <translation>Institución seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save sector and country</source>
        <translation>&amp;Guardar sector y país</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ctor:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Merge two records of the same institution</source>
        <translation>Fusionar dos registros de la misma institución</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>into</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Its people and registrations move to the one kept; it disappears from lists. The change is logged and syncs.</source>
        <translation>Sus personas e inscripciones pasan a la que se conserva; desaparece de las listas. El cambio queda registrado y se sincroniza.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Guardado: {name}.</translation>
    </message>
    <message>
        <source>Merge institutions</source>
        <translation>Fusionar instituciones</translation>
    </message>
    <message>
        <source>Merge &quot;{merged}&quot; into &quot;{kept}&quot;? Its people and registrations move to &quot;{kept}&quot;.</source>
        <translation>¿Fusionar &quot;{merged}&quot; en &quot;{kept}&quot;? Sus personas e inscripciones pasan a &quot;{kept}&quot;.</translation>
    </message>
    <message>
        <source>Merged &quot;{merged}&quot; into &quot;{kept}&quot; ({moved} records moved).</source>
        <translation>&quot;{merged}&quot; fusionada en &quot;{kept}&quot; ({moved} registros movidos).</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Evento guardado.</translation>
    </message>
    <message>
        <source>Wrote {count} changes to {path}</source>
        <translation>Se escribieron {count} cambios en {path}</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>Importar paquete de sincronización</translation>
    </message>
    <message>
        <source>Sync bundles (*.zip)</source>
        <translation>Paquetes de sincronización (*.zip)</translation>
    </message>
    <message>
        <source>Sync bundle imported.</source>
        <translation>Paquete de sincronización importado.</translation>
    </message>
    <message>
        <source>Backup restored. What it replaced is kept in {path}</source>
        <translation>Copia restaurada. Lo reemplazado se conserva en {path}</translation>
    </message>
    <message>
        <source>Welcome to Attendance</source>
        <translation>Bienvenido a Attendance</translation>
    </message>
    <message>
        <source>The database is empty. Create a demo with three realistic events and about 150 participants, to see what the app does? You can delete it later or start a new database.</source>
        <translation>La base de datos está vacía. ¿Crear una demostración con tres eventos realistas y unos 150 participantes para ver lo que hace la aplicación? Puede borrarla más tarde o empezar una base de datos nueva.</translation>
    </message>
    <message>
        <source>About Attendance</source>
        <translation>Acerca de Attendance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attendance {version}&lt;/h3&gt;&lt;p&gt;Registration, QR badges, check-in and sex-disaggregated attendance reports for workshops, webinars and courses. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attendance {version}&lt;/h3&gt;&lt;p&gt;Inscripción, credenciales con QR, control de asistencia e informes de asistencia desglosados por sexo para talleres, seminarios web y cursos. Funciona sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>&amp;Nuevo evento...</translation>
    </message>
    <message>
        <source>&amp;Edit event...</source>
        <translation>&amp;Editar evento...</translation>
    </message>
    <message>
        <source>&amp;Register a participant...</source>
        <translation>&amp;Inscribir a un participante...</translation>
    </message>
    <message>
        <source>&amp;Import participants...</source>
        <translation>&amp;Importar participantes...</translation>
    </message>
    <message>
        <source>I&amp;nstitutions...</source>
        <translation>I&amp;nstituciones...</translation>
    </message>
    <message>
        <source>E&amp;xport sync bundle...</source>
        <translation>E&amp;xportar paquete de sincronización...</translation>
    </message>
    <message>
        <source>Im&amp;port sync bundle...</source>
        <translation>Im&amp;portar paquete de sincronización...</translation>
    </message>
    <message>
        <source>Sync with &amp;hub</source>
        <translation>Sincronizar con el &amp;hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>Hacer una copia de &amp;seguridad...</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurar una copia de seguridad...</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Comprobar la base de datos</translation>
    </message>
    <message>
        <source>&amp;About Attendance</source>
        <translation>&amp;Acerca de Attendance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>Aj&amp;ustes...</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Revise las columnas</translation>
    </message>
    <message>
        <source>Each column was matched to a field by its header and its values. Change a field where it is wrong; (ignore) leaves a column out.</source>
        <translation>Cada columna se asoció a un campo por su encabezado y sus valores. Cambie el campo donde esté mal; (ignorar) deja la columna fuera.</translation>
    </message>
    <message>
        <source>In the sex column, what does &quot;M&quot; mean?</source>
        <translation>En la columna de sexo, ¿qué significa &quot;M&quot;?</translation>
    </message>
    <message>
        <source>M = Mujer (woman), as in M/H</source>
        <translation>M = Mujer, como en M/H</translation>
    </message>
    <message>
        <source>M = Male / Masculino, as in F/M</source>
        <translation>M = Masculino, como en F/M</translation>
    </message>
    <message>
        <source>Register &amp;pending registrants too (refused, refunded and cancelled ones never)</source>
        <translation>Registrar también las inscripciones &amp;pendientes (nunca las rechazadas, reembolsadas o canceladas)</translation>
    </message>
    <message>
        <source>Write names typed in &amp;capitals as names (María de la Cruz)</source>
        <translation>Escribir como nombres los nombres en &amp;mayúsculas (María de la Cruz)</translation>
    </message>
    <message>
        <source>Detected: {source}.</source>
        <translation>Detectado: {source}.</translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file with these headers.</source>
        <translation>Se usan las columnas que eligió la última vez para un archivo con estos encabezados.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{columns} columns: {imported} imported, {ignored} ignored (see why under each field).</source>
        <translation>{columns} columnas: {imported} importadas, {ignored} ignoradas (el motivo, bajo cada campo).</translation>
    </message>
    <message>
        <source>The column has M but neither F nor H, and its header does not say: please choose.</source>
        <translation>La columna tiene M pero ni F ni H, y su encabezado no lo indica: elija, por favor.</translation>
    </message>
    <message>
        <source>Decided from the other values in the column; change it if it is wrong.</source>
        <translation>Se dedujo de los demás valores de la columna; cámbielo si es incorrecto.</translation>
    </message>
</context>
<context>
    <name>NewInstitutionFields</name>
    <message>
        <source>same as the person</source>
        <translation>el de la persona</translation>
    </message>
    <message>
        <source>New institution, sector:</source>
        <translation>Institución nueva, sector:</translation>
    </message>
    <message>
        <source>country:</source>
        <translation>país:</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>Choose an organisation or type a new name</source>
        <translation>Elija una organización o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Organización que añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Chosen organisations</source>
        <translation>Organizaciones elegidas</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nueva)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Search by name, institution, email or country</source>
        <translation>Buscar por nombre, institución, correo o país</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>&amp;Inscribir...</translation>
    </message>
    <message>
        <source>Register a participant (Ctrl+N)</source>
        <translation>Inscribir a un participante (Ctrl+N)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Present in {session}</source>
        <translation>Presentes en {session}</translation>
    </message>
    <message>
        <source>Not yet arrived in {session}</source>
        <translation>Aún no llegaron a {session}</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancelar inscripción</translation>
    </message>
    <message>
        <source>Registration saved.</source>
        <translation>Inscripción guardada.</translation>
    </message>
    <message>
        <source>No event selected. Create one with File &gt; New event.</source>
        <translation>No hay ningún evento seleccionado. Cree uno con Archivo &gt; Nuevo evento.</translation>
    </message>
    <message>
        <source>{registered} registered: {female} women, {male} men, {other} other, {not_stated} not stated</source>
        <translation>{registered} inscritos: {female} mujeres, {male} hombres, {other} otro, {not_stated} no indicado</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n visible</numerusform>
            <numerusform>%n visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Reprint badge...</source>
        <translation>Reimprimir credencial...</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? The row stays in the list, greyed, and the badge no longer checks in.</source>
        <translation>¿Cancelar la inscripción de {name}? La fila queda en la lista, en gris, y la credencial ya no registra asistencia.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Change person</source>
        <translation>Cambiar de persona</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>funcionarios</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>representantes</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Por institución</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Desgloses</translation>
    </message>
    <message>
        <source>&amp;Excel workbook...</source>
        <translation>Libro de &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;PDF report...</source>
        <translation>Informe &amp;PDF...</translation>
    </message>
    <message>
        <source>C&amp;SV of participations...</source>
        <translation>C&amp;SV de participaciones...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>F&amp;under:</source>
        <translation>&amp;Financiador:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Peop&amp;le are:</source>
        <translation>Las &amp;personas son:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Ready-to-paste sentence</source>
        <translation>Frase lista para pegar</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Individuals by year and sex</source>
        <translation>Personas por año y sexo</translation>
    </message>
    <message>
        <source>Individuals by country</source>
        <translation>Personas por país</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; actividad</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; participations</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participación</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; individuals</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; persona</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; personas</numerusform>
        </translation>
    </message>
    <message>
        <source>({female} women, {male} men, {other} other, {not_stated} not stated)</source>
        <translation>({female} mujeres, {male} hombres, {other} otro, {not_stated} no indicado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; women of those who stated their sex</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; mujeres entre quienes indicaron su sexo</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; attended two or more activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; asistió a dos o más actividades</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; asistieron a dos o más actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Sentence copied.</source>
        <translation>Frase copiada.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Archivos {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Escribiendo {name}...</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>No project: choose one or type a new title</source>
        <translation>Sin proyecto: elija uno o escriba un título nuevo</translation>
    </message>
</context>
<context>
    <name>RecentScansModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Badge {token}</source>
        <translation>Credencial {token}</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Código {code}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Anulado</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Edit registration</source>
        <translation>Editar inscripción</translation>
    </message>
    <message>
        <source>Register a participant</source>
        <translation>Inscribir a un participante</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Agrees that their details are kept for this event&apos;s attendance records and reports</source>
        <translation>Acepta que sus datos se conserven para los registros de asistencia y los informes de este evento</translation>
    </message>
    <message>
        <source>Print badge after saving</source>
        <translation>Imprimir la credencial al guardar</translation>
    </message>
    <message>
        <source>Walk-in mode: stay open for the next person</source>
        <translation>Modo de inscripción en sitio: seguir abierto para la siguiente persona</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saved: {name}. Next person.</source>
        <translation>Guardado: {name}. Siguiente persona.</translation>
    </message>
    <message>
        <source>This field holds at most {limit} characters; anything longer was cut off.</source>
        <translation>Este campo admite como máximo {limit} caracteres; lo que sobraba se cortó.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Saved. {summary}</source>
        <translation>Guardado. {summary}</translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>No se importó nada: {message}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>funcionarios</translation>
    </message>
    <message>
        <source>representatives</source>
        <translation>representantes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Sectors and countries</source>
        <translation>Sectores y países</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Porcentaje de mujeres</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Por sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Por institución</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% mujeres</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>One file per person (zip)</source>
        <translation>Un archivo por persona (zip)</translation>
    </message>
    <message>
        <source>the event&apos;s city and country</source>
        <translation>la ciudad y el país del evento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet...</source>
        <translation>Hoja de &amp;firmas...</translation>
    </message>
    <message>
        <source>Attendance &amp;matrix...</source>
        <translation>&amp;Matriz de asistencia...</translation>
    </message>
    <message>
        <source>Summary &amp;PDF...</source>
        <translation>Resumen en &amp;PDF...</translation>
    </message>
    <message>
        <source>Cer&amp;tificates...</source>
        <translation>Cer&amp;tificados...</translation>
    </message>
    <message>
        <source>List as C&amp;SV...</source>
        <translation>Lista en C&amp;SV...</translation>
    </message>
    <message>
        <source>List as &amp;Excel...</source>
        <translation>Lista en &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Ready-to-paste sentence</source>
        <translation>Frase lista para pegar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Sign-in sheet &amp;session:</source>
        <translation>&amp;Sesión de la hoja de firmas:</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Filas en blanco para asistentes sin inscripción:</translation>
    </message>
    <message>
        <source>Sign-in sheet columns:</source>
        <translation>Columnas de la hoja de firmas:</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>e&amp;l</translation>
    </message>
    <message>
        <source>Certificates issued &amp;in:</source>
        <translation>Certificados expedidos e&amp;n:</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>Choose or create an event to see its figures.</source>
        <translation>Elija o cree un evento para ver sus cifras.</translation>
    </message>
    <message>
        <source>{registered} registered, {attended} attended: {female} women, {male} men, {other} other, {not_stated} not stated. Women: {percent} of those who stated their sex.</source>
        <translation>{registered} inscritos, {attended} asistieron: {female} mujeres, {male} hombres, {other} otro, {not_stated} no indicado. Mujeres: {percent} de quienes indicaron su sexo.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistieron</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Sentence copied.</source>
        <translation>Frase copiada.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Archivos {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Escribiendo {name}...</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Printed in landscape: the chosen columns do not fit a portrait page.</source>
        <translation>Impresa en horizontal: las columnas elegidas no caben en una página vertical.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Automatic backups of this database (kept in {folder}). Restoring replaces everything with the backup&apos;s content; what is replaced is kept as a backup too.</source>
        <translation>Copias de seguridad automáticas de esta base de datos (guardadas en {folder}). Restaurar reemplaza todo por el contenido de la copia; lo reemplazado también se guarda como copia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Asistencias</translation>
    </message>
    <message>
        <source>No automatic backup yet: one is made a few minutes after data changes.</source>
        <translation>Aún no hay copias automáticas: se hace una unos minutos después de que cambian los datos.</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurar la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>&amp;Otro archivo...</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Attendance databases (*.db *.bak);;All files (*)</source>
        <translation>Bases de datos de Attendance (*.db *.bak);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Organisation and logos</source>
        <translation>Organización y logotipos</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Reports and lists</source>
        <translation>Informes y listas</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
<context>
    <name>VirtualReportDialog</name>
    <message>
        <source>Virtual attendance report</source>
        <translation>Informe de asistencia virtual</translation>
    </message>
    <message>
        <source>Choose a Zoom, Teams, Meet or Webex report...</source>
        <translation>Elegir un informe de Zoom, Teams, Meet o Webex...</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Count only the session&apos;s times</source>
        <translation>Contar solo el horario de la sesión</translation>
    </message>
    <message>
        <source>Count only the session&apos;s times ({start}–{end})</source>
        <translation>Contar solo el horario de la sesión ({start}–{end})</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Cómo se encontró</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Ticked rows are written. Similar names (yellow) are written only once you accept them; hosts and panelists (grey, last) count only if registered. Rows under the minimum time are not counted.</source>
        <translation>Las filas marcadas se guardan. Los nombres parecidos (amarillo) se guardan solo cuando usted los acepta; anfitriones y panelistas (gris, al final) cuentan solo si están inscritos. Las filas por debajo del tiempo mínimo no cuentan.</translation>
    </message>
    <message>
        <source>{source} report “{title}”: {people} people, {minutes} minutes; {matched} matched to registrations, {review} to review.</source>
        <translation>Informe de {source} «{title}»: {people} personas, {minutes} minutos; {matched} con inscripción encontrada, {review} por revisar.</translation>
    </message>
    <message>
        <source>To review: accept?</source>
        <translation>Por revisar: ¿aceptar?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Change person...</source>
        <translation>Cambiar de persona...</translation>
    </message>
    <message>
        <source>Register as new</source>
        <translation>Inscribir como nueva</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>(new registration)</source>
        <translation>(nueva inscripción)</translation>
    </message>
    <message>
        <source>Similar names left to review, not written: {count}.</source>
        <translation>Nombres parecidos sin revisar, no guardados: {count}.</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Inscrito/a como</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <source>Minimum time to count as attended:</source>
        <translation>Tiempo mínimo para contar como asistente:</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>Informe de asistencia</translation>
    </message>
    <message>
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Informes (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Under the minimum time: not counted</source>
        <translation>Por debajo del tiempo mínimo: no cuenta</translation>
    </message>
    <message>
        <source>Saved: {checked_in} checked in, {already} already checked in, {too_short} under the minimum time, {registered} registered, {ignored} ignored.</source>
        <translation>Guardado: {checked_in} con asistencia registrada, {already} ya registrados, {too_short} por debajo del tiempo mínimo, {registered} inscritos, {ignored} ignorados.</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>Restore a backup copy over it (the damaged file is kept next to it), open another database, or quit.</source>
        <translation>Restaure una copia de seguridad en su lugar (el archivo dañado se conserva al lado), abra otra base de datos o salga.</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Restaurar una copia...</translation>
    </message>
    <message>
        <source>Open another database...</source>
        <translation>Abrir otra base de datos...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>That file is not a usable backup.</source>
        <translation>Ese archivo no es una copia de seguridad utilizable.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>Webcam scanning needs the camera extra ({missing} not installed). Install it with: {hint}</source>
        <translation>La lectura con cámara web necesita el complemento camera ({missing} no instalado). Instálelo con: {hint}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Attendance databases (*.db)</source>
        <translation>Bases de datos de Attendance (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation>Comprobando la base de datos...</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de datos está en buen estado.</translation>
    </message>
    <message>
        <source>The database is sound: no problem was found.</source>
        <translation>La base de datos está en buen estado: no se encontró ningún problema.</translation>
    </message>
    <message>
        <source>The database has problems:
{problems}

Restore a backup (File › Restore).</source>
        <translation>La base de datos tiene problemas:
{problems}

Restaure una copia de seguridad (Archivo › Restaurar).</translation>
    </message>
</context>
</TS>
