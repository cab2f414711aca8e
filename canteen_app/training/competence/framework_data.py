"""The built-in canteen competence framework (T2/T3), version ``FRAMEWORK_VERSION``.

Twelve competence areas (kompetanseområder), each with a few competence goals (kompetansemål)
written as observable tasks that a job coach or canteen manager can watch a participant do in a
municipal staff canteen, and the four levels a goal is assessed on. Every goal also has an
easy-read form in the first person, which the participant reads on the self-assessment screen.

Grounded in the national curricula for the restaurant and food trades (Vg1 restaurant- og matfag,
RMF01; Vg2 kokk- og servitørfag, KOS02; Vg3 institusjonskokkfaget) and in everyday kitchen practice
under internal control for food (IK-mat) as Mattilsynet describes it: chilled food at 4 °C or
below, frozen at -18 °C or colder, hot holding at 60 °C or above, cooling from 60 °C to 10 °C
within 2 hours, core temperature of 75 °C for minced meat and poultry.

This module is plain data. It is shipped through the migrations: the migration for this
version inserts its areas and goals (with ``framework_version = FRAMEWORK_VERSION``). A later
version adds new goals under new codes and retires goals by code; it never deletes a row or
reuses a code, so every training plan and assessment keeps the goal it was made against. Codes
("A01", "A01.1", ...) therefore never change once shipped; the texts may be polished in a later
version, the meaning of a code may not.
"""

from __future__ import annotations

from dataclasses import dataclass

FRAMEWORK_VERSION = 1


@dataclass(frozen=True)
class Level:
    level: int  # 1..4
    name_nb: str
    name_en: str
    description_nb: str  # what a coach observes at this level
    description_en: str
    easy_nb: str  # what the participant reads when assessing themselves
    easy_en: str


@dataclass(frozen=True)
class Goal:
    code: str  # "A01.1": stable across framework versions
    text_nb: str  # an observable task, present tense
    text_en: str
    easy_nb: str  # easy-read, first person, a few everyday words
    easy_en: str


@dataclass(frozen=True)
class Area:
    number: int  # 1..12, the framework's order
    code: str  # "A01": stable across framework versions
    name_nb: str
    name_en: str
    goals: tuple[Goal, ...]


LEVELS: tuple[Level, ...] = (
    Level(
        1,
        "Med hjelp",
        "With help",
        "Gjør oppgaven når noen viser hvordan og hjelper til underveis, steg for steg.",
        "Does the task when someone shows how and helps along the way, step by step.",
        "Jeg trenger hjelp",
        "I need help",
    ),
    Level(
        2,
        "Med støtte",
        "With support",
        "Gjør oppgaven med påminnelser, en huskeliste eller at noen sjekker underveis.",
        "Does the task with reminders, a checklist or someone checking along the way.",
        "Jeg klarer det med litt støtte",
        "I can do it with a little support",
    ),
    Level(
        3,
        "Selvstendig",
        "Independently",
        "Gjør oppgaven riktig på egen hånd, i vanlig arbeidstempo.",
        "Does the task correctly on their own, at a normal working pace.",
        "Jeg klarer det selv",
        "I can do it on my own",
    ),
    Level(
        4,
        "Kan vise andre",
        "Can show others",
        "Gjør oppgaven sikkert og kan forklare og vise den til en ny kollega.",
        "Does the task confidently and can explain and show it to a new colleague.",
        "Jeg kan vise andre",
        "I can show others",
    ),
)


