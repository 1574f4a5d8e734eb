<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
</context>
<context>
    <name>ArrivalsPanel</name>
    <message>
        <source>Search a name</source>
        <translation>Buscar um nome</translation>
    </message>
    <message>
        <source>Search the people not yet arrived</source>
        <translation>Buscar entre quem ainda não chegou</translation>
    </message>
    <message>
        <source>People not yet arrived</source>
        <translation>Pessoas que ainda não chegaram</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Registrar presença (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Ainda não chegaram</translation>
    </message>
    <message>
        <source>Not yet arrived: {count}</source>
        <translation>Ainda não chegaram: {count}</translation>
    </message>
    <message>
        <source>{count} more: type to narrow the list</source>
        <translation>Mais {count}: digite para filtrar a lista</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Crachás</translation>
    </message>
    <message>
        <source>&amp;All badges</source>
        <translation>&amp;Todos os crachás</translation>
    </message>
    <message>
        <source>&amp;Selected rows</source>
        <translation>Linhas &amp;selecionadas</translation>
    </message>
    <message>
        <source>&amp;Not yet printed</source>
        <translation>&amp;Ainda não impressos</translation>
    </message>
    <message>
        <source>Search by name, institution, email or country</source>
        <translation>Buscar por nome, instituição, e-mail ou país</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>Salvar &amp;PDF...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Imp&amp;rimir...</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Nenhum evento selecionado.</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Carregando...</translation>
    </message>
    <message>
        <source>{badges} on {pages}. {printed} printed before.</source>
        <translation>{badges} em {pages}. {printed} já impressos.</translation>
    </message>
    <message numerus="yes">
        <source>%n badges</source>
        <translation>
            <numerusform>%n crachá</numerusform>
            <numerusform>%n crachás</numerusform>
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
        <translation>Nada a imprimir com esta seleção.</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Salvar crachás</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n badges to {path}.</source>
        <translation>
            <numerusform>%n crachá salvo em {path}.</numerusform>
            <numerusform>%n crachás salvos em {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n badges to the printer.</source>
        <translation>
            <numerusform>%n crachá enviado à impressora.</numerusform>
            <numerusform>%n crachás enviados à impressora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n badges...</source>
        <translation>
            <numerusform>Preparando %n crachá...</numerusform>
            <numerusform>Preparando %n crachás...</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing badges...</source>
        <translation>Preparando crachás...</translation>
    </message>
    <message>
        <source>The printer did not accept the badges; nothing was marked printed.</source>
        <translation>A impressora não aceitou os crachás; nenhum foi marcado como impresso.</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Imprimir crachás</translation>
    </message>
    <message>
        <source>Select participants in the list first.</source>
        <translation>Primeiro selecione participantes na lista.</translation>
    </message>
    <message>
        <source>No badges to print</source>
        <translation>Não há crachás a imprimir</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Check-in result</source>
        <translation>Resultado do registro</translation>
    </message>
    <message>
        <source>Scan {number}</source>
        <translation>Leitura {number}</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Check-in</source>
        <translation>Registro de presença</translation>
    </message>
    <message>
        <source>Show initials only, for a screen the queue can see</source>
        <translation>Mostrar só as iniciais, para uma tela que a fila pode ver</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <source>Read badges with the computer&apos;s camera</source>
        <translation>Ler crachás com a câmera do computador</translation>
    </message>
    <message>
        <source>Virtual report...</source>
        <translation>Relatório virtual...</translation>
    </message>
    <message>
        <source>Count attendance from a Zoom or Teams attendance report</source>
        <translation>Contar a presença a partir de um relatório de presença do Zoom ou do Teams</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Tela cheia (F11)</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>Leia um crachá ou digite um nome e pressione Enter</translation>
    </message>
    <message>
        <source>Undo selected check-in</source>
        <translation>Desfazer o registro selecionado</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Desfazer o último (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Hide names</source>
        <translation>&amp;Ocultar nomes</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Inscrição no local (F2)</translation>
    </message>
    <message>
        <source>Register someone who is not on the list and check them in</source>
        <translation>Inscrever alguém que não está na lista e registrar a presença</translation>
    </message>
    <message>
        <source>Not yet arrived (F3)</source>
        <translation>Ainda não chegaram (F3)</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume do som</translation>
    </message>
    <message>
        <source>Sound volume (left end: mute)</source>
        <translation>Volume do som (à esquerda: mudo)</translation>
    </message>
    <message>
        <source>Scan or name</source>
        <translation>Leitura ou nome</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participantes correspondentes</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Leituras recentes</translation>
    </message>
    <message>
        <source>Redo ({keys})</source>
        <translation>Refazer ({keys})</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessão:</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Som:</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Pronto para ler</translation>
    </message>
    <message>
        <source>This event has no sessions</source>
        <translation>Este evento não tem sessões</translation>
    </message>
    <message>
        <source>Registered at another desk</source>
        <translation>Inscrito(a) em outro posto</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Presença registrada</translation>
    </message>
    <message>
        <source>Press Enter again to check in the highlighted name</source>
        <translation>Pressione Enter de novo para registrar a presença do nome destacado</translation>
    </message>
    <message>
        <source>or choose another with the arrow keys</source>
        <translation>ou escolha outro com as setas</translation>
    </message>
    <message>
        <source>Badge {token}</source>
        <translation>Crachá {token}</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Código {code}</translation>
    </message>
    <message>
        <source>in at {time}</source>
        <translation>chegou às {time}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>Register «{name}» as a walk-in (F2)</source>
        <translation>Inscrever «{name}» no local (F2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada a desfazer</translation>
    </message>
    <message>
        <source>Check-in of {name} undone</source>
        <translation>Presença de {name} anulada</translation>
    </message>
    <message>
        <source>Check-in of a badge from another desk undone</source>
        <translation>Presença de um crachá de outro posto anulada</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Não é possível refazer</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada para refazer</translation>
    </message>
    <message>
        <source>Check-in of {name} counts again</source>
        <translation>A presença de {name} volta a contar</translation>
    </message>
    <message>
        <source>Check-in of a badge from another desk counts again</source>
        <translation>A presença de um crachá de outro posto volta a contar</translation>
    </message>
    <message>
        <source>Undo this check-in</source>
        <translation>Desfazer este registro de presença</translation>
    </message>
    <message>
        <source>Redo this check-in</source>
        <translation>Refazer este registro</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>Present {present} / {registered} registered · women {female} · men {male} · other {other} · not stated {not_stated}</source>
        <translation>Presentes {present} / {registered} inscritos · mulheres {female} · homens {male} · outro {other} · não informado {not_stated}</translation>
    </message>
    <message>
        <source>{count} registered at another desk (sex unknown until merged)</source>
        <translation>{count} inscritos em outro posto (sexo desconhecido até a mesclagem)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>The same detail was changed on two laptops before they synced. The later change is applied for now; choose the right value and it will win on every laptop after the next sync.</source>
        <translation>O mesmo dado foi alterado em dois notebooks antes da sincronização. Por enquanto vale a alteração mais recente; escolha o valor correto e ele prevalecerá em todos os notebooks após a próxima sincronização.</translation>
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
        <translation>Valor aqui</translation>
    </message>
    <message>
        <source>Value from the other laptop</source>
        <translation>Valor do outro notebook</translation>
    </message>
    <message>
        <source>Applied now</source>
        <translation>Aplicado agora</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Não há conflitos a revisar.</translation>
    </message>
    <message>
        <source>Keep the value &amp;here</source>
        <translation>Manter o valor &amp;daqui</translation>
    </message>
    <message>
        <source>Keep the value from the &amp;other laptop</source>
        <translation>Manter o valor do &amp;outro notebook</translation>
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
        <translation>Este notebook</translation>
    </message>
    <message>
        <source>Compare this code with the one the other laptop shows for this laptop. Bundles are accepted only from laptops trusted here.</source>
        <translation>Compare este código com o que o outro notebook mostra para este. Só são aceitos pacotes de notebooks confiáveis aqui.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <source>The other laptop&apos;s fingerprint (24 digits), or scan its QR code</source>
        <translation>A impressão digital do outro notebook (24 algarismos), ou escaneie o código QR dele</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordenador</translation>
    </message>
    <message>
        <source>Also accept its privileged changes: badge keys, deleted events, erasures and merges</source>
        <translation>Aceitar também as alterações privilegiadas: chaves de crachás, eventos excluídos, apagamentos e mesclagens</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Confiar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No other laptop is trusted yet.</source>
        <translation>Nenhum outro notebook é confiável ainda.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revogar</translation>
    </message>
    <message>
        <source>Accept nothing new from this laptop; what it sent before stays</source>
        <translation>Não aceitar nada novo deste notebook; o que ele enviou antes permanece</translation>
    </message>
    <message>
        <source>Held for review (privileged changes from laptops that are not a coordinator for that event):</source>
        <translation>Retidas para revisão (alterações privilegiadas de notebooks que não coordenam esse evento):</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
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
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeitar</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>confiável</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordenador</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>não confiável</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Dispositivo {device}</translation>
    </message>
    <message>
        <source>{trust} (via hub)</source>
        <translation>{trust} (via hub)</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>todos os eventos</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>What will happen</source>
        <translation>O que vai acontecer</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Rows that need attention are listed below; press Import to register everyone else.</source>
        <translation>Nada foi salvo ainda. As linhas que exigem atenção estão listadas abaixo; clique em Importar para inscrever todos os demais.</translation>
    </message>
    <message>
        <source>Sectors of the new institutions (suggested from their names: check them)</source>
        <translation>Setores das novas instituições (sugeridos pelo nome: confira-os)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Verificando cada linha...</translation>
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
        <translation>Possíveis correspondências</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
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
        <translation>&amp;Usar esta pessoa</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nova pessoa</translation>
    </message>
    <message>
        <source>{name} (already registered for this event)</source>
        <translation>{name} (já inscrito/a neste evento)</translation>
    </message>
    <message>
        <source>Same email</source>
        <translation>Mesmo e-mail</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Mesmo telefone</translation>
    </message>
    <message>
        <source>Possible matches among people already known: pick one to register them (their history is kept), or choose New person.</source>
        <translation>Possíveis correspondências entre pessoas já conhecidas: escolha uma para inscrevê-la (seu histórico é mantido) ou escolha Nova pessoa.</translation>
    </message>
    <message>
        <source>{name} is already registered for this event: edit that registration on the Participants page, or choose New person if this is someone else.</source>
        <translation>{name} já está inscrito/a neste evento: edite essa inscrição na página Participantes, ou escolha Nova pessoa se for outra pessoa.</translation>
    </message>
    <message>
        <source>Registering {name}, already known (events so far: {events}). Their details were filled in; change what is new.</source>
        <translation>Inscrevendo {name}, já conhecido(a) (eventos até agora: {events}). Os dados foram preenchidos; altere o que for novo.</translation>
    </message>
    <message>
        <source>&amp;Not this person</source>
        <translation>&amp;Não é esta pessoa</translation>
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
        <translation>Estas pessoas podem ser a mesma. A mesclagem mantém a primeira, transfere para ela as inscrições e presenças da segunda e completa os dados que faltam; fica registrada e é sincronizada com os outros notebooks.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Merge into them</source>
        <translation>Mesclar nesta pessoa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>No possible duplicate people.</source>
        <translation>Não há possíveis pessoas duplicadas.</translation>
    </message>
    <message>
        <source>&amp;Swap which one is kept</source>
        <translation>&amp;Trocar qual é mantida</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>&amp;Mesclar...</translation>
    </message>
    <message>
        <source>Looking for possible duplicates...</source>
        <translation>Procurando possíveis duplicados...</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same name and institution</source>
        <translation>mesmo nome e instituição</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Mesclar pessoas</translation>
    </message>
    <message>
        <source>Merge {merged} into {kept}? {merged} disappears from lists; their registrations and check-ins move to {kept}.</source>
        <translation>Mesclar {merged} em {kept}? {merged} some das listas; suas inscrições e presenças passam para {kept}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with the hub</source>
        <translation>Inscrever-se no hub</translation>
    </message>
    <message>
        <source>Ask the coordinator for the hub&apos;s address and a one-time code (&apos;attendance hub enrol&apos;).</source>
        <translation>Peça ao coordenador o endereço do hub e um código de uso único (&apos;attendance hub enrol&apos;).</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de inscrição</translation>
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
        <translation>Novo evento</translation>
    </message>
    <message>
        <source>{value} is not a time: use HH:MM, e.g. 09:30</source>
        <translation>{value} não é um horário: use HH:MM, p. ex. 09:30</translation>
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
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>Made from the title if left empty, e.g. SNR26</source>
        <translation>Gerado a partir do título se ficar vazio, p. ex. SNR26</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidade:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>D&amp;atas:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;idade:</translation>
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
        <translation>Pa&amp;rceiros:</translation>
    </message>
    <message>
        <source>&amp;Funders:</source>
        <translation>&amp;Financiadores:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jeto:</translation>
    </message>
    <message>
        <source>&amp;Language of documents:</source>
        <translation>Idioma dos docu&amp;mentos:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escrição:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>One session per day is made from the dates. Add or remove sessions for breaks (e.g. 7–10 Dec and 15–18 Feb); times are HH:MM; an empty label prints as &quot;Day N&quot;.</source>
        <translation>É criada uma sessão por dia a partir das datas. Adicione ou remova sessões para os intervalos (p. ex. 7–10 dez. e 15–18 fev.); os horários são HH:MM; sem nome, imprime-se &quot;Dia N&quot;.</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Adicionar sessão</translation>
    </message>
    <message>
        <source>Re&amp;move session</source>
        <translation>Re&amp;mover sessão</translation>
    </message>
    <message>
        <source>One per &amp;day from the dates</source>
        <translation>Uma por &amp;dia a partir das datas</translation>
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
        <translation>Datas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
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
        <translation>Novo evento...</translation>
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
        <translation>Exportar pacote de sincronização</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s work to a file for another laptop or the coordinator.</source>
        <translation>Grave o trabalho deste notebook em um arquivo para outro notebook ou para a coordenação.</translation>
    </message>
    <message>
        <source>Everything on this laptop</source>
        <translation>Tudo o que há neste notebook</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle sent</source>
        <translation>Só o que mudou desde o último pacote enviado</translation>
    </message>
    <message>
        <source>Only the selected event, to set up another desk: {title}</source>
        <translation>Só o evento selecionado, para preparar outro posto: {title}</translation>
    </message>
    <message>
        <source>Bundle file (.zip)</source>
        <translation>Arquivo do pacote (.zip)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Escolher...</translation>
    </message>
    <message>
        <source>Sync bundles (*.zip)</source>
        <translation>Pacotes de sincronização (*.zip)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Escolha o arquivo a gravar.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Escolha o arquivo</translation>
    </message>
    <message>
        <source>A CSV file (any encoding, separated by commas, semicolons or tabs) or an Excel .xlsx workbook, with one row of column headers.</source>
        <translation>Um arquivo CSV (qualquer codificação, separado por vírgulas, ponto e vírgula ou tabulações) ou uma pasta de trabalho do Excel .xlsx, com uma linha de cabeçalhos de coluna.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Procurar...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>P&amp;lanilha:</translation>
    </message>
    <message>
        <source>Pre-registration list</source>
        <translation>Lista de pré-inscrição</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>vírgulas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulações</translation>
    </message>
    <message>
        <source>Excel workbook, sheet {sheet}: {rows} rows.</source>
        <translation>Pasta de trabalho do Excel, planilha {sheet}: {rows} linhas.</translation>
    </message>
    <message>
        <source>Text file in {encoding}, columns separated by {delimiter}: {rows} rows.</source>
        <translation>Arquivo de texto em {encoding}, colunas separadas por {delimiter}: {rows} linhas.</translation>
    </message>
    <message>
        <source>Some text looks garbled (like &quot;JosÃ©&quot;): check the names in the preview.</source>
        <translation>Parte do texto parece corrompida (como &quot;JosÃ©&quot;): confira os nomes na pré-visualização.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% mulheres</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(não informado)</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <source>last synced {time}</source>
        <translation>última sincronização {time}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ainda não sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n alteração aguardando</numerusform>
            <numerusform>%n alterações aguardando</numerusform>
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
        <translation>Sincronizado com o hub: {sent} enviadas, {received} recebidas.</translation>
    </message>
    <message>
        <source>Sync with the hub failed: {message}</source>
        <translation>A sincronização com o hub falhou: {message}</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>No image</source>
        <translation>Nenhuma imagem</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Escolher...</translation>
    </message>
    <message>
        <source>Choose {setting}</source>
        <translation>Escolher: {setting}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove {setting}</source>
        <translation>Remover: {setting}</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Cannot read this image</source>
        <translation>Não é possível ler esta imagem</translation>
    </message>
</context>
<context>
    <name>ImageListField</name>
    <message>
        <source>Add...</source>
        <translation>Adicionar...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>{action}: {setting}</source>
        <translation>{action}: {setting}</translation>
    </message>
    <message>
        <source>{name} (cannot read this image)</source>
        <translation>{name} (não é possível ler esta imagem)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import sync bundle</source>
        <translation>Importar pacote de sincronização</translation>
    </message>
    <message>
        <source>Conflicts (the later value is applied; review them afterwards):</source>
        <translation>Conflitos (vale o valor mais recente; revise-os depois):</translation>
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
        <translation>Este notebook</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Possible duplicate people (nothing is merged by itself):</source>
        <translation>Possíveis pessoas duplicadas (nada é mesclado automaticamente):</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Já aqui</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Chegando</translation>
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
        <translation>Lendo {name}...</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Este arquivo não pode ser importado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This bundle was already imported; importing it again changes nothing.</source>
        <translation>Este pacote já foi importado; importá-lo de novo não altera nada.</translation>
    </message>
    <message>
        <source>Bundle {name} from laptop {device}, made {created}.</source>
        <translation>Pacote {name} do notebook {device}, criado em {created}.</translation>
    </message>
    <message>
        <source>Changes in the bundle</source>
        <translation>Alterações no pacote</translation>
    </message>
    <message>
        <source>New to this laptop</source>
        <translation>Novos para este notebook</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Pessoas novas</translation>
    </message>
    <message>
        <source>People updated</source>
        <translation>Pessoas atualizadas</translation>
    </message>
    <message>
        <source>New registrations</source>
        <translation>Inscrições novas</translation>
    </message>
    <message>
        <source>New check-ins</source>
        <translation>Presenças novas</translation>
    </message>
    <message>
        <source>People erased</source>
        <translation>Pessoas apagadas</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflitos a revisar</translation>
    </message>
    <message>
        <source>Possible duplicate people</source>
        <translation>Possíveis pessoas duplicadas</translation>
    </message>
    <message>
        <source>{count} rows wait for an earlier bundle from that laptop.</source>
        <translation>{count} linhas aguardam um pacote anterior daquele notebook.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same name and institution</source>
        <translation>mesmo nome e instituição</translation>
    </message>
    <message>
        <source>Importing {name}...</source>
        <translation>Importando {name}...</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>The codes are the same: &amp;trust this laptop</source>
        <translation>Os códigos são iguais: &amp;confiar neste notebook</translation>
    </message>
    <message>
        <source>This bundle comes from a laptop this one does not trust yet. Compare its fingerprint below with the one its Devices page shows; import only if they are the same.</source>
        <translation>Este pacote vem de um notebook no qual este ainda não confia. Compare a impressão digital abaixo com a que a página Dispositivos dele mostra; importe só se forem iguais.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants into {code}</source>
        <translation>Importar participantes para {code}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Nome completo (dividido)</translation>
    </message>
    <message>
        <source>First family name (paternal)</source>
        <translation>Primeiro sobrenome (paterno)</translation>
    </message>
    <message>
        <source>Second family name (maternal)</source>
        <translation>Segundo sobrenome (materno)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Situação da inscrição</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Formulários Google</translation>
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
        <translation>relatório de participantes do Eventbrite</translation>
    </message>
    <message>
        <source>Zoom meeting registration report</source>
        <translation>relatório de inscrição em reunião do Zoom</translation>
    </message>
    <message>
        <source>Zoom webinar registration report</source>
        <translation>relatório de inscrição em webinar do Zoom</translation>
    </message>
    <message>
        <source>a list saved by Excel (title rows, footer)</source>
        <translation>uma lista salva pelo Excel (linhas de título, rodapé)</translation>
    </message>
    <message>
        <source>a plain list</source>
        <translation>uma lista simples</translation>
    </message>
    <message>
        <source>by its header</source>
        <translation>pelo cabeçalho</translation>
    </message>
    <message>
        <source>by its values</source>
        <translation>pelos valores</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>escolhida por você</translation>
    </message>
    <message>
        <source>as you chose last time</source>
        <translation>como você escolheu da última vez</translation>
    </message>
    <message>
        <source>form metadata</source>
        <translation>metadados do formulário</translation>
    </message>
    <message>
        <source>empty column</source>
        <translation>coluna vazia</translation>
    </message>
    <message>
        <source>&quot;anonymous&quot; in every row</source>
        <translation>&quot;anonymous&quot; em todas as linhas</translation>
    </message>
    <message>
        <source>not a field we know</source>
        <translation>não é um campo conhecido</translation>
    </message>
    <message>
        <source>another column holds {field}</source>
        <translation>outra coluna contém {field}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{added} new people, {matched} people already known, {already} already registered, {duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings.</source>
        <translation>{added} pessoas novas, {matched} pessoas já conhecidas, {already} já inscritas, {duplicates} duplicadas no arquivo, {rejected} rejeitadas, {warnings} avisos.</translation>
    </message>
    <message>
        <source>{skipped} skipped (status or footer), {review} possible duplicates to review.</source>
        <translation>{skipped} ignoradas (situação ou rodapé), {review} possíveis duplicatas para revisar.</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>pessoa nova</translation>
    </message>
    <message>
        <source>known person</source>
        <translation>pessoa conhecida</translation>
    </message>
    <message>
        <source>already registered</source>
        <translation>já inscrita</translation>
    </message>
    <message>
        <source>duplicate in the file</source>
        <translation>duplicada no arquivo</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>linha vazia</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>possível duplicata</translation>
    </message>
</context>
<context>
    <name>InstitutionsDialog</name>
    <message>
        <source>Institutions</source>
        <translation>Instituições</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Selected institution</source>
        <translation>Instituição selecionada</translation>
    </message>
    <message>
        <source>&amp;Save sector and country</source>
        <translation>&amp;Salvar setor e país</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;tor:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Merge two records of the same institution</source>
        <translation>Mesclar dois registros da mesma instituição</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <source>into</source>
        <translation>em</translation>
    </message>
    <message>
        <source>Its people and registrations move to the one kept; it disappears from lists. The change is logged and syncs.</source>
        <translation>Suas pessoas e inscrições passam para a que é mantida; ela some das listas. A alteração fica registrada e é sincronizada.</translation>
    </message>
    <message>
        <source>Saved: {name}.</source>
        <translation>Salvo: {name}.</translation>
    </message>
    <message>
        <source>Merge institutions</source>
        <translation>Mesclar instituições</translation>
    </message>
    <message>
        <source>Merge &quot;{merged}&quot; into &quot;{kept}&quot;? Its people and registrations move to &quot;{kept}&quot;.</source>
        <translation>Mesclar &quot;{merged}&quot; em &quot;{kept}&quot;? Suas pessoas e inscrições passam para &quot;{kept}&quot;.</translation>
    </message>
    <message>
        <source>Merged &quot;{merged}&quot; into &quot;{kept}&quot; ({moved} records moved).</source>
        <translation>&quot;{merged}&quot; mesclada em &quot;{kept}&quot; ({moved} registros transferidos).</translation>
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
        <translation>Evento salvo.</translation>
    </message>
    <message>
        <source>Wrote {count} changes to {path}</source>
        <translation>{count} alterações gravadas em {path}</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>Importar pacote de sincronização</translation>
    </message>
    <message>
        <source>Sync bundles (*.zip)</source>
        <translation>Pacotes de sincronização (*.zip)</translation>
    </message>
    <message>
        <source>Sync bundle imported.</source>
        <translation>Pacote de sincronização importado.</translation>
    </message>
    <message>
        <source>Backup restored. What it replaced is kept in {path}</source>
        <translation>Backup restaurado. O que foi substituído está guardado em {path}</translation>
    </message>
    <message>
        <source>Welcome to Attendance</source>
        <translation>Bem-vindo ao Attendance</translation>
    </message>
    <message>
        <source>The database is empty. Create a demo with three realistic events and about 150 participants, to see what the app does? You can delete it later or start a new database.</source>
        <translation>O banco de dados está vazio. Criar uma demonstração com três eventos realistas e cerca de 150 participantes, para ver o que o aplicativo faz? Você pode apagá-la depois ou começar um novo banco de dados.</translation>
    </message>
    <message>
        <source>About Attendance</source>
        <translation>Sobre o Attendance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attendance {version}&lt;/h3&gt;&lt;p&gt;Registration, QR badges, check-in and sex-disaggregated attendance reports for workshops, webinars and courses. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attendance {version}&lt;/h3&gt;&lt;p&gt;Inscrição, crachás com QR, registro de presença e relatórios de presença desagregados por sexo para oficinas, webinários e cursos. Funciona sem conexão.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>&amp;Novo evento...</translation>
    </message>
    <message>
        <source>&amp;Edit event...</source>
        <translation>&amp;Editar evento...</translation>
    </message>
    <message>
        <source>&amp;Register a participant...</source>
        <translation>&amp;Inscrever um participante...</translation>
    </message>
    <message>
        <source>&amp;Import participants...</source>
        <translation>I&amp;mportar participantes...</translation>
    </message>
    <message>
        <source>I&amp;nstitutions...</source>
        <translation>Ins&amp;tituições...</translation>
    </message>
    <message>
        <source>E&amp;xport sync bundle...</source>
        <translation>E&amp;xportar pacote de sincronização...</translation>
    </message>
    <message>
        <source>Im&amp;port sync bundle...</source>
        <translation>Importar &amp;pacote de sincronização...</translation>
    </message>
    <message>
        <source>Sync with &amp;hub</source>
        <translation>Sincronizar com o &amp;hub</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>Fazer &amp;backup...</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurar um backup...</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Verificar o banco de dados</translation>
    </message>
    <message>
        <source>&amp;About Attendance</source>
        <translation>&amp;Sobre o Attendance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>Confi&amp;gurações...</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Confira as colunas</translation>
    </message>
    <message>
        <source>Each column was matched to a field by its header and its values. Change a field where it is wrong; (ignore) leaves a column out.</source>
        <translation>Cada coluna foi associada a um campo pelo cabeçalho e pelos valores. Altere o campo onde estiver errado; (ignorar) deixa a coluna de fora.</translation>
    </message>
    <message>
        <source>In the sex column, what does &quot;M&quot; mean?</source>
        <translation>Na coluna de sexo, o que significa &quot;M&quot;?</translation>
    </message>
    <message>
        <source>M = Mujer (woman), as in M/H</source>
        <translation>M = Mujer (mulher), como em M/H</translation>
    </message>
    <message>
        <source>M = Male / Masculino, as in F/M</source>
        <translation>M = Masculino / Male, como em F/M</translation>
    </message>
    <message>
        <source>Register &amp;pending registrants too (refused, refunded and cancelled ones never)</source>
        <translation>Registrar também as inscrições &amp;pendentes (nunca as recusadas, reembolsadas ou canceladas)</translation>
    </message>
    <message>
        <source>Write names typed in &amp;capitals as names (María de la Cruz)</source>
        <translation>Escrever como nomes os nomes digitados em &amp;maiúsculas (María de la Cruz)</translation>
    </message>
    <message>
        <source>Detected: {source}.</source>
        <translation>Detectado: {source}.</translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file with these headers.</source>
        <translation>São usadas as colunas que você escolheu da última vez para um arquivo com estes cabeçalhos.</translation>
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
        <translation>{columns} colunas: {imported} importadas, {ignored} ignoradas (o motivo, sob cada campo).</translation>
    </message>
    <message>
        <source>The column has M but neither F nor H, and its header does not say: please choose.</source>
        <translation>A coluna tem M, mas nem F nem H, e o cabeçalho não diz: escolha, por favor.</translation>
    </message>
    <message>
        <source>Decided from the other values in the column; change it if it is wrong.</source>
        <translation>Deduzido dos outros valores da coluna; altere se estiver errado.</translation>
    </message>
</context>
<context>
    <name>NewInstitutionFields</name>
    <message>
        <source>same as the person</source>
        <translation>o mesmo da pessoa</translation>
    </message>
    <message>
        <source>New institution, sector:</source>
        <translation>Instituição nova, setor:</translation>
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
        <translation>Escolha uma organização ou digite um nome novo</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>Organização a adicionar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Chosen organisations</source>
        <translation>Organizações escolhidas</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (nova)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sessões com presença</translation>
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
        <translation>Buscar por nome, instituição, e-mail ou país</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>&amp;Inscrever...</translation>
    </message>
    <message>
        <source>Register a participant (Ctrl+N)</source>
        <translation>Inscrever um participante (Ctrl+N)</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Present in {session}</source>
        <translation>Presentes em {session}</translation>
    </message>
    <message>
        <source>Not yet arrived in {session}</source>
        <translation>Ainda não chegaram a {session}</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancelar inscrição</translation>
    </message>
    <message>
        <source>Registration saved.</source>
        <translation>Inscrição salva.</translation>
    </message>
    <message>
        <source>No event selected. Create one with File &gt; New event.</source>
        <translation>Nenhum evento selecionado. Crie um em Arquivo &gt; Novo evento.</translation>
    </message>
    <message>
        <source>{registered} registered: {female} women, {male} men, {other} other, {not_stated} not stated</source>
        <translation>{registered} inscritos: {female} mulheres, {male} homens, {other} outro, {not_stated} não informado</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Carregando...</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n exibido</numerusform>
            <numerusform>%n exibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Reprint badge...</source>
        <translation>Reimprimir crachá...</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}? The row stays in the list, greyed, and the badge no longer checks in.</source>
        <translation>Cancelar a inscrição de {name}? A linha continua na lista, em cinza, e o crachá deixa de registrar presença.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Change person</source>
        <translation>Trocar de pessoa</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Digite parte de um nome</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfólio</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>funcionários</translation>
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
        <translation>&amp;Limpar filtros</translation>
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
        <translation>Setor</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por setor</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Por instituição</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por ano</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Desagregações</translation>
    </message>
    <message>
        <source>&amp;Excel workbook...</source>
        <translation>Pasta de trabalho do &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;PDF report...</source>
        <translation>Relatório &amp;PDF...</translation>
    </message>
    <message>
        <source>C&amp;SV of participations...</source>
        <translation>C&amp;SV das participações...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jeto:</translation>
    </message>
    <message>
        <source>F&amp;under:</source>
        <translation>&amp;Financiador:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rceiro:</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>Or&amp;ganizador:</translation>
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
        <translation>&amp;Modalidade:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Peop&amp;le are:</source>
        <translation>As &amp;pessoas são:</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Ready-to-paste sentence</source>
        <translation>Frase pronta para colar</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <source>Individuals by year and sex</source>
        <translation>Pessoas por ano e sexo</translation>
    </message>
    <message>
        <source>Individuals by country</source>
        <translation>Pessoas por país</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; atividade</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; atividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; participations</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participação</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; individuals</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; pessoa</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>({female} women, {male} men, {other} other, {not_stated} not stated)</source>
        <translation>({female} mulheres, {male} homens, {other} outro, {not_stated} não informado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; women of those who stated their sex</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; mulheres entre quem informou o sexo</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; attended two or more activities</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participou de duas ou mais atividades</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; participaram de duas ou mais atividades</numerusform>
        </translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>Sentence copied.</source>
        <translation>Frase copiada.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Arquivos {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Gravando {name}...</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo {path}</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>No project: choose one or type a new title</source>
        <translation>Sem projeto: escolha um ou digite um título novo</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Badge {token}</source>
        <translation>Crachá {token}</translation>
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
        <translation>Editar inscrição</translation>
    </message>
    <message>
        <source>Register a participant</source>
        <translation>Inscrever um participante</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefere não informar</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Palestrante</translation>
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
        <translation>Concorda que seus dados sejam mantidos para os registros de presença e os relatórios deste evento</translation>
    </message>
    <message>
        <source>Print badge after saving</source>
        <translation>Imprimir o crachá ao salvar</translation>
    </message>
    <message>
        <source>Walk-in mode: stay open for the next person</source>
        <translation>Modo de inscrição no local: continuar aberto para a próxima pessoa</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Nomes:</translation>
    </message>
    <message>
        <source>&amp;Family names:</source>
        <translation>So&amp;brenomes:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
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
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrever</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Saved: {name}. Next person.</source>
        <translation>Salvo: {name}. Próxima pessoa.</translation>
    </message>
    <message>
        <source>This field holds at most {limit} characters; anything longer was cut off.</source>
        <translation>Este campo aceita no máximo {limit} caracteres; o excedente foi cortado.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Saved. {summary}</source>
        <translation>Salvo. {summary}</translation>
    </message>
    <message>
        <source>Nothing was imported: {message}</source>
        <translation>Nada foi importado: {message}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>funcionários</translation>
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
        <translation>Setores e países</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>Percentual de mulheres</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Por sessão</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por setor</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
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
        <translation>Por instituição</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>% women</source>
        <translation>% mulheres</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Paisagem</translation>
    </message>
    <message>
        <source>One file per person (zip)</source>
        <translation>Um arquivo por pessoa (zip)</translation>
    </message>
    <message>
        <source>the event&apos;s city and country</source>
        <translation>a cidade e o país do evento</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet...</source>
        <translation>&amp;Lista de presença...</translation>
    </message>
    <message>
        <source>Attendance &amp;matrix...</source>
        <translation>&amp;Matriz de frequência...</translation>
    </message>
    <message>
        <source>Summary &amp;PDF...</source>
        <translation>Resumo em &amp;PDF...</translation>
    </message>
    <message>
        <source>Cer&amp;tificates...</source>
        <translation>Cer&amp;tificados...</translation>
    </message>
    <message>
        <source>List as C&amp;SV...</source>
        <translation>Lista em C&amp;SV...</translation>
    </message>
    <message>
        <source>List as &amp;Excel...</source>
        <translation>Lista em &amp;Excel...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Ready-to-paste sentence</source>
        <translation>Frase pronta para colar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <source>Sign-in sheet &amp;session:</source>
        <translation>&amp;Sessão da lista de presença:</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Linhas em &amp;branco para inscrições no local:</translation>
    </message>
    <message>
        <source>Sign-in sheet columns:</source>
        <translation>Colunas da lista de presença:</translation>
    </message>
    <message>
        <source>o&amp;n</source>
        <translation>&amp;data</translation>
    </message>
    <message>
        <source>Certificates issued &amp;in:</source>
        <translation>Local de em&amp;issão dos certificados:</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Carregando...</translation>
    </message>
    <message>
        <source>Choose or create an event to see its figures.</source>
        <translation>Escolha ou crie um evento para ver seus números.</translation>
    </message>
    <message>
        <source>{registered} registered, {attended} attended: {female} women, {male} men, {other} other, {not_stated} not stated. Women: {percent} of those who stated their sex.</source>
        <translation>{registered} inscritos, {attended} presentes: {female} mulheres, {male} homens, {other} outro, {not_stated} não informado. Mulheres: {percent} de quem informou o sexo.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presentes</translation>
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
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>{kind} files (*.{suffix})</source>
        <translation>Arquivos {kind} (*.{suffix})</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Gravando {name}...</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <source>Printed in landscape: the chosen columns do not fit a portrait page.</source>
        <translation>Impressa em paisagem: as colunas escolhidas não cabem em uma página em retrato.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Automatic backups of this database (kept in {folder}). Restoring replaces everything with the backup&apos;s content; what is replaced is kept as a backup too.</source>
        <translation>Backups automáticos deste banco de dados (guardados em {folder}). Restaurar substitui tudo pelo conteúdo do backup; o que for substituído também é guardado como backup.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>No automatic backup yet: one is made a few minutes after data changes.</source>
        <translation>Ainda não há backup automático: um é feito alguns minutos depois que os dados mudam.</translation>
    </message>
    <message>
        <source>&amp;Restore selected</source>
        <translation>&amp;Restaurar o selecionado</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>&amp;Outro arquivo...</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Escolha um backup para restaurar</translation>
    </message>
    <message>
        <source>Attendance databases (*.db *.bak);;All files (*)</source>
        <translation>Bancos de dados do Attendance (*.db *.bak);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Organisation and logos</source>
        <translation>Organização e logotipos</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Reports and lists</source>
        <translation>Relatórios e listas</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
</context>
<context>
    <name>VirtualReportDialog</name>
    <message>
        <source>Virtual attendance report</source>
        <translation>Relatório de presença virtual</translation>
    </message>
    <message>
        <source>Choose a Zoom, Teams, Meet or Webex report...</source>
        <translation>Escolher um relatório do Zoom, Teams, Meet ou Webex...</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Count only the session&apos;s times</source>
        <translation>Contar apenas o horário da sessão</translation>
    </message>
    <message>
        <source>Count only the session&apos;s times ({start}–{end})</source>
        <translation>Contar apenas o horário da sessão ({start}–{end})</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Nome no relatório</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>How it was matched</source>
        <translation>Como foi encontrada</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Ticked rows are written. Similar names (yellow) are written only once you accept them; hosts and panelists (grey, last) count only if registered. Rows under the minimum time are not counted.</source>
        <translation>As linhas marcadas são gravadas. Os nomes parecidos (amarelo) só são gravados depois que você os aceita; anfitriões e painelistas (cinza, no fim) contam apenas se inscritos. As linhas abaixo do tempo mínimo não contam.</translation>
    </message>
    <message>
        <source>{source} report “{title}”: {people} people, {minutes} minutes; {matched} matched to registrations, {review} to review.</source>
        <translation>Relatório do {source} “{title}”: {people} pessoas, {minutes} minutos; {matched} com inscrição encontrada, {review} a revisar.</translation>
    </message>
    <message>
        <source>To review: accept?</source>
        <translation>A revisar: aceitar?</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Change person...</source>
        <translation>Trocar de pessoa...</translation>
    </message>
    <message>
        <source>Register as new</source>
        <translation>Inscrever como nova</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>(new registration)</source>
        <translation>(nova inscrição)</translation>
    </message>
    <message>
        <source>Similar names left to review, not written: {count}.</source>
        <translation>Nomes parecidos não revisados, não gravados: {count}.</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Inscrito(a) como</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar presença</translation>
    </message>
    <message>
        <source>Minimum time to count as attended:</source>
        <translation>Tempo mínimo para contar como presente:</translation>
    </message>
    <message>
        <source>Attendance report</source>
        <translation>Relatório de presença</translation>
    </message>
    <message>
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Relatórios (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Under the minimum time: not counted</source>
        <translation>Abaixo do tempo mínimo: não conta</translation>
    </message>
    <message>
        <source>Saved: {checked_in} checked in, {already} already checked in, {too_short} under the minimum time, {registered} registered, {ignored} ignored.</source>
        <translation>Salvo: {checked_in} com presença registrada, {already} já registrados, {too_short} abaixo do tempo mínimo, {registered} inscritos, {ignored} ignorados.</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Homens</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Não informado</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Escolha uma cópia de segurança para restaurar</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir outro banco de dados</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Banco de dados danificado</translation>
    </message>
    <message>
        <source>Restore a backup copy over it (the damaged file is kept next to it), open another database, or quit.</source>
        <translation>Restaure uma cópia de segurança no lugar dele (o arquivo danificado é mantido ao lado), abra outro banco de dados ou saia.</translation>
    </message>
    <message>
        <source>Restore a backup...</source>
        <translation>Restaurar uma cópia...</translation>
    </message>
    <message>
        <source>Open another database...</source>
        <translation>Abrir outro banco de dados...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>That file is not a usable backup.</source>
        <translation>Esse arquivo não é uma cópia de segurança utilizável.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>Webcam scanning needs the camera extra ({missing} not installed). Install it with: {hint}</source>
        <translation>A leitura pela webcam precisa do complemento camera ({missing} não instalado). Instale-o com: {hint}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Back up the database</source>
        <translation>Fazer backup do banco de dados</translation>
    </message>
    <message>
        <source>Attendance databases (*.db)</source>
        <translation>Bancos de dados do Attendance (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup gravado em {path}</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Verificar o banco de dados</translation>
    </message>
    <message>
        <source>Checking the database...</source>
        <translation>Verificando o banco de dados...</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>A base de dados está íntegra.</translation>
    </message>
    <message>
        <source>The database is sound: no problem was found.</source>
        <translation>O banco de dados está íntegro: nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>The database has problems:
{problems}

Restore a backup (File › Restore).</source>
        <translation>O banco de dados tem problemas:
{problems}

Restaure um backup (Arquivo › Restaurar).</translation>
    </message>
</context>
</TS>
