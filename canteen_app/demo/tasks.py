"""Demo task library (T6): the canteen's six stations with two to four tasks each, every task
as three to six pictogram steps with short Norwegian sentences and English beside them; the
most common tasks also in Arabic, Ukrainian and Somali (one also in Tigrinya, Polish and Dari).
The translations are marked "not reviewed": no speaker has checked them, and the day card says
so. Every active participant gets a day assignment, so that a day card can be printed for
anyone at once; one also has a newer one (the usual station changed last Monday).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from canteen_app.access import Actor
from canteen_app.app import AppServices
from canteen_app.training.participants.models import Participant
from canteen_app.training.tasks.rules import (
    MAX_DAY_TASKS,
    AssignmentInput,
    StationInput,
    StepInput,
    TaskInput,
)

# A step: its pictogram and its sentence by language ("nb" first).
_Step = tuple[str, dict[str, str]]


@dataclass(frozen=True)
class _Task:
    titles: dict[str, str]
    steps: tuple[_Step, ...]


@dataclass(frozen=True)
class _Station:
    name_nb: str
    name_en: str
    tasks: tuple[_Task, ...]


def _step(pictogram: str, nb: str, en: str, **more: str) -> _Step:
    return pictogram, {"nb": nb, "en": en, **more}


_WASH_HANDS = _step(
    "wash_hands",
    "Vask hendene med såpe og vann.",
    "Wash your hands with soap and water.",
    ar="اغسل يديك بالماء والصابون.",
    uk="Помий руки з милом і водою.",
    so="Gacmaha ku dhaq saabuun iyo biyo.",
)

STATIONS: tuple[_Station, ...] = (
    _Station(
        "Oppvask",
        "Dishwashing",
        (
            _Task(
                {
                    "nb": "Vaske brett og tallerkener",
                    "en": "Wash trays and plates",
                    "ar": "غسل الصواني والأطباق",
                    "uk": "Мити таці й тарілки",
                    "so": "Dhaq tareyada iyo saxamada",
                },
                (
                    _step(
                        "dirty_dishes",
                        "Ta imot brettene fra gjestene.",
                        "Take the trays from the guests.",
                        ar="استلم الصواني من الضيوف.",
                        uk="Прийми таці від гостей.",
                        so="Tareyada ka qaado martida.",
                    ),
                    _step(
                        "bin",
                        "Skrap matrester i matavfallet.",
                        "Scrape leftovers into the food waste.",
                        ar="ضع بقايا الطعام في سلة فضلات الطعام.",
                        uk="Зішкреб залишки їжі в харчові відходи.",
                        so="Haraaga cuntada ku rid qashinka cuntada.",
                    ),
                    _step(
                        "rinse",
                        "Skyll tallerkenene med dusjen.",
                        "Rinse the plates with the spray.",
                        ar="اشطف الأطباق بالماء.",
                        uk="Сполосни тарілки під душем.",
                        so="Saxamada biyo ku dhaq.",
                    ),
                    _step(
                        "dishwasher",
                        "Sett kurven i oppvaskmaskinen.",
                        "Put the rack in the dishwasher.",
                        ar="ضع السلة في غسالة الصحون.",
                        uk="Постав кошик у посудомийну машину.",
                        so="Dambiisha geli mashiinka weelka dhaqa.",
                    ),
                    _step(
                        "clean_dishes",
                        "Sett rene tallerkener på plass.",
                        "Put the clean plates away.",
                        ar="ضع الأطباق النظيفة في مكانها.",
                        uk="Постав чисті тарілки на місце.",
                        so="Saxamada nadiifka ah meeshooda dhig.",
                    ),
                ),
            ),
            _Task(
                {"nb": "Bestikk og glass", "en": "Cutlery and glasses"},
                (
                    _step(
                        "cutlery", "Legg bestikket i bestikkurven.", "Put the cutlery in the cutlery basket."
                    ),
                    _step("glass", "Sett glassene i glasskurven.", "Put the glasses in the glass rack."),
                    _step(
                        "dishwasher", "Kjør kurvene gjennom maskinen.", "Run the racks through the machine."
                    ),
                    _step(
                        "put_away",
                        "Sett alt på plass når det er tørt.",
                        "Put everything away when it is dry.",
                    ),
                ),
            ),
            _Task(
                {"nb": "Rengjøre oppvaskmaskinen", "en": "Clean the dishwasher"},
                (
                    _step(
                        "dishwasher",
                        "Slå av maskinen og tapp ut vannet.",
                        "Switch off the machine and drain it.",
                    ),
                    _step("wash_up", "Ta ut silene og skyll dem.", "Take out the sieves and rinse them."),
                    _step("sponge", "Tørk av maskinen innvendig.", "Wipe the inside of the machine."),
                    _step("finished", "Sett silene tilbake. Ferdig!", "Put the sieves back. Done!"),
                ),
            ),
        ),
    ),
    _Station(
        "Kald kjøkken og salatbar",
        "Cold kitchen and salad bar",
        (
            _Task(
                {
                    "nb": "Lage salat",
                    "en": "Make the salad",
                    "ar": "تحضير السلطة",
                    "uk": "Приготувати салат",
                    "so": "Samee saladhka",
                },
                (
                    _WASH_HANDS,
                    _step(
                        "gloves",
                        "Ta på hansker.",
                        "Put on gloves.",
                        ar="البس القفازات.",
                        uk="Одягни рукавички.",
                        so="Xiro gacmo-gashiyada.",
                    ),
                    _step(
                        "wash_vegetables",
                        "Skyll grønnsakene i kaldt vann.",
                        "Rinse the vegetables in cold water.",
                        ar="اغسل الخضار بالماء البارد.",
                        uk="Промий овочі холодною водою.",
                        so="Khudaarta ku dhaq biyo qabow.",
                    ),
                    _step(
                        "chopping_board",
                        "Bruk det grønne skjærebrettet.",
                        "Use the green cutting board.",
                        ar="استخدم لوح التقطيع الأخضر.",
                        uk="Використовуй зелену дошку.",
                        so="Isticmaal looxa jarista ee cagaaran.",
                    ),
                    _step(
                        "chop",
                        "Kutt grønnsakene i små biter.",
                        "Cut the vegetables into small pieces.",
                        ar="قطّع الخضار إلى قطع صغيرة.",
                        uk="Наріж овочі невеликими шматочками.",
                        so="Khudaarta u jar gabal yar-yar.",
                    ),
                    _step(
                        "salad",
                        "Legg salaten i bollen og sett den i kjøleskapet.",
                        "Put the salad in the bowl and put it in the fridge.",
                        ar="ضع السلطة في الوعاء ثم في الثلاجة.",
                        uk="Поклади салат у миску і постав у холодильник.",
                        so="Saladhka ku rid baaquliga, kadibna geli talaajadda.",
                    ),
                ),
            ),
            _Task(
                {"nb": "Fylle salatbaren", "en": "Fill the salad bar"},
                (
                    _step(
                        "fridge", "Hent salatbollene i kjøleskapet.", "Fetch the salad bowls from the fridge."
                    ),
                    _step(
                        "thermometer",
                        "Se at salatbaren er kald: 4 grader eller kaldere.",
                        "Check that the salad bar is cold: 4 degrees or colder.",
                    ),
                    _step("salad", "Sett bollene i salatbaren.", "Put the bowls in the salad bar."),
                    _step("cover_food", "Dekk til det som ikke er i bruk.", "Cover what is not in use."),
                ),
            ),
            _Task(
                {"nb": "Skjære brød", "en": "Slice bread"},
                (
                    _step("bread", "Hent brødet.", "Fetch the bread."),
                    _step(
                        "knife",
                        "Bruk brødkniven. Hold fingrene unna.",
                        "Use the bread knife. Keep your fingers clear.",
                    ),
                    _step("put_away", "Legg brødskivene i kurven.", "Put the slices in the basket."),
                ),
            ),
        ),
    ),
    _Station(
        "Varm kjøkken",
        "Hot kitchen",
        (
            _Task(
                {"nb": "Lage suppe", "en": "Make soup"},
                (
                    _step(
                        "wash_hands", "Vask hendene med såpe og vann.", "Wash your hands with soap and water."
                    ),
                    _step("saucepan", "Sett kjelen på komfyren.", "Put the pot on the cooker."),
                    _step("vegetables", "Ha i grønnsakene.", "Add the vegetables."),
                    _step("stir", "Rør i suppen.", "Stir the soup."),
                    _step(
                        "thermometer",
                        "Mål temperaturen: minst 60 grader.",
                        "Measure the temperature: at least 60 degrees.",
                    ),
                    _step("careful", "Pass på: kjelen er varm.", "Be careful: the pot is hot."),
                ),
            ),
            _Task(
                {"nb": "Holde maten varm", "en": "Keep the food hot"},
                (
                    _step("hot_food", "Sett maten i varmeskapet.", "Put the food in the hot cupboard."),
                    _step(
                        "thermometer", "Mål temperaturen hver time.", "Measure the temperature every hour."
                    ),
                    _step("label", "Skriv temperaturen i skjemaet.", "Write the temperature in the form."),
                    _step("ask", "Under 60 grader? Si fra til kokken.", "Below 60 degrees? Tell the cook."),
                ),
            ),
            _Task(
                {"nb": "Bruke ovnen", "en": "Use the oven"},
                (
                    _step("cooker", "Slå på ovnen.", "Switch on the oven."),
                    _step("clock", "Still inn tiden.", "Set the timer."),
                    _step("gloves", "Bruk ovnsvotter.", "Use oven gloves."),
                    _step("careful", "Pass på: ovnen er varm.", "Be careful: the oven is hot."),
                ),
            ),
        ),
    ),
    _Station(
        "Servering og kasse",
        "Serving and till",
        (
            _Task(
                {
                    "nb": "Servere gjestene",
                    "en": "Serve the guests",
                    "ar": "خدمة الضيوف",
                    "uk": "Обслуговувати гостей",
                    "so": "U adeeg martida",
                    "ti": "ንጋሻ ምግልጋል",
                    "pl": "Obsługa gości",
                    "prs": "خدمت به مهمانان",
                },
                (
                    _step(
                        "cap",
                        "Ta på hårnett og forkle.",
                        "Put on a hair net and an apron.",
                        ar="البس شبكة الشعر والمريلة.",
                        uk="Одягни сіточку для волосся і фартух.",
                        so="Xiro koofiyadda timaha iyo marada jikada.",
                        ti="ናይ ጸጉሪ መሸፈኒን ፎርኪለን ግበር።",
                        pl="Załóż siateczkę na włosy i fartuch.",
                        prs="توری موی و پیش‌بند را بپوش.",
                    ),
                    _step(
                        "smile",
                        "Smil og si «Hei».",
                        "Smile and say “Hello”.",
                        ar="ابتسم وقل «مرحباً».",
                        uk="Усміхнися і скажи «Привіт».",
                        so="Dhoola cadee oo dheh «Haye».",
                        ti="ፍሽኽ በል፡ «ሰላም» በል።",
                        pl="Uśmiechnij się i powiedz «Dzień dobry».",
                        prs="لبخند بزن و بگو «سلام».",
                    ),
                    _step(
                        "serve",
                        "Legg maten på tallerkenen.",
                        "Put the food on the plate.",
                        ar="ضع الطعام في الطبق.",
                        uk="Поклади їжу на тарілку.",
                        so="Cuntada saxanka ku rid.",
                        ti="መግቢ ኣብ ብያቲ ኣቐምጥ።",
                        pl="Nałóż jedzenie na talerz.",
                        prs="غذا را در بشقاب بگذار.",
                    ),
                    _step(
                        "ask",
                        "Spør: «Vil du ha saus?»",
                        "Ask: “Would you like sauce?”",
                        ar="اسأل: «هل تريد صلصة؟»",
                        uk="Запитай: «Бажаєте соус?»",
                        so="Weydii: «Maraq ma rabtaa?»",
                        ti="ሕተት፡ «ጸብሒ ትደሊ ዶ?»",
                        pl="Zapytaj: «Czy chcesz sos?»",
                        prs="بپرس: «سس می‌خواهید؟»",
                    ),
                    _step(
                        "help",
                        "Vet du ikke svaret? Spør en kollega.",
                        "Don't know the answer? Ask a colleague.",
                        ar="لا تعرف الجواب؟ اسأل زميلاً.",
                        uk="Не знаєш відповіді? Запитай колегу.",
                        so="Jawaabta ma garanaysid? Weydii qof kula shaqeeya.",
                        ti="መልሲ ዘይትፈልጦ እንተኾንካ፡ ንብጻይካ ሕተት።",
                        pl="Nie wiesz? Zapytaj kolegę.",
                        prs="جواب را نمی‌دانی؟ از همکارت بپرس.",
                    ),
                ),
            ),
            _Task(
                {"nb": "Gjøre klar disken", "en": "Set up the counter"},
                (
                    _step(
                        "wash_hands", "Vask hendene med såpe og vann.", "Wash your hands with soap and water."
                    ),
                    _step("plate", "Sett fram tallerkener.", "Put out the plates."),
                    _step("cutlery", "Fyll på bestikk.", "Fill up the cutlery."),
                    _step("tray", "Sett fram brett.", "Put out the trays."),
                ),
            ),
            _Task(
                {"nb": "Ta betalt i kassa", "en": "Take payment at the till"},
                (
                    _step("guests", "Gjesten kommer til kassa.", "The guest comes to the till."),
                    _step(
                        "card_terminal",
                        "Slå inn beløpet. Gjesten betaler med kort.",
                        "Key in the amount. The guest pays by card.",
                    ),
                    _step("smile", "Si «Takk, og velkommen igjen».", "Say “Thank you, see you again”."),
                ),
            ),
        ),
    ),
    _Station(
        "Varemottak",
        "Goods receipt",
        (
            _Task(
                {
                    "nb": "Ta imot varer",
                    "en": "Receive goods",
                    "ar": "استلام البضائع",
                    "uk": "Приймати товари",
                    "so": "Qaabilaadda alaabta",
                },
                (
                    _step(
                        "delivery",
                        "Ta imot varene fra sjåføren.",
                        "Take the goods from the driver.",
                        ar="استلم البضائع من السائق.",
                        uk="Прийми товари від водія.",
                        so="Alaabta ka qaado darawalka.",
                    ),
                    _step(
                        "look",
                        "Se at alt på lista er med.",
                        "Check that everything on the list is there.",
                        ar="تأكد أن كل ما في القائمة موجود.",
                        uk="Перевір, чи є все зі списку.",
                        so="Hubi in wax walba oo liiska ku jira ay yimaadeen.",
                    ),
                    _step(
                        "thermometer",
                        "Mål temperaturen på kjølevarene.",
                        "Measure the temperature of the chilled goods.",
                        ar="قِس حرارة البضائع المبردة.",
                        uk="Виміряй температуру охолоджених товарів.",
                        so="Cabbir heerkulka alaabta qaboojisan.",
                    ),
                    _step(
                        "fridge",
                        "Sett kjølevarene i kjøleskapet med en gang.",
                        "Put chilled goods in the fridge at once.",
                        ar="ضع البضائع المبردة في الثلاجة فوراً.",
                        uk="Одразу постав охолоджені товари в холодильник.",
                        so="Alaabta qaboojisan isla markiiba geli talaajadda.",
                    ),
                    _step(
                        "freezer",
                        "Sett frysevarene i fryseren.",
                        "Put frozen goods in the freezer.",
                        ar="ضع البضائع المجمدة في المجمّد.",
                        uk="Постав заморожені товари в морозильник.",
                        so="Alaabta barafaysan geli barafeeyaha.",
                    ),
                ),
            ),
            _Task(
                {"nb": "Sette varer på plass", "en": "Put goods away"},
                (
                    _step("unpack", "Pakk ut varene.", "Unpack the goods."),
                    _step("date", "Se på datoen.", "Look at the date."),
                    _step(
                        "put_away",
                        "Eldste varer fremst, nye bakerst.",
                        "Oldest goods in front, new ones at the back.",
                    ),
                    _step("label", "Merk åpnede varer med dato.", "Label opened goods with the date."),
                    _step("sorting", "Kast pappen i papiravfallet.", "Put the cardboard in the paper waste."),
                ),
            ),
        ),
    ),
    _Station(
        "Renhold",
        "Cleaning",
        (
            _Task(
                {
                    "nb": "Tørke av bordene",
                    "en": "Wipe the tables",
                    "ar": "مسح الطاولات",
                    "uk": "Протерти столи",
                    "so": "Masax miisaska",
                },
                (
                    _step(
                        "spray",
                        "Spray vaskemiddel på bordet.",
                        "Spray cleaner on the table.",
                        ar="رشّ المنظف على الطاولة.",
                        uk="Побризкай засіб на стіл.",
                        so="Miiska ku buufi dareeraha nadiifinta.",
                    ),
                    _step(
                        "wipe_table",
                        "Tørk av hele bordet med kluten.",
                        "Wipe the whole table with the cloth.",
                        ar="امسح الطاولة كلها بالقماشة.",
                        uk="Протри весь стіл ганчіркою.",
                        so="Miiska oo dhan ku masax calalka.",
                    ),
                    _step(
                        "cloth",
                        "Skyll kluten ofte.",
                        "Rinse the cloth often.",
                        ar="اشطف القماشة كثيراً.",
                        uk="Часто полощи ганчірку.",
                        so="Calalka marar badan biyo ku dhaq.",
                    ),
                    _step(
                        "finished",
                        "Ferdig? Gå til neste bord.",
                        "Done? Go to the next table.",
                        ar="انتهيت؟ انتقل إلى الطاولة التالية.",
                        uk="Готово? Переходь до наступного столу.",
                        so="Ma dhammaysay? U gudub miiska xiga.",
                    ),
                ),
            ),
            _Task(
                {"nb": "Vaske gulvet", "en": "Wash the floor"},
                (
                    _step("broom", "Fei gulvet først.", "Sweep the floor first."),
                    _step("careful", "Sett fram skiltet «Vått gulv».", "Put out the “Wet floor” sign."),
                    _step("mop", "Vask gulvet med moppen.", "Wash the floor with the mop."),
                    _step("put_away", "Sett utstyret på plass.", "Put the equipment away."),
                ),
            ),
            _Task(
                {"nb": "Tømme avfallet", "en": "Empty the bins"},
                (
                    _step("gloves", "Ta på hansker.", "Put on gloves."),
                    _step(
                        "sorting",
                        "Sorter: mat, plast, papp og restavfall.",
                        "Sort: food, plastic, cardboard and other waste.",
                    ),
                    _step("bin", "Knyt igjen posen og bær den ut.", "Tie the bag and carry it out."),
                    _step(
                        "wash_hands", "Vask hendene med såpe og vann.", "Wash your hands with soap and water."
                    ),
                ),
            ),
        ),
    ),
)


@dataclass(frozen=True)
class TaskCounts:
    stations: int
    tasks: int
    assignments: int


def insert_task_library(
    services: AppServices, system: Actor, session: Session, site_id: int, today: date
) -> TaskCounts:
    """The library through the service, then a day assignment for every active participant:
    a station in turn and its first tasks, from four weeks ago (or the measure's start); the
    first participant changed station last Monday."""
    stations: list[tuple[int, list[int]]] = []
    task_count = 0
    for station in STATIONS:
        stored = services.tasks.add_station(system, StationInput(station.name_nb, station.name_en))
        task_ids = []
        for task in station.tasks:
            titles = {language: title for language, title in task.titles.items() if language != "nb"}
            steps = tuple(
                StepInput(pictogram, texts["nb"], {k: v for k, v in texts.items() if k != "nb"})
                for pictogram, texts in task.steps
            )
            task_ids.append(
                services.tasks.add_task(system, TaskInput(stored.id, task.titles["nb"], steps, titles)).id
            )
        task_count += len(task_ids)
        stations.append((stored.id, task_ids))
    people = session.execute(
        select(Participant.id, Participant.measure_start)
        .where(
            Participant.site_id == site_id, Participant.ended_on.is_(None), Participant.measure_start <= today
        )
        .order_by(Participant.id)
    ).all()
    assignments = 0
    for index, (participant_id, start) in enumerate(people):
        station_id, task_ids = stations[index % len(stations)]
        first = max(start, today - timedelta(weeks=4))
        chosen = tuple(task_ids[: 2 + index % 2][:MAX_DAY_TASKS])
        services.tasks.assign(system, participant_id, AssignmentInput(first, station_id, chosen))
        assignments += 1
        monday = today - timedelta(days=today.weekday())
        if index == 0 and first < monday:
            other_id, other_tasks = stations[3]  # serving and till, from this week on
            services.tasks.assign(
                system, participant_id, AssignmentInput(monday, other_id, tuple(other_tasks[:2]))
            )
            assignments += 1
    return TaskCounts(len(stations), task_count, assignments)
