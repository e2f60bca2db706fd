# Family I: Spinbot-like spinner ("as indicated by", "distributed in the diary", "understudies", "individuals").
# Format: README.md.
# spun | original | tier | flags | guard | provenance
a worldwide temperature alteration | global warming | fingerprint | - | | editor
air contamination | air pollution | fingerprint | - | | dev:I
alluded | referred | ambiguous | - | next=to | dev:I
analyst | researcher | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,lead | dev:I editor
analysts | researchers | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,members | dev:I editor
as indicated by | according to | ambiguous | - | | editor
as of late | recently | fingerprint | - | | dev:I editor
be that as it may | however | fingerprint | - | | dev:I editor
bosom malignancy | breast cancer | fingerprint | - | | editor
cardiovascular failure | heart attack | fingerprint | n | | editor
careful covers | surgical masks | fingerprint | - | | dev:I
center pay | middle-income | fingerprint | - | | editor
center salary | middle-income | fingerprint | - | | dev:I
circulatory strain | blood pressure | fingerprint | - | | editor
clinical preliminary | clinical trial | fingerprint | n | | editor
co-creator | co-author | fingerprint | n | | editor
college understudies | university students | fingerprint | - | | dev:I
coronary illness | heart disease | fingerprint | - | | editor
corpulence | obesity | fingerprint | - | | dev:I editor
creators | authors | ambiguous | - | near=study,examination,diary,journal,distributed,paper,review,survey,report | editor
diary | journal | ambiguous | n | near=distributed,published,study,examination,investigation,exploration,research,discoveries,findings,paper,analysts,researchers,scientists | dev:I editor
dirtied air | polluted air | fingerprint | - | | dev:I
discharged | released | ambiguous | - | next=the,their,its,findings,discoveries,data,results,information | dev:I
disclosed to | told | ambiguous | - | prev=he,she,they,we,i,who | dev:I
discoveries | findings | ambiguous | - | near=study,examination,investigation,research,analysts,distributed,published,diary,journal,exploration,specialists,scientists,researchers | dev:I editor
distributed in | published in | ambiguous | - | near=diary,journal,study,examination,investigation,exploration,research,discoveries,findings,paper | dev:I editor
distributed in the diary | published in the journal | fingerprint | - | | dev:I editor
ecological hazard | environmental risk | fingerprint | - | | dev:I
educator | professor | ambiguous | n | next=of or near=university,college | editor
emanations | emissions | fingerprint | - | | dev:I
emergency clinics | hospitals | ambiguous | - | | editor
emotional wellness | mental health | fingerprint | - | | dev:I editor
energizes | fuels | ambiguous | - | prev=fossil,dirty,grimy,solid,petroleum | dev:I
environmental change | climate change | ambiguous | - | near=carbon,emission*,warming,greenhouse,fossil,temperature*,contamination,pollution,emanations | dev:I editor
examination | study | ambiguous | - | prev=the,a,new,this,that,latest,recent,earlier,previous,their,our,his,her or next=distributed,published,found,discovered,proposes,recommends,indicated,showed,demonstrated,members,creators | editor
except if | unless | fingerprint | - | | dev:I editor
exploration | research | ambiguous | - | !near=space,mars,moon,lunar,ocean,oil,gas,mining,planet*,deep-sea,arctic,antarctic | editor
face covers | face masks | ambiguous | - | | dev:I
face veils | face masks | ambiguous | - | | dev:I
fake treatment | placebo | fingerprint | n | | editor
far and wide | around the world | ambiguous | - | prev=testing,trials,people,individuals,countries,nations,cases,deaths | dev:I
frameworks | systems | ambiguous | - | | dev:I editor
gadgets | devices | ambiguous | - | prev=electronic,digital,mobile,smart | dev:I
general wellbeing | public health | fingerprint | - | | editor
grown-ups | adults | ambiguous | - | | editor
heftiness | obesity | fingerprint | - | | editor
human conduct | human behavior | ambiguous | - | near=computers,diary,journal,nature | dev:I
immunization | vaccine | ambiguous | - | prev=the,a,an,experimental,potential,candidate,19,coronavirus,covid,covid-19,new,first | dev:I
immunizations | vaccines | ambiguous | - | prev=19,coronavirus,covid,covid-19,experimental,potential,candidate,new | dev:I
in broad daylight | in public | ambiguous | - | | dev:I
in the wake of | after | ambiguous | - | | editor
individuals | people | ambiguous | - | | dev:A dev:I
innovation | technology | ambiguous | - | near=phone*,smartphone*,cell,pda,web,internet,computer*,digital,devices,gadgets | dev:I
innovations | technologies | ambiguous | - | near=phone*,smartphone*,cell,pda,web,internet,computer*,digital,devices,gadgets | dev:I
insusceptible | immune | fingerprint | - | | dev:I editor
insusceptible framework | immune system | fingerprint | n | | dev:I editor
lead creator | lead author | fingerprint | n | | editor
lung malignancy | lung cancer | fingerprint | - | | editor
malignancy | cancer | ambiguous | - | | dev:I editor
malignant growth | cancer | fingerprint | n | | editor
man-made brainpower | artificial intelligence | fingerprint | - | | editor
manifestations | symptoms | ambiguous | - | near=covid*,disease,illness,sickness,infection,patients,depressive,flu,influenza | editor
medical clinic | hospital | fingerprint | n | | editor
mind | brain | ambiguous | - | next=cells,cell,activity,exercise,scans,scan,imaging,tissue,damage,harm,injury,injuries,regions,region,areas,area,function,functions,perform,operate,structure,construction,health,well,tumor,tumour,tumors,tumours,waves,circuits,networks,network,development,improvement,growth,size,volume,chemistry,signals,stem,disease,illness,disorders,sickness,aging,ageing,matter,mapping,implant,implants,computer,organoids,connectivity,pathways,fog,fingers or prev=mouse,rat,fly,monkey,primate,developing,creating,aging,ageing,adult,grownup,the,heart,coronary,and | dev:A dev:I editor
mind cells | brain cells | fingerprint | - | | editor
mind exercise | brain activity | fingerprint | - | | editor
mind harm | brain damage | fingerprint | - | | editor
mind perform | brain function | fingerprint | - | | dev:A
mind well being | brain health | fingerprint | - | | editor
misery | depression | ambiguous | - | near=anxiety,tension,uneasiness,nervousness,mental,emotional,symptom*,disorder*,suicid*,psychological,wellness,sleep,patients | dev:I editor
more seasoned | older | fingerprint | - | | editor
more seasoned grown-ups | older adults | fingerprint | - | | editor
more uncertain | less likely | ambiguous | - | | dev:I
notwithstanding | however | ambiguous | - | line-start | dev:I editor
open vehicle | public transport | fingerprint | - | | dev:I
ought to | should | ambiguous | - | | dev:I editor
ozone depleting substances | greenhouse gases | ambiguous | - | near=carbon,emission*,warming,climate,fossil | editor
ozone harming substances | greenhouse gases | fingerprint | - | | editor
passings | deaths | fingerprint | - | | dev:I
PDA | cell phone | ambiguous | cs,n | | dev:I
petroleum derivatives | fossil fuels | fingerprint | - | | editor
preliminaries | trials | ambiguous | - | prev=clinical,human,controlled,randomized,randomised | editor
propensities | habits | ambiguous | - | | dev:I
prostate malignancy | prostate cancer | fingerprint | - | | editor
psychological wellness | mental health | fingerprint | - | | dev:I
remembering for | including in | fingerprint | - | | dev:I
senior creator | senior author | fingerprint | n | | editor
sickness | disease | ambiguous | - | prev=heart,kidney,liver,lung,cardiovascular,infectious,autoimmune,rare,genetic,respiratory,alzheimer's,parkinson's,coronary,the,of,this | dev:I editor
social separating | social distancing | fingerprint | - | | dev:I
stoutness | obesity | fingerprint | - | | editor
tending to | addressing | ambiguous | - | next=issues,problems,concerns,mental,psychological,emotional,these,this,climate,environmental | dev:I
tension issue | anxiety disorder | fingerprint | n | | dev:I
understudies | students | fingerprint | - | | dev:I editor
uneasiness | anxiety | ambiguous | - | | editor
utilize | use | ambiguous | v | | dev:I editor
veils | masks | ambiguous | - | near=face,facial,covid*,coronavirus,wear*,n95 | dev:I
web | internet | ambiguous | - | next=use,utilize,usage,access,addiction,users,clients,based | dev:I
web utilize | internet use | fingerprint | - | | dev:I
web-based media | social media | fingerprint | - | | editor
wellbeing | health | ambiguous | - | !prev=mental,emotional,psychological,physical,social,and,their,your,personal,overall,its,his,her,our,my,general | dev:I
wellbeing inclusion | health coverage | fingerprint | - | | dev:I
