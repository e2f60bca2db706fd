# Mined from real (spun copy, original) pairs of the learn part of benchmarks/corpus by scripts/mine_lexicon.py:
# each entry recurs on two or more unrelated spun sites, or a public thesaurus links its sides and it never occurs
# in unspun text. Provenance: `mined`, the families (dev:F), the sites, the thesauri that explain it.
# Regenerate with the script; do not edit by hand (curated entries go to the other files).
# spun | original | tier | flags | guard | provenance
absent underneath | away under | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
accurate beastly | particular animal | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
acquainted aim | familiar goal | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
act ordinarily | behave normally | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
actualized rapidly | implemented quickly | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
additionally elevate | also raise | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
additionally performed | also played | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
additionally sustaining | also maintaining | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
admittance | access | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
advance wellbeing | promote health | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
affirmed instances | confirmed cases | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
agricultural youngsters | rural children | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
ailments influencing | diseases affecting | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
albeit assist advancement | although further evolution | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
albeit just | although only | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
albeit principally connected | although primarily associated | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
alike beneath | even under | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
alive throughout | living during | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
aloft since | higher because | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
amalgamating evidence | incorporating data | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
an assortment | a variety | ambiguous | - | | mined dev:I sites=3
analysis advised | research suggested | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
animate being | beasts | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
anticipated advantages | expected benefits | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
apparatus creation | tool making | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
approximated | estimated | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes,wordnet
argumentative tellurian forerunner | controversial human ancestor | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
assemblage value each | body weight every | ambiguous | - | | mined dev:S sites=1 thesaurus=moby
assist with lessening | help to reduce | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
astatement | a statement | ambiguous | - | | mined dev:X sites=3
attainability | feasibility | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
baby arch | small head | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
bald-pated | hairless | ambiguous | - | | mined dev:O sites=1 thesaurus=mythes
balmy unfold | cracked open | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
beetleweed | galaxy | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
best increment | greatest increase | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
biggest feline | largest cat | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
blended sack | mixed bag | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
both aspect | either side | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
broad discipline | Wide Field | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes,wordnet
broaden industrial chances | expand commercial opportunities | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
business breathed member | mission was part | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes
business business concentrate | commercial companies focus | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
but severe psychological sickness | yet serious mental illness | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
by booze | through wine | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
castigated | told | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
characteristic piece | natural part | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
chinaware | china | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
clime | climate | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes,wordnet
cocker firedrake | baby dragon | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
cogitate | thought | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
cognizant push | conscious effort | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
colonisation present | population now | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
colossal effect | enormous impact | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
comeback labeled | return marked | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
commenced whilst | began when | ambiguous | - | | mined dev:H sites=1 thesaurus=moby
commonly utilized | often used | ambiguous | - | | mined dev:O sites=1 thesaurus=moby
confirmed larger indicators | showed greater signs | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
consultants concern | experts fear | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
contingent upon | depending on | ambiguous | - | | mined dev:I sites=1 thesaurus=wordnet
contrasted coronary illness | compared heart disease | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
convey company collectively utilizing | bring guests together using | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
conveying limit | carrying capacity | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
copiousness | plenty | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
could assist forestall considering | may help prevent thinking | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
could reside | might live | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
could straightforwardly forestall | might directly prevent | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
crew positioned | team placed | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
crushed structures | destroyed buildings | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
customary evening snooze | regular afternoon nap | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
dark gap dwells | black hole resides | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
dark surges | black streams | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
decimating | destroying | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
decrease chance | reduce risk | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
dejection | depression | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes
delivered clashing outcomes | produced conflicting results | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
demeaned | conducted | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
demise development | death growth | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
demolish adjacent | destroy nearby | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
despondence | depression | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes
destructive thoughts | negative feelings | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
different regions over | other areas across | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
different sorts | other types | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
dim darker shade | dark brown colour | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
discharge said | release stated | ambiguous | - | | mined dev:H sites=1 thesaurus=moby,mythes,wordnet
discomfort administration | pain management | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
discomfort medication | pain medicine | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
disorder manipulate | disease control | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
dissimilar nearly early | unlike most other | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
doleful | sad | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes
doorways whereas defending | doors while protecting | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
dual any | two each | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
dual simple | two basic | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
durations called | periods dubbed | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
educational proprietors | academic owners | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
elevating instances because | raising cases since | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
elusive conflict | subtle differences | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
embody earlier | include previous | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
encased inside | enclosed within | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
enchantment | appeal | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
encompassing circle | surrounding sphere | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
enjoyed inaugurated | had launched | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
enquiry ground | analysis found | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
epoch utilizing | time using | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
essential piece | important part | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
everybody stored | everyone kept | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
examination cautioned | research warned | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
examination displays | analysis shows | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
exceptionally major | extremely serious | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
excessively overmuch | too much | ambiguous | - | | mined dev:? sites=1 thesaurus=mythes
expanded chance | increased risk | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
external squad | international team | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
extra conscious | more aware | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
extra harmful | more dangerous | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
extra prone | more likely | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
extra susceptible | more vulnerable | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
fairly recognize | quite know | ambiguous | - | | mined dev:D sites=1 thesaurus=moby
find out about revealed | study published | fingerprint | - | | mined dev:H sites=2
finest pressure | greatest force | ambiguous | - | | mined dev:S sites=1 thesaurus=moby
fitting methods | right ways | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
folks again via | people back through | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
folks dwelling persistent ache | people living chronic pain | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
folks may | people can | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
folks residing alongside | people living along | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
footwear usually | shoes often | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
forgather | meet | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
former nonextant | other extinct | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
fortuitously | fortunately | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes,wordnet
found darkish | discovered dark | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
fowl began | bird started | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
frequently alluded | often referred | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
freshly determined | newly identified | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
fuel gentle | gas light | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
full-bodied | robust | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
function bodily process | role physical activity | ambiguous | - | | mined dev:H sites=1 thesaurus=moby,mythes
fundamental exploration apparatus | vital research tool | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
gasoline because | gas as | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
girl obtained | woman received | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
glacial epoch | Ice Age | ambiguous | - | | mined dev:? sites=1 thesaurus=mythes,wordnet
harmfully | negatively | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
haziest profundities | darkest depths | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
helpful vitality | convenient energy | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
hereditary premise | genetic basis | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
hoary | fossil | ambiguous | - | | mined dev:? sites=2
hotness | heat | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
however ponders evaluating | but studies assessing | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
hyperlink might | link could | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
identical civic | similar urban | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
identical quantity | same amount | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
identified associates | known members | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
imparted | shared | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
impending peril | immediate danger | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
imperil | risk | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
inabilities | disabilities | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
incorporate vast | include large | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
incubate around | hatch about | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
infection bounced | virus jumped | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
information demonstrated | data showed | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
instructive techniques incorporate educating | educational methods include teaching | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
inward drug | internal medicine | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
jambon | ham | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes,wordnet
junction rectifier | led | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
just mellow manifestations | only mild symptoms | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
keep centered | stay focused | ambiguous | - | | mined dev:O sites=1 thesaurus=moby,mythes
kettle of fish | holes | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
ladies fluctuate | women vary | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
last preference after | final decision later | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
likewise begin | also start | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
little lager | small beer | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
little youngsters | small children | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
luminescent sparkle | luminous brilliance | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
main despair threat | major depression risk | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
main melancholy threat | major depression risk | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
maintain folks | keep people | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
many engaging | most interesting | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
may attain | could reach | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
mean vertebrate taxon | average bird species | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
medication concentrated | medicine focused | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
melancholy influences | depression affects | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
mentioned instances | said cases | ambiguous | - | | mined dev:H sites=1 thesaurus=moby,mythes
minor workout | little exercise | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
motor consumes | engine burns | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
much stuff inside | many things in | ambiguous | - | | mined dev:H sites=1 thesaurus=moby
multifold fresh | many more | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
mussy | messy | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
nearby decision | close call | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
new pivotal | recent key | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
newest subject | latest field | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
nicely shops | well stores | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
nonetheless main | still major | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
nonetheless removed | still far | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
normal employments | common uses | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
noteworthy review | major survey | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
occurs reside | Happens Live | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
on-line private | online personal | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes,wordnet
one residing | only living | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
ordinarily detected sea | commonly discovered marine | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
ordinarily innocuous | typically harmless | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
organic particles offer ascent | biological molecules give rise | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
organization depicted | agency described | ambiguous | - | | mined dev:D sites=1 thesaurus=moby
over-all charge | overall rate | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
overemphasized | exaggerated | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
packaging encompassing | hype surrounding | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
past estimations uncovered | previous measurements revealed | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
perturbed | affected | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
peruse | read | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
peruses | reads | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
physique place | body position | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
place throughout | point during | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
plats concerned | sites involved | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
populace decrease | population decline | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
portray steeds | describe horses | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
predicated | based | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
preliminaries demonstrated | trials proved | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
premature lit | previous literature | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
presently amassed | now concentrated | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
presently associated with | now connected to | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
presumably imparted | probably shared | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
procedures offer ascent | processes give rise | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
procures | finds | ambiguous | - | | mined dev:K sites=1 thesaurus=moby
progressively evident | increasingly clear | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
prolonged past | extended beyond | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
pronounced a investigate | said the study | fingerprint | - | | mined dev:? sites=2
protection endeavors | conservation efforts | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
purchase meals | buy food | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
purchase nourishment | buy food | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
quills adjusted | feathers adapted | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
rare murdering debauch | unprecedented killing spree | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
real despair | true depression | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
really bought affirmation | actually got confirmation | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
recollect homosexual | think Homo | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
recurring numerous moments | repeated several times | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
reflect discoveries | mirror findings | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
regularly concentrated | often studied | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
related to expanded danger | associated with increased risk | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
repose | sleep | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
research displays | study shows | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
research identified | study found | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
revamp admission | improve access | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
revealed on-line | published online | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,wordnet
rising physique | growing body | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
scholarly organizations | academic institutions | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
scribes | authors | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
seacoast | coast | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
seafood develop | fish grow | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
seafood on | fish of | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
secern | tell | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes,wordnet
shining aspect | brilliant surface | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes
significant worldwide examination | major global study | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
slighter | smaller | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
smutch | smudged | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
snooze | sleep | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
solar's | sun's | ambiguous | - | | mined dev:A sites=2
spherical assortment | round collection | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
started heaps | began thousands | ambiguous | - | | mined dev:H sites=1 thesaurus=moby
startling competence | surprising might | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
stockpiling | storage | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
straightforward thought | plain sight | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
stroll regular | walk normal | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
sturdy opportunity | strong possibility | ambiguous | - | | mined dev:H sites=1 thesaurus=moby
supplies oblique proof | provides indirect evidence | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
survey besides | study also | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes,wordnet
suspicion disdainful | thought exclusive | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
take glowing | shoot bright | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes,wordnet
tallness | height | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
testings | tests | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
therapeutic training | medical education | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
things implanted | items embedded | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
though streamer | but heading | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
thrilling train analysis | exciting exercise research | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
timberland | forest | ambiguous | - | | mined dev:? sites=1 thesaurus=moby,mythes,wordnet
train exterior | exercise outside | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
troop initiated | company founded | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
truly confirmed indicators | actually showed signs | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
typical progenitor to | common ancestor with | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
unbending | rigid | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
undeniable exemptions | obvious exceptions | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
unmistakable area | distinct field | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
upstanding position | upright stance | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
utilize just | use only | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
utilize substantial historic information | use extensive historical data | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
utilizing information | using data | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
various examinations | different studies | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
vein ailment | artery disease | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
verdant areas | grassy sections | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
very bizarre combine | truly weird mix | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
vital improvement | key development | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
well being considerations | health concerns | fingerprint | - | | mined dev:A dev:H sites=2
well-known sort | common type | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
wellbeing data | health information | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
wellbeing harm | health damage | ambiguous | - | | mined dev:I sites=1 thesaurus=mythes
wellness fare | health diet | ambiguous | - | | mined dev:? sites=1 thesaurus=mythes
westerly joined | western United | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes,wordnet
winged animal | bird | fingerprint | - | | mined dev:I sites=2
with unwinding | to relax | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
woods unveils | forest shows | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
worldwide inhabitants | global population | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
yet comparatively immature | though relatively young | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
yet incorporates different parts | but includes other aspects | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
yet showering | but bathing | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
youngsters acquire extra | children gain excess | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes,wordnet
youngsters residing | children living | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
yr involved | year concerned | ambiguous | - | | mined dev:A sites=1 thesaurus=mythes