AREAS: tuple[Area, ...] = (
    Area(
        1,
        "A01",
        "Personlig hygiene",
        "Personal hygiene",
        (
            Goal(
                "A01.1",
                "Vasker hender etter fast rutine før arbeid med mat, etter pauser og etter toalettbesøk",
                "Washes hands by the set routine before handling food, after breaks and after the toilet",
                "Jeg vasker hendene før jeg lager mat",
                "I wash my hands before I cook",
            ),
            Goal(
                "A01.2",
                "Møter i rene arbeidsklær med hodeplagg, uten smykker og klokke",
                "Turns up in clean work clothes and head covering, without jewellery or a watch",
                "Jeg har rene arbeidsklær og dekker håret",
                "I wear clean clothes and cover my hair",
            ),
            Goal(
                "A01.3",
                "Dekker sår på hendene med blått plaster og hanske",
                "Covers cuts on the hands with a blue plaster and a glove",
                "Jeg setter blått plaster på sår",
                "I put a blue plaster on cuts",
            ),
            Goal(
                "A01.4",
                "Sier fra til leder ved oppkast, diaré eller betente sår før arbeid med mat",
                "Tells the manager about vomiting, diarrhoea or infected cuts before working with food",
                "Jeg sier fra hvis jeg har omgangssyke",
                "I tell my boss about a stomach bug",
            ),
            Goal(
                "A01.5",
                "Skifter hansker og vasker hender mellom rå og ferdig mat",
                "Changes gloves and washes hands between raw and ready-to-eat food",
                "Jeg bytter hansker mellom rå og ferdig mat",
                "I change gloves between raw and cooked food",
            ),
            Goal(
                "A01.6",
                "Smaker på maten med en ren skje hver gang",
                "Tastes food with a clean spoon every time",
                "Jeg smaker med en ren skje",
                "I taste with a clean spoon",
            ),
        ),
    ),
    Area(
        2,
        "A02",
        "Internkontroll – temperaturlogg og renholdsplan",
        "Internal control – temperature logs and cleaning plans",
        (
            Goal(
                "A02.1",
                "Registrerer temperatur i kjøl (maks 4 °C) og frys (-18 °C eller kaldere) i temperaturloggen",
                "Records fridge (4 °C or below) and freezer (-18 °C or colder) temperatures in the log",
                "Jeg sjekker og skriver ned temperaturen",
                "I check and write down the temperature",
            ),
            Goal(
                "A02.2",
                "Måler kjernetemperatur med stikktermometer og sjekker at varm mat holder minst 60 °C",
                "Measures core temperature with a probe thermometer and checks hot food holds at least 60 °C",
                "Jeg måler temperaturen inni maten",
                "I measure the temperature inside the food",
            ),
            Goal(
                "A02.3",
                "Kjøler ned varm mat fra 60 °C til under 10 °C innen 2 timer og fører nedkjølingsloggen",
                "Cools hot food from 60 °C to below 10 °C within 2 hours and fills in the cooling log",
                "Jeg kjøler ned maten raskt",
                "I cool the food down quickly",
            ),
            Goal(
                "A02.4",
                "Sier fra til leder når en temperatur er utenfor grensen, og fører avvik og tiltak",
                "Tells the manager when a temperature is out of range and records the deviation and action",
                "Jeg sier fra når temperaturen er feil",
                "I speak up when the temperature is wrong",
            ),
            Goal(
                "A02.5",
                "Følger renholdsplanen for stasjonen og krysser av når oppgaven er gjort",
                "Follows the station's cleaning plan and ticks off each task when it is done",
                "Jeg vasker etter listen og krysser av",
                "I clean and tick off the list",
            ),
        ),
    ),
    Area(
        3,
        "A03",
        "Varemottak og lagring (datoer, først inn – først ut)",
        "Goods receipt and storage (dates, first in – first out)",
        (
            Goal(
                "A03.1",
                "Kontrollerer varer ved mottak: temperatur, emballasje og antall mot følgeseddelen",
                "Checks goods on receipt: temperature, packaging and quantity against the delivery note",
                "Jeg sjekker varene når de kommer",
                "I check the goods when they arrive",
            ),
            Goal(
                "A03.2",
                "Setter kjøle- og frysevarer raskt på plass, før tørrvarene",
                "Puts chilled and frozen goods away quickly, before the dry goods",
                "Jeg setter kalde varer på plass først",
                "I put cold goods away first",
            ),
            Goal(
                "A03.3",
                "Setter varer på plass etter «først inn, først ut»",
                "Puts goods away by “first in, first out”",
                "Jeg setter nye varer bakerst",
                "I put new goods at the back",
            ),
            Goal(
                "A03.4",
                "Leser datomerkingen og forklarer forskjellen på «siste forbruksdag» og «best før»",
                "Reads date labels and explains the difference between “use by” and “best before”",
                "Jeg vet hva datoen på pakken betyr",
                "I know what the pack date means",
            ),
            Goal(
                "A03.5",
                "Merker åpnede varer og rester med innhold og dato",
                "Labels opened goods and leftovers with contents and date",
                "Jeg skriver dato på åpne pakker",
                "I write the date on open packs",
            ),
            Goal(
                "A03.6",
                "Lagrer rå og ferdig mat adskilt i kjølerommet, med rått kjøtt og fisk nederst",
                "Stores raw and ready-to-eat food apart in the cold room, raw meat and fish at the bottom",
                "Jeg legger rått kjøtt nederst i kjølen",
                "I put raw meat on the bottom shelf",
            ),
        ),
    ),
    Area(
        4,
        "A04",
        "Renhold, oppvask og maskiner",
        "Cleaning, dishwashing and machines",
        (
            Goal(
                "A04.1",
                "Skraper, sorterer og forskyller oppvasken og setter den riktig i kurvene",
                "Scrapes, sorts and pre-rinses the dishes and loads them correctly in the racks",
                "Jeg skyller oppvasken og setter den i kurver",
                "I rinse dishes and put them in racks",
            ),
            Goal(
                "A04.2",
                "Kjører oppvaskmaskinen og sjekker at skylletemperaturen er minst 80 °C",
                "Runs the dishwasher and checks that the rinse temperature is at least 80 °C",
                "Jeg bruker oppvaskmaskinen riktig",
                "I use the dishwasher the right way",
            ),
            Goal(
                "A04.3",
                "Rengjør benker, skjærebrett og redskaper i riktig rekkefølge: rydde, vaske, skylle, tørke",
                "Cleans worktops, chopping boards and utensils in the right order: clear, wash, rinse, dry",
                "Jeg vasker benker og brett rene",
                "I clean worktops and boards",
            ),
            Goal(
                "A04.4",
                "Velger riktig rengjøringsmiddel og doserer det etter anvisningen",
                "Chooses the right cleaning product and doses it as the instructions say",
                "Jeg bruker riktig vaskemiddel og mengde",
                "I use the right cleaner and amount",
            ),
            Goal(
                "A04.5",
                "Tar fra hverandre og rengjør pålegsmaskin og kjøkkenmaskin med strømmen av",
                "Takes apart and cleans the slicer and the food mixer with the power off",
                "Jeg slår av strømmen før jeg vasker maskinen",
                "I switch off machines before I clean them",
            ),
        ),
    ),
    Area(
        5,
        "A05",
        "Helse, miljø og sikkerhet (kniv, brann, ergonomi)",
        "Health and safety (knives, fire, ergonomics)",
        (
            Goal(
                "A05.1",
                "Bruker kniv og skjærebrett trygt, med fuktig klut under brettet",
                "Uses a knife and chopping board safely, with a damp cloth under the board",
                "Jeg bruker kniven trygt",
                "I use the knife safely",
            ),
            Goal(
                "A05.2",
                "Bærer kniven med spissen ned og legger den aldri i oppvaskvannet",
                "Carries a knife point down and never leaves it in the washing-up water",
                "Jeg legger aldri kniven i vasken",
                "I never leave a knife in the sink",
            ),
            Goal(
                "A05.3",
                "Viser hvor brannteppe, brannslukker og nødutgang er, og hvordan fettbrann kveles med lokk",
                "Shows where the fire blanket, extinguisher and exits are, and how to smother a fat fire",
                "Jeg vet hvor brannteppet og utgangen er",
                "I can find the fire blanket and exit",
            ),
            Goal(
                "A05.4",
                "Bruker grillvott ved ovn og gryter og sier «varmt» når varme ting bæres forbi andre",
                "Uses oven gloves and calls out “hot” when carrying hot things past others",
                "Jeg sier fra når jeg bærer noe varmt",
                "I warn others when I carry something hot",
            ),
            Goal(
                "A05.5",
                "Løfter med rett rygg, bærer tett inntil kroppen og bruker tralle til tunge kasser",
                "Lifts with a straight back, carries close to the body and uses a trolley for heavy boxes",
                "Jeg løfter med rett rygg",
                "I lift with a straight back",
            ),
            Goal(
                "A05.6",
                "Tørker opp søl på gulvet med en gang og sier fra om skader og farlige forhold",
                "Wipes up spills on the floor at once and reports injuries and hazards",
                "Jeg tørker opp søl med en gang",
                "I wipe up spills straight away",
            ),
        ),
    ),
    Area(
        6,
        "A06",
        "Grunnleggende tilberedning (kald og varm mat)",
        "Basic preparation (cold and hot food)",
        (
            Goal(
                "A06.1",
                "Skreller og kutter grønnsaker i jevne biter etter beskjed, f.eks. terninger eller strimler",
                "Peels and cuts vegetables into even pieces as instructed, e.g. dice or strips",
                "Jeg kutter grønnsaker i like biter",
                "I cut vegetables into even pieces",
            ),
            Goal(
                "A06.2",
                "Lager salater og smørbrød etter bilde eller beskrivelse",
                "Makes salads and open sandwiches from a picture or description",
                "Jeg lager salat og smørbrød",
                "I make salads and sandwiches",
            ),
            Goal(
                "A06.3",
                "Koker poteter, ris og pasta slik at de er ferdige når serveringen starter",
                "Cooks potatoes, rice and pasta so they are ready when service starts",
                "Jeg koker poteter, ris og pasta",
                "I cook potatoes, rice and pasta",
            ),
            Goal(
                "A06.4",
                "Gjennomsteker kjøttdeig og kylling og sjekker at kjernetemperaturen er minst 75 °C",
                "Cooks minced meat and chicken through and checks the core temperature is at least 75 °C",
                "Jeg steker kyllingen helt gjennom",
                "I cook chicken all the way through",
            ),
            Goal(
                "A06.5",
                "Bruker egne skjærebrett og redskaper til rått kjøtt, fisk og grønnsaker",
                "Uses separate chopping boards and utensils for raw meat, fish and vegetables",
                "Jeg bruker eget brett til rått kjøtt",
                "I use a separate board for raw meat",
            ),
            Goal(
                "A06.6",
                "Tiner frosne varer i kjøleskapet, ikke på benken",
                "Thaws frozen food in the fridge, not on the worktop",
                "Jeg tiner mat i kjøleskapet",
                "I thaw food in the fridge",
            ),
        ),
    ),
    Area(
        7,
        "A07",
        "Oppskrifter, mengder og skalering",
        "Recipes, quantities and scaling",
        (
            Goal(
                "A07.1",
                "Leser en oppskrift og finner fram råvarer og utstyr før start",
                "Reads a recipe and gets the ingredients and equipment ready before starting",
                "Jeg finner fram alt før jeg starter",
                "I get everything ready before I start",
            ),
            Goal(
                "A07.2",
                "Veier og måler råvarer nøyaktig med vekt, litermål og måleskjeer",
                "Weighs and measures ingredients accurately with scales, measuring jugs and spoons",
                "Jeg veier og måler riktig",
                "I weigh and measure correctly",
            ),
            Goal(
                "A07.3",
                "Regner om mellom enheter, f.eks. gram og kilo, desiliter og liter",
                "Converts between units, e.g. grams and kilos, decilitres and litres",
                "Jeg regner om gram og kilo",
                "I change grams into kilos",
            ),
            Goal(
                "A07.4",
                "Skalerer en oppskrift fra 10 til 40 porsjoner",
                "Scales a recipe from 10 to 40 portions",
                "Jeg regner om oppskriften til flere",
                "I change a recipe for more people",
            ),
            Goal(
                "A07.5",
                "Følger produksjonslisten og lager riktig antall porsjoner til riktig tid",
                "Follows the production list and makes the right number of portions on time",
                "Jeg lager nok mat til rett tid",
                "I make enough food on time",
            ),
        ),
    ),
    Area(
        8,
        "A08",
        "Allergener og spesialkost",
        "Allergens and special diets",
        (
            Goal(
                "A08.1",
                "Nevner de 14 allergenene som skal merkes, med eksempler på matvarer",
                "Names the 14 allergens that must be labelled, with examples of foods",
                "Jeg kjenner de 14 allergenene",
                "I know the 14 allergens",
            ),
            Goal(
                "A08.2",
                "Finner allergenene i en rett på allergenoversikten",
                "Finds the allergens in a dish on the allergen poster",
                "Jeg sjekker hva som er i maten",
                "I check what is in the food",
            ),
            Goal(
                "A08.3",
                "Leser ingredienslisten på en vare og finner allergenene i uthevet skrift",
                "Reads the ingredients list on a product and finds the allergens in bold",
                "Jeg leser hva som står på pakken",
                "I read the label on the pack",
            ),
            Goal(
                "A08.4",
                "Lager spesialkost adskilt fra annen mat, med rene redskaper, og merker den",
                "Prepares special-diet food apart from other food with clean utensils, and labels it",
                "Jeg holder allergimat for seg selv",
                "I keep allergy food separate",
            ),
            Goal(
                "A08.5",
                "Henviser gjester med spørsmål om allergener til ansvarlig og gjetter aldri",
                "Refers guests with allergen questions to the person in charge and never guesses",
                "Jeg gjetter aldri om allergier",
                "I never guess about allergies",
            ),
        ),
    ),
    Area(
        9,
        "A09",
        "Servering og kundebehandling",
        "Serving and customer service",
        (
            Goal(
                "A09.1",
                "Setter opp buffet eller disk etter plan, med skilt og allergenmerking",
                "Sets up the buffet or counter according to plan, with signs and allergen labels",
                "Jeg gjør buffeten klar",
                "I get the buffet ready",
            ),
            Goal(
                "A09.2",
                "Hilser på gjester og svarer på spørsmål om maten",
                "Greets guests and answers questions about the food",
                "Jeg hilser på gjestene og svarer dem",
                "I greet guests and answer them",
            ),
            Goal(
                "A09.3",
                "Fyller på buffeten i tide og holder den ren og ryddig",
                "Refills the buffet in time and keeps it clean and tidy",
                "Jeg fyller på maten i tide",
                "I fill up the food in time",
            ),
            Goal(
                "A09.4",
                "Porsjonerer mat i riktig størrelse med øse, skje eller vekt",
                "Serves portions of the right size with a ladle, spoon or scales",
                "Jeg gir riktig mengde mat",
                "I serve the right amount of food",
            ),
            Goal(
                "A09.5",
                "Tar betalt i kassen og slår inn riktige varer",
                "Takes payment at the till and rings up the right items",
                "Jeg tar betalt i kassen",
                "I take payment at the till",
            ),
            Goal(
                "A09.6",
                "Holder seg rolig og høflig når en gjest klager, og henter leder ved behov",
                "Stays calm and polite when a guest complains, and fetches the manager if needed",
                "Jeg er høflig når noen klager",
                "I am polite when someone complains",
            ),
        ),
    ),
    Area(
        10,
        "A10",
        "Matsvinn og kildesortering",
        "Food waste and sorting",
        (
            Goal(
                "A10.1",
                "Veier og registrerer matsvinn etter kategori: kjøkken, lager, buffet og tallerken",
                "Weighs and records food waste by category: kitchen, storage, buffet and plate",
                "Jeg veier maten som blir kastet",
                "I weigh the food we throw away",
            ),
            Goal(
                "A10.2",
                "Sorterer matavfall og emballasje riktig: plast, papp, glass og metall, restavfall",
                "Sorts food waste and packaging correctly: plastic, cardboard, glass/metal, general waste",
                "Jeg sorterer søppelet riktig",
                "I sort the rubbish correctly",
            ),
            Goal(
                "A10.3",
                "Tar vare på rester fra kjøkkenet som kan brukes igjen: kjøler, merker og lagrer dem",
                "Saves kitchen leftovers that can be used again: cools, labels and stores them",
                "Jeg sparer mat som kan brukes igjen",
                "I save food that can be used again",
            ),
            Goal(
                "A10.4",
                "Fyller på buffeten med mindre fat mot slutten av serveringen for å unngå svinn",
                "Refills the buffet with smaller dishes towards the end of service to avoid waste",
                "Jeg fyller på litt om gangen",
                "I refill a little at a time",
            ),
        ),
    ),
    Area(
        11,
        "A11",
        "Arbeidslivsferdigheter (punktlighet, melde fravær, samarbeid)",
        "Working-life skills (punctuality, reporting absence, cooperation)",
        (
            Goal(
                "A11.1",
                "Møter presis til avtalt tid og sjekker inn",
                "Arrives on time and checks in",
                "Jeg kommer på jobb til rett tid",
                "I come to work on time",
            ),
            Goal(
                "A11.2",
                "Gir beskjed til leder før arbeidstid ved fravær",
                "Tells the manager before the working day starts when absent",
                "Jeg ringer før jobb hvis jeg blir borte",
                "I call before work if I can't come",
            ),
            Goal(
                "A11.3",
                "Samarbeider med andre på stasjonen og hjelper til når det trengs",
                "Works together with others at the station and helps out when needed",
                "Jeg hjelper de andre på jobb",
                "I help the others at work",
            ),
            Goal(
                "A11.4",
                "Følger beskjeder og spør når noe er uklart",
                "Follows instructions and asks when something is unclear",
                "Jeg spør når jeg ikke forstår",
                "I ask when I don't understand",
            ),
            Goal(
                "A11.5",
                "Holder avtalte pauser og bruker mobilen bare i pausene",
                "Keeps to the agreed breaks and uses the phone only during breaks",
                "Jeg bruker mobilen bare i pausen",
                "I only use my phone on breaks",
            ),
            Goal(
                "A11.6",
                "Tar imot tilbakemelding rolig og prøver å gjøre det bedre neste gang",
                "Takes feedback calmly and tries to do better next time",
                "Jeg lytter når noen gir meg råd",
                "I listen when someone gives me advice",
            ),
        ),
    ),
    Area(
        12,
        "A12",
        "Arbeidsrettet norsk",
        "Work-related Norwegian",
        (
            Goal(
                "A12.1",
                "Forstår og bruker ord for redskaper og råvarer på kjøkkenet",
                "Understands and uses the words for utensils and ingredients in the kitchen",
                "Jeg kan navn på ting på kjøkkenet",
                "I know the names of kitchen things",
            ),
            Goal(
                "A12.2",
                "Forstår og følger en muntlig beskjed med to eller tre steg",
                "Understands and follows a spoken instruction with two or three steps",
                "Jeg forstår beskjeder på norsk",
                "I understand instructions in Norwegian",
            ),
            Goal(
                "A12.3",
                "Leser og følger en enkel oppskrift, arbeidsliste eller et dagskort på norsk",
                "Reads and follows a simple recipe, task list or day card in Norwegian",
                "Jeg leser oppskrifter på norsk",
                "I read recipes in Norwegian",
            ),
            Goal(
                "A12.4",
                "Fyller ut et enkelt skjema på norsk, f.eks. temperaturlogg eller avvik",
                "Fills in a simple form in Norwegian, e.g. a temperature log or a deviation",
                "Jeg skriver enkle ting på norsk",
                "I write simple things in Norwegian",
            ),
            Goal(
                "A12.5",
                "Snakker med kolleger og gjester om maten og arbeidet på enkel norsk",
                "Talks with colleagues and guests about the food and the work in simple Norwegian",
                "Jeg snakker norsk med folk på jobb",
                "I speak Norwegian with people at work",
            ),
        ),
    ),
)
