"""Word lists the extractor's rules share: common words, group nouns, cue words.

These are general vocabulary of English and Spanish news writing, not answers
for particular articles.  ``COMMON_WORDS`` keeps capitalised function words,
titles, weekdays and months from being read as place names (GeoNames has a
``Police`` in Poland, a ``Sunday`` and a ``March``).
"""

from __future__ import annotations

_COMMON = """
a an and are as at be been but by can could did do does for from had has have he her his how i if in
into is it its last late many may might more most much my new next no not now of off on once one only
or other our out over own per said same says she should since so some such than that the their them
then there these they this those though through to too under until up upon very was we were what
when where which while who whom why will with within without would yet you your also after again
against all along already although among another any around away back before behind below beneath
beside between beyond both down during each early either else even ever every far few first former
further here however just least less like little long lot made make meanwhile near never nor often
once others rather several still then thus together toward towards under unless via well whether
whose mid most across about above ago almost alone amid instead inside outside police president
government army navy court church hospital hotel airport park bridge river lake mount port
center centre city town village state county province region border north south east west central
northern southern eastern western upper lower great little old new saint san santa santo union
victoria liberty independence progress paradise hope concord unity friendship peace justice
freedom republic national federal royal general colonel captain governor mayor minister senator
news press times post daily journal herald tribune reuters associated agence
jan feb mar apr jun jul aug sep sept oct nov dec
alli aqui ahi alla luego despues ademas entonces mientras tras pese aunque sin embargo
miles cientos decenas centenares millares unos unas otros otras
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
christmas easter eve day night morning evening noon today tomorrow yesterday week month year
lunes martes miercoles jueves viernes sabado domingo
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
navidad nochebuena ano dia noche manana tarde hoy ayer semana mes
el la los las un una unos unas y o de del al en con por para sin sobre entre hasta desde hacia
que se su sus lo le les mas pero como cuando donde muy ya tambien este esta estos estas ese esa
aquel otro otra todos todas cada segun tras ante bajo durante mediante
migrants migrant people caravan caravans group groups family families child children women men
police officers soldiers troops guards agents officials authorities ministry
border crossing highway road bus buses truck trucks shelter camp bridge
gobierno presidente policia ejercito frontera carretera caravana migrantes personas grupo
victory triumph
cerca lejos casi alrededor aproximadamente apenas menos nearly roughly approximately estimated
"""

#: Single words never taken as a place name on their own.
COMMON_WORDS: frozenset[str] = frozenset(_COMMON.split())

#: Weekdays and months: a capitalised one right after a name dates it (``across Guatemala Thursday``),
#: it does not make the name longer.
CALENDAR_WORDS: frozenset[str] = frozenset("""
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
lunes martes miercoles miércoles jueves viernes sabado sábado domingo
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
""".split())

#: Lower-case words allowed inside a capitalised place name (``Villa de Guadalupe``).
NAME_CONNECTORS: frozenset[str] = frozenset(
    "de del la las los el y da do dos das di du of the on upon sur en e".split()
)

#: Nouns that name the moving group (English and Spanish, singular and plural).
GROUP_NOUNS = (
    r"migrants?|people|persons|individuals|hondurans|guatemalans|salvadorans|nicaraguans|"
    r"venezuelans|cubans|haitians|mexicans|central\s+americans|asylum[\s-]+seekers|refugees|"
    r"members|marchers|walkers|travell?ers|families|adults|men|women|children|minors|"
    r"migrantes|personas|hondureñ[oa]s|guatemaltec[oa]s|salvadoreñ[oa]s|nicaragüenses|"
    r"venezolan[oa]s|cuban[oa]s|haitian[oa]s|centroamerican[oa]s|integrantes|familias|"
    r"solicitantes\s+de\s+asilo|refugiad[oa]s|caminantes|niñ[oa]s|mujeres|hombres|"
    # Other groups that move together: pilgrims, protest marches, displaced and deported people.
    r"pilgrims|protesters|demonstrators|farmers|displaced|evacuees|deportees|returnees|"
    r"peregrin[oa]s|manifestantes|campesin[oa]s|desplazad[oa]s|evacuad[oa]s|retornad[oa]s|marchistas|"
    # Mexican reporting calls the caravan's people foreigners, or undocumented.
    r"extranjer[oa]s|foreigners|indocumentad[oa]s|inmigrantes|immigrants|"
    # ... and reports count them as citizens or souls ("un millar de ciudadanos de Honduras", "1,500 almas").
    r"ciudadan[oa]s|citizens|nationals|connacionales|compatriotas|almas|souls"
)

