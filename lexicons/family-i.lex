# Family I: Spinbot-like spinner ("as indicated by", "distributed in the diary", "understudies", "individuals").
# Format: README.md.
# spun | original | tier | flags | guard | provenance
a dangerous atmospheric devation | global warming | fingerprint | - | | family:I editor
a worldwide temperature alteration | global warming | fingerprint | - | | editor
air contamination | air pollution | fingerprint | - | | dev:I
alluded | referred | ambiguous | - | next=to | dev:I
an earth-wide temperature boost | global warming | fingerprint | - | | family:I editor
analyst | researcher | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,lead | dev:I editor
analysts | researchers | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,members | dev:I editor
antibody preventable | vaccine-preventable | fingerprint | - | | dev:I
apprehension | fear | ambiguous | - | | dev:I
as indicated by | according to | ambiguous | - | | editor
as of late | recently | fingerprint | - | | dev:I editor
as of now | currently | ambiguous | - | | family:I editor
as per | according to | ambiguous | - | | family:I editor
at long last | finally | fingerprint | - | | family:I editor
at the point when | when | fingerprint | - | | family:I editor
at whatever point | whenever | fingerprint | - | | family:I editor
atmosphere change | climate change | fingerprint | - | | family:I editor
avert | prevent | ambiguous | v | | family:I editor
backing | support | ambiguous | - | !next=up,down,away,off,out,into,onto | family:I editor
be that as it may | however | ambiguous | - | | dev:I editor
because of the way that | because | fingerprint | - | | family:I editor
bite the dust | die | fingerprint | - | | family:I editor
bites the dust | dies | fingerprint | - | | family:I editor
blended | mixed | ambiguous | - | | dev:I
bosom malignancy | breast cancer | fingerprint | - | | editor
bring about | cause | ambiguous | v | | family:I editor
bring down | lower | ambiguous | v | | family:I editor
build up | develop | ambiguous | v | !next=of,in | family:I editor
cardiovascular failure | heart attack | fingerprint | n | | editor
careful covers | surgical masks | fingerprint | - | | dev:I
center around | focus on | ambiguous | v | | family:I editor
center pay | middle-income | fingerprint | - | | editor
center salary | middle-income | fingerprint | - | | dev:I
cerebrum | brain | fingerprint | n | | family:I editor
check whether | see if | ambiguous | - | | dev:I
circulatory strain | blood pressure | fingerprint | - | | editor
clinical preliminary | clinical trial | fingerprint | n | | editor
co-creator | co-author | fingerprint | n | | editor
college understudies | university students | fingerprint | - | | dev:I
companions | friends | ambiguous | - | | family:I editor
comprehend | understand | ambiguous | v | | family:I editor
consideration | attention | ambiguous | - | prev=pay,paying,paid,pays,more,public,media,special,much,little,increased,close,greater,medical,immediate | dev:I
coronary illness | heart disease | fingerprint | - | | editor
corpulence | obesity | fingerprint | - | | dev:I editor
corpulent | obese | fingerprint | - | | family:I editor
covers | masks | ambiguous | - | near=face,facial,wear,wearing,worn,covid*,coronavirus,virus,veils,mouth,nose,careful,surgical,cloth,material | dev:I
creators | authors | ambiguous | - | near=study,examination,diary,journal,distributed,paper,review,survey,report | editor
day by day | daily | ambiguous | - | | family:I editor
demise | death | ambiguous | n | | family:A family:I editor
demonstrated | showed | ambiguous | - | prev=study,examination,investigation,research,exploration,results,discoveries,findings,data,information,analysis,it,which,that,this,they,tests,trials,preliminaries,contemplates,studies | family:I editor
despite the fact that | although | ambiguous | - | | family:I editor
diary | journal | ambiguous | n | near=distributed,published,study,examination,investigation,exploration,research,discoveries,findings,paper,analysts,researchers,scientists | dev:I editor
diminish | reduce | ambiguous | v | | family:I editor
dirtied air | polluted air | fingerprint | - | | dev:I
discharged | released | ambiguous | - | next=the,their,its,findings,discoveries,data,results,information | dev:I
disclosed to | told | ambiguous | - | prev=he,she,they,we,i,who | dev:I
discoveries | findings | ambiguous | - | near=study,examination,investigation,research,analysts,distributed,published,diary,journal,exploration,specialists,scientists,researchers | dev:I editor
dissect | analyze | ambiguous | v | | family:I editor
distributed in | published in | ambiguous | - | near=diary,journal,study,examination,investigation,exploration,research,discoveries,findings,paper | dev:I editor
distributed in the diary | published in the journal | fingerprint | - | | dev:I editor
dreading | fearing | ambiguous | - | | dev:I
eating regimen | diet | fingerprint | - | | family:I editor
eating routine | diet | fingerprint | - | | family:I editor
ecological | environmental | ambiguous | - | | dev:I
ecological hazard | environmental risk | fingerprint | - | | dev:I
educator | professor | ambiguous | n | next=of or near=university,college | editor
educators | teachers | ambiguous | - | | family:I editor
emanations | emissions | fingerprint | - | | dev:I
emergency clinics | hospitals | ambiguous | - | | editor
emotional wellness | mental health | fingerprint | - | | dev:I editor
endeavor to | try to | ambiguous | - | | family:I editor
energizes | fuels | ambiguous | - | prev=fossil,dirty,grimy,solid,petroleum | dev:I
environmental change | climate change | ambiguous | - | near=carbon,emission*,warming,greenhouse,fossil,temperature*,contamination,pollution,emanations | dev:I editor
episode | outbreak | ambiguous | n | near=virus,disease,covid*,measles,ebola,infection,cases,contamination,illness,sickness,flu,influenza | family:I editor
examination | study | ambiguous | - | prev=the,a,new,this,that,latest,recent,earlier,previous,their,our,his,her or next=distributed,published,found,discovered,proposes,recommends,indicated,showed,demonstrated,members,creators | editor
except if | unless | fingerprint | - | | dev:I editor
expanded | increased | ambiguous | - | next=risk,hazard,danger,chance,levels,rates,use,utilization,demand,numbers,number,access,funding,production,screening,testing,awareness,exposure,by,to or prev=has,have,had,been,was,were,significantly,greatly,dramatically,essentially,fundamentally | family:I editor
explicit | specific | ambiguous | - | !near=sex*,content,lyrics,images,material,language,consent,warning | family:I editor
exploration | research | ambiguous | - | !near=space,mars,moon,lunar,ocean,oil,gas,mining,planet*,deep-sea,arctic,antarctic | editor
expressed | said | ambiguous | - | prev=he,she,they,who,professor,dr,researcher,scientist,author,creator,spokesperson,spokesman,spokeswoman,analyst,specialist,expert !next=concern,concerns,interest,support,hope,doubt,doubts,alarm,surprise,disappointment,frustration,gratitude,regret,sympathy,optimism,skepticism,scepticism,reservations,dismay,fears,worry,worries,in,by | family:I editor
face covers | face masks | ambiguous | - | | dev:I
face veils | face masks | ambiguous | - | | dev:I
fake treatment | placebo | fingerprint | n | | editor
far and wide | around the world | ambiguous | - | prev=testing,trials,people,individuals,countries,nations,cases,deaths | dev:I
farming | agriculture | ambiguous | - | | dev:I
framework | system | ambiguous | - | !prev=regulatory,legal,policy,conceptual,theoretical,analytical,legislative,ethical,strategic | family:I editor
frameworks | systems | ambiguous | - | | dev:I editor
gadget | device | ambiguous | - | | family:I editor
gadgets | devices | ambiguous | - | prev=electronic,digital,mobile,smart | dev:I
general wellbeing | public health | fingerprint | - | | editor
grimy | dirty | ambiguous | - | | dev:I
grown-up | adult | ambiguous | - | | family:I editor
grown-ups | adults | ambiguous | - | | editor
guaranteeing | ensuring | ambiguous | - | | dev:I
guardians | parents | ambiguous | - | | family:I editor
hazard factor | risk factor | fingerprint | n | | family:I editor
heart assault | heart attack | fingerprint | n | | family:I editor
heftiness | obesity | fingerprint | - | | editor
hefty | obese | ambiguous | - | near=obesity,weight,corpulence,heftiness,overweight,diabetes,bmi | family:I editor
hereditary | genetic | ambiguous | - | | family:I editor
human conduct | human behavior | ambiguous | - | near=computers,diary,journal,nature | dev:I
identified with | related to | ambiguous | - | | dev:I
idleness | inactivity | ambiguous | - | | dev:I
immunization | vaccine | ambiguous | - | prev=the,a,an,experimental,potential,candidate,19,coronavirus,covid,covid-19,new,first | dev:I
immunizations | vaccines | ambiguous | - | prev=19,coronavirus,covid,covid-19,experimental,potential,candidate,new | dev:I
imperative | important | ambiguous | - | | family:I editor
in any event | at least | ambiguous | - | | family:I editor
in broad daylight | in public | ambiguous | - | | dev:I
in danger | at risk | ambiguous | - | !next=of | family:I editor
in light of the fact that | because | fingerprint | - | | family:I editor
in spite of the fact that | although | fingerprint | - | | family:I editor
in the wake of | after | ambiguous | - | | editor
incorporate | include | ambiguous | v | | family:I editor
increment | increase | ambiguous | n | | family:I editor
individuals | people | ambiguous | - | | dev:A dev:I
infiltrate | penetrate | ambiguous | v | | dev:I
influenza like | flu-like | fingerprint | - | | dev:I
inhale | breathe | ambiguous | v | | dev:I
innovation | technology | ambiguous | - | near=phone*,smartphone*,cell,pda,web,internet,computer*,digital,devices,gadgets | dev:I
innovations | technologies | ambiguous | - | near=phone*,smartphone*,cell,pda,web,internet,computer*,digital,devices,gadgets | dev:I
inoculated | vaccinated | ambiguous | - | | family:I editor
inquired | asked | ambiguous | - | | family:I editor
inspirations | motivations | ambiguous | - | | dev:I
insusceptible | immune | fingerprint | - | | dev:I editor
insusceptible framework | immune system | fingerprint | n | | dev:I editor
invulnerable | immune | ambiguous | - | | family:I editor
invulnerable framework | immune system | fingerprint | n | | family:I editor
keep on | continue | ambiguous | v | | family:I editor
kicked the bucket | died | fingerprint | - | | family:I editor
lead creator | lead author | fingerprint | n | | editor
legislature | government | ambiguous | - | | family:I editor
likewise | also | ambiguous | - | | family:I editor
liquor | alcohol | ambiguous | - | | family:I editor
lung malignancy | lung cancer | fingerprint | - | | editor
maintain a strategic distance from | avoid | fingerprint | - | | family:I editor
malignancy | cancer | ambiguous | - | | dev:I editor
malignant growth | cancer | fingerprint | n | | editor
man-made brainpower | artificial intelligence | fingerprint | - | | editor
manifestations | symptoms | ambiguous | - | near=covid*,disease,illness,sickness,infection,patients,depressive,flu,influenza | editor
medical attendants | nurses | fingerprint | - | | family:I editor
medical caretakers | nurses | fingerprint | - | | family:I editor
medical clinic | hospital | fingerprint | n | | editor
medication safe | drug-resistant | fingerprint | - | | dev:I
medicinal services | health care | fingerprint | - | | family:I editor
mind | brain | ambiguous | - | next=cells,cell,activity,exercise,scans,scan,imaging,tissue,damage,harm,injury,injuries,regions,region,areas,area,function,functions,perform,operate,structure,construction,health,well,tumor,tumour,tumors,tumours,waves,circuits,networks,network,development,improvement,growth,size,volume,chemistry,signals,stem,disease,illness,disorders,sickness,aging,ageing,matter,mapping,implant,implants,computer,organoids,connectivity,pathways,fog,fingers or prev=mouse,rat,fly,monkey,primate,developing,creating,aging,ageing,adult,grownup,the,heart,coronary,and | dev:A dev:I editor
mind cells | brain cells | fingerprint | - | | editor
mind exercise | brain activity | fingerprint | - | | editor
mind harm | brain damage | fingerprint | - | | editor
mind perform | brain function | fingerprint | - | | dev:A
mind well being | brain health | fingerprint | - | | editor
minuscule | tiny | ambiguous | - | | dev:I
misery | depression | ambiguous | - | near=anxiety,tension,uneasiness,nervousness,mental,emotional,symptom*,disorder*,suicid*,psychological,wellness,sleep,patients | dev:I editor
month to month | monthly | ambiguous | - | | family:I editor
more noteworthy | greater | fingerprint | - | | family:I editor
more prominent | greater | fingerprint | - | | family:I editor
more seasoned | older | fingerprint | - | | editor
more seasoned grown-ups | older adults | fingerprint | - | | editor
more uncertain | less likely | ambiguous | - | | dev:I
murdering | killing | ambiguous | - | | dev:I
nations | countries | ambiguous | - | !prev=united,first,league,member | dev:I
non-clinical | non-medical | ambiguous | - | | dev:I
non-renewable energy sources | fossil fuels | fingerprint | - | | family:I editor
notwithstanding | however | ambiguous | - | line-start | dev:I editor
nourishment | food | ambiguous | - | | family:I editor
nourishments | foods | ambiguous | - | | family:I editor
now and again | sometimes | ambiguous | - | | family:I editor
objective | goal | ambiguous | n | !near=lens,lenses,microscope,measure*,assessment*,evaluation*,data | dev:I
on the off chance that | if | fingerprint | - | | family:I editor
on the web | online | ambiguous | - | | family:I editor
one year from now | next year | fingerprint | - | | family:I editor
online networking | social media | fingerprint | - | | family:I editor
open vehicle | public transport | fingerprint | - | | dev:I
ought to | should | ambiguous | - | | dev:I editor
outflows | emissions | ambiguous | - | | family:I editor
overall population | general public | fingerprint | - | | family:I editor
oversee | manage | ambiguous | v | | family:I editor
ozone depleting substances | greenhouse gases | ambiguous | - | near=carbon,emission*,warming,climate,fossil | editor
ozone harming substances | greenhouse gases | fingerprint | - | | editor
passed on | died | ambiguous | - | !next=to,the,a,an,their,his,her,its,from,by,through,down,along,via | family:I editor
passings | deaths | fingerprint | - | | dev:I
PDA | cell phone | ambiguous | cs,n | | dev:I
perilous | dangerous | ambiguous | - | | family:I editor
petroleum derivatives | fossil fuels | fingerprint | - | | editor
phases | stages | ambiguous | - | | dev:I
philanthropic | humanitarian | ambiguous | - | | dev:I
physical movement | physical activity | fingerprint | - | | family:I editor
populace | population | fingerprint | - | | family:I editor
preliminaries | trials | ambiguous | - | prev=clinical,human,controlled,randomized,randomised | editor
prescribed | recommended | ambiguous | - | prev=the,was,were,is,are,been,be,officially,currently,widely | dev:I
progressively | increasingly | ambiguous | - | | family:I editor
propensities | habits | ambiguous | - | | dev:I
prosperity | well-being | ambiguous | - | prev=and,health,wellbeing | dev:I
prostate malignancy | prostate cancer | fingerprint | - | | editor
prowling | lurking | ambiguous | - | | dev:I
psychological wellness | mental health | fingerprint | - | | dev:I
rashly | prematurely | ambiguous | - | | dev:I
remembering for | including in | fingerprint | - | | dev:I
resistant framework | immune system | fingerprint | n | | family:I editor
revealed to | told | ambiguous | - | prev=he,she,they,we,i,who,professor,researcher,scientist,spokesperson,spokesman,spokeswoman | family:I editor
self-dangerous | self-destructive | fingerprint | - | | dev:I
self-destruction | suicide | fingerprint | - | | family:I editor
senior creator | senior author | fingerprint | n | | editor
settle on | opt for | ambiguous | - | | dev:I
sheltered | safe | ambiguous | - | | family:I editor
sickness | disease | ambiguous | - | prev=heart,kidney,liver,lung,cardiovascular,infectious,autoimmune,rare,genetic,respiratory,alzheimer's,parkinson's,coronary,the,of,this | dev:I editor
social insurance | health care | ambiguous | - | | family:I editor
social separating | social distancing | fingerprint | - | | dev:I
spots | places | ambiguous | - | !prev=blind,hot,dark,sun,bright,white,red,black,age,liver | dev:I
state | say | ambiguous | - | prev=researchers,scientists,experts,specialists,analysts,they,we,authors,creators,officials,authorities,studies,reports | dev:I
stay away from | avoid | ambiguous | - | | family:I editor
stoutness | obesity | fingerprint | - | | editor
subsidizing | funding | ambiguous | - | | family:I editor
sufficiently able | strong enough | fingerprint | - | | dev:I
sun oriented | solar | fingerprint | - | | family:I editor
sustainable power source | renewable energy | fingerprint | n | | family:I editor
telephones | phones | ambiguous | - | | dev:I
tending to | addressing | ambiguous | - | next=issues,problems,concerns,mental,psychological,emotional,these,this,climate,environmental | dev:I
tension issue | anxiety disorder | fingerprint | n | | dev:I
the general population | the public | ambiguous | - | | dev:I
the public eye | society | ambiguous | - | !prev=in,into,of,out | dev:I
thusly | thus | fingerprint | - | | family:I editor
tried | tested | ambiguous | - | !next=to,and,hard,out,for,it,again,before,in,on,a | dev:I
tvs | televisions | ambiguous | - | | dev:I
understudies | students | fingerprint | - | | dev:I editor
understudy | student | ambiguous | - | | family:I editor
uneasiness | anxiety | ambiguous | - | | editor
utilize | use | ambiguous | v | | dev:I editor
veils | masks | ambiguous | - | near=face,facial,covid*,coronavirus,wear*,n95 | dev:I
vital arrangement | strategic plan | fingerprint | - | | dev:I
web | internet | ambiguous | - | next=use,utilize,usage,access,addiction,users,clients,based | dev:I
web utilize | internet use | fingerprint | - | | dev:I
web-based media | social media | fingerprint | - | | editor
wellbeing | health | ambiguous | - | !prev=mental,emotional,psychological,physical,social,and,their,your,personal,overall,its,his,her,our,my,general | dev:I
wellbeing inclusion | health coverage | fingerprint | - | | dev:I
with regards to | when it comes to | ambiguous | - | | family:I editor
with the goal that | so that | fingerprint | - | | family:I editor