#: Nouns for the group as a whole, followed by ``of N``: ``a group of 160``.
GROUP_HEADS = r"group|caravan|column|contingent|crowd|wave|convoy|grupo|caravana|columna|contingente|oleada"

#: Relative pronouns that open a clause about the noun before them (a closed class, English and Spanish): the clause
#: has its own verb, and its day, figure and place are its own (``600 who left Tapachula on Friday reached Huixtla on
#: Sunday``; ``la caravana, cuyos integrantes salieron el lunes``).  ``where``/``donde``/``adonde`` open one about a
#: place (:data:`PLACE_RELATIVES`).
RELATIVE_PRONOUNS = r"who|whom|whose|which|that|que|quien|quienes|cuy[oa]s?"
PLACE_RELATIVES = r"where|donde|adonde|en\s+donde"
#: Auxiliaries of a compound tense or of the passive: the verb of their clause (``que habían abandonado``).
AUXILIARIES = r"had|has|have|was|were|hab[íi]an?|han|ha|hemos|fueron|fue|estaban|estaba"

#: Verbs of the group moving: ``unas 2, 000 personas iniciaron el viacrucis`` (the figure is who moved).
GROUP_MOVING_VERBS = (
    r"joined|crossed|returned|arrived|left|gathered|set\s+out|walked|marched|turned\s+back|"
    r"went\s+back|headed|reached|entered|departed|waded|"
    r"se\s+unieron|cruzaron|regresaron|retornaron|llegaron|salieron|partieron|caminaron|"
    r"ingresaron|entraron|avanzaron|se\s+reunieron|"
    r"iniciaron|comenzaron|emprendieron|began|started|set\s+off|"
    r"avanzan|caminan|marchan|llegan|salen|cruzan|avanzaban|caminaban|llegaban|sal[íi]an|cruzaban|"
    r"walk|march|arrive|reach|cross|were\s+walking|"
    # an attempt is the group moving too: "Unos 100 migrantes intentaron pasar"
    r"intentaron\s+(?:pasar|cruzar|avanzar|romper|entrar|ingresar|continuar|seguir)|"
    r"trataron\s+de\s+(?:pasar|cruzar|avanzar|romper|entrar|ingresar)|"
    r"tried\s+to\s+(?:cross|pass|push|enter|break|get\s+through|continue)|"
    # a choice the people made, or a bus boarded: "more than 600 migrants had agreed to board buses"
    r"agreed\s+to|decided\s+to|accepted|boarded|aceptaron|decidieron|abordaron|subieron"
)

#: Verbs of the group moving, being stopped or staying: ``about 1,000 more joined``, ``unas 200 esperaban en``.
GROUP_VERBS = (
    GROUP_MOVING_VERBS + r"|were\s+deported|were\s+returned|fueron\s+deportad[oa]s|"
    # what others did to the group: "about 1,000 were stopped in Guatemala" (types-s11-12 V13; not detentions)
    r"were\s+(?:stopped|blocked|held\s+back|turned\s+back)|fueron\s+(?:frenad|contenid|bloquead)[oa]s|"
    r"stayed|remained|rested|waited|camped|slept|permanecieron|se\s+quedaron|descansaron|esperaron|acamparon|"
    r"contin[úu]an|siguen|esperan|aguardan|permanecen|descansan|esperaban|aguardaban|permanec[íi]an|descansaban|"
    r"continue|wait|were\s+waiting|were\s+camped|were\s+resting"
)

#: Titles written before a person's name: a place name right after one is a surname
#: ("el presidente Hernández", "Gral. Pérez", "Mayor Guerrero"), not where the group is.
TITLES: frozenset[str] = frozenset("""
president presidente presidenta general gen gral mayor alcalde alcaldesa governor gobernador gobernadora
minister ministro ministra secretary secretario secretaria senator sen senador senadora diputado diputada
congressman congresswoman ambassador embajador embajadora colonel col coronel captain capt capitan capitán
commander comandante lieutenant lt teniente sergeant sgt sargento officer agente spokesman spokeswoman
vocero vocera bishop obispo cardinal cardenal father padre priest sacerdote pastor fray sister sor don doña
sr sra srta mr mrs ms dr lic ing prof professor profesor judge juez jueza
""".split())
