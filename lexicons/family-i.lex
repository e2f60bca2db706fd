# Family I: Spinbot-like spinner ("as indicated by", "distributed in the diary", "understudies", "individuals").
# Format: README.md.
# spun | original | tier | flags | guard | provenance
a background marked by | a history of | fingerprint | - | | mined editor family:I
a bigger extent of | a larger proportion of | fingerprint | - | | family:I editor
a bigger number of than | more than | fingerprint | - | | family:I editor
a blended sack | a mixed bag | fingerprint | - | | mined editor family:I sites=1
a characteristic piece of | a natural part of | fingerprint | - | | mined editor family:I
a considerable lot of | many of | ambiguous | - | | mined editor family:I sites=1
a considerable measure | a lot | fingerprint | - | | mined editor family:I
a couple of grown-up guys | a few adult males | fingerprint | - | | mined editor family:I sites=1
a dangerous atmospheric devation | global warming | fingerprint | - | | family:I editor
a few animal groups | some species | fingerprint | - | | mined editor family:I sites=1
a few tumors | some cancers | ambiguous | - |  | mined editor family:I
a functioning fixing | an active ingredient | fingerprint | - | | editor family:I
a functioning way of life | an active lifestyle | fingerprint | - | | mined editor family:I sites=1
a great deal of individuals | a lot of people | fingerprint | - | | family:I editor
a great many people | most people | ambiguous | - | | family:I editor
a higher extent of | a higher proportion of | fingerprint | - | | family:I editor
a huge advance forward | a big step forward | fingerprint | - | | family:I editor
a large portion of | most of | ambiguous | - | !next=a,an | family:I editor
a large portion of a | half a | ambiguous | - | next=glass,cup,day,dozen,mile,pound,kilo,kilogram,century,teaspoon,tablespoon,bottle,pint,liter,litre,serving,second,minute,degree,percent,billion,million | mined editor family:I
a large portion of an | half an | ambiguous | - | next=hour,inch,ounce,egg,apple,avocado,orange,onion | mined editor family:I
a little animal groups | a small species | fingerprint | - | | mined editor family:I sites=1
a little extent of | a small proportion of | fingerprint | - | | family:I editor
a little level of | a small percentage of | fingerprint | - | | family:I editor
a little number of | a small number of | fingerprint | - | | family:I editor
a lot bigger | much larger | ambiguous | - | | dev:I
a lower extent of | a lower proportion of | fingerprint | - | | family:I editor
a major advance forward | a major step forward | fingerprint | - | | family:I editor
a misguided sensation that all is well and good | a false sense of security | fingerprint | - | | editor family:I sites=1
a modest bunch of | a handful of | ambiguous | - | | mined editor family:I sites=1
a more prominent extent of | a greater proportion of | fingerprint | - | | family:I editor
a part of medication dedicated to | a branch of medicine devoted to | fingerprint | - | | editor family:I sites=1
a part of medication that | a branch of medicine that | fingerprint | - | | mined editor family:I sites=2
a past filled with | a history of | ambiguous | - | | mined editor family:I sites=1
a portion of the | some of the | ambiguous | - | !next=proceeds,money,funds,funding,revenue,profits,budget,cost,costs,land,population,sample,tax | mined editor family:I
a progression of | a series of | ambiguous | - | next=tests,experiments,studies,trials,investigations,examinations,meetings,interviews,press,events,attacks,assaults,strikes,storms,earthquakes,tremors,explosions,blasts,fires,images,pictures,photographs,photos,videos,tweets,posts,papers,articles,reports,lectures,questions,measures,reforms,protests,lockdowns,waves | mined editor family:I sites=2
a scope of | a range of | fingerprint | - | | family:I editor
a significant advance forward | an important step forward | fingerprint | - | | family:I editor
a significant task to carry out | an important role to play | ambiguous | - | prev=have,has,had,having | editor family:I sites=1
a sleeping disorder | insomnia | ambiguous | - | | family:I editor
a smart thought | a good idea | ambiguous | - | | family:I editor
a stage forward | a step forward | fingerprint | - | | family:I editor
a standout amongst the foremost | one of the most | fingerprint | - | | mined editor family:I sites=1
a standout amongst the most | one of the most | fingerprint | - | | mined editor family:I sites=1
a ton of | a lot of | ambiguous | - | | family:I editor
a ton of individuals | a lot of people | fingerprint | - | | family:I editor
a types of | a species of | fingerprint | - | | mined editor family:I
a typical progenitor | a common ancestor | fingerprint | - | | mined editor family:I sites=1
a worldwide temperature alteration | global warming | fingerprint | - | | family:I editor
abatement | decrease | ambiguous | n | | family:I editor
abhor discourse | hate speech | fingerprint | - | | family:I editor
abhor violations | hate crimes | fingerprint | - | | family:I editor
abhor wrongdoings | hate crimes | fingerprint | - | | family:I editor
abroad domains | overseas territories | fingerprint | - | | mined editor family:I
absence of | lack of | ambiguous | - | | family:I editor
absence of inspiration | lack of motivation | fingerprint | - |  | mined editor family:I
absence of rest | lack of sleep | fingerprint | - | | family:I editor
absolute dynamic | total active | fingerprint | - | | mined editor family:I sites=1
absolute lunar obscuration | total lunar eclipse | fingerprint | n | | mined editor family:I sites=1
abstains from food | diets | ambiguous | - | prev=have,has,had,their,our,your,his,her,the,these,those,such,healthy,sound,solid,unhealthy,undesirable,poor,western,vegetarian,vegan,plant-based,mediterranean,different,various,people's,individuals' | mined editor family:I sites=1
abundance fat | excess fat | fingerprint | - | | mined editor family:I sites=1
abundance liquid | excess fluid | fingerprint | n | | mined editor family:I sites=1
abundance salt | excess salt | fingerprint | - | | editor family:I sites=1
abundance weight | excess weight | fingerprint | - | | family:I editor
abusive behavior at home | domestic violence | fingerprint | - | | family:I editor
accentuates | emphasizes | ambiguous | - |  | mined editor family:I
accept | believe | ambiguous | - | prev=researchers,scientists,analysts,experts,specialists,authors,creators,we,they,i,officials | family:I editor
acceptable wellbeing | good health | fingerprint | - | | family:I editor
accepted to have | believed to have | ambiguous | - | | mined editor family:I
accomplice | partner | ambiguous | n | | family:I editor
accomplishment hole | achievement gap | fingerprint | - | | family:I editor
acquainting approaches | introducing policies | fingerprint | - | | mined editor family:I sites=1
across the board | widespread | ambiguous | - | prev=are,is,was,were,be,been,being,become,became | mined editor family:I sites=1
across the board devastation | widespread destruction | fingerprint | - | | mined editor family:I
active work | physical activity | ambiguous | - | near=exercise,exercising,workout,workouts,fitness,sedentary,walking,strolling,running,jogging,sports,cardiovascular,coronary,heart,hearts,obesity,corpulence,heftiness,inactivity,latency,dynamic,active | mined editor family:I sites=1
actual specialist | physical therapist | fingerprint | n | | family:I editor
actual wellbeing | physical health | fingerprint | - | | mined editor family:I sites=1
actual work | physical activity | ambiguous | - | near=exercise,exercising,workout,workouts,fitness,sedentary,walking,strolling,running,jogging,sports,cardiovascular,coronary,heart,hearts,obesity,corpulence,heftiness,inactivity,latency,dynamic,active | mined editor family:I sites=1
actualize | implement | ambiguous | v | !prev=self,self- | mined editor family:I
adequacy | effectiveness | ambiguous | - | | family:I editor
adjusted ears | rounded ears | fingerprint | - | | mined editor family:I sites=1
administration | government | ambiguous | - | prev=uk,british,chinese,indian,australian,french,german,italian,spanish,japanese,canadian,scottish,welsh,irish,local,neighborhood,central,kenyan,nigerian,russian,brazilian,mexican,israeli,iranian,turkish,korean,swedish,dutch,norwegian,danish | family:I editor
admission | intake | ambiguous | n | prev=meat,poultry,fish,fruit,vegetable,dairy,egg,alcohol,caffeine,calcium,iron,vitamin,nutrient,energy,water,fluid,fat,sugar,salt,sodium,fiber,fibre,protein,calorie,carbohydrate,oxygen or next=of near=poultry,meat,food,foods,nourishment,sugar,salt,sodium,fiber,fibre,protein,alcohol,liquor,espresso,coffee,caffeine,vitamin,vitamins,fruit,fruits,vegetables,calorie,calories,fat,fats,iron,calcium,dairy,eggs,nutrients,supplements,carbohydrates,carbs,diet,eating,devouring | mined editor family:I
admittance to | access to | ambiguous | - | | mined editor family:I
admittance to medical aid | access to healthcare | fingerprint | - |  | mined editor family:I
admonition mark | warning label | fingerprint | n | | mined editor family:I sites=1
adrenal organs | adrenal glands | fingerprint | - | | editor family:I sites=1
advanced from | evolved from | ambiguous | - | near=species,dinosaur,dinosaurs,ancestor,ancestors,ancestral,lineage,reptiles,mammals,birds,hadrosaurs,primates,apes,fish,fishes,organisms,common,duck-charged,duck-billed | mined editor family:I sites=1
advances | technologies | ambiguous | - | prev=new,these,digital,emerging,modern,such,communication,addictive,those | dev:I
affirmed case | confirmed case | fingerprint | - | | family:I editor
affirmed cases | confirmed cases | fingerprint | - | | family:I editor
after some time | over time | ambiguous | - | | family:I editor
after the fact | later | ambiguous | - | prev=minutes,hours,days,weeks,months,years,decades,moments,shortly,soon | mined editor family:I sites=3
age bunch | age group | fingerprint | n | | family:I editor
age gathering | age group | fingerprint | n | | family:I editor
age gatherings | age groups | fingerprint | - | | mined editor family:I sites=1
aggravation | inflammation | ambiguous | - | near=chronic,ceaseless,incessant,constant,interminable,immune,insusceptible,invulnerable,gut,joint,joints,tissue,markers,arthritis,cytokines,bowel,body,cells,disease,malady,reduce,diminish,lessen,decrease | family:I editor
aggressive behavior at home | domestic violence | fingerprint | - | | family:I editor
agony | pain | ambiguous | - | | family:I editor
agony prescription | pain medication | fingerprint | - | | family:I editor
agrarian significance | agricultural importance | fingerprint | - | | mined editor family:I
agribusiness | agriculture | ambiguous | - | | mined editor family:I sites=3
agribusiness creation | agricultural production | fingerprint | - | | editor family:I sites=1
ai calculation | AI algorithm | fingerprint | - | | family:I editor
ai calculations | AI algorithms | fingerprint | - | | family:I editor
aide educator | assistant professor | fingerprint | n | | family:I editor
aide teacher | assistant professor | fingerprint | n |  | editor family:I
air contamination | air pollution | fingerprint | - | | dev:I
air terminal | airport | ambiguous | - | | family:I editor
air terminals | airports | fingerprint | - | | family:I editor
alarm assaults | panic attacks | fingerprint | - | | family:I editor
albeit | although | ambiguous | - | | family:I editor
all around considered | well studied | fingerprint | - | | mined editor family:I
all around embraced | universally adopted | fingerprint | - |  | mined editor family:I
all around endured | well tolerated | fingerprint | - | | mined editor family:I
all out blend | total synthesis | fingerprint | - | | mined editor family:I
all out sun oriented overshadowing | total solar eclipse | fingerprint | - | | family:I editor
all out sun powered overshadowing | total solar eclipse | fingerprint | - | | family:I editor
all the more as of late | more recently | fingerprint | - | | mined editor family:I
allocated upon entering the world | assigned at birth | fingerprint | - | | mined editor family:I sites=1
allude | refer | ambiguous | - | next=to | mined editor family:I sites=1
alluded | referred | ambiguous | - | next=to | dev:I
alludes | refers | ambiguous | - | next=to | family:I editor
alluding | referring | ambiguous | - | next=to | family:I editor
aloof introduction | passive exposure | fingerprint | - | | editor family:I sites=1
alpha-linolenic corrosive | alpha-linolenic acid | fingerprint | - | | editor family:I
altogether | significantly | ambiguous | - | next=higher,lower,more,less,greater,increased,reduced,better,worse,fewer,smaller,larger,improved,different,expanded | family:I editor
alumni therapeutic instruction | graduate medical education | fingerprint | - | | mined editor family:I sites=1
alzheimer's ailment | Alzheimer's disease | fingerprint | - | | family:I editor
alzheimer's malady | Alzheimer's disease | fingerprint | - | | family:I editor
alzheimer's sickness | Alzheimer's disease | fingerprint | - | | family:I editor
alzheimers ailment | Alzheimer's disease | fingerprint | - | | mined editor family:I sites=1
american foundation of nervous system science | American Academy of Neurology | fingerprint | - | | mined editor family:I
american mental affiliation | American Psychological Association | fingerprint | - | | editor family:I sites=1
amid | during | ambiguous | - | | family:I editor
amid immaturity | during adolescence | fingerprint | - |  | mined editor family:I
amino corrosive | amino acid | fingerprint | n | | editor family:I
amyotrophic horizontal sclerosis | amyotrophic lateral sclerosis | fingerprint | - | | family:I editor
an abatement in | a decrease in | fingerprint | - | | family:I editor
an adjusted biological community | a balanced ecosystem | fingerprint | - | | editor family:I sites=1
an advance forward | a step forward | fingerprint | - | | family:I editor
an alternate kind | another type | fingerprint | - |  | mined editor family:I
an ascent in | a rise in | fingerprint | - | | family:I editor
an assessed | an estimated | ambiguous | - | | family:I editor
an assortment of | a variety of | ambiguous | - | | family:I editor
an earth-wide temperature boost | global warming | fingerprint | - | | family:I editor
an every day | a daily | ambiguous | - | | mined editor family:I sites=1
an excessive amount to | too much to | ambiguous | - | | mined editor family:I sites=1
an expanded spotlight on | an increased focus on | fingerprint | - | | mined editor family:I sites=1
an extensive variety of | a wide range of | ambiguous | - | | mined editor family:I sites=1
an individual from the sort | a member of the genus | fingerprint | - | | editor family:I sites=1
an individual's regular exercises | a person's everyday activities | fingerprint | - |  | mined editor family:I
an investigation | a study | ambiguous | - | next=distributed,proposes,recommends,indicates,demonstrates,discovered,found,shows,showed or next=has near=analysts,diary,distributed,members,examination,researchers,scientists,discovered | mined editor family:I sites=1
an obligatory departure | a mandatory evacuation | fingerprint | - | | mined editor family:I
an ongoing report | a recent study | fingerprint | - | | family:I editor
an unnatural weather change | global warming | fingerprint | - | | family:I editor
anaerobic assimilation | anaerobic digestion | fingerprint | - | | mined editor family:I sites=1
analyst | researcher | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,lead | dev:I editor
analysts | researchers | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,members | dev:I editor
analysts dissected | researchers analyzed | fingerprint | - |  | mined editor family:I
analyzed with | diagnosed with | ambiguous | - | next=cancer,malignancy,diabetes,covid-19,covid,dementia,depression,misery,autism,adhd,hiv,alzheimer's,parkinson's,breast,bosom,lung,prostate,colon,colorectal,skin,ovarian,cervical,leukemia,schizophrenia,bipolar,type,heart,coronary,kidney,liver,obesity,stoutness,corpulence,heftiness,hypertension,asthma,pneumonia,tuberculosis,sepsis,malaria | family:I editor
announce war on | declare war on | ambiguous | v | | mined editor family:I
another examination | a new study | ambiguous | - | prev=per,by,to or next=distributed,published,found,discovered,finds,discovers,appears,demonstrates,proposes,recommends,uncovers,shows,suggests,indicates | family:I editor
another investigation | a new study | ambiguous | - | prev=per,by,to or next=distributed,published,found,discovered,finds,discovers,appears,demonstrates,proposes,recommends,uncovers,shows,suggests,indicates | family:I editor
another review | a new study | ambiguous | - | prev=per,by,to or next=distributed,published,found,discovered,finds,discovers,appears,demonstrates,proposes,recommends,uncovers,shows,suggests,indicates,says,itemizing,detailing,reports,reveals | mined editor family:I sites=4
another think about | a new study | fingerprint | - | | family:I editor
antagonistic | adverse | ambiguous | - | next=health,wellbeing,effects,impacts,impact,effect,events,occasions,reactions,responses,outcomes,results,consequences,side,symptoms,drug,medication,childhood,experiences,pregnancy,birth | mined editor family:I
antagonistic impacts | adverse effects | fingerprint | - | | family:I editor
antagonistic responses | adverse reactions | fingerprint | - | | family:I editor
antagonistic wellbeing | adverse health | fingerprint | - | | mined editor family:I sites=1
anti-conception medication | birth control | fingerprint | - | | family:I editor
anti-infection | antibiotic | ambiguous | - | | family:I editor
anti-infection agents | antibiotics | ambiguous | - | | family:I editor
anti-infection obstruction | antibiotic resistance | fingerprint | - | | family:I editor
anti-infection opposition | antibiotic resistance | fingerprint | - | | family:I editor
anti-infection safe | antibiotic-resistant | fingerprint | - | | family:I editor
anti-toxin | antibiotic | ambiguous | n | !near=botulism,botulinum,diphtheria,tetanus,venom,venoms,snake,snakes,antivenom,anthrax,toxin,toxins | mined editor family:I sites=1
anti-toxin opposition | antibiotic resistance | fingerprint | - | | family:I editor
antibodies | vaccines | ambiguous | - | prev=covid-19,19,coronavirus,experimental,potential,candidate,new,possible,successful,effective,flu,influenza,measles,several,different,various,other,two,three | dev:I editor
antibody | vaccine | ambiguous | - | prev=the,a,an,covid-19,19,coronavirus,experimental,potential,candidate,new,first,possible,successful,effective,flu,influenza,measles,oxford | dev:I editor
antibody adequacy | vaccine efficacy | fingerprint | - | | family:I editor
antibody aversion | vaccine hesitancy | fingerprint | - | | family:I editor
antibody commands | vaccine mandates | fingerprint | - | | family:I editor
antibody competitor | vaccine candidate | fingerprint | n | | family:I editor
antibody creators | vaccine makers | fingerprint | - | | family:I editor
antibody faltering | vaccine hesitancy | fingerprint | - | | family:I editor
antibody hesitancy | vaccine hesitancy | fingerprint | - | | family:I editor
antibody identifications | vaccine passports | fingerprint | - | | family:I editor
antibody improvement | vaccine development | fingerprint | - | | family:I editor
antibody order | vaccine mandate | fingerprint | n | | family:I editor
antibody organizations | vaccine companies | fingerprint | - | | family:I editor
antibody portions | vaccine doses | fingerprint | - | | family:I editor
antibody preliminary | vaccine trial | fingerprint | n | | family:I editor
antibody preventable | vaccine-preventable | fingerprint | - | | dev:I
antibody producers | vaccine makers | fingerprint | - | | family:I editor
antibody reluctance | vaccine hesitancy | fingerprint | - | | family:I editor
antibody rollout | vaccine rollout | fingerprint | - | | family:I editor
antibody up-and-comer | vaccine candidate | fingerprint | n | | family:I editor
antibody viability | vaccine efficacy | fingerprint | - | | family:I editor
antibody wavering | vaccine hesitancy | fingerprint | - | | family:I editor
anticipation | prevention | ambiguous | - | near=disease,control,illness,malady,sickness,suicide,self-destruction,cancer,malignancy,infection,contamination,stroke,injury,obesity,corpulence,stoutness,overdose,excess,hiv,centers,communities,focuses,habitats,places,treatment | family:I editor
antimicrobial obstruction | antimicrobial resistance | fingerprint | - | | family:I editor
antimicrobial opposition | antimicrobial resistance | fingerprint | - | | family:I editor
antiquated | ancient | ambiguous | - | next=humans,human,people,individuals,dna,egypt,egypt's,egyptians,egyptian,greeks,greek,greece,rome,romans,roman,civilizations,civilization,ancestors,progenitors,times,world,species,fossils,remains,rocks,bones,city,cities,history,hominins,hominids,mesopotamia,china,chinese,maya,mayan,manuscripts,artifacts,relics,tombs,tomb,burial,temple,temples,ruins,settlement,settlements,site,sites,past,origins,lineage,lineages,genomes,genome,lake,lakes,ocean,oceans,seas,sea,ice,climate,atmosphere,earth,mars,universe,stars,galaxies,light,creatures,animals,reptiles,fish,trees,forests | family:I editor
antiquated dividers | ancient walls | fingerprint | - | | mined editor family:I
antiquated life | ancient life | ambiguous | - | | mined editor family:I sites=1
appear | show | ambiguous | v | prev=study,examination,investigation,exploration,research,results,discoveries,findings,information,data,analysis,tests,preliminaries,trial,trials,studies,examinations,investigations,contemplates,surveys,overviews,scans,outputs next=that | family:I editor
apply autonomy | robotics | fingerprint | - | | editor family:I sites=1
apprehension | fear | ambiguous | - | | dev:I
approach creators | policymakers | fingerprint | - | | family:I editor
approach producers | policymakers | fingerprint | - | | family:I editor
approach suggestions | policy implications | fingerprint | - | | family:I editor
approached to | asked to | ambiguous | - | next=wear,stay,take,avoid,self-isolate,report,complete,fill,rate,answer,provide,give,participate,partake,keep,remain,use,utilize,get,describe,list,name,choose,pick,estimate,imagine,consider,recall,identify,indicate,rank,score,perform,read,watch,write,leave,return,refrain,limit,reduce,lessen,diminish,work,isolate,quarantine,submit,donate | family:I editor
approaching emergency | looming crisis | fingerprint | - |  | mined editor family:I
aptitudes | skills | ambiguous | - | | family:I editor
arbitrarily | randomly | ambiguous | - | next=assigned,selected,chosen,allocated,relegated,doled,picked,sampled | family:I editor
arbitrarily doled out | randomly assigned | fingerprint | - | | family:I editor
arbitrarily relegated | randomly assigned | fingerprint | - | | family:I editor
arbitrary variety | random variation | fingerprint | - | | editor family:I sites=1
around evening time | at night | fingerprint | - | | mined editor family:I sites=2
arrangement creators | policymakers | fingerprint | - | | family:I editor
arrangement producers | policymakers | fingerprint | - | | family:I editor
as a matter of first importance | first of all | fingerprint | - | | family:I editor
as a rule | usually | ambiguous | - | | mined editor family:I
as could reasonably be expected | as possible | ambiguous | - | !next=to,from,of,by | mined editor family:I
as effortlessly as | as easily as | fingerprint | - |  | mined editor family:I
as far as we might be concerned | as we know it | fingerprint | - | | mined editor family:I
as i would like to think | in my opinion | fingerprint | - | | family:I editor
as indicated by | according to | ambiguous | - | | family:I editor
as it were | only | ambiguous | - | | family:I editor
as of late | recently | fingerprint | - | | dev:I editor
as of late detailed | recently reported | fingerprint | - | | mined editor family:I sites=1
as of not long ago | until recently | fingerprint | - | | family:I editor
as of now | currently | ambiguous | - | | family:I editor
as of recently | until now | ambiguous | - | | mined editor family:I sites=2
as per | according to | ambiguous | - | | family:I editor
as right on time as | as early as | fingerprint | - | | mined editor family:I
as signaled by | according to | ambiguous | - | | mined editor family:I sites=1
as yet | still | ambiguous | - | prev=is,are,was,were,am,be,been,being,it's,they're,he's,she's,we're,that's,there's !next=unknown,unclear,undetermined,unnamed,unpublished,untested,unidentified,unproven,undiscovered,unexplained,undecided,unconfirmed,unresolved,unreleased,unanswered,unseen,uncertain,unsolved,unexplored,unknowable,unmet,untapped,to,no | mined editor family:I sites=2
as yet creating | still developing | fingerprint | - | | mined editor family:I sites=1
ascent | rise | ambiguous | n | !near=mountain,mountains,climb,climbing,climbers,summit,everest,peak,descent | family:I editor
aspiratory | pulmonary | fingerprint | - | | family:I editor
assembled states | United States | fingerprint | - | | editor family:I
assimilation and discharge | absorption and emission | fingerprint | - | | mined editor family:I
assist disclosures | further discoveries | fingerprint | - | | editor family:I sites=1
associated with the web | connected to the internet | ambiguous | - | prev=presently,now,currently,be,been,are,is,were,was,being,devices,gadgets,computers,all,not,already | mined editor family:I sites=1
assorted variety | diversity | ambiguous | - | !prev=a,an,wide,large,huge,great,broad,big,vast | editor family:I sites=1
assortment | variety | ambiguous | - | | family:I editor
assortment and inconstancy | variety and variability | fingerprint | - | | editor family:I sites=1
assortment and investigation | collection and analysis | fingerprint | - | | mined editor family:I
assortments | varieties | ambiguous | - | | dev:I
assume a basic job | play a critical role | fingerprint | v | | family:I editor
assume a basic part | play a critical role | fingerprint | v | | family:I editor
assume a bigger job | play a bigger role | fingerprint | v | | family:I editor
assume a causal job | play a causal role | fingerprint | v | | family:I editor
assume a critical job | play a critical role | fingerprint | v | | family:I editor
assume a critical part | play a critical role | fingerprint | v | | family:I editor
assume a crucial job | play a crucial role | fingerprint | v | | family:I editor
assume a crucial part | play a crucial role | fingerprint | v | | family:I editor
assume a defensive job | play a protective role | fingerprint | v | | family:I editor
assume a driving job | play a leading role | fingerprint | v | | family:I editor
assume a dynamic job | play an active role | fingerprint | v | | family:I editor
assume a focal job | play a central role | fingerprint | v | | family:I editor
assume a focal part | play a central role | fingerprint | v | | family:I editor
assume a fundamental job | play a vital role | fingerprint | v | | family:I editor
assume a fundamental part | play a vital role | fingerprint | v | | mined editor family:I sites=1
assume a greater job | play a bigger role | fingerprint | v | | family:I editor
assume a huge job | play a significant role | fingerprint | v | | family:I editor
assume a huge part | play a significant role | fingerprint | v | | family:I editor
assume a job | play a role | fingerprint | v | | family:I editor
assume a key job | play a key role | fingerprint | v | | family:I editor
assume a key part | play a key role | fingerprint | v | | family:I editor
assume a little job | play a small role | fingerprint | v | | family:I editor
assume a major job | play a major role | fingerprint | v | | family:I editor
assume a major part | play a major role | fingerprint | v | | family:I editor
assume a minor job | play a minor role | fingerprint | v | | family:I editor
assume a more noteworthy job | play a greater role | fingerprint | v | | family:I editor
assume a more prominent job | play a greater role | fingerprint | v | | family:I editor
assume a noteworthy job | play a significant role | fingerprint | v | | family:I editor
assume a noteworthy part | play a significant role | fingerprint | v | | family:I editor
assume a part | play a role | ambiguous | v | !next=of | family:I editor
assume a pivotal job | play a pivotal role | fingerprint | v | | family:I editor
assume a significant job | play an important role | fingerprint | v | | family:I editor
assume a significant part | play an important role | fingerprint | v | | family:I editor
assume a urgent job | play a crucial role | fingerprint | v | | family:I editor
assume a urgent part | play a crucial role | fingerprint | v | | mined editor family:I sites=1
assume a vital job | play a vital role | fingerprint | v | | family:I editor
assume a vital part | play a vital role | fingerprint | v | | family:I editor
assume an enormous job | play a big role | fingerprint | v | | family:I editor
assume an essential job | play an essential role | fingerprint | v | | family:I editor
assume an essential part | play an essential role | fingerprint | v | | family:I editor
assume an immediate job | play a direct role | fingerprint | v | | family:I editor
assume an imperative job | play an important role | fingerprint | v | | family:I editor
assume an imperative part | play an important role | fingerprint | v | | family:I editor
assume an indispensable job | play an integral role | fingerprint | v | | family:I editor
assurance | protection | ambiguous | - | !prev=quality | dev:I editor
asthma assaults | asthma attacks | fingerprint | - | | family:I editor
astronomical residue | cosmic dust | fingerprint | - | | mined editor family:I
at an expanded danger of | at an increased risk of | fingerprint | - | | family:I editor
at any point found | ever found | fingerprint | - | | mined editor family:I
at any point recorded | ever recorded | fingerprint | - | | mined editor family:I sites=1
at any point seen | ever seen | fingerprint | - | | editor family:I
at any point tracked down | ever found | fingerprint | - | | mined editor family:I
at any rate | at least | ambiguous | - | prev=to,spread,of,for,with,killed,executed,infected,tainted,affected,reported,detailed,caused,claimed,has,have,had,are,were,is,was,be,been,affecting,influencing,and,among,amongst,in,gloom,once,twice | mined editor family:I sites=2
at expanded danger of | at increased risk of | fingerprint | - | | family:I editor
at expanded hazard of | at increased risk of | fingerprint | - | | family:I editor
at higher danger of | at higher risk of | fingerprint | - | | family:I editor
at its generally extreme | at its most severe | fingerprint | - |  | mined editor family:I
at long last | finally | ambiguous | - | | family:I editor
at more serious danger of | at greater risk of | fingerprint | - | | family:I editor
at more serious hazard of | at greater risk of | fingerprint | - | | family:I editor
at no other time seen | never-before-seen | fingerprint | - | | mined editor family:I
at the end of the day | in other words | ambiguous | - | | family:I editor
at the equivalent time | at the same time | fingerprint | - | | family:I editor
at the point when | when | fingerprint | - | | family:I editor
at whatever point | whenever | fingerprint | - | | family:I editor
at whatever stage in life | at any age | fingerprint | - |  | mined editor family:I
atmosphere activists | climate activists | fingerprint | - | | family:I editor
atmosphere activity | climate action | fingerprint | - | | family:I editor
atmosphere approach | climate policy | fingerprint | - | | family:I editor
atmosphere bargain | climate deal | fingerprint | - | | family:I editor
atmosphere change | climate change | fingerprint | - | | family:I editor
atmosphere cynics | climate skeptics | fingerprint | - | | family:I editor
atmosphere deniers | climate deniers | fingerprint | - | | family:I editor
atmosphere dissidents | climate activists | fingerprint | - | | family:I editor
atmosphere doubters | climate skeptics | fingerprint | - | | family:I editor
atmosphere emergency | climate crisis | fingerprint | - | | family:I editor
atmosphere objectives | climate goals | fingerprint | - | | family:I editor
atmosphere related | climate-related | fingerprint | - | | family:I editor
atmosphere replicas | climate models | fingerprint | - |  | mined editor family:I
atmosphere researcher | climate scientist | fingerprint | - | | family:I editor
atmosphere researchers | climate scientists | fingerprint | - | | family:I editor
atmosphere strategy | climate policy | fingerprint | - | | family:I editor
atmosphere summit | climate summit | fingerprint | - | | family:I editor
atmosphere talks | climate talks | fingerprint | - | | family:I editor
atmosphere targets | climate targets | fingerprint | - | | family:I editor
atmosphere understanding | climate agreement | fingerprint | - | | family:I editor
atomic combination | nuclear fusion | fingerprint | - | | family:I editor
atomic dna | nuclear DNA | fingerprint | - | | mined editor family:I
atomic force plant | nuclear power plant | fingerprint | n | | family:I editor
atomic vitality | nuclear energy | fingerprint | - | | family:I editor
atomic winter | nuclear winter | fingerprint | - | | mined editor family:I sites=1
attack the encompassing | invade the surrounding | fingerprint | - |  | mined editor family:I
attractive reverberation | magnetic resonance | fingerprint | - | | family:I editor
attractive reverberation imaging | magnetic resonance imaging | fingerprint | - | | family:I editor
audit | review | ambiguous | - | near=study,studies,examination,investigation,research,exploration,contemplates,trials,preliminaries,evidence,proof,systematic,cochrane,efficient | family:I editor
auxiliary bigotry | structural racism | fingerprint | - | | family:I editor
auxiliary digestion | secondary metabolism | fingerprint | - | | mined editor family:I
auxiliary metabolic | secondary metabolic | fingerprint | - | | editor family:I
auxiliary metabolites | secondary metabolites | fingerprint | - | | editor family:I
avert | prevent | ambiguous | v | | family:I editor
aviation route | airway | fingerprint | n |  | mined editor family:I
awful cerebrum injury | traumatic brain injury | fingerprint | n | | family:I editor
awful mind injury | traumatic brain injury | fingerprint | n | | family:I editor
back to established circumstances | back to classical times | fingerprint | - | | editor family:I sites=1
back torment | back pain | fingerprint | - | | family:I editor
backing | support | ambiguous | - | !next=up,down,away,off,out,into,onto | family:I editor
backwoods | forests | ambiguous | - | | mined editor family:I
backwoods cover | forest cover | fingerprint | - | | family:I editor
backwoods fire | forest fire | fingerprint | - | | family:I editor
backwoods fires | forest fires | fingerprint | - | | family:I editor
backwoods misfortune | forest loss | fingerprint | - | | family:I editor
bad tempered entrail | irritable bowel | fingerprint | - |  | editor family:I
bad tempered entrail disorder | irritable bowel syndrome | fingerprint | - | | family:I editor
bad tempered inside disorder | irritable bowel syndrome | fingerprint | - | | family:I editor
baffling | mysterious | ambiguous | - | next=new,virus,infection,illness,disease,pneumonia,outbreak,sickness,malady,coronavirus,respiratory,contamination,flare-up,episode | mined editor family:I
bar-followed | bar-tailed | fingerprint | - | | mined editor family:I sites=1
barrenness | infertility | ambiguous | - | | family:I editor
basic administrations | essential services | fingerprint | - | | family:I editor
basic focuses | critical points | fingerprint | - |  | mined editor family:I
basic wellbeing conditions | underlying health conditions | fingerprint | - | | family:I editor
basically imperiled | critically endangered | fingerprint | - | | family:I editor
basically jeopardized | critically endangered | fingerprint | - | | family:I editor
basically sick | critically ill | fingerprint | - | | mined editor family:I
basically sick individuals | critically ill people | fingerprint | - | | family:I editor
basically sick patients | critically ill patients | fingerprint | - | | family:I editor
battery-worked | battery-operated | fingerprint | - | | editor family:I sites=1
be that as it may | however | fingerprint | - | | dev:I editor
bearers | carriers | ambiguous | - | !prev=standard,flag,torch,pall,coffin,ring,water,load,bad,news,office,arms,cross,fruit | family:I editor
beautiful great | pretty good | fingerprint | - | | family:I editor
beautiful much | pretty much | fingerprint | - | | family:I editor
because of the way that | because | fingerprint | - | | family:I editor
been appeared to | been shown to | fingerprint | - |  | mined editor family:I
been evaluated that | been estimated that | fingerprint | - | | mined editor family:I sites=1
before the finish of | by the end of | fingerprint | - | | family:I editor
beforehand imperceptible | previously invisible | fingerprint | - | | mined editor family:I
beginning phases | early stages | ambiguous | - | | family:I editor
benchmark group | control group | fingerprint | n | | family:I editor
benefactor | donor | ambiguous | n | | family:I editor
benevolent prostatic hyperplasia | benign prostatic hyperplasia | fingerprint | - | | editor family:I sites=1
bio-enlivened | bio-inspired | fingerprint | - | | editor family:I sites=1
biodiversity misfortune | biodiversity loss | fingerprint | - | | family:I editor
biological system | ecosystem | ambiguous | n | | family:I editor
bipolar confusion | bipolar disorder | fingerprint | - | | family:I editor
bipolar turmoil | bipolar disorder | fingerprint | - | | family:I editor
birth abandons | birth defects | fingerprint | - | | family:I editor
birth deformities | birth defects | ambiguous | - | | family:I editor
birth deserts | birth defects | fingerprint | - | | mined editor family:I
bite the dust | die | ambiguous | - | | family:I editor
bites the dust | dies | ambiguous | - | !prev=one,another | family:I editor
biting the dust | dying | ambiguous | - | | mined editor family:I
bits of knowledge | insights | ambiguous | - | | mined editor family:I sites=1
blackout convention | concussion protocol | fingerprint | - | | family:I editor
bladder malignancy | bladder cancer | fingerprint | - | | family:I editor
bleeding edge laborers | frontline workers | fingerprint | - | | family:I editor
blended | mixed | ambiguous | - | | dev:I
blood classification | blood type | fingerprint | n | | family:I editor
blood clumps | blood clots | fingerprint | - | | family:I editor
blood clusters | blood clots | fingerprint | - | | family:I editor
blood examples | blood samples | fingerprint | - | | family:I editor
blood gift | blood donation | fingerprint | n | | family:I editor
blood malignancy | blood cancer | fingerprint | - | | family:I editor
blood veins | blood vessels | ambiguous | - | | editor family:I sites=1
board part | board member | ambiguous | n | !prev=circuit,printed,wiring,control,surf,skate,snow,key,card,dash,mother,switch | mined editor family:I
bode well | make sense | ambiguous | - | !next=for,with | mined editor family:I sites=2
bodes well | makes sense | ambiguous | - | !next=for,with | mined editor family:I sites=2
bodes well to | makes sense to | fingerprint | - | | family:I editor
body estimate | body size | fingerprint | - | | family:I editor
bogus news | fake news | fingerprint | - | | family:I editor
bolstered by | supported by | ambiguous | - | | family:I editor
bolt of time | arrow of time | fingerprint | - | | mined editor family:I sites=1
bone malignancy | bone cancer | fingerprint | - | | family:I editor
bone misfortune | bone loss | fingerprint | - | | family:I editor
bone thickness | bone density | ambiguous | - | | family:I editor
bone wellbeing | bone health | fingerprint | - | | family:I editor
bosom | breast | ambiguous | - | | family:I editor
bosom disease | breast cancer | fingerprint | - | | family:I editor
bosom growth | breast cancer | fingerprint | n | | mined editor family:I
bosom malignancy | breast cancer | fingerprint | - | | family:I editor
bosom malignant growth | breast cancer | fingerprint | - | | family:I editor
bosom milk | breast milk | fingerprint | - | | family:I editor
bosom tumor | breast cancer | fingerprint | n |  | mined editor family:I
boss clinical consultant | chief medical adviser | fingerprint | n | | family:I editor
boss clinical officer | chief medical officer | fingerprint | - | | family:I editor
boss clinical official | chief medical officer | fingerprint | - | | family:I editor
boss financial analyst | chief economist | fingerprint | n | | family:I editor
boss innovation official | chief technology officer | fingerprint | n | | family:I editor
boss monetary official | chief financial officer | fingerprint | n | | family:I editor
boss researcher | chief scientist | fingerprint | - | | family:I editor
boss working official | chief operating officer | fingerprint | n | | family:I editor
bound to | likely to | ambiguous | - | | family:I editor
branch of brain research | department of psychology | fingerprint | - | | family:I editor
branch of financial matters | department of economics | fingerprint | - | | family:I editor
branch of vitality | Department of Energy | fingerprint | - | | family:I editor
branch of wellbeing | Department of Health | fingerprint | - | | family:I editor
brevity of breath | shortness of breath | fingerprint | - | | family:I editor
bring about | cause | ambiguous | v | | family:I editor
bring down | lower | ambiguous | v | | family:I editor
bring down danger | lower risk | fingerprint | - |  | editor family:I
bring down hazard | lower risk | fingerprint | - |  | mined editor family:I
bring down the danger of | lower the risk of | fingerprint | - | | family:I editor
bring down the hazard of | lower the risk of | fingerprint | - | | family:I editor
bring issues to light | raise awareness | ambiguous | v | | family:I editor
broadened dry spells | extended droughts | fingerprint | - | | editor family:I sites=1
broadly devoured | widely consumed | fingerprint | - | | mined editor family:I sites=2
broadly utilized | widely used | fingerprint | - | | mined editor family:I sites=1
brooding time frame | incubation period | fingerprint | - | | family:I editor
build up | develop | ambiguous | v | !next=of,in | family:I editor
building squares | building blocks | fingerprint | - | | mined editor family:I sites=1
building understudies | engineering students | fingerprint | - | | family:I editor
builds the danger of | increases the risk of | fingerprint | - | | family:I editor
builds the hazard of | increases the risk of | fingerprint | - | | family:I editor
builds the probability of | increases the likelihood of | fingerprint | - | | family:I editor
bunches of | lots of | ambiguous | - | !next=grapes,bananas,flowers,herbs,fruit,keys,carrots,parsley,kale,roses,cilantro,basil,twigs,leaves,wires,cables,balloons,hair,grass,sticks | mined editor family:I sites=1
burdensome issue | depressive disorder | fingerprint | - |  | mined editor family:I
burdensome manifestations | depressive symptoms | fingerprint | - | | family:I editor
burdensome scene | depressive episode | fingerprint | n | | family:I editor
burned through | consumed | ambiguous | - | prev=meat,food,foods,alcohol,liquor,sugar,salt,drinks,beverages,water,coffee,espresso,fruit,fruits,vegetables,nourishment,eggs,amount,quantity,items,products,servings,portions,glasses,cups | mined editor family:I
burned-through | consumed | fingerprint | - |  | mined editor family:I
by a long shot | by far | ambiguous | - | next=the,more,less,most,fewer,higher,lower,larger,smaller,better,worse,greater,bigger | mined editor family:I
by and large | generally | ambiguous | - | | mined editor family:I sites=3
by and large endurance | overall survival | fingerprint | - | | family:I editor
by far most of | the vast majority of | fingerprint | - | | family:I editor
by method for | by way of | fingerprint | - | | mined editor family:I
c-area | C-section | fingerprint | n | | family:I editor
calamitous | catastrophic | ambiguous | - | | mined editor family:I
calculated relapse | logistic regression | fingerprint | - | | family:I editor
calculations and information structures | algorithms and data structures | fingerprint | - | | mined editor family:I
calming | anti-inflammatory | ambiguous | - | next=drugs,drug,medications,medication,medicines,compounds,mixes,sedates,tranquilizes,painkillers,nsaids,diet,properties | family:I editor
caloric admission | caloric intake | fingerprint | - | | family:I editor
calorie admission | calorie intake | fingerprint | - | | family:I editor
calorific admission | calorific intake | fingerprint | - | | mined editor family:I sites=1
can in any case | can still | ambiguous | - | | mined editor family:I
cancer prevention agent | antioxidant | fingerprint | n | | family:I editor
canine assaults | dog attacks | fingerprint | - | | family:I editor
canines | dogs | ambiguous | - | | family:I editor
carbon charge | carbon tax | fingerprint | - | | family:I editor
carbon discharges | carbon emissions | fingerprint | - | | family:I editor
carbon emanations | carbon emissions | fingerprint | - | | family:I editor
carbon expense | carbon tax | fingerprint | - | | family:I editor
carbon impartial | carbon neutral | fingerprint | - | | family:I editor
carbon impression | carbon footprint | fingerprint | n | | family:I editor
carbon lack of bias | carbon neutrality | fingerprint | - | | family:I editor
carbon nonpartisan | carbon neutral | fingerprint | - | | family:I editor
carbon obsession | carbon fixation | fingerprint | - | | mined editor family:I sites=1
carbon outflows | carbon emissions | fingerprint | - | | family:I editor
cardiorespiratory wellness | cardiorespiratory fitness | fingerprint | - | | family:I editor
cardiovascular breakdown | heart failure | fingerprint | - | | family:I editor
cardiovascular failure | heart attack | fingerprint | n | | family:I editor
cardiovascular infection | cardiovascular disease | ambiguous | n | | mined editor family:I sites=1
cardiovascular malady | cardiovascular disease | fingerprint | - | | family:I editor
cardiovascular yield | cardiac output | fingerprint | - | | editor family:I sites=1
care contemplation | mindfulness meditation | fingerprint | - |  | mined editor family:I
care reflection | mindfulness meditation | fingerprint | - |  | mined editor family:I
care suppliers | care providers | fingerprint | - | | family:I editor
careful and clinical | surgical and medical | fingerprint | - | | editor family:I sites=1
careful claim to fame | surgical specialty | fingerprint | - | | editor family:I
careful cover | surgical mask | fingerprint | - |  | editor family:I
careful covers | surgical masks | fingerprint | - | | dev:I
careful evacuation | surgical removal | fingerprint | - |  | mined editor family:I
careful oncologists | surgical oncologists | fingerprint | - | | editor family:I sites=1
careful veil | surgical mask | fingerprint | - | | family:I editor
careful veils | surgical masks | fingerprint | - | | family:I editor
carotid vein | carotid artery | fingerprint | - | | editor family:I sites=1
case casualty rate | case fatality rate | fingerprint | n | | family:I editor
casting a ballot age | voting age | fingerprint | - | | family:I editor
casting a ballot framework | voting system | fingerprint | - | | family:I editor
casting a ballot machines | voting machines | fingerprint | - | | family:I editor
casting a ballot rights | voting rights | fingerprint | - | | family:I editor
cataclysmic events | natural disasters | ambiguous | - | | family:I editor
cautioned | warned | ambiguous | - | | family:I editor
cautioning | warning | ambiguous | - | | family:I editor
cautions | warns | ambiguous | - | | mined editor family:I sites=1
ceaseless | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,irritation,kidney,obstructive,fatigue,weariness,stress,infection,infections,lung,liver,health,wellbeing,insomnia,back,headaches,patients | family:I editor
ceaseless hack | chronic cough | fingerprint | n | | editor family:I sites=1
ceaseless kidney malady | chronic kidney disease | fingerprint | - | | editor family:I
ceaseless obstructive | chronic obstructive | fingerprint | - | | family:I editor
ceaseless torment | chronic pain | fingerprint | - | | family:I editor
ceaseless weakness disorder | chronic fatigue syndrome | fingerprint | - | | family:I editor
cell films | cell membranes | fingerprint | - | | editor family:I
cell hypothesis | cell theory | fingerprint | - | | mined editor family:I sites=1
cell scholar | cell biologist | fingerprint | n | | family:I editor
cell squanders items | cellular waste products | fingerprint | - | | editor family:I sites=1
center around | focus on | ambiguous | v | | family:I editor
center example | core sample | fingerprint | n | | mined editor family:I sites=1
center fixings | core ingredients | fingerprint | - | | mined editor family:I
center pay | middle-income | fingerprint | - | | family:I editor
center salary | middle-income | fingerprint | - | | dev:I
center school | middle school | ambiguous | n | | family:I editor
center school understudies | middle school students | fingerprint | - | | family:I editor
centers for malady control | Centers for Disease Control | fingerprint | - | | family:I editor
centers for sickness control | Centers for Disease Control | fingerprint | - | | family:I editor
cerebral pain | headache | fingerprint | n | | family:I editor
cerebrum | brain | fingerprint | n | | family:I editor
cerebrum action | brain activity | fingerprint | - | | family:I editor
cerebrum cells | brain cells | fingerprint | - | | family:I editor
cerebrum check | brain scan | fingerprint | - | | family:I editor
cerebrum estimate | brain size | fingerprint | - | | family:I editor
cerebrum filters | brain scans | fingerprint | - | | family:I editor
cerebrum harm | brain damage | fingerprint | - | | family:I editor
cerebrum malignancy | brain cancer | fingerprint | - | | family:I editor
cerebrum output | brain scan | fingerprint | n | | family:I editor
cerebrum wellbeing | brain health | fingerprint | - | | family:I editor
certain individuals | some people | ambiguous | - | | mined editor family:I sites=1
certainty interim | confidence interval | fingerprint | n | | family:I editor
certainty span | confidence interval | fingerprint | n | | family:I editor
cervical malignancy | cervical cancer | fingerprint | - | | family:I editor
chance components | risk factors | fingerprint | - | | family:I editor
chances proportion | odds ratio | fingerprint | n | | family:I editor
characteristic assets | natural resources | fingerprint | - | | family:I editor
characteristic calamities | natural disasters | fingerprint | - | | family:I editor
characteristic cures | natural remedies | fingerprint | - | | family:I editor
characteristic determination | natural selection | fingerprint | - | | family:I editor
characteristic gas | natural gas | fingerprint | - | | family:I editor
characteristic insusceptibility | natural immunity | fingerprint | - | | family:I editor
characteristic item | natural product | fingerprint | n | | mined editor family:I
characteristic language handling | natural language processing | fingerprint | - | | family:I editor
characteristic language preparing | natural language processing | fingerprint | - | | family:I editor
characteristic living space | natural habitat | fingerprint | n | | family:I editor
check whether | see if | ambiguous | - | | dev:I
chemical imbalance | autism | ambiguous | - | !near=depression,serotonin,misery,gloom,discouragement,antidepressant,antidepressants,neurotransmitter,neurotransmitters,dopamine,mood,sadness,despondency,wretchedness,psychiatry,psychiatric,bipolar,schizophrenia,hormonal,hormone,hormones | family:I editor
chemical imbalance range issue | autism spectrum disorder | fingerprint | - | | family:I editor
chest torment | chest pain | fingerprint | - | | family:I editor
chief general | director general | ambiguous | - | next=of,tedros,ghebreyesus,dr,antonio or prev=who,organization,organisation,un,wto,iaea,unesco,unicef,nato,interpol | mined editor family:I sites=1
cholesterol-bringing down | cholesterol-lowering | fingerprint | - | | mined editor family:I sites=1
circling | orbiting | ambiguous | - | near=star,stars,planet,planets,sun,earth,moon,black,hole,holes,galaxy,galaxies,satellite,satellites,asteroid,comet,exoplanet,spacecraft,orbit,universe,cosmic,astronomers,telescope,supernova,dark,gap,opening | mined editor family:I
circulation system | bloodstream | ambiguous | - | prev=the,your,our,their,his,her,its | mined editor family:I
circulatory framework | circulatory system | fingerprint | n | | family:I editor
circulatory strain | blood pressure | fingerprint | - | | family:I editor
circulatory strain levels | blood pressure levels | fingerprint | - | | family:I editor
circumstances and end results | cause and effect | fingerprint | - | | family:I editor
circumstances and logical results | cause and effect | fingerprint | - | | family:I editor
city chamber | city council | fingerprint | - | | family:I editor
city hall leader | mayor | fingerprint | n | | family:I editor
clarified | explained | ambiguous | - | prev=he,she,they,who,professor,researcher,scientist,author,creator,analyst,specialist,expert | family:I editor
clarifies | explains | ambiguous | - | prev=he,she,who,professor,researcher,scientist,author,creator,analyst,specialist,expert,educator | family:I editor
clashing outcomes | conflicting results | fingerprint | - | | mined editor family:I sites=1
classification | category | ambiguous | - | near=tempest,tempests,storm,storms,hurricane,hurricanes,cyclone,cyclones,typhoon,typhoons | mined editor family:I
clean vitality | clean energy | fingerprint | - | | family:I editor
cleanliness | hygiene | ambiguous | - | prev=hand,good,personal,oral,sleep,food,respiratory | family:I editor
clergyman for | minister for | ambiguous | - | | mined editor family:I
clergyman of | minister of | ambiguous | - | next=antiquities,health,state,foreign,defence,defense,finance,education,environment,agriculture,tourism,culture,energy,trade,interior,justice,science,wellbeing | editor family:I sites=1
clients | users | ambiguous | - | prev=internet,web,social,media,app,facebook,twitter,instagram,tiktok,youtube,online,smartphone,phone,pda,computer,e-cigarette,cannabis,drug,tranquilize,sedate,marijuana,cocaine,heroin,statin,statins,aspirin,opioid,antidepressant | family:I editor
climate design | weather pattern | fingerprint | n | | mined editor family:I
climate estimating | weather forecasting | fingerprint | - | | editor family:I sites=1
climate guaging | weather forecasting | fingerprint | - | | editor family:I sites=1
climate occasion | weather event | fingerprint | - | | family:I editor
climate occasions | weather events | fingerprint | - | | family:I editor
clinical consideration | medical care | fingerprint | - | | family:I editor
clinical crisis | medical emergency | fingerprint | n | | family:I editor
clinical diary | medical journal | fingerprint | - | | family:I editor
clinical discouragement | clinical depression | fingerprint | - | | family:I editor
clinical exhortation | medical advice | fingerprint | - | | family:I editor
clinical gadgets | medical devices | fingerprint | - | | family:I editor
clinical gear | medical equipment | fingerprint | - | | family:I editor
clinical hardware | medical equipment | fingerprint | - | | family:I editor
clinical history | medical history | ambiguous | - | | mined editor family:I sites=1
clinical maryjane | medical marijuana | fingerprint | - | | family:I editor
clinical misery | clinical depression | fingerprint | - | | family:I editor
clinical pot | medical marijuana | fingerprint | - | | family:I editor
clinical preliminaries | clinical trials | fingerprint | - |  | editor family:I
clinical preliminary | clinical trial | fingerprint | n | | family:I editor
clinical veils | medical masks | fingerprint | - | | family:I editor
clinical weed | medical marijuana | fingerprint | - | | family:I editor
close earth object | near Earth object | fingerprint | n | | mined editor family:I sites=1
close infrared | near-infrared | fingerprint | - | | mined editor family:I sites=1
close to home defensive gear | personal protective equipment | fingerprint | - | | family:I editor
close to home defensive hardware | personal protective equipment | fingerprint | - | | family:I editor
close-to-home | emotional | ambiguous | - | near=physical,actual,mental,psychological,issues,problems,health,wellbeing,support | mined editor family:I
cloud backwoods | cloud forests | fingerprint | - | | mined editor family:I
co-creator | co-author | fingerprint | n | | family:I editor
co-drove | co-led | ambiguous | - | | mined editor family:I
co-horrible | co-morbid | fingerprint | - | | mined editor family:I sites=1
coal-terminated | coal-fired | fingerprint | - | | family:I editor
coating cells | lining cells | fingerprint | - |  | mined editor family:I
collaborator educator | assistant professor | fingerprint | n |  | mined editor family:I
colleague educator | associate professor | fingerprint | n | | family:I editor
college understudies | university students | fingerprint | - | | dev:I
colon malignancy | colon cancer | fingerprint | - | | family:I editor
colorectal malignancy | colorectal cancer | fingerprint | - | | family:I editor
combination reactor | fusion reactor | fingerprint | n | | family:I editor
combination vitality | fusion energy | fingerprint | - | | family:I editor
common calamities | natural disasters | fingerprint | - | | family:I editor
common insusceptibility | natural immunity | fingerprint | - | | family:I editor
common language handling | natural language processing | fingerprint | - | | family:I editor
common language preparing | natural language processing | fingerprint | - | | family:I editor
commotion contamination | noise pollution | fingerprint | - | | family:I editor
communicate | transmit | ambiguous | v | next=covid-19,covid,coronavirus,infection,infections,virus,viruses,disease,diseases,illness,illnesses,malady,maladies,pathogen,pathogens,bacteria,microorganisms,sickness,sicknesses | family:I editor
communicate the infection | transmit the virus | fingerprint | v | | family:I editor
communities for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
communities for malady control | Centers for Disease Control | fingerprint | - | | family:I editor
communities for sickness control | Centers for Disease Control | fingerprint | - | | family:I editor
companion audited | peer-reviewed | fingerprint | - | | family:I editor
companion checked on | peer-reviewed | fingerprint | - | !prev=a,my,his,her,their,our,your | family:I editor
companion evaluated | peer-reviewed | fingerprint | - | | family:I editor
companion examination | cohort study | fingerprint | n | | mined editor family:I sites=1
companion explored | peer-reviewed | fingerprint | - | | family:I editor
companion looked into | peer-reviewed | fingerprint | - | !prev=a,my,his,her,their,our,your | family:I editor
companion surveyed | peer-reviewed | fingerprint | - | | family:I editor
companions | friends | ambiguous | - | | family:I editor
comparative | similar | ambiguous | - | !next=study,studies,analysis,analyses,investigation,investigations,review,research,examination,advantage,advantages,effectiveness,genomics,anatomy,biology,method,methods,approach,literature,law,politics,economics,survey,purposes,data,figures,statistics,assessment,evaluation,psychology,linguistics | mined editor family:I sites=2
comparing creator | corresponding author | fingerprint | n | | family:I editor
compelling temperatures | extreme temperatures | fingerprint | - | | mined editor family:I sites=1
complete overshadowing | total eclipse | ambiguous | - | near=moon,lunar,sun,solar,eclipse,umbra,penumbra,totality,obscuration,shroud | mined editor family:I sites=1
completely immunized | fully vaccinated | fingerprint | - | | family:I editor
completely inoculated | fully vaccinated | fingerprint | - | | family:I editor
completely perceived | fully understood | fingerprint | - | | mined editor family:I sites=1
complexities | complications | ambiguous | - | near=disease,diseases,illness,illnesses,infection,infections,virus,patient,patients,covid*,coronavirus,malady,sickness,surgery,pregnancy,health,medical,diabetes,flu,risk,hazard | mined editor family:I
composed | wrote | ambiguous | - | prev=authors,creators,analysts,researchers,scientists,they,we,team,he,she | family:I editor
compound and physical | chemical and physical | fingerprint | - | | mined editor family:I
compound biology | chemical ecology | fingerprint | - | | mined editor family:I
compound examination | chemical analysis | ambiguous | - | | mined editor family:I sites=1
compound flag-bearer | chemical messenger | fingerprint | n |  | mined editor family:I
compound manures | chemical fertilizers | fingerprint | - | | family:I editor
compound response | chemical reaction | ambiguous | n | | family:I editor
comprehend | understand | ambiguous | v | | family:I editor
comprehensively characterized | broadly defined | fingerprint | - | | mined editor family:I
comprise of | consist of | ambiguous | - | | mined editor family:I sites=1
comprises of | consists of | ambiguous | - | | mined editor family:I sites=2
comprising of | consisting of | ambiguous | - | | editor family:I sites=1
compromised species | threatened species | fingerprint | - | | family:I editor
compromised with termination | threatened with extinction | fingerprint | - | | family:I editor
computational intricacy | computational complexity | fingerprint | - | | mined editor family:I
computer based intelligence | AI | fingerprint | - | | family:I editor
computer games | video games | ambiguous | n | | dev:I editor
computer generated reality | virtual reality | fingerprint | - | | family:I editor
computerized | digital | ambiguous | - | !next=tomography,axial | family:I editor
computerized reasoning | artificial intelligence | fingerprint | - | | family:I editor
conceded to | admitted to | ambiguous | - | next=hospital,hospitals,emergency,intensive,icu,clinic,medical,concentrated,escalated | family:I editor
conceded to emergency clinic | admitted to hospital | fingerprint | - | | family:I editor
conceded to medical clinic | admitted to hospital | fingerprint | - | | family:I editor
conceivable | possible | ambiguous | - | | family:I editor
conceivably | possibly | ambiguous | - |  | mined editor family:I
conceivably disastrous | potentially catastrophic | fingerprint | - | | mined editor family:I
conceivably hazardous | potentially hazardous | fingerprint | - | | mined editor family:I sites=1
conceive an offspring | give birth | fingerprint | - | | family:I editor
conceived an offspring | gave birth | fingerprint | - | | family:I editor
conceives an offspring | gives birth | fingerprint | - | | family:I editor
conceiving an offspring | giving birth | fingerprint | - | | family:I editor
concentrate | study | ambiguous | - | prev=the,a,this,that,new,recent,ongoing,latest,earlier,previous,current,their,our,his,her,whole,entire,small,large,big | family:I editor
concentrate on creator | study author | fingerprint | n | | mined editor family:I
concentrated care unit | intensive care unit | fingerprint | n | | mined editor family:I
concentrated consideration | intensive care | fingerprint | - | | family:I editor
concentrated consideration unit | intensive care unit | fingerprint | n | | family:I editor
concentrates | studies | ambiguous | - | prev=other,previous,several,many,some,these,those,recent,ongoing,earlier,past,animal,human,two,few,numerous,various,different,such | family:I editor
conception prevention pill | birth control pill | fingerprint | - | | family:I editor
conception prevention pills | birth control pills | fingerprint | - | | family:I editor
concoction composts | chemical fertilizers | fingerprint | - | | editor family:I sites=1
concoction compound | chemical compound | fingerprint | n | | mined editor family:I
concoction mixes | chemical compounds | fingerprint | - | | mined editor family:I sites=1
concoction organization | chemical composition | fingerprint | - | | mined editor family:I sites=1
concoction response | chemical reaction | fingerprint | n | | mined editor family:I
concur | agree | ambiguous | v | | family:I editor
conduct | behavior | ambiguous | - | prev=human,animal,social,risky,unsafe,suicidal,sexual,eating,their,his,her,our,its,such,healthy,solid,sound,unhealthy,undesirable,self-destructive,aggressive,violent,antisocial,addictive,problem,online,rest !next=of,research,studies,study,trials,tests,interviews,surveys,experiments | family:I editor
confounded reasoning | confused thinking | fingerprint | - |  | mined editor family:I
confounding components | confounding factors | fingerprint | - | | family:I editor
considerate | benign | ambiguous | - | near=tumor,tumors,tumour,tumours,malignant,malignancy,cancerous,growth,growths,lump,lumps,cyst,cysts | mined editor family:I
considerate tumor | benign tumor | fingerprint | n |  | mined editor family:I
consideration | attention | ambiguous | - | prev=pay,paying,paid,pays,more,public,media,special,much,little,increased,close,greater,medical,immediate | dev:I
consideration home | care home | fingerprint | - | | family:I editor
consideration homes | care homes | fingerprint | - | | family:I editor
consideration shortage | attention deficit | fingerprint | - | | family:I editor
consistently | every year | ambiguous | - | prev=die,died,dies,killed,kill,kills,prematurely,people,individuals,deaths,passings,cases,million,millions,thousands,billion,occur,occurs,affects,affected,infected,diagnosed | dev:I
constant | chronic | ambiguous | - | next=well,health,conditions,condition,disease,diseases,illness,illnesses,kidney,liver,lung,obstructive,fatigue,inflammation,malady,sickness | mined editor family:I
constant liver illness | chronic liver disease | fingerprint | - |  | mined editor family:I
constant liver sickness | chronic liver disease | fingerprint | - |  | mined editor family:I
constant medical issue | chronic health condition | fingerprint | n |  | mined editor family:I
constant sensation of | persistent feeling of | fingerprint | - |  | mined editor family:I
constant weakness disorder | chronic fatigue syndrome | fingerprint | - | | family:I editor
constituent school | Electoral College | fingerprint | - | | family:I editor
constrain | force | ambiguous | - | prev=the,a | mined editor family:I sites=1
consumes less calories | diets | ambiguous | - | prev=carb,carbs,fat,calorie,protein,low-carb,low-fat,keto,ketogenic,vegan,vegetarian,fad,crash,plant-based,healthy,solid,sound,these,such,other,popular,restrictive,mediterranean,atkins | mined editor family:I
contact focal points | contact lenses | fingerprint | - | | mined editor family:I
contact following | contact tracing | fingerprint | - | | family:I editor
contaminated | infected | ambiguous | - | near=virus,covid*,coronavirus,infection,people,patients,individuals,tested,positive !near=water,food,soil | family:I family:A editor
contamination | pollution | ambiguous | - | near=air,water,plastic,emissions,emanations,ecological,environmental,climate,smog,fuels,energizes,carbon | dev:I editor
contaminations | infections | ambiguous | - | !near=air,water,plastic,emissions,emanations,ecological,environmental,climate,smog,fuels,carbon,airborne,particles,particulate,soil,chemical,chemicals,metal,metals,lead,arsenic,mercury,microbial,sample,samples,food,laboratory,lab,infinitesimal,noticeable | mined editor family:I sites=2
contemplate co-creator | study co-author | fingerprint | n | | mined editor family:I sites=1
contemplate creator | study author | fingerprint | n | | family:I editor
contemplates | studies | ambiguous | - | | family:I editor
contemplation | meditation | ambiguous | - | near=mindfulness,care,misery,restlessness,anxiety,uneasiness,tension,depression,melancholy,stress,yoga,breathing,practice,relaxation,unwinding | mined editor family:I
contemplations | thoughts | ambiguous | - | | family:I editor
contrasted | compared | ambiguous | - | !prev=sharply,starkly,strikingly,markedly | mined editor family:I sites=3
contrasted and | compared with | fingerprint | - | | family:I editor
contrasted with | compared with | ambiguous | - | | family:I editor
contrastingly | differently | ambiguous | - |  | mined editor family:I
contributing variable | contributing factor | fingerprint | n |  | mined editor family:I
control bunch | control group | fingerprint | n | | family:I editor
control estimates | control measures | fingerprint | - | | family:I editor
control gathering | control group | fingerprint | n | | family:I editor
controlled preliminary | controlled trial | fingerprint | n | | family:I editor
conveying the awful news | delivering the bad news | fingerprint | - | | editor family:I sites=1
coordinated effort | collaboration | ambiguous | n | | family:I editor
copies unit | burns unit | fingerprint | - | | mined editor family:I
coral fading | coral bleaching | fingerprint | - | | family:I editor
coronary conduit | coronary artery | fingerprint | n | | editor family:I sites=1
coronary conduit infection | coronary artery disease | fingerprint | - | | editor family:I
coronary corridor | coronary artery | fingerprint | n | | editor family:I sites=2
coronary course malady | coronary artery disease | fingerprint | - | | editor family:I
coronary episode | heart attack | fingerprint | n | | editor family:I
coronary failure | heart attack | fingerprint | n | | family:I editor
coronary illness | heart disease | fingerprint | - | | family:I editor
coronary illness and a few tumors | heart disease and some cancers | fingerprint | - |  | mined editor family:I
coronary supply routes | coronary arteries | fingerprint | - | | family:I editor
coronary vein ailment | coronary artery disease | fingerprint | n | | mined editor family:I sites=1
coronavirus contamination | coronavirus infection | fingerprint | - | | family:I editor
coronavirus contaminations | coronavirus infections | fingerprint | - | | family:I editor
corpulence | obesity | fingerprint | - | | dev:I editor
corpulent | obese | fingerprint | - | | family:I editor
correct lung | right lung | fingerprint | - |  | mined editor family:I
correspondence between cells | communication between cells | fingerprint | - | | mined editor family:I
corrosive downpour | acid rain | fingerprint | - | | family:I editor
cosmic system | galaxy | fingerprint | - | | family:I editor
cosmic systems | galaxies | fingerprint | - | | family:I editor
counter acting agent | antibody | fingerprint | - | | family:I editor
counter acting agents | antibodies | fingerprint | - | | family:I editor
counteraction | prevention | ambiguous | - |  | mined editor family:I
counteraction endeavors | prevention efforts | fingerprint | - | | editor family:I sites=1
counteraction programs | prevention programs | fingerprint | - |  | mined editor family:I
counteractive action | prevention | fingerprint | - | !prev=take,takes,took,taken,taking,swift,immediate,quick,any,no,some,decisive,urgent | mined editor family:I sites=1
counteractive action and the executives | prevention and management | fingerprint | - | | mined editor family:I sites=1
counterfeit consciousness | artificial intelligence | fingerprint | - | | family:I editor
counterfeit fixings | artificial ingredients | fingerprint | - | | mined editor family:I
counterfeit focal point | artificial lens | fingerprint | n | | mined editor family:I
counterfeit intelligence | artificial intelligence | fingerprint | - | | family:I editor
counterfeit knowledge | artificial intelligence | fingerprint | - | | family:I editor
counterfeit neural system | artificial neural network | fingerprint | n | | family:I editor
counterfeit news | fake news | fingerprint | - | | family:I editor
coursing white platelets | circulating white blood cells | fingerprint | - |  | mined editor family:I
covalently fortified | covalently bonded | fingerprint | - | | mined editor family:I sites=1
cover commands | mask mandates | fingerprint | - | | family:I editor
cover set up | shelter in place | fingerprint | - | | family:I editor
cover wearing | mask wearing | fingerprint | - | | family:I editor
covers | masks | ambiguous | - | near=face,facial,wear,wearing,worn,covid*,coronavirus,virus,veils,mouth,nose,careful,surgical,cloth,material,masks,mask,non-clinical,scarves,handkerchiefs,distancing,separating | dev:I
crabbiness | irritability | ambiguous | - |  | mined editor family:I
crabby inside disorder | irritable bowel syndrome | fingerprint | - | | family:I editor
create | develop | ambiguous | v | next=clinical,depression,despondency,dejection,melancholy,gloom,wretchedness,misery,diabetes,cancer,malignancy,dementia,alzheimer's,coronary,symptoms,indications,persistent,constant,ongoing,incessant,chronic,interminable,heart,liver,kidney,lung,breast,bosom,obesity,corpulence,stoutness,asthma,allergies,hypertension,infections,contaminations,complications | mined editor family:I
create clinical | develop clinical | fingerprint | - |  | mined editor family:I
created antibodies | developed antibodies | ambiguous | - | | mined editor family:I
created world | developed world | ambiguous | - | prev=the | editor family:I sites=1
creating incipient organism | developing embryo | fingerprint | n | | mined editor family:I
creating nations | developing countries | fingerprint | - | | family:I editor
creating world | developing world | fingerprint | - | | family:I editor
creator | author | ambiguous | - | prev=first,lead,senior,corresponding,study,the,an,review or near=study,examination,diary,journal,distributed,paper,review,survey,report,concentrate | dev:I
creators | authors | ambiguous | - | near=study,examination,diary,journal,distributed,paper,review,survey,report | family:I editor
creature | animal | ambiguous | - | next=models,model,studies,study,research,exploration,examination,welfare,species,testing,experiments,tests,products,protein,proteins,husbandry,health,wellbeing,kingdom,source,sources,feed,rights,behavior,conduct,cells,trials,preliminaries,fats,fat,agriculture,farming,markets,market,bites,hosts,host,reservoirs,reservoir,populations,populace,data,information,contemplates,examinations,investigations | family:I editor
creature contemplates | animal studies | fingerprint | - | | family:I editor
creature models | animal models | fingerprint | - | | family:I editor
creature physiology | animal physiology | fingerprint | - | | mined editor family:I
creature subjects | animal subjects | fingerprint | - | | mined editor family:I sites=1
creatures | animals | ambiguous | - | !prev=sea,marine,deep-sea,mythical,mythological,living,strange,tiny,small,little,magical,fantastical,fictional,alien,legendary,imaginary,god's,all,fellow,social,nocturnal,habit | family:I editor
creatures of land and water | amphibians | fingerprint | - | | family:I editor
creepy crawlies | insects | ambiguous | - | | family:I editor
creepy crawly assaults | insect attacks | fingerprint | - | | mined editor family:I
crisis administrations | emergency services | fingerprint | - | | family:I editor
crisis division | emergency department | fingerprint | n | | family:I editor
crisis doctor | emergency physician | fingerprint | n | | family:I editor
crisis endorsement | emergency approval | fingerprint | - | | family:I editor
crisis office | emergency department | ambiguous | n | | mined editor family:I
crisis responders | emergency responders | fingerprint | - | | family:I editor
crisis room | emergency room | fingerprint | n | | family:I editor
crisis the executives | emergency management | fingerprint | - | | family:I editor
crisis use approval | emergency use authorization | fingerprint | - | | family:I editor
crisis use authorization | emergency use authorization | fingerprint | - | | family:I editor
crisis utilize approval | emergency use authorization | fingerprint | - | | family:I editor
crisply sown | freshly sown | fingerprint | - | | editor family:I sites=1
critical to take note of | important to note | fingerprint | - | | mined editor family:I sites=1
crosswise over | across | fingerprint | - | | family:I editor
crowd insusceptibility | herd immunity | fingerprint | - | | family:I editor
crowd invulnerability | herd immunity | fingerprint | - | | family:I editor
crumpled star | collapsed star | fingerprint | n | | mined editor family:I
crusade | campaign | ambiguous | n | | family:I editor
ct filters | CT scans | fingerprint | - | | family:I editor
curved world | elliptical galaxy | fingerprint | n | | mined editor family:I
custodian of | curator of | ambiguous | - | next=dinosaurs,paleontology,palaeontology,vertebrate,vertebrates,invertebrate,invertebrates,mammals,birds,reptiles,fossils,fishes,fish,insects,entomology,herpetology,ornithology,anthropology,archaeology,botany,geology,minerals,meteorites,collections | mined editor family:I
custom made | homemade | ambiguous | - | | dev:I editor
customary chinese medication | traditional Chinese medicine | fingerprint | - | | mined editor family:I
cutting edge laborers | frontline workers | fingerprint | - | | family:I editor
dainty needles | thin needles | fingerprint | - | | mined editor family:I
dana-farber disease establishment | Dana-Farber Cancer Institute | fingerprint | - | | mined editor family:I sites=1
dana-farber malignant growth establishment | Dana-Farber Cancer Institute | fingerprint | - | | family:I editor
danger | risk | ambiguous | n | next=of,for,factor,factors,variable,variables or prev=expanded,increased,higher,lower,greater,more,less,diminished,decreased,reduced,elevated,health,wellbeing | mined editor family:I sites=5 family:K
danger of building up | risk of developing | ambiguous | - | | mined editor family:I sites=1
danger variable | risk factor | fingerprint | n | | mined editor family:I sites=1
dangerous development | cancerous growth | ambiguous | - | near=cancer,malignancy,tumor,tumors,breast,bosom,cells,lymph,metastasis,disease | mined editor family:I
dark gap | black hole | fingerprint | n | | family:I editor
dark issue | dark matter | fingerprint | - | | family:I editor
dark opening | black hole | fingerprint | n | | family:I editor
dark vitality | dark energy | fingerprint | - | | family:I editor
dawns and nightfalls | sunrises and sunsets | fingerprint | - | | mined editor family:I sites=1
day by day | daily | ambiguous | - | | family:I editor
day to day existence | daily life | fingerprint | - |  | mined editor family:I
dazzlingly protected | exquisitely preserved | fingerprint | - | | mined editor family:I sites=1
dear companions | close friends | ambiguous | - | | editor family:I sites=1
debris trees | ash trees | fingerprint | - | | mined editor family:I
decent variety | diversity | ambiguous | - | | family:I editor
declare the revelation | announce the discovery | fingerprint | v | | editor family:I sites=1
decrease the danger of | reduce the risk of | fingerprint | v | | family:I editor
decrease the hazard of | reduce the risk of | fingerprint | v | | family:I editor
defenseless | vulnerable | ambiguous | - | | family:I editor
defenseless against | vulnerable to | ambiguous | - | | family:I editor
defensive hardware | protective equipment | fingerprint | - | | family:I editor
definite sorts of | certain types of | fingerprint | - |  | mined editor family:I
delayed introduction | prolonged exposure | fingerprint | - | | mined editor family:I
delegate testing | representative sampling | fingerprint | - | | editor family:I sites=1
delegated | classified as | ambiguous | - | prev=be,been,being,is,are,was,were !next=to,by,for,from,with,and,or,the,this,that,these,those,their,his,her,its,our,my,your,authority,power,powers,responsibility,responsibilities,task,tasks,duty,duties,role,roles,job,jobs,work | mined editor family:I sites=2
deliberate audit | systematic review | fingerprint | n | | family:I editor
deliberate redshift | measured redshift | fingerprint | n | | mined editor family:I
deliberate survey | systematic review | fingerprint | n | | family:I editor
demise | death | ambiguous | n | | family:A family:I editor
demise rate | death rate | fingerprint | n | | family:I editor
demonstrated | showed | ambiguous | - | prev=study,examination,investigation,research,exploration,results,discoveries,findings,data,information,analysis,it,which,that,this,they,tests,trials,preliminaries,contemplates,studies | family:I editor
demonstrative | diagnostic | ambiguous | - | next=test,tests,tool,tools,imaging,purposes,purpose,one,procedure,procedures,criteria,value,accuracy,method,methods,device,devices,marker,markers | mined editor family:I
dental embed | dental implant | fingerprint | n | | mined editor family:I
dependably | always | ambiguous | - | | mined editor family:I
depict | describe | ambiguous | v | | family:I editor
depicted the outcome | described the result | ambiguous | - | | mined editor family:I sites=1
dermal fix | dermal patch | fingerprint | n | | mined editor family:I
design acknowledgment | pattern recognition | fingerprint | - | | family:I editor
designated natural treatment | targeted biological therapy | fingerprint | - |  | mined editor family:I
designing control | engineering discipline | fingerprint | n | | mined editor family:I
despise discourse | hate speech | fingerprint | - | | family:I editor
despise wrongdoings | hate crimes | fingerprint | - | | family:I editor
despite everything | still | ambiguous | - | prev=is,are,was,were,be,been,can,could,may,might,will,would,should,must,had,have,has,it's,they're,we're | family:I editor
despite the fact that | although | ambiguous | - | | family:I editor
despite what might be expected | on the contrary | ambiguous | - | | family:I editor
despondency | depression | ambiguous | - | | family:I editor
destitution | poverty | ambiguous | - | | family:I editor
detailed | reported | ambiguous | - | next=that | family:I editor
determined to have | diagnosed with | ambiguous | - | !next=been,violated,acted,broken,committed,caused,had,made,used,lied,taken,done,a,an,the,no,some,any,more,less,occurred,died,originated,come,started,her,his,their,its,our,my,your,fun,it,children,kids,youngsters | family:I editor
detest discourse | hate speech | fingerprint | - | | family:I editor
detest violations | hate crimes | fingerprint | - | | family:I editor
detest wrongdoings | hate crimes | fingerprint | - | | family:I editor
developing intricacy | growing complexity | fingerprint | - | | mined editor family:I sites=1
developing quantities of | growing numbers of | fingerprint | - | | editor family:I sites=1
development chemical | growth hormone | fingerprint | n | | mined editor family:I sites=1
devouring | consuming | ambiguous | - | next=the,meat,alcohol,liquor,food,foods,nourishment,sugar,salt,more,less,fewer,large,high,red,processed,fruit,fruits,vegetables,eggs,fish,coffee,espresso,milk,dairy,drinks,beverages,calories,sugary,too,excessive,moderate | mined editor family:I sites=2
diabetes the executives | diabetes management | fingerprint | - | | family:I editor
diary | journal | ambiguous | n | near=distributed,published,study,examination,investigation,exploration,research,discoveries,findings,paper,analysts,researchers,scientists | dev:I editor family:S
diastolic weight | diastolic pressure | fingerprint | - | | mined editor family:I sites=1
did not have the foggiest idea | did not know | fingerprint | - | | family:I editor
didn't have the foggiest idea | didn't know | fingerprint | - | | family:I editor
dietary admission | dietary intake | fingerprint | - | | family:I editor
dietary enhancements | dietary supplements | fingerprint | - | | family:I editor
dietary problems | eating disorders | ambiguous | - | near=anorexia,bulimia,body,image,mental,emotional,psychological,wellness,wellbeing,binge,gorge,teens,adolescents,teenagers,girls,young,youthful | family:I editor
dietary scatters | eating disorders | fingerprint | - | | family:I editor
different myeloma | multiple myeloma | fingerprint | - | | editor family:I sites=1
different pieces of the | other parts of the | fingerprint | - |  | mined editor family:I
different sclerosis | multiple sclerosis | fingerprint | - | | family:I editor
differs from one spot to another | varies from place to place | fingerprint | - | | mined editor family:I
digital assault | cyberattack | fingerprint | n | | family:I editor
digital assaults | cyberattacks | fingerprint | - | | family:I editor
digital crooks | cybercriminals | fingerprint | - | | family:I editor
digital hoodlums | cybercriminals | fingerprint | - | | family:I editor
digital wrongdoing | cybercrime | fingerprint | - | | family:I editor
dim buddy | dark companion | fingerprint | n | | mined editor family:I
dim issue | dark matter | fingerprint | - | | family:I editor
dim matter | dark matter | fingerprint | - | | mined editor family:I sites=1
dim vitality | dark energy | fingerprint | - | | family:I editor
diminish | reduce | ambiguous | v | | family:I editor
diminish aggravation | reduce inflammation | fingerprint | v | | editor family:I
diminish the danger of | reduce the risk of | fingerprint | v | | family:I editor
diminish the hazard of | reduce the risk of | fingerprint | v | | family:I editor
diminished danger | reduced risk | fingerprint | - | | family:I editor
diminished hazard | reduced risk | fingerprint | - | | family:I editor
diminishment | reduction | ambiguous | n | | mined editor family:I sites=1
diminutive person planet | dwarf planet | fingerprint | n | | mined editor family:I sites=1
direct relapse | linear regression | fingerprint | - | | family:I editor
dirtied air | polluted air | fingerprint | - | | dev:I
disarranges | disorders | ambiguous | - | | editor family:I
discharged | released | ambiguous | - | next=the,their,its,findings,discoveries,data,results,information | dev:I
discharged the picture | released the image | fingerprint | - | | mined editor family:I sites=1
discharges | emissions | ambiguous | - | prev=carbon,gas,greenhouse,co2,methane,fuel,vehicle,nursery,substance,industrial,global,annual,yearly,total,net,reduce,cut,cutting,lower,lowering,diminish,decrease,lessen | family:I editor
disclosed to | told | ambiguous | - | prev=he,she,they,we,i,who | dev:I
disclosure | discovery | ambiguous | - | near=astronomers,space,galaxy,galaxies,planet,planets,star,stars,telescope,fossil,fossils,species,scientists,researchers,analysts,universe,worlds !near=conflict,conflicts,interest,interests,funding,financial,privacy,documents,records | mined editor family:I
disclosure group | discovery team | fingerprint | n | | mined editor family:I
discontinuous fasting | intermittent fasting | fingerprint | - | | family:I editor
discouragement | depression | ambiguous | - | | family:I editor
discourse acknowledgment | speech recognition | fingerprint | - | | family:I editor
discourse treatment | speech therapy | fingerprint | - | | family:I editor
discovered | found | ambiguous | - | next=that | family:I editor
discoveries | findings | ambiguous | - | near=study,examination,investigation,research,analysts,distributed,published,diary,journal,exploration,specialists,scientists,researchers | dev:I editor
discoveries are distributed | findings are published | fingerprint | - | | family:I editor
discoveries propose | findings suggest | fingerprint | - | | family:I editor
discoveries recommend | findings suggest | fingerprint | - | | family:I editor
discoveries were distributed | findings were published | fingerprint | - | | family:I editor
discretionary school | Electoral College | fingerprint | - | | family:I editor
disease cell | cancer cell | fingerprint | n | | mined editor family:I sites=2
disease control and avoidance | Disease Control and Prevention | fingerprint | - | | family:I editor
disease control and counteraction | Disease Control and Prevention | fingerprint | - | | family:I editor
disease transmission expert | epidemiologist | fingerprint | n | | mined editor family:I sites=1
disease transmission specialist | epidemiologist | fingerprint | n | | family:I editor
dismalness | morbidity | ambiguous | - | | family:I editor
dispatch | launch | ambiguous | - | near=rocket,rockets,satellite,satellites,spacecraft,nasa,telescope,probe,orbit,orbiter,lander,rover,esa,spacex,mars,moon,lunar,space,capsule | family:I editor
dispatch cushion | launch pad | fingerprint | n | | family:I editor
dispatched | launched | ambiguous | - | near=rocket,rockets,satellite,satellites,spacecraft,nasa,telescope,probe,orbit,orbiter,lander,rover,esa,spacex,mars,moon,lunar,space,capsule | family:I editor
disposition scatters | mood disorders | fingerprint | - | | family:I editor
disposition swings | mood swings | fingerprint | - | | family:I editor
dissect | analyze | ambiguous | v | | family:I editor
dissolve | melt | ambiguous | v | near=ice,glacier,glaciers,glacial,snow,permafrost,sheet,sheets,arctic,antarctic,antarctica,greenland,sea,ocean,masses | mined editor family:I
dissolving icy masses | melting glaciers | fingerprint | - | | family:I editor
distinguish | identify | ambiguous | v | !next=between,from,themselves,itself,them !prev=a,an,the,most,highly,very,his,her,their | family:I editor
distinguished a connection | identified a link | fingerprint | - | | mined editor family:I sites=1
distinguishing proof | identification | fingerprint | - | | mined editor family:I sites=1
distributed | published | ambiguous | - | prev=report,study,examination,investigation,exploration,paper,papers,review,article,research or next=monday,tuesday,wednesday,thursday,friday,saturday,sunday,online | mined editor family:I
distributed a paper | published a paper | ambiguous | - | | mined editor family:I sites=1
distributed in | published in | ambiguous | - | near=diary,journal,study,examination,investigation,exploration,research,discoveries,findings,paper | dev:I editor
distributed in the diary | published in the journal | fingerprint | - | | dev:I editor
distributed on the web | published online | fingerprint | - | | family:I editor
distributed the primary | published the first | fingerprint | - | | mined editor family:I sites=1
dividers | walls | ambiguous | - | prev=antiquated,ancient,stone,brick,concrete,inner,outer,thick,cell,its,their,cave,tomb,chamber | mined editor family:I
divine item | celestial object | fingerprint | n | | mined editor family:I sites=1
division of brain research | department of psychology | fingerprint | - | | family:I editor
division of wellbeing | Department of Health | fingerprint | - | | family:I editor
dna examples | DNA samples | fingerprint | - | | family:I editor
do not have the foggiest idea | do not know | fingerprint | - | | family:I editor
docosahexaenoic corrosive | docosahexaenoic acid | fingerprint | - | | editor family:I
doctor's facility | hospital | fingerprint | n | | mined editor family:I
doctoral up-and-comer | doctoral candidate | fingerprint | n | | family:I editor
doctors rehearsing | physicians practicing | fingerprint | - | | mined editor family:I sites=1
does not have the foggiest idea | does not know | fingerprint | - | | family:I editor
doesn't have the foggiest idea | doesn't know | fingerprint | - | | family:I editor
doled out upon entering the world | assigned at birth | fingerprint | - | | family:I editor
domesticated animals | livestock | ambiguous | - | | family:I editor
dominant part | majority | ambiguous | - | | family:I editor
don't have the foggiest idea | don't know | fingerprint | - | | family:I editor
dozing | sleeping | ambiguous | - |  | editor family:I
drawn out ailment | long-term medical condition | fingerprint | - | | editor family:I sites=1
drawn out consideration | long-term care | fingerprint | - | | family:I editor
drawn out danger | long-term risk | fingerprint | - | | family:I editor
drawn out hazard | long-term risk | fingerprint | - | | family:I editor
drawn out impacts | long-term effects | fingerprint | - | | family:I editor
drawn out results | long-term outcomes | fingerprint | - | | family:I editor
drawn out wellbeing | long-term health | fingerprint | - | | family:I editor
dreading | fearing | ambiguous | - | | dev:I
drew nearer | approached | ambiguous | - | next=the,a,an,their,his,her,its,them,him | mined editor family:I
driver of incapacity | cause of disability | fingerprint | - |  | mined editor family:I
driving separation | driving distance | fingerprint | - | | mined editor family:I sites=1
driving speculation | leading hypothesis | fingerprint | - | | mined editor family:I sites=1
drove by | led by | ambiguous | - | prev=study,studies,team,teams,research,investigation,investigations,examination,review,project,projects,mission,effort,efforts,group,groups,analysis,trial,trials,survey,consortium,campaign,initiative,work,collaboration,researchers,scientists,analysts,specialists | mined editor family:I sites=1
dry hack | dry cough | fingerprint | - | | family:I editor
dry spell | drought | ambiguous | n | | family:I editor
duck-charged | duck-billed | fingerprint | - | | mined editor family:I sites=1
due to a limited extent to | due in part to | fingerprint | - | | family:I editor
dull issue | dark matter | fingerprint | - | | family:I editor
dull vitality | dark energy | fingerprint | - | | family:I editor
during the time spent | in the process of | ambiguous | - | !next=in,at,on,with,by,there,here,together,away,outside,inside,waiting,abroad,alone,apart,doing,working,playing,looking,searching,sitting,living | mined editor family:I sites=1
dynamic cases | active cases | fingerprint | - | | mined editor family:I sites=1
dynamic synthetic substances | active chemicals | fingerprint | - | | mined editor family:I
dysfunctional behavior | mental illness | ambiguous | n | | family:I editor
e-squander | e-waste | fingerprint | - | | family:I editor
each day | every day | ambiguous | - | | dev:I
early-cautioning | early-warning | fingerprint | - | | mined editor family:I sites=1
earthbound biodiversity | terrestrial biodiversity | fingerprint | - | | editor family:I sites=1
earthy colored | brown | fingerprint | - | | mined editor family:I
eateries | restaurants | ambiguous | - | !prev=and,or | mined editor family:I
eatery feasting | restaurant dining | fingerprint | - | | mined editor family:I
eating designs | eating patterns | fingerprint | - | | family:I editor
eating regimen | diet | fingerprint | - | | family:I editor
eating regimens | diets | fingerprint | - | | mined editor family:I sites=2
eating routine | diet | fingerprint | - | | family:I editor
ecological | environmental | ambiguous | - | | dev:I
ecological assurance | environmental protection | fingerprint | - | | family:I editor
ecological assurance office | Environmental Protection Agency | fingerprint | - | | family:I editor
ecological contaminations | environmental pollutants | fingerprint | - | | mined editor family:I sites=1
ecological hazard | environmental risk | fingerprint | - | | dev:I
ecological insurance office | Environmental Protection Agency | fingerprint | - | | family:I editor
ecological insurance organization | Environmental Protection Agency | fingerprint | - | | family:I editor
educational plan | curriculum | ambiguous | n | | family:I editor
educator | professor | ambiguous | n | next=of or near=university,college | family:I editor
educator of brain research | professor of psychology | fingerprint | - | | family:I editor
educator of financial matters | professor of economics | fingerprint | - | | family:I editor
educator of human science | professor of sociology | fingerprint | - | | family:I editor
educator of medication | professor of medicine | fingerprint | - | | family:I editor
educators | teachers | ambiguous | - | | family:I editor
effect cavity | impact crater | fingerprint | n | | family:I editor
effectively docked | successfully docked | ambiguous | - | | mined editor family:I
efficient audit | systematic review | ambiguous | n | | family:I editor
efficient survey | systematic review | fingerprint | n | | family:I editor
eicosapentaenoic corrosive | eicosapentaenoic acid | fingerprint | - | | editor family:I
ejection | eruption | ambiguous | n | near=volcano,volcanoes,volcanic,lava,magma | family:I editor
elective medication | alternative medicine | fingerprint | - | | mined editor family:I
elector extortion | voter fraud | fingerprint | - | | family:I editor
electrical and pc building | electrical and computer engineering | fingerprint | - | | family:I editor
electrically edgy | electrically excitable | fingerprint | - | | mined editor family:I
electron magnifying lens | electron microscope | fingerprint | n | | family:I editor
electronic squander | electronic waste | fingerprint | - | | family:I editor
elephant flying creatures | elephant birds | fingerprint | - | | mined editor family:I sites=1
emanations | emissions | fingerprint | - | | dev:I
emergency clinics | hospitals | ambiguous | - | | family:I editor
emergency the executives | crisis management | fingerprint | - | | family:I editor
emotional abatement | dramatic decrease | fingerprint | n | | family:I editor
emotional ascent | dramatic rise | fingerprint | n | | family:I editor
emotional increment | dramatic increase | fingerprint | n | | family:I editor
emotional well-being | mental health | ambiguous | - | | dev:I
emotional well-being issues | mental health problems | fingerprint | - | | family:I editor
emotional well-being messes | mental health disorders | fingerprint | - | | mined editor family:I sites=1
emotional wellbeing | mental health | ambiguous | - | | family:I editor
emotional wellness | mental health | fingerprint | - | | dev:I editor
emotional wellness conditions | mental health conditions | fingerprint | - | | family:I editor
emotional wellness issues | mental health problems | fingerprint | - | | family:I editor
emotional wellness results | mental health outcomes | fingerprint | - | | dev:I
emotionally supportive network | support system | fingerprint | n | | family:I editor
emphatically | dramatically | ambiguous | - | prev=increased,increase,increases,increasing,expanded,expand,expanding,rose,rise,rising,risen,grown,grew,grow,developed,dropped,drop,fell,fall,falling,changed,change,changing,improved,improve,reduced,decreased,declined,diminished,shifted,shift,lowered,slashed,altered,vary,varied,differ,differed | family:I editor
employment misfortunes | job losses | fingerprint | - | | family:I editor
employments | jobs | fingerprint | - | | family:I editor
empower | enable | ambiguous | v | next=the,them,us,researchers,scientists,doctors,patients,people,individuals,it | family:I editor
enactment vitality | activation energy | fingerprint | - | | mined editor family:I
encased inside a layer | enclosed within a membrane | fingerprint | - | | mined editor family:I sites=1
encompassing typical | surrounding normal | fingerprint | - |  | mined editor family:I
end up distinctly | become | fingerprint | - | | mined editor family:I sites=1
end up noticeably | become | fingerprint | - |  | mined editor family:I
endeavor to | try to | ambiguous | - | | family:I editor
endeavor to slaughter | attempt to kill | fingerprint | - |  | mined editor family:I
ending up noticeably | becoming | fingerprint | - | | mined editor family:I
endometrial malignancy | endometrial cancer | fingerprint | - | | family:I editor
endorsed the utilization of | approved the use of | fingerprint | - | | mined editor family:I sites=1
endurance rate | survival rate | fingerprint | n | | family:I editor
enduring and solid development | steady and strong growth | fingerprint | - | | mined editor family:I
energizes | fuels | ambiguous | - | prev=fossil,dirty,grimy,solid,petroleum | dev:I
enhancements | supplements | ambiguous | - | near=nutrient,nutrients,vitamin,vitamins,dietary,omega-3,fish,iron,calcium,zinc,magnesium,probiotic | family:I editor
enlisted | recruited | ambiguous | - | near=members,participants,partakers,volunteers,patients,study,examination,preliminary,adults,grown-ups,individuals | family:I editor
enormous detonation | Big Bang | fingerprint | - | | mined editor family:I
enormous hadron collider | Large Hadron Collider | fingerprint | - | | family:I editor
enormous information | big data | fingerprint | - | | family:I editor
enormous language models | large language models | fingerprint | - | | family:I editor
enormous social affairs | large gatherings | fingerprint | - | | family:I editor
enslavement | addiction | ambiguous | - | near=drug,drugs,tranquilize,sedate,opioid,opioids,narcotic,narcotics,alcohol,liquor,nicotine,smoking,gaming,internet,web,phone,phones,pda,cell,smartphone,smartphones,gambling,betting,sugar,food,nourishment,treatment,recovery,substance,heroin,cocaine,social,media,online,pornography | family:I editor
ensure | protect | ambiguous | - | next=themselves,yourself,yourselves,ourselves,himself,herself,itself,against,others,youngsters,kids | family:I editor
ensured | protected | ambiguous | - | next=themselves,yourself,yourselves,ourselves,himself,herself,itself,against,others,youngsters,kids | family:I editor
ensured creature | protected animal | fingerprint | n | | mined editor family:I sites=1
ensures | protects | ambiguous | - | next=themselves,yourself,yourselves,ourselves,himself,herself,itself,against,others,youngsters,kids | family:I editor
enthusiastic | emotional | ambiguous | - | next=health,wellbeing,well-being,wellness,support,distress,problems,issues,state,states,responses,response,regulation,abuse,needs,intelligence,toll,prosperity | family:I editor
enthusiastic articulation | emotional expression | fingerprint | - |  | mined editor family:I
enthusiastic wellbeing | emotional health | fingerprint | - | | mined editor family:I
entire grain | whole grain | fingerprint | - | | family:I editor
entombment | burial | ambiguous | - | next=shaft,shafts,chamber,chambers,site,sites,pit,pits,ground,grounds,practices,rituals,customs | mined editor family:I
entombment shaft | burial shaft | fingerprint | n | | mined editor family:I
environment misfortune | habitat loss | fingerprint | - | | family:I editor
environmental change | climate change | ambiguous | - | near=carbon,emission*,warming,greenhouse,fossil,temperature*,contamination,pollution,emanations | dev:I editor
environmentally friendly power | renewable energy | ambiguous | - | | family:I editor
epic coronavirus | novel coronavirus | fingerprint | - | | family:I editor
episode | outbreak | ambiguous | n | near=virus,disease,covid*,measles,ebola,infection,cases,contamination,illness,sickness,flu,influenza | family:I editor
escalated care | intensive care | fingerprint | - | | family:I editor
escalated mind unit | intensive care unit | fingerprint | n | | mined editor family:I
esophageal malignancy | esophageal cancer | fingerprint | - | | family:I editor
espresso admission | coffee intake | fingerprint | - | | family:I editor
essential and optional | primary and secondary | ambiguous | - | | mined editor family:I
essential profitability | primary productivity | fingerprint | - | | editor family:I sites=1
essentially | significantly | ambiguous | - | next=higher,lower,greater,more,less,fewer,increased,reduced,decreased,expanded,diminished,improved,better,worse,bigger,larger,smaller,raised,elevated | mined editor family:I sites=1
estimates | measures | ambiguous | - | prev=lockdown,control,preventive,protective,defensive,precautionary,safety,distancing,removing,separating,containment,drastic,mitigation,austerity,quarantine,stringent,draconian,tough,hygiene,cleanliness | family:I editor
estimations | measurements | ambiguous | - | | family:I editor
european drugs office | European Medicines Agency | fingerprint | - | | family:I editor
european medications office | European Medicines Agency | fingerprint | - | | family:I editor
european medications organization | European Medicines Agency | fingerprint | - | | family:I editor
evacuee camps | refugee camps | fingerprint | - | | family:I editor
evening time rest | nighttime sleep | fingerprint | - | | mined editor family:I sites=1
every one of the | all the | ambiguous | - | | family:I editor
every so often called | sometimes called | fingerprint | - | | mined editor family:I sites=1
everyday cases | daily cases | ambiguous | - | | mined editor family:I sites=1
everywhere throughout | all over | fingerprint | - | | family:I editor
evolved way of life | food chain | fingerprint | - | | family:I editor
evolving atmosphere | changing climate | ambiguous | - | !near=planet,planets,planetary,mars,venus,exoplanet,exoplanets,titan,jupiter,saturn,oxygen,gases,stars,star,galaxy | mined editor family:I sites=1
exactness | accuracy | ambiguous | - | | family:I editor
examination | study | ambiguous | - | prev=the,a,new,this,that,latest,recent,earlier,previous,their,our,his,her or next=distributed,published,found,discovered,proposes,recommends,indicated,showed,demonstrated,members,creators | family:I editor
examination regions | research areas | fingerprint | - | | mined editor family:I
examination's creators | study's authors | fingerprint | - | | family:I editor
examination's discoveries | study's findings | fingerprint | - | | family:I editor
examinations | studies | ambiguous | - | !prev=medical,physical,eye,clinical,school,entrance,final,exit,routine,annual,forensic,pelvic,breast,further,blood,post-mortem | family:I editor
except if | unless | ambiguous | - | | dev:I editor
exceptionally | very | ambiguous | - | | family:I editor
excess demises | overdose deaths | fingerprint | - | | family:I editor
excess passings | overdose deaths | fingerprint | - | | family:I editor
excessive touchiness response | hypersensitivity reaction | fingerprint | n | | editor family:I sites=1
excessively | too much | ambiguous | - | next=alcohol,liquor,salt,sugar,caffeine,espresso,coffee,sodium,stress,sun,sunlight,daylight,protein,meat,sleep,rest,weight,food,nourishment,sustenance,cholesterol,screen | mined editor family:I sites=1
excessively clamorous | too chaotic | fingerprint | - | | mined editor family:I sites=1
excessively moderate | too slow | fingerprint | - | | mined editor family:I sites=1
exchange bargain | trade deal | fingerprint | n | | family:I editor
exchange understanding | trade agreement | fingerprint | n | | family:I editor
exchange war | trade war | fingerprint | n | | family:I editor
executed | killed | ambiguous | - | next=one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,dozens,hundreds,thousands,millions,more,over,around,about,almost,nearly,at,individuals,people,persons,patients,children,kids,youngsters,adults,men,women,many,numerous,several,some !near=penalty,sentence,sentenced,prison,inmate,inmates,execution,executions,firing,squad,convicted,court,hanged,regime,militants,jihadists,soldiers,warrant,plan,order,strategy,program,programme,code | mined editor family:I
exemptions incorporate | exceptions include | fingerprint | - | | mined editor family:I sites=1
exercise based recuperation | physical therapy | fingerprint | - | | family:I editor
exhortation | advice | ambiguous | - | | family:I editor
exhorted | advised | ambiguous | v |  | editor family:I
exorbitant stress | excessive worry | fingerprint | - |  | mined editor family:I
exorbitant utilization of | excessive use of | fingerprint | - | | editor family:I sites=1
expand | increase | ambiguous | - | next=your,their,his,her,its,our,the near=danger,risk,hazard,gamble,chance,odds | mined editor family:I sites=1
expanded | increased | ambiguous | - | next=risk,hazard,danger,chance,levels,rates,use,utilization,demand,numbers,number,access,funding,production,screening,testing,awareness,exposure,by,to or prev=has,have,had,been,was,were,significantly,greatly,dramatically,essentially,fundamentally or next=their,his,her,its,your,our near=danger,risk,hazard,gamble,chance,odds | family:I editor
expanded reality | augmented reality | fingerprint | - | | family:I editor
expanding | increasing | ambiguous | - | next=number,numbers,rates,risk,levels,evidence,reports,use,concern,demand,pressure,burden,prevalence,incidence,hazard | family:I editor
expanding the pace of | increasing the rate of | fingerprint | - | | mined editor family:I
expands | increases | ambiguous | - | next=your,their,his,her,its,our,the near=danger,risk,hazard,gamble,chance,odds | family:I editor
expands the danger of | increases the risk of | fingerprint | - | | family:I editor
expands the hazard of | increases the risk of | fingerprint | - | | family:I editor
expel | remove | ambiguous | v | near=contaminants,contaminations,pollutants,poisons,toxins,waste,wastewater,sewage,impurities,bacteria,microbes,debris,particles,solids,sediment,water | mined editor family:I
experience the ill effects of | suffer from | fingerprint | v | | family:I editor
experienced childhood in | grew up in | ambiguous | - | | mined editor family:I sites=1
experienced conventional preparing | undergone formal training | fingerprint | - | | editor family:I sites=1
experiencing childhood in | growing up in | fingerprint | - | | mined editor family:I sites=1
expert clock | master clock | fingerprint | n | | mined editor family:I sites=1
explanations behind | reasons for | ambiguous | - | | mined editor family:I sites=1
explicit | specific | ambiguous | - | !near=sex*,content,lyrics,images,material,language,consent,warning | family:I editor
explicitly | specifically | ambiguous | - | | family:I editor
explicitly transmitted | sexually transmitted | fingerprint | - | | family:I editor
exploration | research | ambiguous | - | !near=space,mars,moon,lunar,ocean,oil,gas,mining,planet*,deep-sea,arctic,antarctic | family:I editor
expressed | said | ambiguous | - | prev=he,she,they,who,professor,dr,researcher,scientist,author,creator,spokesperson,spokesman,spokeswoman,analyst,specialist,expert !next=concern,concerns,interest,support,hope,doubt,doubts,alarm,surprise,disappointment,frustration,gratitude,regret,sympathy,optimism,skepticism,scepticism,reservations,dismay,fears,worry,worries,in,by | family:I editor
external piece | outer part | fingerprint | - |  | mined editor family:I
extra assurance | additional protection | fingerprint | - | | dev:I
extraordinary climate | extreme weather | fingerprint | - | | family:I editor
extraordinary climate occasions | extreme weather events | fingerprint | - |  | mined editor family:I
extraordinary compared to other | one of the best | fingerprint | - | | family:I editor
extraordinary warmth | extreme heat | ambiguous | - | | mined editor family:I sites=1
extreme | severe | ambiguous | - | next=illness,illnesses,disease,diseases,malady,maladies,sickness,symptoms,side,manifestations,indications,covid-19,covid,cases,case,complications,infection,infections,pneumonia,allergic,asthma,depression,anxiety,acute,intense,respiratory,outcomes,consequences,disability,dementia,headaches,cerebral,hack,cough | family:I editor
extreme ailment | severe illness | fingerprint | - | | family:I editor
extreme stoutness | severe obesity | fingerprint | - |  | mined editor family:I
extreme touchiness | hypersensitivity | fingerprint | - | | mined editor family:I sites=1
eye medical procedure | eye surgery | fingerprint | n | | editor family:I
fabricating forms | manufacturing processes | fingerprint | - | | editor family:I sites=1
face acknowledgment | face recognition | fingerprint | - | | family:I editor
face covers | face masks | ambiguous | - | | dev:I
face to face feasting | in-person dining | fingerprint | - | | mined editor family:I
face veil | face mask | ambiguous | - |  | mined editor family:I
face veils | face masks | ambiguous | - | | dev:I
facial acknowledgment | facial recognition | fingerprint | - | | family:I editor
factual examination | statistical analysis | fingerprint | - | | family:I editor
factual investigation | statistical analysis | fingerprint | - | | family:I editor
factual model | statistical model | fingerprint | n | | editor family:I sites=1
factual populace | statistical population | fingerprint | n | | editor family:I sites=1
factually critical | statistically significant | fingerprint | - | | family:I editor
factually huge | statistically significant | fingerprint | - | | family:I editor
factually noteworthy | statistically significant | fingerprint | - | | family:I editor
fake knowledge | artificial intelligence | fingerprint | - | | family:I editor
fake treatment | placebo | fingerprint | n | | family:I editor
fake treatment bunch | placebo group | fingerprint | n | | family:I editor
fake treatment gathering | placebo group | fingerprint | n | | family:I editor
falcon owl | hawk-owl | fingerprint | n | | mined editor family:I sites=1
family unit pay | household income | fingerprint | - | | family:I editor
family unit salary | household income | fingerprint | - | | family:I editor
family units | households | ambiguous | - | | family:I editor
fanatical habitual issue | obsessive-compulsive disorder | fingerprint | - | | family:I editor
fanatical urgent issue | obsessive-compulsive disorder | fingerprint | - | | family:I editor
far and wide | around the world | ambiguous | - | prev=testing,trials,people,individuals,countries,nations,cases,deaths | dev:I
far off metastasis | distant metastasis | fingerprint | - |  | mined editor family:I
farming | agriculture | ambiguous | - | | dev:I
farming ware | agricultural commodity | fingerprint | n | | mined editor family:I
fatal tempest | deadly storm | fingerprint | n | | mined editor family:I
fate of registering | future of computing | fingerprint | - | | mined editor family:I sites=1
fear based oppression | terrorism | fingerprint | - | | family:I editor
fear based oppressor | terrorist | fingerprint | n | | family:I editor
fear inspired notion | conspiracy theory | fingerprint | - | | family:I editor
fear inspired notions | conspiracy theories | fingerprint | - | | family:I editor
feasting | dining | ambiguous | - | prev=indoor,outdoor,on-premises,eatery,restaurant,in-person,face,private,public | mined editor family:I
feathered creatures | birds | ambiguous | - | | family:I editor
feature the job of | highlight the role of | fingerprint | v | | family:I editor
feature the need | highlight the need | fingerprint | v | | family:I editor
feature the significance of | highlight the importance of | fingerprint | v | | family:I editor
feeling of smell | sense of smell | fingerprint | - | | family:I editor
feeling of taste | sense of taste | fingerprint | - | | family:I editor
feelings of trepidation | fears | ambiguous | - | | mined editor family:I
feet separated | feet apart | ambiguous | - | | family:I editor
feline proprietor | cat owner | fingerprint | n | | mined editor family:I
felines | cats | ambiguous | - | | family:I editor
female barrenness | female infertility | fingerprint | - | | mined editor family:I
feminine periods | menstrual periods | fingerprint | - | | mined editor family:I sites=1
few out of every odd | not every | fingerprint | - | | family:I editor
fiber admission | fiber intake | fingerprint | - | | family:I editor
fierce blaze | wildfire | ambiguous | n | | family:I editor
fiery | inflammatory | ambiguous | - | near=immune,insusceptible,resistant,invulnerable,cells,blood,white,platelets,disease,malady,bowel,entrail,markers,cytokines,genes,qualities | mined editor family:I
fiery markers | inflammatory markers | fingerprint | - |  | editor family:I
fiery reaction | inflammatory response | fingerprint | n |  | mined editor family:I
figurings | calculations | ambiguous | - | | mined editor family:I
fills in as | serves as | fingerprint | - |  | mined editor family:I
find out additional | learn more | fingerprint | - | | mined editor family:I sites=1
finders | detectors | ambiguous | - | near=wave,waves,gravitational,ligo,virgo,sign,signal,signals,particle,particles,neutrino,neutrinos,telescope,telescopes,observatory,universe | mined editor family:I sites=2
finish up | conclude | ambiguous | - | prev=researchers,scientists,scientistss,authors,experts,analysts,investigators,specialists,study,studies | mined editor family:I sites=2
finished up | concluded | ambiguous | - | prev=creators,authors,analysts,researchers,scientists,they,we,study,examination,investigation,team,group,review,audit,specialists,experts | family:I editor
finished up that | concluded that | fingerprint | - | | family:I editor
fire douser | fire extinguisher | fingerprint | n | | editor family:I sites=1
firearm brutality | gun violence | fingerprint | - | | family:I editor
firearm savagery | gun violence | fingerprint | - | | family:I editor
firmness or easing back | stiffness or slowing | fingerprint | - |  | mined editor family:I
first woman | first lady | ambiguous | - | next=melania,jill,michelle,laura,hillary,barbara,rosalynn,nancy,brigitte,carrie,akie | mined editor family:I sites=1
first-since forever | first-ever | fingerprint | - | | mined editor family:I
fish showcase | seafood market | fingerprint | n | | mined editor family:I
fixings | ingredients | ambiguous | - |  | mined editor family:I
flagging pathway | signaling pathway | fingerprint | n | | editor family:I sites=1
fledgling species | bird species | fingerprint | - | | mined editor family:I sites=1
flexibly | supply | ambiguous | - | prev=the,a,food,water,blood,oxygen,vaccine,antibody,immunization,energy,power,drug,medication,tranquilize,global,limited,short,adequate,sufficient,enough,steady,stable,constant,world's,country's,nation's,its,their,our | family:I editor
flexibly chain | supply chain | fingerprint | n | | family:I editor
flood in cases | surge in cases | fingerprint | - | | mined editor family:I sites=1
flood in contaminations | surge in infections | fingerprint | - | | mined editor family:I sites=1
flow | current | ambiguous | - | next=pandemic,study,examination,investigation,situation,circumstance,circumstances,crisis,emergency,outbreak,flare-up,episode,research,exploration,findings,discoveries,guidelines,rules,evidence,proof,treatments,medicines,medications,vaccines,antibodies,immunizations,government,administration,policy,approach,methods,techniques,trends,smokers,users,clients,year,season,wave,president,minister,laws,understanding,knowledge,estimates,gauges,scenario,lockdown,restrictions,limitations,recommendations,suggestions,analysis,review,audit,survey,overview | family:I editor
fly drive research facility | Jet Propulsion Laboratory | fingerprint | - | | family:I editor
fly impetus research facility | Jet Propulsion Laboratory | fingerprint | - | | family:I editor
fly warrior | jet fighter | fingerprint | n | | mined editor family:I sites=1
flying creatures | birds | ambiguous | - | | family:I editor
focal and fringe | central and peripheral | fingerprint | - | | editor family:I
focal bar | central bar | fingerprint | n | | mined editor family:I
focal city | central city | fingerprint | n | | mined editor family:I
focal convergence | central concentration | fingerprint | - | | mined editor family:I sites=1
focal inclination | central tendency | fingerprint | - | | editor family:I sites=1
focal job | central role | fingerprint | n | | mined editor family:I
focal point | center | ambiguous | - | prev=the next=of !near=eye,eyes,vision,cataract,cataracts,waterfall,waterfalls,retina,cornea,pupil,blurry,foggy | mined editor family:I sites=2
focal point of the flare-up | epicenter of the outbreak | fingerprint | - | | mined editor family:I
focal sensory system | central nervous system | fingerprint | - | | family:I editor
focuses for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
focuses for malady control | Centers for Disease Control | fingerprint | - | | family:I editor
focuses for sickness control | Centers for Disease Control | fingerprint | - | | family:I editor
folic corrosive | folic acid | fingerprint | - | | editor family:I
following couple of | next few | ambiguous | - | | mined editor family:I
food admission | food intake | fingerprint | - | | family:I editor
food and medication administration | Food and Drug Administration | fingerprint | - | | family:I editor
food and medication organization | Food and Drug Administration | fingerprint | - | | family:I editor
food frailty | food insecurity | fingerprint | - | | family:I editor
food instability | food insecurity | fingerprint | - | | family:I editor
food squander | food waste | fingerprint | - | | family:I editor
food varieties | foods | ambiguous | - | | mined editor family:I sites=1
foods grown from the ground | fruits and vegetables | fingerprint | - | | family:I editor
for a begin | for a start | fingerprint | - | | mined editor family:I
for example, | such as | ambiguous | - | | dev:I
for quite a while | for a long time | ambiguous | - | | mined editor family:I sites=1
for the most part likely | most likely | fingerprint | - | | mined editor family:I sites=1
for the most part perceived | generally recognized | fingerprint | - | | mined editor family:I
for what reason | why | ambiguous | - | | mined editor family:I sites=1
force blackouts | power outages | fingerprint | - | | family:I editor
force lattice | power grid | fingerprint | - | | family:I editor
force plant | power plant | fingerprint | n | !prev=air,space | family:I editor
force plants | power plants | fingerprint | - | !prev=air,space | family:I editor
forebear cell | progenitor cell | fingerprint | n | | mined editor family:I
forefront wellbeing laborers | frontline health workers | fingerprint | - | | family:I editor
forefront wellbeing labourers | frontline health workers | fingerprint | - | | editor family:I sites=1
foreseeing | predicting | ambiguous | - | | mined editor family:I
forestall contamination | prevent infection | fingerprint | - |  | mined editor family:I
forestall disease development | prevent cancer growth | fingerprint | - |  | mined editor family:I
forlornness | loneliness | ambiguous | - | | family:I editor
formative brain research | developmental psychology | fingerprint | - | | family:I editor
formative cycles | developmental processes | fingerprint | - | | mined editor family:I sites=1
formative science | developmental biology | fingerprint | - | | mined editor family:I
formatively affects | has a formative effect on | fingerprint | - | | mined editor family:I sites=1
fossil fuel byproduct | carbon emission | fingerprint | - | | family:I editor
fossil fuel byproducts | carbon emissions | fingerprint | - | | family:I editor
foundational bigotry | systemic racism | fingerprint | - | | family:I editor
foundational illnesses | systemic diseases | fingerprint | - | | editor family:I sites=1
foundational microorganisms | stem cells | fingerprint | - | | family:I editor
fractional obscuration | partial eclipse | fingerprint | n | | mined editor family:I sites=1
fractious inside disorder | irritable bowel syndrome | fingerprint | - | | family:I editor
fragrant refreshment | aromatic beverage | fingerprint | n | | mined editor family:I
frame settlements | form colonies | fingerprint | - | | editor family:I sites=1
framed | formed | ambiguous | - | near=star,stars,galaxy,galaxies,planet,planets,universe,universes,cosmic,dark,black,hole,holes,gas,dust,moon,moons,cloud,clouds,worlds,stellar,heavenly,nebula,crater,craters | mined editor family:I sites=2
framework | system | ambiguous | - | !prev=regulatory,legal,policy,conceptual,theoretical,analytical,legislative,ethical,strategic | family:I editor
frameworks | systems | ambiguous | - | | dev:I editor
framing stars | forming stars | fingerprint | - | | mined editor family:I
frenzy assault | panic attack | fingerprint | - | | family:I editor
frenzy assaults | panic attacks | fingerprint | - | | family:I editor
friend audited | peer-reviewed | fingerprint | - | | family:I editor
friend checked on | peer-reviewed | fingerprint | - | !prev=a,my,his,her,their,our,your | family:I editor
friend explored | peer-reviewed | fingerprint | - | | family:I editor
friend inspected | peer-reviewed | fingerprint | - | | mined editor family:I sites=1
friend looked into | peer-reviewed | fingerprint | - | | family:I editor
friend surveyed | peer-reviewed | fingerprint | - | | family:I editor
fringe blood vessel ailment | peripheral arterial disease | fingerprint | - | | editor family:I sites=1
fringe corridor | peripheral artery | fingerprint | n | | editor family:I sites=1
fringe divider | border wall | fingerprint | n | | family:I editor
fringe intersection | border crossing | fingerprint | n | | family:I editor
fringe security | border security | fingerprint | - | | family:I editor
fringe watch | border patrol | fingerprint | - | | family:I editor
from one spot to another | from place to place | ambiguous | - | | mined editor family:I
from that point forward | since then | ambiguous | - | | mined editor family:I sites=2
frosty core | icy nucleus | fingerprint | - | | mined editor family:I sites=1
fruitfulness | fertility | ambiguous | - | | family:I editor
fruitlessness | infertility | ambiguous | - | near=pregnant,pregnancy,conceive,conceiving,fertility,richness,ripeness,reproductive,regenerative,ovulation,sperm,semen,ivf,embryo,embryos,women,woman,female,male,couple,couples,barrenness,miscarriage | mined editor family:I
full-time counterpart | full-time equivalent | fingerprint | n | | editor family:I
functioning fixing | active ingredient | fingerprint | n | | editor family:I
fundamental administrations | essential services | fingerprint | - | | family:I editor
fundamental bigotry | systemic racism | fingerprint | - | | family:I editor
fundamental conditions | underlying conditions | ambiguous | - | near=health,wellbeing,medical,patients,disease,illness,sickness,heart,diabetes,caused,brought,risk,danger,gamble,hazard | mined editor family:I sites=1
fundamental laborers | essential workers | fingerprint | - | | family:I editor
fundamental organizations | essential businesses | fingerprint | - | | family:I editor
fundamental wellbeing conditions | underlying health conditions | fingerprint | - | | family:I editor
fundamentally jeopardized | critically endangered | fingerprint | - | | family:I editor
fundamentally sick | critically ill | fingerprint | - | | mined editor family:I
fundamentally sick patients | critically ill patients | fingerprint | - | | family:I editor
funerary veil | funerary mask | fingerprint | n | | editor family:I sites=2
furnish | provide | ambiguous | v | | family:I editor
furrowing the dirt | ploughing the soil | fingerprint | - | | editor family:I sites=1
further develop | improve | ambiguous | - | | mined editor family:I sites=1
further developed | improved | ambiguous | - | | mined editor family:I sites=1
further developing | improving | ambiguous | - | | mined editor family:I sites=1
further develops | improves | ambiguous | - | | mined editor family:I sites=1
furthest breaking point | upper limit | fingerprint | - | | mined editor family:I sites=1
future ages | future generations | ambiguous | - | | mined editor family:I sites=1
gadget | device | ambiguous | - | | family:I editor
gadgets | devices | ambiguous | - | prev=electronic,digital,mobile,smart | dev:I
gainful | beneficial | ambiguous | - | !next=employment,work,job,jobs | family:I editor
galactic unit | astronomical unit | fingerprint | n | | mined editor family:I sites=1
gamble | risk | ambiguous | n | next=of,for,factor,factors,variable,variables or prev=expanded,increased,higher,lower,greater,more,less,serious,diminished,decreased,reduced,elevated | mined editor family:I sites=1
gamble of building up | risk of developing | ambiguous | - | | family:I editor
gamble of fostering | risk of developing | ambiguous | - | | mined editor family:I sites=1
game hypothesis | game theory | fingerprint | - | | family:I editor
gastric detour | gastric bypass | fingerprint | - | | mined editor family:I
gastric malignancy | gastric cancer | fingerprint | - | | family:I editor
gastrointestinal lot | gastrointestinal tract | fingerprint | - | | mined editor family:I sites=1
gastrointestinal parcel | gastrointestinal tract | fingerprint | - | | mined editor family:I sites=1
gathering of ailments | group of diseases | fingerprint | - | | mined editor family:I
gauges that | estimates that | fingerprint | - |  | mined editor family:I
general political decision | general election | fingerprint | n | | family:I editor
general political race | general election | fingerprint | n | | family:I editor
general society | the public | ambiguous | - | | family:I editor
general well-being | public health | ambiguous | - | next=frameworks,framework,systems,system,officials,authorities,experts,specialists,authority,agency,agencies,emergency,crisis,department,england,measures,measure,officer,officers,threat,risk,hazard,guidance,advice,workers | mined editor family:I
general wellbeing | public health | fingerprint | - | | family:I editor
general wellbeing crisis | public health emergency | fingerprint | n | | mined editor family:I
general wellbeing england | Public Health England | fingerprint | - | | family:I editor
general wellbeing specialists | public health experts | fingerprint | - | | family:I editor
generally propelled | relatively advanced | fingerprint | - | | mined editor family:I sites=1
generously decreased | substantially reduced | fingerprint | - | | family:I editor
generously diminished | substantially reduced | fingerprint | - | | family:I editor
generously expanded | substantially increased | fingerprint | - | | family:I editor
generously higher | substantially higher | fingerprint | - | | family:I editor
generously lower | substantially lower | fingerprint | - | | family:I editor
generpartner | generally | fingerprint | - | | mined editor family:I sites=1
genome-wide affiliation | genome-wide association | fingerprint | - | | editor family:I
gentle | mild | ambiguous | - | next=symptoms,side,manifestations,indications,illness,disease,malady,sickness,cases,case,covid-19,covid,infection,infections,cognitive,subjective,intellectual,fever,cold,flu,influenza,depression,anxiety,reactions,responses,hypertension,asthma,dementia | family:I editor
genuine | serious | ambiguous | - | next=illness,disease,sickness,malady,condition,conditions,problem,problems,risk,harm,injury,damage,side,complications,threat,concern,concerns,consequences,symptoms,manifestations,infection,issues | family:I editor
genuine intricacies | serious complications | fingerprint | - | | mined editor family:I sites=1
genuine long haul | serious long-term | fingerprint | - | | mined editor family:I sites=1
genuine medical issues | serious health problems | fingerprint | - |  | mined editor family:I
genuine number | true number | ambiguous | - | prev=the | mined editor family:I
genuine restorative condition | serious medical condition | fingerprint | n | | mined editor family:I sites=1
genuine wild ponies | true wild horses | fingerprint | - | | mined editor family:I sites=1
genuine wild steed | true wild horse | fingerprint | n | | mined editor family:I sites=1
genuine world | real world | fingerprint | - |  | mined editor family:I
genuinely decimating | truly devastating | fingerprint | - | | mined editor family:I
genuinely normal | fairly common | fingerprint | - |  | mined editor family:I
get away | escape | ambiguous | - | near=light,gravity,gravitational,radiation,atmosphere,orbit,heat | mined editor family:I
get thinner | lose weight | ambiguous | - | | family:I editor
give off an impression of being | appear to be | fingerprint | - |  | mined editor family:I
glacial masses | glaciers | fingerprint | - | | mined editor family:I
global space station | International Space Station | fingerprint | - | | family:I editor
gloom | depression | ambiguous | - | near=anxiety,tension,uneasiness,nervousness,mental,emotional,symptom*,disorder*,suicid*,psychological,wellness,sleep,patients,manifestations | family:I editor
go about as | act as | ambiguous | v | next=a,an | mined editor family:I
go ahead continuously | come on gradually | fingerprint | - |  | mined editor family:I
go through a half year | spend six months | fingerprint | v | | mined editor family:I
gorge drinking | binge drinking | fingerprint | - | | family:I editor
gorge eating | binge eating | fingerprint | - | | family:I editor
gout assaults | gout attacks | fingerprint | - | | editor family:I
government controllers | federal regulators | fingerprint | - | | family:I editor
gracefully | supply | ambiguous | - | prev=the,a,food,water,blood,oxygen,vaccine,antibody,immunization,energy,power,drug,medication,tranquilize,global,limited,short,adequate,sufficient,enough,steady,stable,constant,world's,country's,nation's,its,their,our | family:I editor
gracefully chain | supply chain | fingerprint | n | | family:I editor
grandiose beam | cosmic ray | fingerprint | n | | mined editor family:I sites=1
graph survey | chart review | fingerprint | n | prev=clinical,medical,retrospective | mined editor family:I
grasp quality | grip strength | fingerprint | - | | family:I editor
grave products | grave goods | fingerprint | - | | mined editor family:I
gravitational draw | gravitational pull | fingerprint | - | | mined editor family:I sites=1
greasy acids | fatty acids | fingerprint | - | | family:I editor
greasy corrosives | fatty acids | fingerprint | - | | editor family:I
greasy liver | fatty liver | fingerprint | - | | family:I editor
greasy nourishments | fatty foods | fingerprint | - | | family:I editor
greasy stores | fatty deposits | fingerprint | - | | editor family:I sites=1
great cholesterol | good cholesterol | fingerprint | - | | family:I editor
green growth | algae | ambiguous | - | !prev=the near=chlorophyll,photosynthe*,aquatic,oceanic,sea-going,plankton,phytoplankton,seaweed*,cyanobacteria,diatom*,kelp,pond,ponds,lake,lakes,bloom,blooms,algal,microscopic,species !near=economy,economic,economies,gdp,investment,investments,policy,policies,jobs | mined editor family:I
grimy | dirty | ambiguous | - | | dev:I
ground or moment | ground or instant | fingerprint | - |  | mined editor family:I
ground-breaking apparatus | powerful tool | fingerprint | n | | family:I editor
group insusceptibility | herd immunity | fingerprint | - | | family:I editor
group invulnerability | herd immunity | fingerprint | - | | family:I editor
group resistance | herd immunity | ambiguous | - | | family:I editor
grouped in the sort | classified in the genus | fingerprint | - | | mined editor family:I sites=1
grown-up | adult | ambiguous | - | | family:I editor
grown-up beginning diabetes | adult-onset diabetes | fingerprint | - | | mined editor family:I sites=1
grown-up guys | adult males | fingerprint | - | | mined editor family:I sites=1
grown-up populace | adult population | fingerprint | - | | editor family:I
grown-ups | adults | ambiguous | - | | family:I editor
guarantee your wellbeing | ensure your health | fingerprint | - | | mined editor family:I
guaranteeing | ensuring | ambiguous | - | | dev:I
guardians | parents | ambiguous | - | | family:I editor
gum malady | gum disease | fingerprint | - | | family:I editor
gut microscopic organisms | gut bacteria | fingerprint | - | | family:I editor
habitats for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
habitats for malady control | Centers for Disease Control | fingerprint | - | | family:I editor
habitats for sickness control | Centers for Disease Control | fingerprint | - | | family:I editor
hack | cough | ambiguous | - | prev=dry,persistent,a,new,continuous,severe,mild,constant | family:I editor
had a place with | belonged to | ambiguous | - | | mined editor family:I sites=1
had all the earmarks of being | appeared to be | fingerprint | - | | mined editor family:I sites=1
had the option to | were able to | ambiguous | - | prev=they,we,researchers,scientists,astronomers,analysts,investigators,doctors,specialists,experts,people,patients,participants,authors,engineers,officials,teams,physicists | mined editor family:I
had trusted | had hoped | ambiguous | - | | dev:I
half and halves | hybrids | fingerprint | - | | mined editor family:I
hand cleanliness | hand hygiene | fingerprint | - | | family:I editor
handfuls of | dozens of | ambiguous | - | !next=rice,sand,dirt,soil,seeds,nuts,grain,grains,food,earth,snow,pills,money,coins,berries,leaves,hair | family:I editor
handkerchiefs | bandanas | ambiguous | - | near=masks,mask,covers,cover,veils,veil,face,facial,scarves,scarf,covering,coverings,mouth,nose | family:I editor
handled food | processed food | ambiguous | n | | family:I editor
handled food sources | processed foods | fingerprint | - | | family:I editor
handled meat | processed meat | fingerprint | n | | family:I editor
handled nourishments | processed foods | fingerprint | - | | family:I editor
haphazardly | randomly | ambiguous | - | next=assigned,selected,chosen,allocated,relegated,doled,picked,sampled | family:I editor
haphazardly doled out | randomly assigned | fingerprint | - | | family:I editor
haphazardly relegated | randomly assigned | fingerprint | - | | family:I editor
hard-core boozing | binge drinking | fingerprint | - | | family:I editor
harmed cells | damaged cells | ambiguous | - | | editor family:I sites=1
harvard clinical school | Harvard Medical School | fingerprint | - | | mined editor family:I sites=1
has a place with | belongs to | ambiguous | - | | mined editor family:I sites=1
has all the earmarks of being | appears to be | fingerprint | - | | mined editor family:I sites=1
hatching time frame | incubation period | fingerprint | n | | editor family:I sites=1
have a place with | belong to | ambiguous | - | | mined editor family:I sites=1
have all the earmarks of being | appear to be | fingerprint | - | | mined editor family:I sites=1
have the capacity to | be able to | ambiguous | - | prev=would,will,could,should,might,may,must,to,not,never,they'll,we'll,you'll,it'll | mined editor family:I
haven searchers | asylum seekers | fingerprint | - | | family:I editor
having a place with | belonging to | ambiguous | - | | mined editor family:I sites=1
having the option to | being able to | ambiguous | - | | mined editor family:I
hazard components | risk factors | fingerprint | - | | family:I editor
hazard decrease | risk reduction | fingerprint | - | | family:I editor
hazard elements | risk factors | fingerprint | - | | family:I editor
hazard factor | risk factor | fingerprint | n | | family:I editor
hazard the executives | risk management | fingerprint | - | | family:I editor
hazard variables | risk factors | fingerprint | - | | family:I editor
head administrator | prime minister | ambiguous | - | | family:I editor
head and neck malignancy | head and neck cancer | fingerprint | - | | family:I editor
healing facility | hospital | fingerprint | n | | editor family:I
heaps of | lots of | ambiguous | - | | mined editor family:I
hearing misfortune | hearing loss | fingerprint | - | | family:I editor
heart assault | heart attack | fingerprint | n | | family:I editor
heart disappointment | heart failure | fingerprint | - | | family:I editor
heart malady | heart disease | fingerprint | - | | family:I editor
heart medical procedure | heart surgery | fingerprint | - | | family:I editor
heart wellbeing | heart health | fingerprint | - | | family:I editor
heart yield | cardiac output | fingerprint | - | | editor family:I sites=1
heat-catching | heat-trapping | fingerprint | - | | mined editor family:I
heavenly | stellar | ambiguous | - | next=dark,black | mined editor family:I
heavenly item | celestial object | fingerprint | n | | mined editor family:I
heftiness | obesity | fingerprint | - | | family:I editor
hefty | obese | ambiguous | - | near=obesity,weight,corpulence,heftiness,overweight,diabetes,bmi | family:I editor
helped living | assisted living | fingerprint | - | | family:I editor
helpless against | vulnerable to | ambiguous | - | | family:I editor
helpless fixation | poor concentration | fingerprint | - |  | mined editor family:I
helpless nourishment | poor nutrition | fingerprint | - | | editor family:I sites=1
helpless rest | poor sleep | fingerprint | - | | family:I editor
helpless vision | poor vision | fingerprint | - | | mined editor family:I
helpless visualization | poor prognosis | fingerprint | - | | family:I editor
helpless wellbeing | poor health | fingerprint | - | | family:I editor
herbicide safe | herbicide resistant | ambiguous | - | | editor family:I sites=1
herd insusceptibility | herd immunity | fingerprint | - | | family:I editor
herd invulnerability | herd immunity | fingerprint | - | | family:I editor
herd resistance | herd immunity | fingerprint | - | | family:I editor
hereditarily designed | genetically engineered | fingerprint | - | | editor family:I sites=1
hereditary | genetic | ambiguous | - | | family:I editor
hereditary assorted variety | genetic diversity | fingerprint | - | | editor family:I sites=1
hereditary building | genetic engineering | fingerprint | - | | family:I editor
hereditary cosmetics | genetic makeup | fingerprint | - | | editor family:I
hereditary designing | genetic engineering | fingerprint | - | | editor family:I sites=1
hereditary examination | genetic analysis | fingerprint | n | | mined editor family:I sites=1
hereditary hazard | genetic risk | fingerprint | - | | family:I editor
hereditary qualities | genetics | fingerprint | - | | family:I editor
hereditary scatters | genetic disorders | fingerprint | - | | family:I editor
hereditary transformation | genetic mutation | fingerprint | - | | family:I editor
hereditary transformations | genetic mutations | fingerprint | - | | family:I editor
hereditary variables | genetic factors | fingerprint | - |  | mined editor family:I
hidden ailments | underlying illnesses | fingerprint | - | | family:I editor
hidden conditions | underlying conditions | fingerprint | - | | family:I editor
hidden instruments | underlying mechanisms | fingerprint | - | | family:I editor
high degrees of | high levels of | ambiguous | - |  | editor family:I
high temp water | hot water | fingerprint | - | | editor family:I sites=1
high-chance | high-risk | fingerprint | - | | family:I editor
high-hazard | high-risk | ambiguous | - | | family:I editor
high-pay nations | high-income countries | fingerprint | - | | family:I editor
high-salary nations | high-income countries | fingerprint | - | | family:I editor
high-vitality | high-energy | fingerprint | - | | mined editor family:I sites=1
high-vitality impacts | high-energy collisions | fingerprint | - | | mined editor family:I
high-wage nations | high-income countries | fingerprint | - |  | mined editor family:I
historical backdrop of | history of | ambiguous | - | | mined editor family:I
hiv contamination | HIV infection | fingerprint | n | | family:I editor
hole in our comprehension | gap in our understanding | fingerprint | - | | mined editor family:I sites=1
home grown | herbal | ambiguous | - | next=medicine,medicines,remedy,remedies,medication,medications,drugs,prescriptions,products,supplements,enhancements,tea,teas,extract,extracts,concentrates,treatment,treatments,cures,formulations,preparations | mined editor family:I
homegrown canine | domestic dog | fingerprint | n | | mined editor family:I sites=1
homeroom | classroom | ambiguous | n | | family:I editor
homestead yield | farm yield | fingerprint | - | | editor family:I sites=1
homesteads | farms | ambiguous | - | | mined editor family:I
honey bee hummingbird | bee hummingbird | fingerprint | n | | mined editor family:I sites=1
horrendous cerebrum injury | traumatic brain injury | fingerprint | n | | family:I editor
horribleness | morbidity | ambiguous | - | | family:I editor
horticultural yield | agricultural output | fingerprint | - | | mined editor family:I sites=1
hostile to antibody | anti-vaccine | fingerprint | - | | family:I editor
hostile to cover | anti-mask | fingerprint | - | | family:I editor
hostile to immunization | anti-vaccine | fingerprint | - | | family:I editor
hostile to inflammatory | anti-inflammatory | fingerprint | - | | family:I editor
hostile to inoculation | anti-vaccination | fingerprint | - | | family:I editor
hostile to lockdown | anti-lockdown | fingerprint | - | | family:I editor
hostile to malignancy | anti-cancer | fingerprint | - | | family:I editor
hostile to maturing | anti-aging | fingerprint | - | | family:I editor
hostile to semitic | anti-Semitic | fingerprint | - | | family:I editor
hostile to semitism | anti-Semitism | fingerprint | - | | family:I editor
hostile to vax | anti-vax | fingerprint | - | | family:I editor
hostile to vaxxer | anti-vaxxer | fingerprint | - | | family:I editor
hostile to vaxxers | anti-vaxxers | fingerprint | - | | family:I editor
hostile to veil | anti-mask | fingerprint | - | | family:I editor
hot blazes | hot flashes | ambiguous | - | | mined editor family:I sites=1
hot glimmers | hot flashes | fingerprint | - | | mined editor family:I sites=1
huge explosion | Big Bang | ambiguous | - | prev=the near=universe,cosmic,cosmos,galaxies,astronomers,stargazers,cosmologists | family:I editor
huge hadron collider | Large Hadron Collider | fingerprint | - | | family:I editor
huge language models | large language models | fingerprint | - | | family:I editor
huge scope | large-scale | ambiguous | - | next=study,studies,investigation,investigations,examination,examinations,review,trial,trials,analysis,survey,surveys,project,projects,production,testing,vaccination,deployment,data | mined editor family:I sites=1
huge social affairs | large gatherings | fingerprint | - | | family:I editor
human conduct | human behavior | ambiguous | - | near=computers,diary,journal,nature | dev:I
human nourishment | human nutrition | fingerprint | - | | editor family:I sites=1
human services | health care | ambiguous | - | !prev=and | family:I editor
human services calling | healthcare profession | fingerprint | - | | editor family:I
human services framework | health care system | fingerprint | n | | family:I editor
human services laborers | health care workers | fingerprint | - | | family:I editor
human services suppliers | health care providers | fingerprint | - | | family:I editor
human supplements | human nutrients | fingerprint | - | | editor family:I sites=1
hurtful | harmful | ambiguous | - | next=effects,impacts,substances,chemicals,synthetic,bacteria,microscopic,algae,emissions,outflows,pollutants,toxins,poisons,levels,health,wellbeing,exposure,side,ultraviolet,uv,radiation | family:I editor
hyperactivity issue | hyperactivity disorder | fingerprint | - | | family:I editor
hypersensitivities | allergies | ambiguous | - | | family:I editor
hypotheses of relativity | theories of relativity | fingerprint | - | | mined editor family:I
hypothesis of advancement | theory of evolution | fingerprint | - | | family:I editor
hypothesis of calculation | theory of computation | fingerprint | - | | mined editor family:I
hypothesis of relativity | theory of relativity | fingerprint | - | | family:I editor
hypothetical and down to earth | theoretical and practical | fingerprint | - | | mined editor family:I
hypothetical and functional | theoretical and practical | fingerprint | - | | mined editor family:I
hypothetical material science | theoretical physics | fingerprint | - | | family:I editor
hypothetical physicist | theoretical physicist | fingerprint | n | | family:I editor
ice misfortune | ice loss | fingerprint | - | | family:I editor
icy mass | glacier | fingerprint | n | | family:I editor
identified with | related to | ambiguous | - | | dev:I
idleness | inactivity | ambiguous | - | | dev:I
illness the executives | disease management | fingerprint | - | | family:I editor
illnesses | diseases | ambiguous | - | | dev:I editor
imbalance | inequality | ambiguous | n | prev=income,wealth,social,economic,health,wellbeing,racial,gender,growing,rising,pay,salary,financial | family:I editor
immature microorganisms | stem cells | fingerprint | - | | family:I editor
immersed fat | saturated fat | fingerprint | n | | family:I editor
imminent companion | prospective cohort | fingerprint | - | | mined editor family:I sites=1
imminent companion examination | prospective cohort study | fingerprint | n | | mined editor family:I sites=1
immune system malady | autoimmune disease | fingerprint | n | | family:I editor
immune system sickness | autoimmune disease | fingerprint | n | | family:I editor
immunization | vaccine | ambiguous | - | prev=the,a,an,experimental,potential,candidate,19,coronavirus,covid,covid-19,new,first | dev:I
immunization adequacy | vaccine efficacy | fingerprint | - | | family:I editor
immunization aversion | vaccine hesitancy | fingerprint | - | | family:I editor
immunization commands | vaccine mandates | fingerprint | - | | family:I editor
immunization crusade | vaccination campaign | fingerprint | n | | family:I editor
immunization deficiencies | vaccine shortages | fingerprint | - | | family:I editor
immunization destinations | vaccination sites | fingerprint | - | | family:I editor
immunization faltering | vaccine hesitancy | fingerprint | - | | family:I editor
immunization identifications | vaccine passports | fingerprint | - | | family:I editor
immunization portions | vaccine doses | fingerprint | - | | family:I editor
immunization producers | vaccine makers | fingerprint | - | | family:I editor
immunization reluctance | vaccine hesitancy | fingerprint | - | | family:I editor
immunization rollout | vaccine rollout | fingerprint | - | | family:I editor
immunization up-and-comer | vaccine candidate | fingerprint | n | | family:I editor
immunization viability | vaccine efficacy | fingerprint | - | | family:I editor
immunization wavering | vaccine hesitancy | fingerprint | - | | family:I editor
immunizations | vaccines | ambiguous | - | prev=19,coronavirus,covid,covid-19,experimental,potential,candidate,new | dev:I
immunized | vaccinated | ambiguous | - | | family:I editor
impact connections | influence relationships | fingerprint | - |  | mined editor family:I
imparted a typical progenitor to | shared a common ancestor with | fingerprint | - | | mined editor family:I sites=1
imparts numerous likenesses to | shares many similarities with | fingerprint | - | | mined editor family:I
imperative | important | ambiguous | - | | family:I editor
imperative to recall | important to remember | fingerprint | - | | family:I editor
imperative to take note of | important to note | fingerprint | - | | editor family:I
imperativeness | energy | ambiguous | - | | mined editor family:I sites=1
imperceptible article | invisible object | fingerprint | n | | mined editor family:I
imperiled | endangered | ambiguous | - | near=species,animal,animals,bird,birds,creatures,wildlife,fledgling,extinction,annihilation,plants,mammals,fish,populations,populaces | mined editor family:I sites=1
imperiled species | endangered species | fingerprint | - | | family:I editor
impetus | catalyst | ambiguous | n | near=catalys*,catalyz*,concoction,enzyme,enzymes,inhibitor,inhibitors,reactant,reactants,substrate,substrates,activation,enactment,initiation | mined editor family:I
improbable | unlikely | ambiguous | - | | family:I editor
in a comparative boat | in the same boat | fingerprint | - | | mined editor family:I sites=1
in an announcement | in a statement | ambiguous | - | prev=said,says,stated,states,expressed,composed,wrote,noted,added,declared,announced,reported,explained,clarified,office,organization,association,agency,office's | mined editor family:I
in an articulation | in a statement | fingerprint | - | | family:I editor
in an explanation | in a statement | ambiguous | - | prev=said,says,say,added,wrote,noted,stated,expressed,included,clarified | family:I editor
in an unexpected way | in different ways | ambiguous | - |  | mined editor family:I
in any case, presently | but now | fingerprint | - | | mined editor family:I sites=1
in any event | at least | ambiguous | - | | family:I editor
in broad daylight | in public | ambiguous | - | | dev:I
in circle | in orbit | ambiguous | - | near=satellite,satellites,spacecraft,earth,planet,moon,space,nasa,station,telescope,astronauts,rocket | family:I editor
in created and creating nations | in developed and developing countries | fingerprint | - | | editor family:I sites=1
in danger | at risk | ambiguous | - | !next=of | family:I editor
in enormous part | in large part | fingerprint | - | | family:I editor
in estimate | in size | ambiguous | - | prev=equivalent,comparable,similar,identical,bigger,larger,smaller,increase,increased,increases,increasing,grow,grew,grown,growing,vary,varies,varied,differ,differs,differed,shrink,shrank,double,doubled,triple,tripled,decrease,decreased,modest,huge,enormous | mined editor family:I
in excess of | more than | ambiguous | - | | family:I editor
in extra to | in addition to | fingerprint | - | | mined editor family:I
in huge part | in large part | fingerprint | - | | family:I editor
in intriguing cases | in rare cases | fingerprint | - | | family:I editor
in intriguing occasions | in rare cases | fingerprint | - | | mined editor family:I sites=1
in late history | in recent history | fingerprint | - | | mined editor family:I sites=1
in light of the fact that | because | fingerprint | - | | family:I editor
in mix with | in combination with | fingerprint | - | | mined editor family:I
in no little part | in no small part | fingerprint | - | | family:I editor
in open | in public | ambiguous | - | !next=water,waters,court,access,air,space,country,fields,field,ocean,sea,areas,defiance,conflict,contempt,source,letter,letters,view | family:I editor
in some random | in any given | fingerprint | - |  | mined editor family:I
in spite of the fact that | although | fingerprint | - | | family:I editor
in spite of what might be expected | on the contrary | fingerprint | - | | family:I editor
in the course of recent | over the past | fingerprint | - | | family:I editor
in the course of the last | over the past | ambiguous | - | | mined editor family:I sites=1
in the course of the most recent | over the last | fingerprint | - | | family:I editor
in the equivalent way | in the same way | fingerprint | - | | family:I editor
in the interim | meanwhile | ambiguous | - | | family:I editor
in the mean time | meanwhile | ambiguous | - | | mined editor family:I
in the wake of | after | ambiguous | - | | family:I editor
in vitro preparation | in vitro fertilization | fingerprint | - | | family:I editor
in vitro treatment | in vitro fertilization | fingerprint | - | | family:I editor
in-understanding | in-patient | fingerprint | - | | editor family:I
inactive | sedentary | ambiguous | - | next=way,lifestyle,lifestyles,behavior,behaviour,behaviors,time,conduct,practices,propensities,habits | family:I editor
inactive way of life | sedentary lifestyle | fingerprint | n | | family:I editor
incapacities | disabilities | ambiguous | - | | family:I editor
incapacity | disability | ambiguous | - | | family:I editor
incapacity changed life years | disability-adjusted life years | fingerprint | - |  | mined editor family:I
incendiary joint pain | inflammatory arthritis | fingerprint | - | | editor family:I sites=1
incessant | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,irritation,kidney,obstructive,fatigue,weariness,stress,infection,infections,lung,liver,health,wellbeing,insomnia,sleeplessness,back,headaches,migraine,migraines,patients,smokers | family:I editor
incessant agony | chronic pain | fingerprint | - | | family:I editor
incessant kidney illness | chronic kidney disease | fingerprint | - | | family:I editor
incessant kidney infection | chronic kidney disease | fingerprint | - | | editor family:I sites=1
incessant obstructive | chronic obstructive | fingerprint | - | | family:I editor
incessant torment | chronic pain | fingerprint | - | | family:I editor
incessant weakness disorder | chronic fatigue syndrome | fingerprint | - | | family:I editor
incipient organism | embryo | fingerprint | n | | mined editor family:I
inclined to scenes of | prone to episodes of | fingerprint | - |  | mined editor family:I
inclining components | predisposing factors | fingerprint | - | | mined editor family:I
included | added | ambiguous | - | prev=he,she,they,we,who,spokesperson,spokesman,spokeswoman,professor,researcher,scientist,author,creator,analyst | dev:I editor
included sugar | added sugar | fingerprint | - | | family:I editor
included sugars | added sugars | fingerprint | - | | family:I editor
incomparable court | Supreme Court | fingerprint | - | | family:I editor
inconceivably | incredibly | ambiguous | - | | mined editor family:I
incongruities | disparities | ambiguous | - | | family:I editor
incongruity | disparity | ambiguous | - | | family:I editor
inconvenience breathing | trouble breathing | fingerprint | - | | family:I editor
inconvenience seeing | trouble seeing | fingerprint | - | | mined editor family:I
inconvenience sleeping | trouble sleeping | fingerprint | - | | family:I editor
incorporate | include | ambiguous | v | | family:I editor
increment | increase | ambiguous | n | | family:I editor
increment the danger of | increase the risk of | fingerprint | v | | family:I editor
increment the hazard of | increase the risk of | fingerprint | v | | family:I editor
increment the probability of | increase the likelihood of | fingerprint | v | | family:I editor
incubate | hatch | ambiguous | - | prev=the,that,its,side,crew,docking,escape,open,opened,opening,opens,close,closed,closing,capsule,capsule's,station's | mined editor family:I
indeed, even | even | ambiguous | - | | mined editor family:I sites=2
indicated | showed | ambiguous | - | prev=study,examination,investigation,research,exploration,results,discoveries,findings,data,information,testing,tests,trials,preliminaries,analysis,concentrate | dev:I
indication free | symptom-free | ambiguous | - | prev=remain,remains,remained,be,being,become,became,becomes,are,were,is,was,stay,stayed,stays,completely,entirely,totally,fully | mined editor family:I sites=1
indications | symptoms | ambiguous | - | near=covid*,disease,illness,sickness,malady,infection,patients,flu,influenza,fever,cough,hack,depressive,mild,severe | family:I editor
indispensable organ | vital organ | fingerprint | n | !next=of | mined editor family:I sites=1
indistinguishable twins | identical twins | fingerprint | - |  | mined editor family:I
individual assurance | personal protection | fingerprint | - |  | mined editor family:I
individual defensive equipment | personal protective equipment | fingerprint | - | | family:I editor
individual defensive gear | personal protective equipment | fingerprint | - | | family:I editor
individual defensive hardware | personal protective equipment | fingerprint | - | | family:I editor
individual wellbeing | personal health | fingerprint | - |  | mined editor family:I
individuals | people | ambiguous | - | | dev:A dev:I family:?
individuals from the general population | members of the public | fingerprint | - | | family:I editor
individuals from the local area | members of the community | fingerprint | - | | mined editor family:I sites=1
individuals' | people's | ambiguous | - | | dev:I
individuals' wellbeing | people's health | fingerprint | - | | family:I editor
indoor feasting | indoor dining | fingerprint | - | | editor family:I
inexhaustible vitality | renewable energy | fingerprint | - | | family:I editor
infection | virus | ambiguous | - | prev=the,new,novel,this,sars-like,deadly,lethal,mutated,same,corona !next=rate,rates,control,risk,danger,hazard,prevention,site,sites,counteraction,aversion,chain,chains,after,of near=coronavirus,covid*,sars-cov-2,pandemic,antibody,immunization,antibodies,contaminated,virus,viruses,viral,vaccine,vaccines,outbreak,epidemic,flu,influenza,ebola,zika,hiv,measles | mined editor family:I sites=3
infiltrate | penetrate | ambiguous | v | | dev:I
influenza like | flu-like | fingerprint | - | | dev:I
information accumulation | data collection | fingerprint | - | | family:I editor
information assortment | data collection | fingerprint | - | | family:I editor
information break | data breach | ambiguous | n | | family:I editor
information examination | data analysis | fingerprint | - | | family:I editor
information holes | data gaps | fingerprint | - | | family:I editor
information investigation | data analysis | fingerprint | - | | family:I editor
information propose | data suggest | fingerprint | - | | family:I editor
information proposes | data suggests | fingerprint | - | | family:I editor
information recommend | data suggest | fingerprint | - | | family:I editor
information recommends | data suggests | fingerprint | - | | family:I editor
information the executives | data management | fingerprint | - | | family:I editor
informational collection | data set | fingerprint | n | | family:I editor
informational index | data set | fingerprint | n | | family:I editor
inhale | breathe | ambiguous | v | | dev:I
initiation vitality | activation energy | fingerprint | - | | mined editor family:I
innate contortion | congenital malformation | fingerprint | n | | mined editor family:I
innovation | technology | ambiguous | - | near=phone*,smartphone*,cell,pda,pdas,web,internet,computer*,digital,devices,gadgets,tvs,televisions,screen*,online,addictive,robots,machines or prev=new,addictive,modern,emerging,wearable,mobile,digital,such,this,that,smart,green,clean,latest | dev:I
innovation arrangements | technology solutions | fingerprint | - | | mined editor family:I sites=1
innovation goliaths | technology giants | fingerprint | - | | family:I editor
innovation monsters | technology giants | fingerprint | - | | family:I editor
innovations | technologies | ambiguous | - | near=phone*,smartphone*,cell,pda,pdas,web,internet,computer*,digital,devices,gadgets,tvs,televisions,screen*,online,addictive,robots,machines or prev=new,addictive,modern,emerging,wearable,mobile,digital,such,these,those,smart,green,clean,latest | dev:I
inoculated | vaccinated | ambiguous | - | | family:I editor
inoculation crusade | vaccination campaign | fingerprint | n | | family:I editor
inoculation destinations | vaccination sites | fingerprint | - | | family:I editor
inoculation portions | vaccine doses | fingerprint | - | | family:I editor
inoculation reluctance | vaccine hesitancy | fingerprint | - | | family:I editor
inoculation rollout | vaccine rollout | fingerprint | - | | family:I editor
inquired | asked | ambiguous | - | | family:I editor
inside and out examination | in-depth analysis | fingerprint | - | | family:I editor
inside and out investigation | in-depth analysis | fingerprint | - | | family:I editor
inside the initial | within the first | ambiguous | - | next=day,days,week,weeks,month,months,year,years,hour,hours,minute,minutes,decade,few,two,three,four,five,six,seven,eight,nine,ten | mined editor family:I
insignificantly intrusive | minimally invasive | fingerprint | - | | editor family:I sites=1
inspirations | motivations | ambiguous | - | | dev:I
instructive techniques | educational methods | fingerprint | - | | mined editor family:I sites=1
insulin obstruction | insulin resistance | fingerprint | - | | family:I editor
insulin opposition | insulin resistance | fingerprint | - | | family:I editor
insusceptibility | immunity | fingerprint | - | | family:I editor
insusceptible | immune | fingerprint | - | | dev:I editor
insusceptible cells | immune cells | fingerprint | - | | family:I editor
insusceptible framework | immune system | fingerprint | n | | dev:I editor
insusceptible frameworks | immune systems | fingerprint | - | | family:I editor
insusceptible interceded | immune-mediated | fingerprint | - | | editor family:I sites=1
insusceptible reaction | immune response | fingerprint | n | | family:I editor
intellectual capacities | cognitive abilities | ambiguous | - | | mined editor family:I
intellectual capacity | cognitive function | ambiguous | - | | family:I editor
intellectual conduct treatment | cognitive behavioral therapy | fingerprint | - | | family:I editor
intellectual debilitation | cognitive impairment | fingerprint | - | | family:I editor
intellectual decay | cognitive decline | fingerprint | - | | family:I editor
intellectual decrease | cognitive decline | fingerprint | - | | family:I editor
intellectual hindrance | cognitive impairment | fingerprint | - | | family:I editor
intellectual impedance | cognitive impairment | fingerprint | - | | editor family:I sites=1
intense kidney injury | acute kidney injury | fingerprint | - | | family:I editor
intense myeloid leukemia | acute myeloid leukemia | fingerprint | - | | family:I editor
intense respiratory | acute respiratory | fingerprint | - | | family:I editor
intense respiratory disorder | acute respiratory syndrome | fingerprint | - | | family:I editor
intercession bunch | intervention group | fingerprint | n | | family:I editor
intercession gathering | intervention group | fingerprint | n | | family:I editor
interest gatherings | interest groups | fingerprint | - | | family:I editor
interestingly since | for the first time since | ambiguous | - | | mined editor family:I sites=1
interminable | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,irritation,kidney,obstructive,fatigue,weariness,stress,infection,infections,lung,liver,health,wellbeing,insomnia,back,headaches,patients | family:I editor
interminable agony | chronic pain | fingerprint | - | | family:I editor
interminable kidney illness | chronic kidney disease | fingerprint | - | | family:I editor
interminable obstructive | chronic obstructive | fingerprint | - | | family:I editor
interminable weakness disorder | chronic fatigue syndrome | fingerprint | - | | family:I editor
internal cell mass | inner cell mass | fingerprint | - | | mined editor family:I
internet based life | social media | fingerprint | - | | family:I editor
internet based social networking | social media | fingerprint | - | | family:I editor
internet searcher | search engine | fingerprint | n | | family:I editor
internment chamber | burial chamber | fingerprint | n | | editor family:I sites=1
interstellar guest | interstellar visitor | fingerprint | n | | mined editor family:I sites=1
intestinal sickness | malaria | ambiguous | - | near=mosquito,mosquitoes,mosquitos,parasite,parasites,plasmodium,anopheles,vaccine,vaccines,antibody,antibodies,immunization,immunisation,jungle,fever,tropical,dengue | editor family:I sites=2
into circle | into orbit | ambiguous | - | near=satellite,satellites,spacecraft,earth,planet,moon,space,nasa,station,telescope,astronauts,rocket | family:I editor
intricacy | complexity | ambiguous | n | | mined editor family:I
intricacy hypothesis | complexity theory | fingerprint | - | | mined editor family:I
intrigue or joy | interest or pleasure | fingerprint | - |  | mined editor family:I
intriguing | rare | ambiguous | - | next=occasions,instances,disease,diseases,illness,illnesses,sickness,sicknesses,infection,infections,condition,conditions,disorder,disorders,complication,complications,side,syndrome,syndromes,cancer,cancers,malignant,tumor,tumors | mined editor family:I sites=1
intrinsic variations from the norm | congenital abnormalities | fingerprint | - | | editor family:I sites=1
intrusion of ukraine | invasion of Ukraine | fingerprint | - | | family:I editor
inverse heading | opposite direction | fingerprint | n | | mined editor family:I
invest noteworthy energy in | specialise in | fingerprint | v | | mined editor family:I
investigation's creators | study's authors | fingerprint | - | | family:I editor
investigation's discoveries | study's findings | fingerprint | - | | family:I editor
invulnerable | immune | ambiguous | - | | family:I editor
invulnerable cells | immune cells | fingerprint | - | | family:I editor
invulnerable framework | immune system | fingerprint | n | | family:I editor
invulnerable reaction | immune response | fingerprint | n | | family:I editor
inward breath | inhalation | fingerprint | - | | mined editor family:I
inward medication | internal medicine | fingerprint | - | | mined editor family:I sites=1
inward prescription | internal medicine | fingerprint | - |  | mined editor family:I
iotas | atoms | fingerprint | - | | mined editor family:I sites=1
irregular fasting | intermittent fasting | fingerprint | - | | editor family:I
irregularity | lump | ambiguous | n | near=breast,breasts,bosom,bosoms,armpit,armpits,underarm,testicle,testicles | mined editor family:I sites=1
irresistible | infectious | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sicknesses,sickness,agents,particles,virus,variant,variation,strain,period | family:I editor
irresistible ailment master | infectious disease expert | fingerprint | n | | family:I editor
irresistible ailments | infectious diseases | fingerprint | - | | family:I editor
irresistible illness | infectious disease | fingerprint | n | | family:I editor
irresistible illness master | infectious disease expert | fingerprint | n | | family:I editor
irresistible infections | infectious diseases | fingerprint | - | | family:I editor
irresistible maladies | infectious diseases | fingerprint | - | | family:I editor
irresistible malady | infectious disease | fingerprint | n | | family:I editor
irresistible malady master | infectious disease expert | fingerprint | n | | family:I editor
irresistible operator | infectious agent | fingerprint | n | | mined editor family:I
irresistible sickness master | infectious disease expert | fingerprint | n | | family:I editor
irresistible sicknesses | infectious diseases | fingerprint | - | | family:I editor
isolate | quarantine | ambiguous | - | prev=in,into,mandatory,compulsory,obligatory,strict,hotel,two-week,fourteen-day,home | family:I editor
isolated into | divided into | ambiguous | - | prev=be,been,is,are,was,were,further | mined editor family:I
itemized | detailed | ambiguous | - | !next=bill,bills,list,lists,receipt,receipts,deduction,deductions,deductible,statement,statements,invoice,invoices | mined editor family:I
its previous reach | its former range | fingerprint | - | | mined editor family:I sites=1
jeopardized | endangered | ambiguous | - | near=species,animal,animals,bird,birds,creatures,wildlife,fledgling,extinction,annihilation,plants,mammals,fish,populations,populaces or prev=distinctly,noticeably,plainly | mined editor family:I sites=2
jeopardized species | endangered species | fingerprint | - | | family:I editor
job | role | ambiguous | - | prev=significant,key,critical,vital,crucial,focal,fundamental,pivotal,causal,noteworthy,central,imperative next=in,of,for | family:I editor
joblessness | unemployment | ambiguous | - | | family:I editor
joint torment | joint pain | fingerprint | - | | family:I editor
jungle fever | malaria | fingerprint | - | | family:I editor
justification for why | reason why | ambiguous | - | | mined editor family:I
keep away from | avoid | ambiguous | - | | family:I editor
keep going month | last month | fingerprint | - | | family:I editor
keep going quite a while | last a long time | fingerprint | - |  | mined editor family:I
keep going time | last time | fingerprint | - | | family:I editor
keep going week | last week | fingerprint | - | | family:I editor
keep going year | last year | fingerprint | - | | family:I editor
keep on | continue | ambiguous | v | | family:I editor
keep on ascending | continue to rise | fingerprint | v | | mined editor family:I sites=1
keep you refreshed on | keep you updated on | fingerprint | - | | mined editor family:I sites=1
keeping in mind that | while | ambiguous | - | | family:I editor
key action items | Key takeaways | ambiguous | - | line-start line-end | mined editor family:I sites=1
kick the bucket | die | fingerprint | - | | family:I editor
kick-begin | kick-start | fingerprint | - | | mined editor family:I sites=1
kicked the bucket | died | fingerprint | - | | family:I editor
kicking the bucket | dying | ambiguous | - |  | mined editor family:I
kicking the bucket ahead of schedule | dying early | fingerprint | - | | mined editor family:I sites=1
kid conceived | child born | fingerprint | - | !next=through,via,by,with,using,after,during,from,naturally,outside,before,when,while,in | mined editor family:I sites=1
kid maltreatment | child abuse | fingerprint | - | | family:I editor
kid misuse | child abuse | fingerprint | - | | family:I editor
kidney disappointment | kidney failure | fingerprint | - | | family:I editor
kidney malady | kidney disease | fingerprint | - | | family:I editor
kidney malignancy | kidney cancer | fingerprint | - | | family:I editor
kids' wellbeing | kids' health | fingerprint | - | | family:I editor
kind and harmful | benign and malignant | fingerprint | - | | editor family:I sites=1
kindhearted tumor | benign tumor | fingerprint | n | | family:I editor
knee torment | knee pain | fingerprint | - | | family:I editor
laborers | workers | ambiguous | - | | family:I editor
lack of healthy sustenance | malnutrition | fingerprint | - | | family:I editor
lactic corrosive | lactic acid | fingerprint | - | | editor family:I
ladies determined to have | women diagnosed with | fingerprint | - |  | mined editor family:I
ladies' wellbeing | women's health | fingerprint | - | | family:I editor
Large Ben | Big Ben | fingerprint | cs | | mined editor family:I sites=1
laser-helped | laser-assisted | fingerprint | - | | editor family:I sites=1
law authorization | law enforcement | fingerprint | - | | family:I editor
law requirement authorities | law enforcement officials | fingerprint | - | | family:I editor
law requirement offices | law enforcement agencies | fingerprint | - | | family:I editor
law requirement officials | law enforcement officials | fingerprint | - | | family:I editor
lawyer general | attorney general | fingerprint | - | | family:I editor
lead creator | lead author | fingerprint | n | | family:I editor
lead specialist | lead researcher | ambiguous | n | | mined editor family:I sites=1
leafy foods | fruits and vegetables | fingerprint | - | | family:I editor
learning handicaps | learning disabilities | ambiguous | - | | family:I editor
legislature | government | ambiguous | - | | family:I editor
legislatures | governments | ambiguous | - | | family:I editor
lensing impact | lensing effect | fingerprint | n | | mined editor family:I sites=1
less demanding | easier | ambiguous | - | | mined editor family:I sites=1
less normal | less common | ambiguous | - | | mined editor family:I sites=2
lessen | reduce | ambiguous | v | | family:I editor
lessen the danger of | reduce the risk of | fingerprint | v | | family:I editor
lessen the hazard of | reduce the risk of | fingerprint | v | | family:I editor
letting completely go | losing control | fingerprint | - |  | mined editor family:I
level the bend | flatten the curve | fingerprint | - | | family:I editor
liable to | likely to | ambiguous | - | | family:I editor
liable to create | likely to develop | fingerprint | - |  | mined editor family:I
life structures | anatomy | ambiguous | - | | mined editor family:I
life systems | anatomy | ambiguous | - | | mined editor family:I sites=1
light a long time | light-years | fingerprint | - | | family:I editor
light a very long time | light-years | fingerprint | - | | family:I editor
light vitality | light energy | fingerprint | - | | mined editor family:I
likewise | also | ambiguous | - | | family:I editor
likewise normally | also commonly | fingerprint | - | | mined editor family:I
limitations | restrictions | ambiguous | - | prev=travel,lockdown,pandemic,coronavirus,covid-19,covid,strict,government,tighter,severe,movement,new,social,these | family:I editor
line up perceptions | follow-up observations | fingerprint | - | | mined editor family:I
liquid maintenance | fluid retention | fingerprint | - | | editor family:I
liquor | alcohol | ambiguous | - | | family:I editor
liquor admission | alcohol intake | fingerprint | - | | family:I editor
liquor reliance | alcohol dependence | fingerprint | - | | family:I editor
liquor use issue | alcohol use disorder | fingerprint | - | | family:I editor
liquor utilization | alcohol consumption | fingerprint | - | | family:I editor
lithium-particle | lithium-ion | fingerprint | - | | family:I editor
little cell lung | small cell lung | fingerprint | - |  | mined editor family:I
littler | smaller | ambiguous | - | | family:I editor
liver disappointment | liver failure | fingerprint | - | | family:I editor
liver malady | liver disease | fingerprint | - | | family:I editor
liver malignancy | liver cancer | fingerprint | - | | family:I editor
living framework | living system | fingerprint | n | | mined editor family:I
living space annihilation | habitat destruction | fingerprint | - | | family:I editor
living space misfortune | habitat loss | fingerprint | - | | family:I editor
living space obliteration | habitat destruction | fingerprint | - | | family:I editor
living space rebuilding | habitat restoration | fingerprint | - | | mined editor family:I sites=1
living spaces | habitats | ambiguous | - | near=wildlife,species,animals,animal,birds,plants,populations,populaces,natural,untamed,creatures,extinction,ecosystem,ecosystems,forests,backwoods | mined editor family:I
loathe discourse | hate speech | fingerprint | - | | family:I editor
loathe violations | hate crimes | fingerprint | - | | family:I editor
loathe wrongdoings | hate crimes | fingerprint | - | | family:I editor
local area spread | community spread | fingerprint | - | | mined editor family:I
local area transmission | community transmission | fingerprint | - | | mined editor family:I
local group of worlds | Local Group of galaxies | fingerprint | - | | mined editor family:I sites=1
locales | regions | ambiguous | - | | family:I editor
lockdown estimates | lockdown measures | fingerprint | - | | family:I editor
lodging advertise | housing market | fingerprint | - | | family:I editor
lodging deficiency | housing shortage | fingerprint | - | | family:I editor
lodging emergency | housing crisis | fingerprint | - | | family:I editor
lodging lack | housing shortage | fingerprint | - | | family:I editor
lodging showcase | housing market | fingerprint | - | | family:I editor
logical accomplishments | scientific achievements | fingerprint | - | | mined editor family:I
logical agreement | scientific consensus | fingerprint | - | | family:I editor
logical and handy | scientific and practical | fingerprint | - | | mined editor family:I
logical comprehension | scientific understanding | fingerprint | - | | mined editor family:I
logical enquiry | scientific enquiry | fingerprint | - | | mined editor family:I
logical exploration | scientific research | fingerprint | - | | family:I editor
logical gadget | analytical device | fingerprint | n | | editor family:I
logical investigation | scientific study | fingerprint | n | | mined editor family:I
logical network | scientific community | ambiguous | - | | family:I editor
logical proof | scientific evidence | ambiguous | - | | family:I editor
logical writing | scientific literature | fingerprint | - | | mined editor family:I sites=1
long haul | long-term | ambiguous | - | !prev=the,for !next=flight,flights,truck,trucks,trucking,trucker,truckers | family:I editor
long haul care | long-term care | fingerprint | - | | family:I editor
long haul impacts | long-term effects | fingerprint | - | | family:I editor
long periods of rest | hours of sleep | ambiguous | - | | family:I editor
long range interpersonal communication | social networking | fingerprint | - | | family:I editor
long stretches of rest | hours of sleep | fingerprint | - | | family:I editor
longitudinal contemplate | longitudinal study | fingerprint | - | | family:I editor
looks to comprehend | seeks to understand | fingerprint | - | | mined editor family:I
loose bowels | diarrhea | ambiguous | - | | family:I editor
loss of enthusiasm for | loss of interest in | fingerprint | - |  | mined editor family:I
loss of intrigue | loss of interest | fingerprint | - |  | mined editor family:I
loss of life | death toll | ambiguous | - | prev=the next=in,rises,rose,risen,reaches,reached,arrives,climbs,climbed,tops,topped,hits,hit,jumps,jumped,passes,passed,stands,stood,surges,surged,presently,now,has,had,increased,expanded,moves,moved | mined editor family:I
low degrees of | low levels of | fingerprint | - |  | mined editor family:I
low earth circle | low Earth orbit | fingerprint | - | | family:I editor
low instructive | low educational | fingerprint | - |  | mined editor family:I
low maintenance employments | part-time jobs | fingerprint | - | | family:I editor
low maintenance laborers | part-time workers | fingerprint | - | | family:I editor
low quality nourishment | junk food | fingerprint | - | | family:I editor
low-pay nations | low-income countries | fingerprint | - | | family:I editor
low-salary nations | low-income countries | fingerprint | - | | family:I editor
lowest pay permitted by law | minimum wage | fingerprint | - | | family:I editor
lunar obscuration | lunar eclipse | fingerprint | n | | family:I editor
lunar overshadowing | lunar eclipse | fingerprint | n | | family:I editor
lung malady | lung disease | fingerprint | - | | family:I editor
lung malignancy | lung cancer | fingerprint | - | | family:I editor
lung wellbeing | lung health | fingerprint | - | | family:I editor
lyme malady | Lyme disease | fingerprint | - | | family:I editor
lyme sickness | Lyme disease | fingerprint | - | | family:I editor
lymph hub | lymph node | fingerprint | - |  | editor family:I
lymph hubs | lymph nodes | fingerprint | - |  | mined editor family:I
made the discover | made the discovery | fingerprint | - | | mined editor family:I
magnifying instrument | microscope | fingerprint | n | | mined editor family:I sites=1
main portion | first dose | ambiguous | n | near=antibody,antibodies,immunization,immunizations,vaccine,vaccines,inoculation,inoculations,inoculated,vaccination,vaccinated,immunized,jab,jabs,covaxin | mined editor family:I sites=1
main source of | leading cause of | ambiguous | - | next=death,deaths,passings,handicap,disability,inability,blindness,malignant,cancer,cancers,disease,diseases,illness,sickness,mortality,hospitalization,hospitalisation,dementia,stroke,strokes,kidney,liver,heart,coronary,cardiovascular,preventable | mined editor family:I sites=2
main viable treatment | only effective treatment | fingerprint | - | | mined editor family:I
maintain a strategic distance from | avoid | fingerprint | v | | family:I editor
makes harm | causes damage to | fingerprint | - | !next=to | mined editor family:I
maladies | diseases | ambiguous | - | | family:I editor
malady | disease | ambiguous | - | | family:I editor
malady control and avoidance | Disease Control and Prevention | fingerprint | - | | family:I editor
malady control and counteraction | Disease Control and Prevention | fingerprint | - | | family:I editor
malignancy | cancer | ambiguous | - | | dev:I editor
malignancy cells | cancer cells | fingerprint | - | | family:I editor
malignancy chance | cancer risk | fingerprint | - | | family:I editor
malignancy danger | cancer risk | fingerprint | - | | family:I editor
malignancy determination | cancer diagnosis | fingerprint | - | | family:I editor
malignancy finding | cancer diagnosis | fingerprint | - | | family:I editor
malignancy hazard | cancer risk | fingerprint | - | | family:I editor
malignancy patient | cancer patient | fingerprint | - | | family:I editor
malignancy patients | cancer patients | fingerprint | - | | family:I editor
malignancy repeat | cancer recurrence | fingerprint | - | | family:I editor
malignancy research | cancer research | fingerprint | - | | family:I editor
malignancy screening | cancer screening | fingerprint | - | | family:I editor
malignancy survivors | cancer survivors | fingerprint | - | | family:I editor
malignancy treatment | cancer treatment | fingerprint | - | | family:I editor
malignant growth | cancer | fingerprint | n | | family:I editor
malignant growth cells | cancer cells | fingerprint | - | | family:I editor
malignant growth endurance | cancer survival | fingerprint | - | | editor family:I sites=1
malignant growth hazard | cancer risk | fingerprint | - | | family:I editor
malignant growth repeat | cancer recurrence | fingerprint | - | | family:I editor
malignant growths | cancers | fingerprint | - | | family:I editor
man-made brainpower | artificial intelligence | fingerprint | - | | family:I editor
man-made consciousness | artificial intelligence | fingerprint | - | | family:I editor
man-made intelligence | AI | fingerprint | - | | family:I editor
man-made reasoning | artificial intelligence | fingerprint | - | | family:I editor
manifestation the board | symptom management | fingerprint | - | | editor family:I sites=1
manifestations | symptoms | ambiguous | - | | family:I editor sites=4
many-sided quality | complexity | fingerprint | - | | mined editor family:I sites=1
mars meanderer | Mars rover | fingerprint | n | | family:I editor
mars wanderer | Mars rover | fingerprint | n | | family:I editor
martian circle | Martian orbit | fingerprint | - | | mined editor family:I sites=1
maryjane | marijuana | fingerprint | - | | family:I editor
mass elimination | mass extinction | ambiguous | - | | mined editor family:I sites=1
mass social affairs | mass gatherings | fingerprint | - | | family:I editor
masters | experts | ambiguous | - | prev=health,wellbeing,medical,clinical,climate,atmosphere,leading,many,independent,outside,security,infectious,irresistible,disease,malady,industry,scientific,logical,nutrition,sustenance,mental,psychological,emotional,these,those,several,numerous,various | family:I editor
material | cloth | ambiguous | - | next=face,covers,veils,masks,mask,cover | dev:I
material science | physics | ambiguous | - | near=quantum,classical,mechanics,theory,theories,hypothesis,hypotheses,particle,particles,relativity,newtonian,atoms,molecules,subatomic,sub-atomic | editor family:I sites=2
matured | aged | ambiguous | - | | family:I editor
maturing | aging | ambiguous | - | prev=healthy,sound,solid,biological,organic,natural,normal,brain,cerebrum,mind,skin,population,populace,premature,untimely,slow,slows,slowing,cellular,accelerated,quickened,successful,of,and,with,against,on,during,amid,age,anti,reverse,the or next=process,population,populace,brain,cerebrum,adults,grown-ups,bodies,body,skin,cells,research,biology | family:I editor
maturing populace | aging population | fingerprint | - | | family:I editor
maturing procedure | aging process | fingerprint | - | | family:I editor
may should | might need to | fingerprint | - | | mined editor family:I sites=1
mayhem hypothesis | chaos theory | fingerprint | - | | family:I editor
meanderer | rover | ambiguous | n | | mined editor family:I sites=1
measurable examination | statistical analysis | fingerprint | - | | family:I editor
measurable investigation | statistical analysis | fingerprint | - | | family:I editor
measurably critical | statistically significant | fingerprint | - | | family:I editor
measurably huge | statistically significant | fingerprint | - | | family:I editor
measurably noteworthy | statistically significant | fingerprint | - | | family:I editor
measure of | amount of | ambiguous | - | !prev=a,one,another,some,full,good,fair,certain,key,important,simple,objective,direct,reliable,useful,standard,accurate,better,crude,proxy,primary,secondary,main,common,widely,quick,large,great,small | family:I editor
measure of sustenance | amount of food | fingerprint | - | | mined editor family:I
mechanical agribusiness | industrial agriculture | fingerprint | - | | mined editor family:I sites=1
mechanical architect | mechanical engineer | fingerprint | n | | mined editor family:I
mechanical designing | mechanical engineering | fingerprint | - | | editor family:I sites=1
mechanical squanders | industrial wastes | fingerprint | - | | mined editor family:I sites=1
meddle with | interfere with | fingerprint | - |  | mined editor family:I
media transmission | telecommunication | ambiguous | - | | mined editor family:I sites=1
media transmission advances | telecommunication technologies | fingerprint | - | | mined editor family:I sites=1
mediation gathering | intervention group | fingerprint | n | | family:I editor
mediations | interventions | ambiguous | - | | mined editor family:I sites=1
medical advantages | health benefits | fingerprint | - | | family:I editor
medical attendant | nurse | fingerprint | - | | family:I editor
medical attendants | nurses | fingerprint | - | | family:I editor
medical attendants and specialists | nurses and doctors | fingerprint | - | | family:I editor
medical caretaker | nurse | fingerprint | - | | editor family:I sites=1
medical caretakers | nurses | fingerprint | - | | family:I editor
medical clinic | hospital | fingerprint | n | | family:I editor
medical coverage | health insurance | ambiguous | - | | family:I editor
medical procedure | surgery | ambiguous | - | | family:I editor
medical services experts | health care professionals | ambiguous | - | | mined editor family:I sites=1
medicate misuse | drug abuse | fingerprint | - | | family:I editor
medicate reaction | drug response | fingerprint | n | | editor family:I
medicate safe | drug-resistant | fingerprint | - | | family:I editor
medication compulsion | drug addiction | fingerprint | - | | family:I editor
medication deficiencies | drug shortages | fingerprint | - | | family:I editor
medication excess | drug overdose | fingerprint | n | | family:I editor
medication obstruction | drug resistance | fingerprint | - | | family:I editor
medication opposition | drug resistance | fingerprint | - | | family:I editor
medication organizations | drug companies | fingerprint | - | | family:I editor
medication safe | drug-resistant | fingerprint | - | | dev:I
medicinal | medical | ambiguous | - | next=condition,conditions,care,records,record,history,attention,professionals,professional,experts,expert,staff,school,schools,students,student,journal,diary,costs,bills,advice,services,workers,devices,device,gadgets,center,centre,community,network,team,examiner,officer,procedures,procedure,emergency,literature,exploration,investigation,field,practitioners,specialists,specialist,crisis,imaging,insurance,facilities,facility | mined editor family:I
medicinal condition | medical condition | fingerprint | n | | mined editor family:I
medicinal consideration | medical care | fingerprint | - | | family:I editor
medicinal perception | medical observation | fingerprint | - | | mined editor family:I
medicinal services | health care | fingerprint | - | | family:I editor
medicinal services framework | health care system | fingerprint | n | | family:I editor
medicinal services laborers | health care workers | fingerprint | - | | family:I editor
medicinal services suppliers | health care providers | fingerprint | - | | family:I editor
medium-term | overnight | ambiguous | - | prev=again,up,higher,sharply,back,bounced,jumped,rose,surged,climbed,increased,expanded,doubled,tripled,grew,fell,dropped,third,half,percent,cent | mined editor family:I
mellow | mild | ambiguous | - | next=symptoms,side,manifestations,indications,illness,disease,malady,sickness,cases,case,covid-19,covid,infection,infections,cognitive,subjective,intellectual,fever,cold,flu,influenza,depression,anxiety,reactions,responses,hypertension,asthma,dementia | family:I editor
mellow psychological disability | mild cognitive impairment | fingerprint | - | | editor family:I sites=1
mellow to direct | mild to moderate | fingerprint | - |  | mined editor family:I
mellow to extreme | mild to severe | fingerprint | - |  | mined editor family:I
mellow to serious | mild to severe | fingerprint | - |  | editor family:I
member | participant | ambiguous | - | near=study,examination,investigation,exploration,research,analysts,researchers,trial,preliminary,survey,overview,understudies,students,concentrate | family:I editor
memory misfortune | memory loss | fingerprint | - | | family:I editor
men and ladies | men and women | ambiguous | - | | family:I editor
mending time | healing time | fingerprint | - | | mined editor family:I
mental imbalance | autism | ambiguous | - | | family:I editor
mental imbalance range issue | autism spectrum disorder | fingerprint | - | | family:I editor
mental issue | mental disorder | ambiguous | - | prev=typical,normal,common,serious,genuine,extreme,significant | mined editor family:I
mental pressure | mental stress | ambiguous | - | | mined editor family:I
mental scatters | mental disorders | fingerprint | - | | family:I editor
merits noticing | is worth noting | fingerprint | - | | family:I editor
merits referencing | is worth mentioning | fingerprint | - | | family:I editor
meta-examination | meta-analysis | fingerprint | n | | family:I editor
meta-investigation | meta-analysis | fingerprint | n | | family:I editor
meters separated | meters apart | ambiguous | - | | dev:I
methane discharges | methane emissions | fingerprint | - | | family:I editor
methane emanations | methane emissions | fingerprint | - | | family:I editor
methane outflows | methane emissions | fingerprint | - | | family:I editor
methodical audit | systematic review | fingerprint | n | | family:I editor
methodical survey | systematic review | fingerprint | n | | family:I editor
metres separated | metres apart | ambiguous | - | | dev:I
metropolitan wastewater | municipal wastewater | fingerprint | - | | mined editor family:I
microscopic organisms | bacteria | ambiguous | - | | family:I editor
midriff perimeter | waist circumference | fingerprint | - | | family:I editor
midriff periphery | waist circumference | fingerprint | - | | family:I editor
midsection perimeter | waist circumference | fingerprint | - | | family:I editor
midsection periphery | waist circumference | fingerprint | - | | family:I editor
midterm political decision | midterm election | fingerprint | n | | family:I editor
midterm political race | midterm election | fingerprint | n | | family:I editor
mileage harm | wear-and-tear damage | fingerprint | - | | editor family:I sites=1
millennia prior | thousands of years ago | fingerprint | - | | mined editor family:I sites=1
mind | brain | ambiguous | - | next=cells,cell,activity,exercise,scans,scan,imaging,tissue,damage,harm,injury,injuries,regions,region,areas,area,function,functions,perform,operate,structure,construction,health,well,tumor,tumour,tumors,tumours,waves,circuits,networks,network,development,improvement,growth,size,volume,chemistry,signals,stem,disease,illness,disorders,sickness,aging,ageing,matter,mapping,implant,implants,computer,organoids,connectivity,pathways,fog,fingers or prev=mouse,rat,fly,monkey,primate,developing,creating,aging,ageing,adult,grownup,the,heart,coronary,and | dev:A dev:I editor
mind action | brain activity | fingerprint | - | | family:I editor
mind boggling | complex | ambiguous | - | !next=amount,amounts,number,numbers,scale,sum,sums,array,rate,speed,speeds,size,figure,figures,distance,distances | mined editor family:I sites=2
mind capacity | brain function | fingerprint | - | | family:I editor
mind cells | brain cells | fingerprint | - | | family:I editor
mind districts | brain regions | fingerprint | - | | family:I editor
mind estimate | brain size | fingerprint | - | | family:I editor
mind exercise | brain activity | fingerprint | - | | family:I editor
mind filters | brain scans | fingerprint | - | | family:I editor
mind harm | brain damage | fingerprint | - | | family:I editor
mind injury | brain injury | fingerprint | - | | family:I editor
mind locales | brain regions | fingerprint | - | | family:I editor
mind malignancy | brain cancer | fingerprint | - | | family:I editor
mind movement | brain activity | fingerprint | - | | family:I editor
mind output | brain scan | fingerprint | n | | mined editor family:I sites=1
mind perform | brain function | fingerprint | - | | dev:A
mind well being | brain health | fingerprint | - | | family:I editor
mind wounds | brain injuries | fingerprint | - | | family:I editor
minuscule | tiny | ambiguous | - | | dev:I
misery | depression | ambiguous | - | near=anxiety,tension,uneasiness,nervousness,mental,emotional,symptom*,disorder*,suicid*,psychological,wellness,sleep,patients | dev:I editor
misery and nervousness | depression and anxiety | fingerprint | - | | family:I editor
misery and restlessness | depression and anxiety | fingerprint | - |  | editor family:I
misery and uneasiness | depression and anxiety | fingerprint | - | | family:I editor
misfortunes | losses | ambiguous | - | prev=species,weight,job,population,habitat,crop,biodiversity,blood,memory,hearing,bone,muscle,forest,ice,financial,economic,monetary,heavy,huge,enormous,monstrous,gigantic,steep,critical,significant,insect,bug | mined editor family:I
mishap | accident | ambiguous | n | | family:I editor
mist concentrates | aerosols | fingerprint | - | | family:I editor
misty or confounded reasoning | unclear or confused thinking | fingerprint | - |  | mined editor family:I
mitigating | anti-inflammatory | ambiguous | - | next=drugs,drug,medications,medication,medicines,properties,effects,impacts,diet,compounds,mixes,sedates,prescriptions,response,reaction,responses | family:I editor
moderate consideration act | Affordable Care Act | fingerprint | - | | family:I editor
moderate down | slow down | fingerprint | v | | family:I editor
moderate the advancement | slow the progression | fingerprint | v | | family:I editor
moderate the spread | slow the spread | fingerprint | - | | family:I editor
moderately aged | middle-aged | fingerprint | - | | family:I editor
moderately little | relatively small | fingerprint | - | | mined editor family:I
molecule gas pedal | particle accelerator | fingerprint | n | | family:I editor
molecule material science | particle physics | fingerprint | - | | family:I editor
molecule quickening agent | particle accelerator | fingerprint | n | | family:I editor
moment espresso | instant coffee | fingerprint | - |  | mined editor family:I
momentary | short-term | ambiguous | - | next=risk,danger,gamble,hazard,malignant,cancer,memory,effects,impacts,outcomes,benefits,mortality,survival | mined editor family:I sites=1
moms | mothers | ambiguous | - | | family:I editor
monetarily significant | economically important | fingerprint | - | | mined editor family:I
monetary emergency | economic crisis | fingerprint | - | | family:I editor
money related | financial | ambiguous | - | | family:I editor
money related catastrophe | financial disaster | fingerprint | - | | editor family:I sites=1
money related emergency | financial crisis | fingerprint | - | | family:I editor
monstrous | massive | ambiguous | - | near=star,stars,planet,planets,sun,earth,moon,black,hole,holes,galaxy,galaxies,satellite,satellites,asteroid,comet,exoplanet,spacecraft,orbit,universe,cosmic,astronomers,telescope,supernova,dark,gap,opening | mined editor family:I
month to month | monthly | ambiguous | - | | family:I editor
more advantageous | healthier | ambiguous | - | next=diet,diets,eating,food,foods,nourishment,nourishments,lifestyle,lifestyles,habits,choices,decisions,options,life,lives,weight,propensities,alternatives,snacks,way,ways,than | family:I editor
more averse to | less likely to | ambiguous | - | | family:I editor
more awful | worse | ambiguous | - | | family:I editor
more awful visualization | worse prognosis | fingerprint | - | | family:I editor
more beneficial | healthier | ambiguous | - | next=diet,diets,eating,food,foods,nourishment,nourishments,lifestyle,lifestyles,habits,choices,decisions,options,life,lives,weight,propensities,alternatives,snacks,way,ways,than | family:I editor
more elevated | higher | ambiguous | - | | family:I editor
more established grown-ups | older adults | fingerprint | - | | family:I editor
more established individuals | older people | fingerprint | - |  | editor family:I
more extended | longer | ambiguous | - | | mined editor family:I sites=1
more grounded | stronger | ambiguous | - | | family:I editor
more joyful | happier | ambiguous | - | | family:I editor
more modest | smaller | ambiguous | - | | mined editor family:I sites=2
more nitty gritty | more detailed | fingerprint | - | | family:I editor
more normal | more common | ambiguous | - | prev=be,is,are,was,were,been,becoming,increasingly,much,far,even,significantly,considerably,substantially,getting | mined editor family:I sites=1
more noteworthy | greater | fingerprint | - | | family:I editor
more outlandish to | less likely to | fingerprint | - | | family:I editor
more probable | more likely | ambiguous | - | | family:I editor
more probable than | more likely than | ambiguous | - |  | mined editor family:I
more prominent | greater | ambiguous | - | | family:I editor
more regrettable | worse | ambiguous | - | | family:I editor
more seasoned | older | fingerprint | - | | family:I editor
more seasoned grown-ups | older adults | fingerprint | - | | family:I editor
more seasoned individuals | older people | fingerprint | - | | family:I editor
more seasoned ladies | older women | fingerprint | - | | family:I editor
more seasoned patients | older patients | fingerprint | - | | family:I editor
more serious danger | greater risk | ambiguous | - | | family:I editor
more serious gamble | greater risk | ambiguous | - | | mined editor family:I sites=1
more serious hazard | greater risk | fingerprint | - | | family:I editor
more terrible | worse | ambiguous | - |  | mined editor family:I
more uncertain | less likely | ambiguous | - | | dev:I
more uncertain to | less likely to | fingerprint | - | | family:I editor
most astounding | highest | ambiguous | - | next=rate,rates,level,levels,risk,risks,number,numbers,incidence,prevalence,amount,amounts,percentage,proportion,share,score,scores,mortality,death,deaths,passings,concentration,concentrations,temperature,temperatures,point,quality,price,prices,cost,costs | mined editor family:I sites=1
most exceedingly awful | worst | fingerprint | - | | family:I editor
most exceedingly terrible | worst | fingerprint | - | | family:I editor
most exceedingly worst | worst | fingerprint | - | | mined editor family:I
most extreme consideration | utmost care | fingerprint | - | | mined editor family:I
most far off | most distant | fingerprint | - | | mined editor family:I sites=2
most grounded | strongest | ambiguous | - | | mined editor family:I
most grounded proof | strongest evidence | fingerprint | - | | mined editor family:I
most ideal approach to | best way to | fingerprint | - | | family:I editor
most ideal method to | best way to | fingerprint | - | | family:I editor
most ideal way to | best way to | fingerprint | - | | family:I editor
most memorable | first | ambiguous | - | next=images,image,pictures,picture,spectra,photos,photographs,observations,flyby,launch,detection | mined editor family:I sites=1
most minimal | lowest | ambiguous | - | next=rate,rates,level,levels,risk,risks,number,numbers,incidence,prevalence,amount,amounts,percentage,proportion,share,score,scores,mortality,death,deaths,passings,concentration,concentrations,temperature,temperatures,point,quality,price,prices,cost,costs | mined editor family:I sites=1
most nitty gritty | most detailed | fingerprint | - | | mined editor family:I sites=1
most normal | most common | ambiguous | - | next=type,types,sort,sorts,kind,kinds,form,forms,cause,causes,reason,reasons,symptom,symptoms,side,intrusive,obtrusive,invasive,malignant,cancer,cancers,disease,diseases,infection,infections,complication,complications,condition,conditions,disorder,disorders,tumor,tumors,variation,variations | mined editor family:I sites=1
most noteworthy | highest | ambiguous | - | next=hazard,risk,danger,rate,rates,level,levels,number,numbers,temperature,temperatures,point,peak,mortality,death,prevalence,incidence,concentration,concentrations | mined editor family:I
most noticeably awful | worst | fingerprint | - | | family:I editor
most noticeably terrible | worst | fingerprint | - | | family:I editor
most often as possible | most frequently | fingerprint | - | | mined editor family:I sites=1
most punctual | earliest | ambiguous | - | next=signs,sign,stage,stages,phase,phases,known,days,years,evidence,record,records,symptoms,indications,forms,form,humans,life | editor family:I sites=1
most punctual phase | earliest stage | fingerprint | n | | editor family:I sites=1
most recent couple of | last few | ambiguous | - | | mined editor family:I
most reduced | lowest | ambiguous | - | next=rate,rates,level,levels,risk,risks,number,numbers,incidence,prevalence,amount,amounts,percentage,proportion,share,score,scores,mortality,death,deaths,passings,concentration,concentrations,temperature,temperatures,point,quality,price,prices,cost,costs | mined editor family:I sites=1
most seasoned | oldest | ambiguous | - | next=at,known,fossil,fossils,dinosaur,dinosaurs,evidence,example,examples,ever,specimen,specimens,rock,rocks,star,stars,galaxy,galaxies,tree,trees,surviving,remains,recorded | mined editor family:I
most well-known | most common | ambiguous | - | next=type,types,sort,sorts,kind,kinds,form,forms,cause,causes,reason,reasons,symptom,symptoms,side,intrusive,obtrusive,invasive,malignant,cancer,cancers,disease,diseases,infection,infections,complication,complications,condition,conditions,disorder,disorders,tumor,tumors,variation,variations | mined editor family:I sites=2
most well-known sort | most common type | fingerprint | - |  | mined editor family:I
most widely recognized | most common | ambiguous | - | next=malignancy,cancer,cancers,type,types,form,forms,cause,causes,kind,kinds,reason,reasons,sort,sorts,symptom,symptoms,side,disease,diseases,illness,sickness,infection,infections,condition,conditions,complaint,complaints,issue,issues,problem,problems,reaction,reactions,method,methods,way,ways | mined editor family:I
motivation behind why | reason why | fingerprint | - |  | mined editor family:I
motor productivity | engine efficiency | fingerprint | - | | mined editor family:I sites=1
mournfulness | sadness | ambiguous | - |  | mined editor family:I
movable gastric band | adjustable gastric band | fingerprint | - | | mined editor family:I
mri filters | MRI scans | fingerprint | - | | family:I editor
much of the time | often | ambiguous | - | | family:I editor
multicellular life form | multicellular organism | fingerprint | n | | editor family:I
murdering | killing | ambiguous | - | | dev:I
muscle throbs | muscle aches | fingerprint | - | | family:I editor
musings | thoughts | ambiguous | - | | family:I editor
narcotic compulsion | opioid addiction | fingerprint | - | | family:I editor
narcotic emergency | opioid crisis | fingerprint | - | | family:I editor
narcotic enslavement | opioid addiction | fingerprint | - | | family:I editor
narcotic excess | opioid overdose | fingerprint | n | | family:I editor
narcotic pestilence | opioid epidemic | fingerprint | - | | family:I editor
narcotic remedies | opioid prescriptions | fingerprint | - | | family:I editor
narcotic solutions | opioid prescriptions | fingerprint | - | | family:I editor
narcotic use issue | opioid use disorder | fingerprint | - | | family:I editor
national establishments of health | National Institutes of Health | fingerprint | - | | family:I editor
national foundations of health | National Institutes of Health | fingerprint | - | | family:I editor
national institutes of wellbeing | National Institutes of Health | fingerprint | - | | family:I editor
national organizations of health | National Institutes of Health | fingerprint | - | | family:I editor
national wellbeing administration | National Health Service | fingerprint | - | | family:I editor
nations | countries | ambiguous | - | !prev=united,first,league,member | dev:I family:H mined
natively constructed | homemade | fingerprint | - | | family:I editor
natural assurance office | Environmental Protection Agency | fingerprint | - | | family:I editor
natural commotion | environmental noise | fingerprint | - | | mined editor family:I sites=1
natural insurance office | Environmental Protection Agency | fingerprint | - | | family:I editor
natural insurance organization | Environmental Protection Agency | fingerprint | - | | family:I editor
natural life | wildlife | ambiguous | - | !prev=his,her,their,its,my,your,our,whole,entire,remainder,rest,a,normal | mined editor family:I
natural product | fruit | ambiguous | n | near=vegetables,veggies,grains,nuts,berries,eat,eating,diet,diets,regimen,regimens,routine,food,foods,fiber,fibre,juice,vitamins,healthy,sound,solid | mined editor family:I sites=1
natural products and vegetables | fruits and vegetables | fingerprint | - | | family:I editor
natural security office | Environmental Protection Agency | fingerprint | - | | family:I editor
natural surroundings | habitat | ambiguous | - | | family:I editor
natural surroundings annihilation | habitat destruction | fingerprint | - | | family:I editor
natural surroundings misfortune | habitat loss | fingerprint | - | | family:I editor
natural surroundings obliteration | habitat destruction | fingerprint | - | | family:I editor
near-earth item | near-Earth object | fingerprint | n | | mined editor family:I sites=1
nearby external planetary group | outer solar system | fingerprint | - | | mined editor family:I sites=1
nearby people group | local community | fingerprint | - | | family:I editor
nearby planet group | solar system | fingerprint | - |  | editor family:I
nearby planet group's | solar system's | fingerprint | - | | mined editor family:I sites=1
nearby planetary group | solar system | fingerprint | n | | mined editor family:I sites=1
nearness | presence | ambiguous | - | prev=the next=of | mined editor family:I sites=2
neck torment | neck pain | fingerprint | - | | family:I editor
neediness | poverty | ambiguous | - | | family:I editor
needle therapy | acupuncture | ambiguous | - | | mined editor family:I
needn't bother with | don't need | ambiguous | - | | mined editor family:I
neglect to | fail to | ambiguous | v | | mined editor family:I sites=1
negligibly obtrusive | minimally invasive | fingerprint | - | | mined editor family:I
neighborhood | local | ambiguous | - | next=authorities,officials,government,governments,councils,council,wellbeing,specialists,media | family:I editor
neighborhood people group | local community | fingerprint | - | | family:I editor
neighborhood time | local time | fingerprint | - | | mined editor family:I sites=1
nerve bladder | gall bladder | fingerprint | - | | editor family:I sites=1
nervous system science | neurology | fingerprint | - | | family:I editor
nervous system specialist | neurologist | fingerprint | n | | family:I editor
nervousness and misery | anxiety and depression | fingerprint | - | | family:I editor
nervousness and sorrow | anxiety and depression | fingerprint | - | | family:I editor
nervousness issue | anxiety disorder | fingerprint | n | | family:I editor
nervousness scatters | anxiety disorders | fingerprint | - | | family:I editor
neural organization | neural network | fingerprint | n | | family:I editor
neural systems | neural networks | ambiguous | - | | family:I editor
neurodegenerative maladies | neurodegenerative diseases | fingerprint | - | | family:I editor
neurodegenerative malady | neurodegenerative disease | fingerprint | - | | family:I editor
neurodegenerative sicknesses | neurodegenerative diseases | fingerprint | - | | family:I editor
neurological scatters | neurological disorders | fingerprint | - | | family:I editor
never again | no longer | ambiguous | - | prev=is,are,was,were,am,be,been,being | mined editor family:I
never some time recently | never before | fingerprint | - | | mined editor family:I
new conceived | newborn | fingerprint | - | | mined editor family:I
new conceived newborn children | newborn infants | fingerprint | - | | mined editor family:I
new england diary of medication | New England Journal of Medicine | fingerprint | - | | family:I editor
new inquire about | new research | fingerprint | - | | family:I editor
news discharge | press release | fingerprint | n | | family:I editor
non domesticated populaces | feral populations | fingerprint | - | | mined editor family:I sites=1
non domesticated steeds | feral horses | fingerprint | - | | mined editor family:I sites=1
non-benefit | nonprofit | fingerprint | - | | mined editor family:I
non-benefit association | nonprofit organization | fingerprint | n | | mined editor family:I
non-careful | non-surgical | fingerprint | - | | editor family:I sites=1
non-clinical | non-medical | fingerprint | - | next=face,facial,masks,mask,covers,cover,covering,coverings,veils,veil,cloth,material | dev:I
non-little cell | non-small cell | fingerprint | - |  | mined editor family:I
non-renewable energy sources | fossil fuels | fingerprint | - | | family:I editor
nonrenewable fuel source | fossil fuel | fingerprint | n |  | mined editor family:I family:D
nonsteroidal mitigating | nonsteroidal anti-inflammatory | fingerprint | - | | editor family:I
normal calamities | natural disasters | fingerprint | - | | family:I editor
normal cold | common cold | fingerprint | - | | family:I editor
normal cures | natural remedies | fingerprint | - | | family:I editor
normal determination | natural selection | fingerprint | - | | family:I editor
normal insusceptibility | natural immunity | fingerprint | - | | family:I editor
normal language handling | natural language processing | fingerprint | - | | family:I editor
normal language preparing | natural language processing | fingerprint | - | | family:I editor
normal populace | average population | fingerprint | - | | mined editor family:I
not as much as | less than | ambiguous | - | | family:I editor
not exactly | less than | ambiguous | - | next=half,a,an,one,two,three,four,five,six,seven,eight,nine,ten,twenty,thirty,forty,fifty,hundred,thousand,million,percent | family:I editor
not having the capacity to | not being able to | ambiguous | - | | mined editor family:I
not kidding | serious | ambiguous | - | next=illness,illnesses,disease,diseases,malady,maladies,ailment,ailments,sickness,risk,risks,hazard,hazards,danger,dangers,threat,threats,side,complications,consequences,condition,conditions,problem,problems,issue,issues,harm,damage,injury,injuries,concern,concerns,health,wellbeing,infection,infections,cases,symptoms,manifestations | family:I editor
not long from now | soon | ambiguous | - | | family:I editor
noteworthy | significant | ambiguous | - | | family:I editor
noteworthy contrast | significant difference | fingerprint | n | | mined editor family:I sites=1
noticeable universe | visible universe | fingerprint | - | | mined editor family:I
notwithstanding | however | ambiguous | - | line-start | dev:I editor
notwithstanding the way that | even though | fingerprint | - | | family:I editor
notwithstanding, | however, | ambiguous | - | | dev:I
nourishment | food | ambiguous | - | | family:I editor
nourishment admission | food intake | fingerprint | - | | family:I editor
nourishment and drug administration | Food and Drug Administration | fingerprint | - | | family:I editor
nourishment and medication administration | Food and Drug Administration | fingerprint | - | | family:I editor
nourishment and medication organization | Food and Drug Administration | fingerprint | - | | family:I editor
nourishment chain | food chain | fingerprint | n | | family:I editor
nourishment deficiencies | food shortages | fingerprint | - | | family:I editor
nourishment frailty | food insecurity | fingerprint | - | | family:I editor
nourishment instability | food insecurity | fingerprint | - | | family:I editor
nourishment plants | food plants | fingerprint | - | | editor family:I
nourishment segment | food component | fingerprint | n | | mined editor family:I
nourishment supplement | food supplement | fingerprint | n | | mined editor family:I
nourishment uncertainty | food insecurity | fingerprint | - | | family:I editor
nourishment web | food web | fingerprint | n | | family:I editor
nourishments | foods | ambiguous | - | | family:I editor
now and again | sometimes | ambiguous | - | !prev=every | family:I editor
nucleic corrosive | nucleic acid | fingerprint | n | | editor family:I
numerical climate forecast | numerical weather prediction | fingerprint | - | | editor family:I sites=1
numerous | many | ambiguous | - | | family:I editor
numerous likenesses | many similarities | fingerprint | - | | mined editor family:I
numerous sclerosis | multiple sclerosis | fingerprint | - | | family:I editor
nursery gas | greenhouse gas | fingerprint | n | | family:I editor
nursery gasses | greenhouse gases | fingerprint | - |  | mined editor family:I
nursery impact | greenhouse effect | fingerprint | - | | family:I editor
nutrient c | vitamin C | fingerprint | - | | family:I editor
nutrient d | vitamin D | fingerprint | - | | family:I editor
nutrient enhancements | vitamin supplements | fingerprint | - | | family:I editor
nutrient inadequacy | vitamin deficiency | fingerprint | - | | family:I editor
nutrient lack | vitamin deficiency | fingerprint | - | | family:I editor
nutritious waterway | alimentary canal | fingerprint | - | | mined editor family:I sites=1
objective | goal | ambiguous | n | !near=lens,lenses,microscope,measure*,assessment*,evaluation*,data | dev:I
obligatory departure | mandatory evacuation | fingerprint | n | | mined editor family:I
obsessive state | pathological state | fingerprint | n | | mined editor family:I
obstinate issues | intractable problems | fingerprint | - | | mined editor family:I
obstruction preparing | resistance training | fingerprint | - | | family:I editor
obtrusive | invasive | ambiguous | - | near=cancer,cancers,malignancy,tumor,tumors,tumour,disease,breast,bosom,carcinoma,ductal,lobular,species,surgery,medical,procedure,procedures | mined editor family:I
obtrusive species | invasive species | fingerprint | - | | family:I editor
occasion skyline | event horizon | fingerprint | n | | mined editor family:I sites=2
occasional influenza | seasonal flu | fingerprint | - | | family:I editor
occupation misfortunes | job losses | fingerprint | - | | family:I editor
ocean fans | sea fans | ambiguous | - | near=coral,corals,reef,reefs,whips,sponges,anemones,polyps | mined editor family:I
ocean ice | sea ice | fingerprint | - | | family:I editor
ocean level ascent | sea level rise | fingerprint | - | | family:I editor
ocean levels | sea levels | ambiguous | - | | family:I editor
ocean turtles | sea turtles | fingerprint | - | | family:I editor
ocean whips | sea whips | fingerprint | - | | mined editor family:I
of its sort | of its kind | ambiguous | - | | mined editor family:I
offer ascent to | give rise to | fingerprint | - | | mined editor family:I sites=1
offers ascent to | gives rise to | fingerprint | - | | editor family:I
old pharaohs | ancient pharaohs | fingerprint | - | | mined editor family:I
on a brief premise | on a temporary basis | fingerprint | - | | family:I editor
on a case-by-case premise | on a case-by-case basis | fingerprint | - | | family:I editor
on a customary premise | on a regular basis | fingerprint | - | | family:I editor
on a day by day premise | on a daily basis | fingerprint | - | | family:I editor
on a deliberate premise | on a voluntary basis | fingerprint | - | | family:I editor
on a full-time premise | on a full-time basis | fingerprint | - | | family:I editor
on a low maintenance premise | on a part-time basis | fingerprint | - | | family:I editor
on a month to month premise | on a monthly basis | fingerprint | - | | family:I editor
on a normal premise | on a regular basis | fingerprint | - | | family:I editor
on a standard premise | on a regular basis | fingerprint | - | | family:I editor
on a transitory premise | on a temporary basis | fingerprint | - | | family:I editor
on a week by week premise | on a weekly basis | fingerprint | - | | family:I editor
on a yearly premise | on an annual basis | fingerprint | - | | family:I editor
on an every day premise | on a daily basis | fingerprint | - | | family:I editor
on an everyday premise | on a daily basis | fingerprint | - | | family:I editor
on highest point of | on top of | fingerprint | - | | mined editor family:I
on more than one occasion per week | once or twice a week | fingerprint | - | | mined editor family:I sites=1
on the grounds that | because | ambiguous | - | | family:I editor
on the off chance that | if | fingerprint | - | | family:I editor
on the web | online | ambiguous | - | | family:I editor
one or a greater amount of | one or more of | fingerprint | - | | mined editor family:I sites=1
one year from now | next year | fingerprint | - | | family:I editor
ongoing | recent | ambiguous | - | next=study,examination,investigation,years,months,weeks,decades,survey,overview,report,paper,concentrate,analysis | family:I editor
ongoing decades | recent decades | fingerprint | - | | family:I editor
ongoing examination | recent study | ambiguous | n | | mined editor family:I sites=1
ongoing liver illness | chronic liver disease | fingerprint | - |  | mined editor family:I
ongoing months | recent months | ambiguous | - | | family:I editor
ongoing weeks | recent weeks | ambiguous | - | | family:I editor
ongoing years | recent years | fingerprint | - | | family:I editor
online life | social media | fingerprint | - | !prev=your,my,our,their,his,her,whose | family:I editor
online networking | social media | fingerprint | - | | family:I editor
open name | open label | ambiguous | - | next=and,trial,trials,study,studies,extension,phase,design | mined editor family:I
open vehicle | public transport | fingerprint | - | | dev:I
open wellbeing | public health | fingerprint | - | | family:I editor
openly and private | in public and private | fingerprint | - | | mined editor family:I
openness | exposure | ambiguous | n | next=to near=air,pollution,contamination,sun,daylight,radiation,chemicals,chemical,smoke,virus,infection,noise,commotion,light,heat,lead,pesticides,particulate,toxins,poisons,asbestos,mold,allergens,ultraviolet,uv,nicotine,tobacco,pathogens,microbes,germs,bacteria,mercury,arsenic,fumes,dust,coronavirus,traffic,traffic-related | mined editor family:I
opposition preparing | resistance training | fingerprint | - | | family:I editor
optional metabolites | secondary metabolites | fingerprint | - | | mined editor family:I
or all the more | or more | ambiguous | - | !next=so,reason,reasons,because,important,necessary,likely,urgent,remarkable,impressive | mined editor family:I sites=1
oral hole | oral cavity | fingerprint | - | | mined editor family:I sites=1
oral malignancy | oral cancer | fingerprint | - | | family:I editor
oral wellbeing | oral health | fingerprint | - | | family:I editor
orderly audit | systematic review | fingerprint | n | | family:I editor
orderly audits | systematic reviews | fingerprint | - |  | mined editor family:I
orderly survey | systematic review | fingerprint | n | | family:I editor
ordinary maturing | normal aging | ambiguous | - | | editor family:I sites=1
organ disappointment | organ failure | fingerprint | - | | family:I editor
organ frameworks | organ systems | fingerprint | - | | mined editor family:I
organ gift | organ donation | fingerprint | n | | family:I editor
original vesicles | seminal vesicles | fingerprint | - | | editor family:I sites=1
otherwise called | also known as | ambiguous | - | | mined editor family:I
ought to | should | ambiguous | - | | dev:I editor
our comprehension of | our understanding of | ambiguous | - | | mined editor family:I sites=2
our general surroundings | the world around us | fingerprint | - |  | mined editor family:I
outcast camps | refugee camps | fingerprint | - | | family:I editor
outcomes propose | results suggest | fingerprint | - | | family:I editor
outcomes recommend | results suggest | fingerprint | - | | family:I editor
outflows | emissions | ambiguous | - | | family:I editor
outgrow control | grow out of control | fingerprint | - | | editor family:I sites=1
outpatient premise | outpatient basis | fingerprint | - | | mined editor family:I
outrageous climate | extreme weather | fingerprint | - | | family:I editor
outrageous climate occasion | extreme weather event | fingerprint | n | | mined editor family:I sites=2
outrageous warmth | extreme heat | fingerprint | - | | family:I editor
outside nationals | foreign nationals | fingerprint | - | | mined editor family:I
outside shaft radiation | external beam radiation | fingerprint | - | | mined editor family:I
outstanding amongst other | one of the best | fingerprint | - | | family:I editor
outstanding breezes | stellar winds | fingerprint | - | | mined editor family:I sites=1
ovarian malignancy | ovarian cancer | fingerprint | - | | family:I editor
over a middle of | over a median of | fingerprint | - |  | mined editor family:I
over and again | repeatedly | ambiguous | - | | mined editor family:I
over portion of | over half of | fingerprint | - | | mined editor family:I sites=2
over the long haul | in the long run | ambiguous | - | | family:I editor
over the top enthusiastic issue | obsessive-compulsive disorder | fingerprint | - | | family:I editor
over the top habitual issue | obsessive-compulsive disorder | fingerprint | - | | family:I editor
overabundance body weight | excess body weight | fingerprint | - | | editor family:I sites=1
overabundance liquid | excess fluid | fingerprint | - | | editor family:I
overall population | general public | fingerprint | - | | family:I editor
oversee | manage | ambiguous | v | | family:I editor
overseeing chief | managing director | fingerprint | n | | family:I editor
overseer | director | ambiguous | n | next=of | mined editor family:I sites=2
overview information | survey data | fingerprint | - | | family:I editor
overview respondents | survey respondents | fingerprint | - | | family:I editor
overweight or fat | overweight or obese | fingerprint | - | | family:I editor
overwhelming consumers | heavy drinkers | fingerprint | - | | family:I editor
overwhelming downpour | heavy rain | fingerprint | - | | family:I editor
overwhelming drinking | heavy drinking | fingerprint | - | | family:I editor
overwhelming precipitation | heavy rainfall | fingerprint | - | | family:I editor
overwhelming smokers | heavy smokers | fingerprint | - | | family:I editor
own particular | own | ambiguous | - | prev=his,her,their,its,my,our,your | editor family:I sites=1
oxygen consuming exercise | aerobic exercise | fingerprint | - | | family:I editor
ozone depleting substances | greenhouse gases | ambiguous | - | near=carbon,emission*,warming,climate,fossil | family:I editor
ozone harming substance | greenhouse gas | fingerprint | - | | family:I editor
ozone harming substances | greenhouse gases | fingerprint | - | | family:I editor
p-esteem | p-value | fingerprint | n | | family:I editor
pace | rate | ambiguous | n | next=of near=disease,diseases,malignant,cancer,infection,infections,death,deaths,passings,mortality,decline,decay,survival,endurance,cases,instances,patients,diagnosis,diabetes,obesity,heftiness,dementia,suicide,hospitalization,intellectual,subjective,bosom,breast | mined editor family:I sites=2
padded and secured | cushioned and protected | fingerprint | - |  | mined editor family:I
palliative consideration | palliative care | fingerprint | - | | editor family:I sites=1
pancreatic malignancy | pancreatic cancer | fingerprint | - | | family:I editor
paranoid notion | conspiracy theory | fingerprint | - | | family:I editor
paranoid notions | conspiracy theories | fingerprint | - | | family:I editor
parental figure | caregiver | ambiguous | n | | family:I editor
paris understanding | Paris Agreement | fingerprint | - | | family:I editor
parkinson's malady | Parkinson's disease | fingerprint | - | | family:I editor
parkinson's sickness | Parkinson's disease | fingerprint | - | | family:I editor
partakers | participants | ambiguous | - | | family:I editor
partaking | participating | ambiguous | - | | family:I editor
particulate issue | particulate matter | fingerprint | - | | family:I editor
partner contemplate | cohort study | fingerprint | - | | family:I editor
partner educator | associate professor | fingerprint | n | | family:I editor
partner study | cohort study | ambiguous | - | | family:I editor
partner teacher | associate professor | fingerprint | n |  | editor family:I
partook | participated | ambiguous | - | | family:I editor
passed on | died | ambiguous | - | !next=to,the,a,an,their,his,her,its,from,by,through,down,along,via | family:I editor
passing rate | death rate | ambiguous | n | | family:I editor
passing toll | death toll | fingerprint | n | | family:I editor
passings | deaths | fingerprint | - | | dev:I
passings internationally | deaths globally | fingerprint | - |  | mined editor family:I
passionate prosperity | mental health | fingerprint | - | | mined editor family:I
past reviews | previous studies | ambiguous | - | next=have,has,had,showed,shown,show,found,find,suggested,suggest,indicated,indicate,demonstrated,demonstrate,proposed,propose,recommended,recommend,distinguished,uncovered,revealed,connected,linked | mined editor family:I sites=1
patient assemblies | patient groups | fingerprint | - |  | mined editor family:I
patterns proceed | trends continue | fingerprint | - | | mined editor family:I sites=1
pay hole | pay gap | fingerprint | - | | family:I editor
pc calculations | computer algorithms | fingerprint | - | | family:I editor
pc designs | computer graphics | ambiguous | - | | mined editor family:I
PC diversions | computer games | fingerprint | cs | | mined editor family:I sites=1
pc framework | computer system | fingerprint | - | | family:I editor
pc helped plan | computer-aided design | fingerprint | - | | editor family:I
pc helped structure | computer-aided design | fingerprint | - | | mined editor family:I
pc recreations | computer simulations | fingerprint | - | | family:I editor
pc reenactments | computer simulations | fingerprint | - | | family:I editor
pc reproductions | computer simulations | fingerprint | - | | family:I editor
pc researcher | computer scientist | fingerprint | - | | family:I editor
pc researchers | computer scientists | fingerprint | - | | family:I editor
pc science | computer science | fingerprint | - | | family:I editor
pc segment | computer component | fingerprint | n | | mined editor family:I
pc supported assembling | computer-aided manufacturing | fingerprint | - | | mined editor family:I
pc vision | computer vision | fingerprint | - | | family:I editor
PDA | cell phone | ambiguous | cs | | dev:I
pda | cell phone | ambiguous | n | | dev:I
PDAs | cell phones | ambiguous | cs | | dev:I
peculiarity | singularity | ambiguous | n | near=dark,opening,openings,gap,gaps,hole,holes,gravity,gravitational,skyline,horizon,spacetime,space-time | mined editor family:I sites=1
pee | urine | ambiguous | - | | family:I editor
pee examples | urine samples | fingerprint | - | | family:I editor
peer-audited | peer-reviewed | fingerprint | - | | family:I editor
peer-checked on | peer-reviewed | fingerprint | - | | family:I editor
peer-looked into | peer-reviewed | fingerprint | - | | family:I editor
people group spread | community spread | fingerprint | - | | family:I editor
people group transmission | community transmission | fingerprint | - | | family:I editor
perceptions | observations | ambiguous | - | near=telescope,telescopes,observatory,observatories,hubble,webb,radio,astronomers,space,nasa,eso,made,galaxy,star,stars | mined editor family:I sites=2
perhaps of the | one of the | fingerprint | - | next=most,biggest,largest,best,worst,main,major,leading,few,top,highest,lowest,oldest,newest,strongest,fastest,earliest,latest,deadliest,smallest,richest,poorest,brightest,closest,longest | mined editor family:I sites=1
peril proportion | hazard ratio | fingerprint | n | | family:I editor
perilous | dangerous | ambiguous | - | | family:I editor
perilous waste | hazardous waste | fingerprint | - | | family:I editor
periodontal malady | periodontal disease | fingerprint | n | | mined editor family:I
persevering hack | persistent cough | fingerprint | - | | family:I editor
persistence rover | Perseverance rover | fingerprint | n | | family:I editor
persistent liver sickness | chronic liver disease | fingerprint | - |  | mined editor family:I
personal satisfaction | quality of life | ambiguous | - | | family:I editor
perspective issue | mood disorder | ambiguous | n | | mined editor family:I
peruse on | read on | fingerprint | - | | mined editor family:I
peruse on to discover | read on to find out | fingerprint | - | | mined editor family:I
perusing | reading | ambiguous | - | | mined editor family:I
pestilence | epidemic | ambiguous | - | | family:I editor
petroleum derivatives | fossil fuels | fingerprint | - | | family:I editor
phases | stages | ambiguous | - | | dev:I
phd up-and-comer | PhD candidate | fingerprint | n | | family:I editor
philanthropic | humanitarian | ambiguous | - | | dev:I
phone body | cell body | ambiguous | - | near=neuron,neurons,axon,axons,dendrite,dendrites,soma,nerve,synapse,synapses,neural | mined editor family:I
phony news | fake news | fingerprint | - | | family:I editor
physical latency | physical inactivity | ambiguous | - | near=exercise,obesity,corpulence,heftiness,diabetes,health,wellbeing,sedentary,weight,load,age,maturity,heart,disease,illness,ailment,risk,hazard,danger | mined editor family:I sites=1
physical movement | physical activity | fingerprint | - | | family:I editor
physical removing | physical distancing | fingerprint | - | | family:I editor
physical separating | physical distancing | fingerprint | - | | family:I editor
physical wellbeing | physical health | fingerprint | - | | family:I editor
physician endorsed | prescription | fingerprint | - | | family:I editor
physician recommended medications | prescription drugs | ambiguous | - | | editor family:I
picture acknowledgment | image recognition | fingerprint | - | | family:I editor
picture guided | image-guided | fingerprint | - | | editor family:I
pieces of the body | parts of the body | ambiguous | - | | mined editor family:I sites=2
pilot contemplate | pilot study | fingerprint | - | | family:I editor
places for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
places for malady control | Centers for Disease Control | fingerprint | - | | family:I editor
plainly visible | macroscopic | ambiguous | - | next=scale,scales,level,levels,world,objects,bodies,systems,matter,physics | editor family:I sites=1
planetary group | solar system | fingerprint | n | | family:I editor
plant-determined | plant-derived | fingerprint | - | | mined editor family:I sites=1
plant-inferred | plant-derived | fingerprint | - | | editor family:I
plastic squander | plastic waste | fingerprint | - | | family:I editor
platelet conglomeration | platelet aggregation | fingerprint | - | | editor family:I
play out | perform | ambiguous | v | next=a,an,surgery,surgeries,tests,test,scans,scan,biopsy,biopsies,operation,operations,procedure,procedures,experiments,experiment,analyses,analysis,examinations,ecg,mri,ultrasound,x-rays,transplants,transplant,research,studies,study | mined editor family:I sites=1
poisonous mixes | toxic compounds | fingerprint | - | | mined editor family:I
political decision extortion | election fraud | fingerprint | - | | family:I editor
political race | election | ambiguous | n | | family:I editor
political race extortion | election fraud | fingerprint | - | | family:I editor
polling form | ballot | ambiguous | n | | family:I editor
ponders | studies | ambiguous | - | prev=however,but,past,previous,earlier,other,many,several,some,recent,these,those,the,few,numerous,various,different,later,more,such,clinical,animal,creature,human,observational,prior,late,ongoing,two,three,four,five or next=have,has,show,showed,shown,suggest,suggested,found,find,indicate,indicated,propose,proposed,demonstrate,demonstrated,recommend,recommended,evaluating,assessing,examining,analyzing,investigating | mined editor family:I sites=1
populace | population | fingerprint | - | | family:I editor
populace estimate | population size | fingerprint | - | | family:I editor
populace wellbeing | population health | fingerprint | - | | family:I editor
populaces | populations | fingerprint | - | | mined editor family:I
popularity based party | Democratic Party | fingerprint | - | | family:I editor
popularity based presidential | Democratic presidential | fingerprint | - | | family:I editor
popularity based up-and-comer | Democratic candidate | fingerprint | n | | family:I editor
portion | dose | ambiguous | n | prev=first,second,third,fourth,single,booster,supporter,promoter,higher,lower,daily,additional,extra,another,both,each,one,two,three !next=of | family:I editor
possibility of endurance | chance of survival | fingerprint | - | | editor family:I sites=1
post-awful pressure | post-traumatic stress | fingerprint | - | | family:I editor
post-awful pressure issue | post-traumatic stress disorder | fingerprint | - | | family:I editor
post-horrendous | post-traumatic | fingerprint | - | | family:I editor
post-horrendous pressure issue | post-traumatic stress disorder | fingerprint | - | | family:I editor
post-horrible | post-traumatic | fingerprint | - | | family:I editor
post-horrible pressure issue | post-traumatic stress disorder | fingerprint | - | | family:I editor
postdoctoral analyst | postdoctoral researcher | fingerprint | n | | family:I editor
postdoctoral individual | postdoctoral fellow | fingerprint | n | | family:I editor
postpartum despondency | postpartum depression | fingerprint | - | | family:I editor
postpartum misery | postpartum depression | fingerprint | - | | family:I editor
powerless against | vulnerable to | ambiguous | - |  | mined editor family:I
practically zero | little or no | fingerprint | - |  | mined editor family:I
pre-restorative | pre-medical | fingerprint | - | | mined editor family:I sites=1
pre-sun powered | pre-solar | fingerprint | - | | mined editor family:I sites=1
precise survey | systematic review | fingerprint | n | | family:I editor
predominance | prevalence | ambiguous | - | | family:I editor
preeminent court | Supreme Court | fingerprint | - | | family:I editor
preliminaries | trials | ambiguous | - | prev=clinical,human,controlled,randomized,randomised | family:I editor
preliminary | trial | ambiguous | - | prev=the,this,a,these,that next=at,in,of,is,was,will,has,had,and,were,are,said,says,showed,shows,found,finds | mined editor family:I sites=1
prepared nourishments | processed foods | fingerprint | - | | family:I editor
preparing information | training data | fingerprint | - | near=model,models,ai,algorithm,algorithms,calculation,calculations,learning,neural,chatbot,chatbots,language,machine | family:I editor
preprint worker | preprint server | fingerprint | n | | family:I editor
prescribed | recommended | ambiguous | - | prev=the,was,were,is,are,been,be,officially,currently,widely,now,has,have,had | dev:I
prescribed measure | recommended amount | fingerprint | - |  | mined editor family:I
present day | modern | ambiguous | - | !prev=the,to,until,till,into,of,through,in,from | mined editor family:I sites=1
present day winged animals | modern birds | fingerprint | - | | mined editor family:I sites=1
present moment | short-term | ambiguous | - | !prev=the,this,in | family:I editor
presented an expense on | introduced a tax on | fingerprint | - |  | mined editor family:I
preservation endeavors | conservation efforts | fingerprint | - | | family:I editor
preservation gatherings | conservation groups | fingerprint | - | | family:I editor
presidential crusade | presidential campaign | fingerprint | n | | family:I editor
presidential discussion | presidential debate | fingerprint | n | | mined editor family:I sites=1
presidential political decision | presidential election | fingerprint | n | | family:I editor
presidential political race | presidential election | fingerprint | n | | family:I editor
press instructions | press briefing | fingerprint | n | | family:I editor
pressure hormone | stress hormone | fingerprint | n | | family:I editor
pressurized canned products | aerosols | fingerprint | - | | family:I editor
presumed | suspected | ambiguous | - | next=cases,case,instances,instance,contaminations,infections,infection,carriers,patients,sufferers,outbreak,flare-up | mined editor family:I
prevailing variation | dominant variant | fingerprint | n | | mined editor family:I sites=1
preventive estimates | preventive measures | fingerprint | - | | family:I editor
primary driver of incapacity | main causes of disability | fingerprint | - |  | mined editor family:I
primary hotspots | main sources | ambiguous | - | next=of | editor family:I
prime clergyman | prime minister | fingerprint | n | | editor family:I
principle | main | ambiguous | - | prev=the,a,our,their,its,his,her next=reason,goal,cause,source,author,aim,findings,finding,focus,objective,driver,outcome,concern,reasons,causes,creator,character,road,aims,goals | family:I editor
principle classifications | main categories | fingerprint | - | | editor family:I
principle sorts | main types | fingerprint | - | | mined editor family:I
prior conditions | pre-existing conditions | ambiguous | - | | family:I editor
privileged elevations | higher altitudes | fingerprint | - | | editor family:I sites=1
probably going to | likely to | ambiguous | - | prev=are,is,was,were,be,been,being,more,less,most,least,not,also,very,equally,twice,you're,they're,we're,he's,she's,it's | mined editor family:I
probably going to end up | likely to become | fingerprint | - |  | mined editor family:I
probably going to end up distinctly | likely to become | fingerprint | - | | mined editor family:I sites=1
procedures of the national academy | Proceedings of the National Academy | fingerprint | - | | family:I editor
proceeded to clarify | went on to explain | ambiguous | - | | mined editor family:I
proclamation | statement | ambiguous | n | | family:I editor
professional flowerbeds | botanical gardens | fingerprint | - | | mined editor family:I
professionally prescribed | prescription | fingerprint | - | | family:I editor
profound learning | deep learning | ambiguous | - | | family:I editor
profound neural systems | deep neural networks | fingerprint | - | | family:I editor
profound prosperity | emotional well-being | fingerprint | - | | mined editor family:I sites=1
profound space | deep space | fingerprint | - | | mined editor family:I
profoundly | highly | ambiguous | - | next=contagious,infectious,irresistible,transmissible,effective,viable,powerful,successful,toxic,poisonous,harmful,addictive,unlikely,improbable,likely,probable,trained,prepared,skilled,qualified,educated,regarded,respected,processed,handled,resistant,competitive,variable,accurate,precise,sensitive,specific,unusual,uncommon,rare,valued,vulnerable,susceptible | family:I editor
profoundly compelling | highly effective | fingerprint | - |  | mined editor family:I
profoundly imperiled | highly endangered | fingerprint | - | | mined editor family:I sites=1
profundities | depths | ambiguous | - | | mined editor family:I
progenitors | ancestors | ambiguous | - | !near=cell,cells,stem,hematopoietic,neural,tumor,progenitor | family:I editor
programmers | hackers | ambiguous | - | near=attack,attacks,assault,assaults,cyber,cyberattack,cyberattacks,breach,breaches,break,stolen,stole,steal,ransomware,malware,passwords,vulnerability,vulnerabilities,hacked,hacking | family:I editor
programming building | software engineering | fingerprint | - | | mined editor family:I sites=1
programming designing | software engineering | fingerprint | - | | mined editor family:I sites=1
programming dialect | programming language | fingerprint | n | | mined editor family:I
programming language hypothesis | programming language theory | fingerprint | - | | mined editor family:I
programming organization | software company | fingerprint | n | | family:I editor
progressions | changes | ambiguous | - | | mined editor family:I
progressively | increasingly | ambiguous | - | | family:I editor
progressively intricate | more complex | fingerprint | - | | mined editor family:I sites=1
projections | lobes | ambiguous | - | near=lung,lungs,liver,brain,cerebrum,mind | mined editor family:I
promoter portion | booster dose | fingerprint | n | | family:I editor
promoter shot | booster shot | fingerprint | n | | family:I editor
promotion bunch | advocacy group | fingerprint | n | | family:I editor
promotion gathering | advocacy group | fingerprint | n | | family:I editor
prompt activity | immediate action | fingerprint | - | | mined editor family:I sites=1
prompt self destruction | lead to suicide | fingerprint | - |  | mined editor family:I
prompted the disclosure | led to the discovery | fingerprint | - | | mined editor family:I
promptly in the first part of the day | early in the morning | fingerprint | - | | mined editor family:I sites=1
proof | evidence | ambiguous | - | !next=concept | dev:I editor
proof proposes | evidence suggests | fingerprint | - | | family:I editor
proof recommends | evidence suggests | fingerprint | - | | family:I editor
propelled | launched | ambiguous | - | near=rocket,satellite,satellites,spacecraft,nasa,telescope,probe,orbiter,lander,rover,esa,spacex,mission,crucial,campaign,crusade,initiative,program,programme | family:I editor
propelled age | advanced age | fingerprint | - | | mined editor family:I sites=1
propelled endoscopy | advanced endoscopy | fingerprint | - | | mined editor family:I sites=1
propels | advances | ambiguous | - | prev=recent,ongoing,late,major,significant,huge,enormous,technological,mechanical,logical,scientific,clinical,medical,new,these,such,the,further,rapid,fast | mined editor family:I sites=1
propels in | advances in | ambiguous | - | next=screening,evaluating,treatment,therapy,therapies,medicine,medication,technology,innovation,science,research,exploration,genetics,imaging,care,diagnostics,surgery,artificial,computerized,computing,genomics,biotechnology,immunotherapy | mined editor family:I sites=1
propels in innovation | advances in technology | fingerprint | - | | editor family:I sites=1
propensities | habits | ambiguous | - | | dev:I
propping for | bracing for | fingerprint | - | | mined editor family:I
proprietor | owner | ambiguous | n | | mined editor family:I
prosperity | well-being | ambiguous | - | prev=and,health,wellbeing | dev:I
prostate malignancy | prostate cancer | fingerprint | - | | family:I editor
protected and compelling | safe and effective | fingerprint | - | | family:I editor
protected and successful | safe and effective | fingerprint | - | | family:I editor
protected and viable | safe and effective | fingerprint | - | | family:I editor
protein admission | protein intake | fingerprint | - | | family:I editor
provided reason to feel ambiguous about | cast doubt on | fingerprint | - | | mined editor family:I sites=1
provincial fluctuation | regional variability | fingerprint | - | | editor family:I sites=1
provincial metastasis | regional metastasis | fingerprint | - |  | mined editor family:I
provocative | inflammatory | ambiguous | - | next=bowel,disease,diseases,markers,response,responses,reaction,reactions,cytokines,conditions,condition,arthritis,proteins,protein,cells,effects,impacts,diet,foods,nourishments,molecules,particles,signals,pathways,process,processes | family:I editor
provocative entrail | inflammatory bowel | fingerprint | - | | mined editor family:I sites=1
provocative entrail malady | inflammatory bowel disease | fingerprint | - | | mined editor family:I sites=1
prowling | lurking | ambiguous | - | | dev:I
przewalski's pony | Przewalski's horse | fingerprint | - | | mined editor family:I sites=1
psoriatic joint inflammation | psoriatic arthritis | fingerprint | - | | editor family:I
psoriatic joint pain | psoriatic arthritis | fingerprint | - | | editor family:I sites=1
psychiatric scatters | psychiatric disorders | fingerprint | - | | family:I editor
psychological debilitation | cognitive impairment | fingerprint | - | | family:I editor
psychological decay | cognitive decline | fingerprint | - | | editor family:I sites=1
psychological decrease | cognitive decline | fingerprint | - | | family:I editor
psychological instability | mental illness | ambiguous | - | | family:I editor
psychological maladjustment | mental illness | ambiguous | n | | family:I editor
psychological militant | terrorist | fingerprint | n | | family:I editor
psychological oppressor | terrorist | fingerprint | n | | family:I editor
psychological well-being | mental health | ambiguous | - | | dev:I
psychological well-being issues | mental health problems | fingerprint | - | | family:I editor
psychological wellbeing | mental health | ambiguous | - | | family:I editor
psychological wellness | mental health | fingerprint | - | | dev:I
pubescence | puberty | ambiguous | - |  | mined editor family:I
public establishments of health | National Institutes of Health | fingerprint | - | | family:I editor
public foundations of health | National Institutes of Health | fingerprint | - | | family:I editor
Public Geographic | National Geographic | fingerprint | cs | !next=information,data,database,databases,names,name,system,systems | mined editor family:I
public institutes of health | National Institutes of Health | fingerprint | - | | family:I editor
public interview | press conference | ambiguous | n | | family:I editor
public organizations of health | National Institutes of Health | fingerprint | - | | family:I editor
public wellbeing administration | National Health Service | fingerprint | - | | family:I editor
pulse very still | blood pressure at rest | fingerprint | - | | editor family:I sites=1
purposeful weight reduction | intentional weight loss | fingerprint | - | | mined editor family:I sites=1
qualities | genes | ambiguous | - | near=hereditary,dna,genome,transformations,transformation,chromosome,chromosomes,protein,proteins,mutations,genetic | family:I editor
quality altering | gene editing | fingerprint | - | | family:I editor
quality articulation | gene expression | fingerprint | - | | family:I editor
quality preparing | strength training | fingerprint | - | | family:I editor
quality treatment | gene therapy | ambiguous | n | near=hereditary,dna,qualities,transformation,transformations,genome,genetic | family:I editor
quality varieties | gene variations | fingerprint | - |  | mined editor family:I
quantity of individuals | number of people | ambiguous | - | | mined editor family:I sites=1
quantum ensnarement | quantum entanglement | fingerprint | - | | family:I editor
quantum field hypothesis | quantum field theory | fingerprint | - | | editor family:I sites=1
quantum hypothesis | quantum theory | fingerprint | - | | editor family:I sites=1
quantum material science | quantum physics | fingerprint | - | | family:I editor
quantum pc's | quantum computer's | fingerprint | - | | mined editor family:I sites=1
quantum pcs | quantum computers | fingerprint | - | | family:I editor
quantum registering | quantum computing | fingerprint | - | | family:I editor
queasiness | nausea | ambiguous | - | | family:I editor
question and answer session | news conference | ambiguous | n | | family:I editor
quickly taking after | immediately following | fingerprint | - |  | mined editor family:I
quiet | patient | ambiguous | - | next=care,safety,outcomes,records,data,groups,population,advocates,advocacy,privacy,consent | family:I editor
quite a while in the past | a long time ago | fingerprint | - | | family:I editor
radiation presentation | radiation exposure | fingerprint | - | | mined editor family:I
rambles | drones | ambiguous | - | near=camera,cameras,aerial,flying,fly,flew,pilots,unmanned,military,strikes,surveillance,airspace,delivery,deliveries,quadcopter | family:I editor
ranchers | farmers | ambiguous | - | !prev=cattle,sheep,beef,livestock | family:I editor
randomized preliminary | randomized trial | fingerprint | n | | family:I editor
rapidly spreading fire | wildfire | ambiguous | n | | family:I editor
rashly | prematurely | ambiguous | - | | dev:I
reaction to stretch | response to stress | fingerprint | - |  | mined editor family:I
real burdensome issue | major depressive disorder | fingerprint | - | | family:I editor
real medical procedure | major surgery | fingerprint | - | | family:I editor
realized cases | known cases | fingerprint | - | | mined editor family:I
rear of the eye | back of the eye | fingerprint | - | | mined editor family:I
reason for death | cause of death | ambiguous | - | | mined editor family:I sites=1
reasonable consideration act | Affordable Care Act | fingerprint | - | | family:I editor
reciprocal balance | bilateral symmetry | fingerprint | - | | mined editor family:I
recommend | suggest | ambiguous | v | prev=discoveries,findings,results,outcomes,information,data,proof,evidence,examination,study,investigation,exploration,research,studies,examinations,concentrates | family:I editor
record-softening | record-breaking | fingerprint | - |  | mined editor family:I
recoup | recover | ambiguous | v | next=from,fully,completely,totally,quickly,rapidly,without,within,after | mined editor family:I
recoup from | recover from | fingerprint | v | | family:I editor
recuperate | recover | ambiguous | v | !next=costs,losses,money,funds,damages | family:I editor
recuperation | recovery | ambiguous | - | | family:I editor
red platelets | red blood cells | fingerprint | - | | family:I editor
reflection meeting | meditation session | fingerprint | n | | mined editor family:I sites=1
refreshed | updated | ambiguous | - | !prev=feel,feels,felt,feeling,look,looks,looked,looking,wake,wakes,woke,awake,awoke,waking,leave,leaves,left,leaving,seem,seems,seemed,sound,sounds,rested,and,skin,mind,body | mined editor family:I sites=4
refreshments | beverages | ambiguous | - | | family:I editor
refuge searchers | asylum seekers | fingerprint | - | | family:I editor
regardless of the way that | although | fingerprint | - | | editor family:I sites=1
regardless of whether | whether | ambiguous | - | prev=see,sees,seeing,know,knows,known,knowing,determine,determined,decide,decided,check,checked,examine,examined,assess,assessed,investigate,investigated,test,tested,unclear,clear,asked,ask,asking,about,on,question,wonder,wondered,evaluate,evaluated,show,tell,understand,comprehend,predict,learn,find,discover,explore,explored,concentrated,analyze,analyzed,consider,considered,over,of,to | family:I editor
regenerative age | reproductive age | fingerprint | - | | mined editor family:I
regenerative framework | reproductive system | fingerprint | n | | mined editor family:I
regenerative wellbeing | reproductive health | fingerprint | - | | family:I editor
regular calamities | natural disasters | fingerprint | - | | family:I editor
regular cures | natural remedies | fingerprint | - | | family:I editor
regular insusceptibility | natural immunity | fingerprint | - | | family:I editor
regurgitating | vomiting | ambiguous | - | | family:I editor
rehashed | repeated | ambiguous | - | !next=version,versions,story,stories,argument,arguments,material,content,idea,ideas,plot,plots,talking,claims,news,footage,rumours,rumors | mined editor family:I sites=1
relapse examination | regression analysis | fingerprint | - | | family:I editor
relapse investigation | regression analysis | fingerprint | - | | family:I editor
related with | associated with | fingerprint | - | | family:I editor
relating creator | corresponding author | fingerprint | n | | family:I editor
relative physiology | comparative physiology | fingerprint | - | | mined editor family:I
relies on upon | depends on | fingerprint | - | | mined editor family:I
relocate | transplant | ambiguous | n | prev=organ,kidney,liver,heart,lung,bone,marrow,fecal,face,hair,cornea,corneal,hand,uterus | family:I editor
rely on upon | depend on | fingerprint | - | | editor family:I
relying on upon | depending on | fingerprint | - | | editor family:I
remain at home orders | stay-at-home orders | fingerprint | - | | family:I editor
remain at home requests | stay-at-home orders | fingerprint | - | | family:I editor
remaining parts | remains | ambiguous | - | prev=fossil,fossilized,fossilised,skeletal,mortal,dinosaur,animal | mined editor family:I
remedy drugs | prescription drugs | fingerprint | - | | family:I editor
remedy medications | prescription medications | fingerprint | - | | family:I editor
remembered for the examination | included in the study | fingerprint | - |  | mined editor family:I
remembering for | including in | fingerprint | - | | dev:I
represent considerable authority in | specialize in | fingerprint | - | | editor family:I
represents considerable authority in | specializes in | fingerprint | - | | editor family:I
reproducing season | breeding season | fingerprint | n | | mined editor family:I
reproductions | simulations | ambiguous | - | near=model,models,climate,atmosphere,computer,pc,pictures,images,picture,image,telescope,data,physics,supercomputer | mined editor family:I sites=2
research overseer | research director | fingerprint | n | | mined editor family:I
residue | dust | ambiguous | - | near=cosmic,astronomical,star,stars,galaxy,galaxies,worlds,planet,planets,comet,comets,disk,disks,disc,discs,gas,interstellar,space,grains,cloud,clouds,nebula,universe,frosty,ring,rings,telescope,hubble | mined editor family:I sites=3
resistant framework | immune system | fingerprint | n | | family:I editor
resistant reaction | immune response | fingerprint | n | | family:I editor
respiratory beads | respiratory droplets | fingerprint | - | | family:I editor
respiratory contamination | respiratory infection | fingerprint | - | | family:I editor
respiratory contaminations | respiratory infections | fingerprint | - | | family:I editor
respiratory disappointment | respiratory failure | fingerprint | - | | family:I editor
respiratory framework | respiratory system | fingerprint | n | | family:I editor
respiratory malady | respiratory disease | fingerprint | n | | family:I editor
responses | reactions | ambiguous | - | prev=like,flu-like,allergic,adverse,severe,mild,skin,serious | dev:I editor
rest aggravations | sleep disturbances | fingerprint | - | | family:I editor
rest apnea | sleep apnea | fingerprint | - | | family:I editor
rest deprivation | sleep deprivation | fingerprint | - | | family:I editor
rest designs | sleep patterns | fingerprint | - | | family:I editor
rest examples | sleep patterns | fingerprint | - | | family:I editor
rest guaranteed | rest assured | fingerprint | - | | mined editor family:I sites=1
rest hardship | sleep deprivation | fingerprint | - | | family:I editor
rest issue | sleep disorder | fingerprint | n | | family:I editor
rest length | sleep duration | fingerprint | - | | family:I editor
rest propensities | sleep habits | fingerprint | - | | family:I editor
rest quality | sleep quality | fingerprint | - | | family:I editor
rest scatters | sleep disorders | fingerprint | - | | family:I editor
rest span | sleep duration | fingerprint | - | | family:I editor
rest unsettling influences | sleep disturbances | fingerprint | - | | family:I editor
resting excessively | sleeping too much | fingerprint | - |  | mined editor family:I
restlessness | anxiety | ambiguous | - | near=depression,misery,melancholy,sadness,despondency,dejection,discouragement,gloom,wretchedness,contemplation,mental,disorder*,issue*,symptom*,side,manifestations,indications | mined editor family:I
restlessness and misery | anxiety and depression | fingerprint | - |  | editor family:I
restlessness or misery | anxiety or depression | fingerprint | - |  | mined editor family:I
restorative | medical | ambiguous | - | next=care,staff,experts,professionals,specialists,center,centre,centers,school,schools,supplies,gear,equipment,hardware,records,conditions,condition,history,research,examination,exploration,journal,diary,emergency,crisis,attention,consideration,advice,exhortation,services,administrations,bills,expenses,costs,masks,veils,covers,devices,gadgets,students,understudies,team,group,field,community,network,officials,authorities,personnel,workers,laborers,facilities,offices,procedure,procedures,tests,science,innovation,technology,practitioners,providers,suppliers,doctors,professionals,literature,writing,evidence,proof,marijuana,cannabis,weed,pot | family:I editor
restorative condition | medical condition | fingerprint | n | | mined editor family:I sites=1
restorative consideration | medical care | fingerprint | - | | family:I editor
restorative issue | medical problem | fingerprint | n | | mined editor family:I sites=1
restorative maryjane | medical marijuana | fingerprint | - | | family:I editor
restorative pot | medical marijuana | fingerprint | - | | family:I editor
restorative weed | medical marijuana | fingerprint | - | | family:I editor
restoratively dynamic | medicinally active | fingerprint | - | | mined editor family:I
reusing | recycling | ambiguous | - | | family:I editor
revealed to | told | ambiguous | - | prev=he,she,they,we,i,who,professor,researcher,scientist,spokesperson,spokesman,spokeswoman | family:I editor
revealing insight into | shedding light on | fingerprint | - |  | mined editor family:I
revelation | discovery | ambiguous | - | near=astronomers,space,galaxy,galaxies,planet,planets,star,stars,telescope,fossil,fossils,species,scientists,researchers,analysts,universe,worlds !near=conflict,conflicts,interest,interests,funding,financial,privacy,documents,records | mined editor family:I sites=2
review | study | ambiguous | n | prev=the,this,that,another,new,latest,recent,their,same,whole,current,past !next=of,board,panel,process,committee,article,articles,site,sites near=members,specialists,distributed,diary,gamble,tracked,examinations,examination,investigations,investigation,discoveries,analysts | mined editor family:I sites=2
review distributed in | study published in | fingerprint | - | | mined editor family:I sites=3
review inclination | recall bias | fingerprint | - | | mined editor family:I sites=1
reward with | treat with | ambiguous | v | near=malignancy,malignant,disease,chemotherapy,medication,medicine,drug,drugs,therapy,patients,infection,sickness,surgery,procedure,radiation,antibiotics,tumor,tumors,tumour,tumours,condition | editor family:I sites=1
rewarded wastewater | treated wastewater | fingerprint | - | | mined editor family:I
rheumatoid joint inflammation | rheumatoid arthritis | fingerprint | - | | editor family:I sites=4
rheumatoid joint pain | rheumatoid arthritis | fingerprint | - | | family:I editor
riches hole | wealth gap | fingerprint | - | | family:I editor
riches imbalance | wealth inequality | fingerprint | - | | family:I editor
richness master | fertility specialist | fingerprint | n | | mined editor family:I
right hand educator | assistant professor | fingerprint | n | | family:I editor
right hand teacher | assistant professor | fingerprint | n | | family:I editor
right now | at the moment | ambiguous | - | | dev:I
right now acknowledged | currently accepted | fingerprint | - | | mined editor family:I
right presently | right now | fingerprint | - | | mined editor family:I
rising up out of | emerging from | ambiguous | - | | mined editor family:I
risk proportion | hazard ratio | fingerprint | n | | family:I editor
robotized instruments | automated tools | fingerprint | - | | mined editor family:I
rocket dispatch | rocket launch | fingerprint | n | | family:I editor
roosting flying creatures | perching birds | fingerprint | - | | mined editor family:I sites=1
roughage fever | hay fever | fingerprint | - | | mined editor family:I sites=1
rundown | list | ambiguous | n | next=of | mined editor family:I sites=3
rustic | rural | ambiguous | - | | family:I editor
safe framework | immune system | fingerprint | n | prev=the,your,our,their,his,her,its,weakened,weak,debilitated,strong,solid,healthy,sound,body's,powerless,compromised,undermined,traded !next=for,to,that,which,of,in,within,where | mined editor family:I sites=1
salary hole | income gap | fingerprint | - | | family:I editor
salt admission | salt intake | fingerprint | - | | family:I editor
savagery | violence | ambiguous | - | | family:I editor
scan for indications | search for signs | fingerprint | - | | mined editor family:I
scarcely recognizable | barely noticeable | fingerprint | - |  | mined editor family:I
scenes of crying | episodes of crying | fingerprint | - |  | mined editor family:I
scholastic | academic | ambiguous | - | | family:I editor
school locale | school district | fingerprint | n | | family:I editor
science and designing | science and engineering | fingerprint | - | !next=a,an,the,new,their,its,his,her,our,your,these,this | mined editor family:I
sea ebbs and flows | ocean currents | fingerprint | - | | family:I editor
sea fermentation | ocean acidification | fingerprint | - | | family:I editor
sea tempest | hurricane | fingerprint | n | | mined editor family:I
seaside | coastal | ambiguous | - | | family:I editor
secondary school understudies | high school students | fingerprint | - | | family:I editor
secure | protect | ambiguous | v | next=themselves,yourself,yourselves,myself,ourselves,himself,herself,against,people,others,them,us,you,individuals,children,patients,kids,youngsters | dev:I editor
secured separation of | covered a distance of | fingerprint | - | | mined editor family:I sites=1
security and adequacy | safety and efficacy | fingerprint | - | | family:I editor
sedate | drug | ambiguous | - | next=use,users,abuse,addiction,overdose,overdoses,policy,resistance,safe,companies,company,development,trials,trial | family:I editor
sedate compulsion | drug addiction | fingerprint | - | | family:I editor
sedate excess | drug overdose | fingerprint | n | | family:I editor
sedate misuse | drug abuse | fingerprint | - | | family:I editor
sedate organizations | drug companies | fingerprint | - | | family:I editor
sedate reaction | drug response | fingerprint | n | | editor family:I
sedate safe | drug-resistant | fingerprint | - | | family:I editor
sedate treatment | drug therapy | fingerprint | - | | editor family:I
sedates | drugs | ambiguous | - | | family:I editor
seem, by all accounts, to | appear to | fingerprint | - | | mined editor family:I sites=1
seismic tremor | earthquake | ambiguous | n | | family:I editor
self destruction | suicide | ambiguous | - |  | mined editor family:I
self-dangerous | self-destructive | fingerprint | - | | dev:I
self-destruction | suicide | fingerprint | - | | family:I editor
self-destructive | suicidal | ambiguous | - | next=thoughts,ideation,contemplations,considerations,musings,attempts,attempt | family:I editor
self-destructive conduct | suicidal behavior | fingerprint | - | | family:I editor
self-destructive considerations | suicidal thoughts | fingerprint | - | | family:I editor
self-destructive contemplations | suicidal thoughts | fingerprint | - | | family:I editor
self-destructive ideation | suicidal ideation | fingerprint | - | | family:I editor
self-destructive musings | suicidal thoughts | fingerprint | - | | family:I editor
self-detailed | self-reported | fingerprint | - | | family:I editor
self-disconnect | self-isolate | fingerprint | v | | family:I editor
self-disconnection | self-isolation | fingerprint | - | | dev:I
self-get together | self-assembly | fingerprint | - | | editor family:I sites=1
self-governing vehicles | autonomous vehicles | fingerprint | - | | family:I editor
self-hurt | self-harm | fingerprint | - | | family:I editor
self-restore | self-renewal | fingerprint | - | | editor family:I sites=1
self-revealed | self-reported | fingerprint | - | | family:I editor
self-ruling vehicles | autonomous vehicles | fingerprint | - | | family:I editor
self-rulingly | autonomously | fingerprint | - | | editor family:I sites=1
self-seclude | self-isolate | fingerprint | v | | family:I editor
self-seclusion | self-isolation | fingerprint | - | | family:I editor
self-segregate | self-isolate | fingerprint | v | | family:I editor
self-segregation | self-isolation | fingerprint | - | | family:I editor
self-sufficient vehicles | autonomous vehicles | fingerprint | - | | family:I editor
senior creator | senior author | fingerprint | n | | family:I editor
sensations of appetite | feelings of hunger | fingerprint | - | | editor family:I
sensations of trouble | feelings of sadness | fingerprint | - |  | mined editor family:I
sensory system | nervous system | ambiguous | n | | family:I editor
sensory system issue | nervous system disorder | fingerprint | n |  | mined editor family:I
sentiments of | feelings of | ambiguous | - |  | mined editor family:I
sentiments of blame | feelings of guilt | fingerprint | - |  | mined editor family:I
sentiments of vulnerability | feelings of helplessness | fingerprint | - |  | mined editor family:I
separate or pass on | break down or die | fingerprint | - |  | mined editor family:I
separation learning | distance learning | fingerprint | - | | family:I editor
serious care unit | intensive care unit | fingerprint | n | | mined editor family:I
serious consideration unit | intensive care unit | fingerprint | n | | family:I editor
serious intense respiratory | severe acute respiratory | fingerprint | - | | mined editor family:I
service of wellbeing | Ministry of Health | fingerprint | - | | family:I editor
set into movement | set into motion | fingerprint | - | | mined editor family:I
settle on | opt for | ambiguous | - | | dev:I
sex contrasts | sex differences | fingerprint | - | | family:I editor
sexual misuse | sexual abuse | fingerprint | - | | family:I editor
sexual orientation contrasts | gender differences | fingerprint | - | | family:I editor
sexual orientation hole | gender gap | fingerprint | n | | family:I editor
sexual orientation imbalance | gender inequality | fingerprint | - | | family:I editor
sexual orientation pay hole | gender pay gap | fingerprint | - | | family:I editor
sexual orientation personality | gender identity | fingerprint | - | | family:I editor
sexual orientation uniformity | gender equality | fingerprint | - | | family:I editor
seyfert cosmic system | Seyfert galaxy | fingerprint | n | | mined editor family:I
seyfert universe | Seyfert galaxy | fingerprint | n | | mined editor family:I
shading | color | ambiguous | n | !prev=tree,trees,canopy,solar,sun,window,windows,roof,roofs,cross,pencil | mined editor family:I sites=2
shady focal point | cloudy lens | fingerprint | n | | mined editor family:I
shape the reason for | form the basis for | fingerprint | v | | mined editor family:I
shaping stars | forming stars | fingerprint | - | | mined editor family:I
shark assaults | shark attacks | fingerprint | - | | family:I editor
sheltered | safe | ambiguous | - | | family:I editor
sheltered and compelling | safe and effective | fingerprint | - | | family:I editor
sheltered and successful | safe and effective | fingerprint | - | | family:I editor
sheltered and viable | safe and effective | fingerprint | - | | family:I editor
sheltered technique | safe procedure | fingerprint | n | | mined editor family:I
shoddy nourishment | junk food | fingerprint | - | | editor family:I
shouldn't something be said about | what about | fingerprint | - | | editor family:I sites=1
showcase share | market share | fingerprint | - | | family:I editor
shroud | eclipse | ambiguous | n | near=moon,lunar,sun,solar,umbra,penumbra,totality | mined editor family:I sites=1
sick wellbeing | ill health | fingerprint | - |  | mined editor family:I
sickness | disease | ambiguous | - | prev=heart,kidney,liver,lung,cardiovascular,infectious,autoimmune,rare,genetic,respiratory,alzheimer's,parkinson's,coronary,the,of,this | dev:I editor
sickness control and avoidance | Disease Control and Prevention | fingerprint | - | | family:I editor
sickness control and counteraction | Disease Control and Prevention | fingerprint | - | | family:I editor
sickness the executives | disease management | fingerprint | - | | family:I editor
sicknesses | diseases | ambiguous | - |  | mined editor family:I
side effects | symptoms | ambiguous | - | prev=covid-19,covid,coronavirus,flu-like,influenza,depressive,depression,misery,asthma,allergy,cold,dementia,menopause,menopausal,adhd,autism,gloom,discouragement,withdrawal | family:I editor
side effects incorporate | symptoms include | fingerprint | - |  | mined editor family:I
sign processing | signal processing | fingerprint | - | | editor family:I
sign processors | signal processors | fingerprint | - | | editor family:I
significant burdensome issue | major depressive disorder | fingerprint | - | | family:I editor
significant to recall | important to remember | fingerprint | - | | family:I editor
simulated intelligence | AI | fingerprint | - | | family:I editor
since forever | ever | ambiguous | - | | mined editor family:I
since quite a while ago | long | fingerprint | - | | mined editor family:I sites=2
single-utilize | single-use | fingerprint | - | | family:I editor
singular and nighttime | solitary and nocturnal | fingerprint | - | | mined editor family:I sites=1
singular organs | individual organs | fingerprint | - | | mined editor family:I
siphon | pump | ambiguous | v | near=heart,hearts,blood,cardiovascular,coronary,ventricle,ventricles !next=off | mined editor family:I sites=1
situated | located | ambiguous | - | | mined editor family:I family:A sites=3
skin break out | acne | fingerprint | - | | family:I editor
skin malignancy | skin cancer | fingerprint | - | | family:I editor
slaughtered | killed | ambiguous | - | near=virus,infection,infections,contamination,contaminations,covid-19,covid,coronavirus,pandemic,sickness,illness,malady,disease,flu,influenza !near=poultry,chickens,birds,pigs,cattle,livestock,hens,ducks,cows,animals,sheep,turkeys,geese,slaughterhouse,abattoir,meat,mink,culled | mined editor family:I sites=1
small digestive tract | small intestine | fingerprint | - | | mined editor family:I
smoking boycott | smoking ban | fingerprint | n | | family:I editor
smooth way cosmic system | Milky Way galaxy | fingerprint | - | | family:I editor
smooth way galaxy | Milky Way galaxy | fingerprint | - | | family:I editor
snow panther | snow leopard | fingerprint | n | | mined editor family:I sites=1
so distant | so far | ambiguous | - | prev=has,have,had,cases,instances,deaths,passings,people,individuals,there,and,but,sicknesses,illnesses,ailments,affirmed,confirmed,reported,detailed,infections,contaminations | mined editor family:I
soaked fat | saturated fat | fingerprint | n | | family:I editor
social disengagement | social isolation | ambiguous | - | | family:I editor
social insurance | health care | ambiguous | - | | family:I editor
social insurance framework | health care system | fingerprint | n | | family:I editor
social insurance suppliers | health care providers | fingerprint | - | | family:I editor
social occasions | gatherings | ambiguous | - | | mined editor family:I
social seclusion | social isolation | fingerprint | - | | family:I editor
social separating | social distancing | fingerprint | - | | dev:I
sodium admission | sodium intake | fingerprint | - | | family:I editor
softening ice sheets | melting ice sheets | fingerprint | - | | family:I editor
softening icy masses | melting glaciers | fingerprint | - | | family:I editor
software engineering | computer science | ambiguous | - | | mined editor family:I
soil corruption | soil degradation | fingerprint | - | | editor family:I sites=1
solid | healthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,aging,ageing,adults,grown-ups,volunteers,individuals,controls,pregnancy,gut,propensities | family:I editor
solid and weak nuclear | strong and weak nuclear | fingerprint | - | | mined editor family:I
solid confirmation | strong evidence | ambiguous | - | | mined editor family:I sites=1
solid eating regimen | healthy diet | fingerprint | - | | family:I editor
solid eating routine | healthy diet | fingerprint | - | | family:I editor
solid grown-ups | healthy adults | fingerprint | - | | family:I editor
solid maturing | healthy aging | fingerprint | - | | family:I editor
solid nourishment | healthy food | fingerprint | n | | family:I editor
solid way of life | healthy lifestyle | fingerprint | - | | family:I editor
solid weight | healthy weight | fingerprint | - | | family:I editor
solidifying of the veins | hardening of the arteries | fingerprint | - | | editor family:I
solution drugs | prescription drugs | fingerprint | - | | family:I editor
solution medications | prescription medications | fingerprint | - | | family:I editor
some of the time | sometimes | ambiguous | - | | family:I editor
some other time in life | later in life | fingerprint | - | | mined editor family:I
some portion of | part of | ambiguous | - | prev=is,was,are,were,be,been,being,not,become,became,becomes,becoming,also or line-start | mined editor family:I sites=3
some time recently | before | ambiguous | - | | mined editor family:I
sometime in the not too distant future | in the near future | ambiguous | - | | family:I editor
somewhat contrastingly | slightly differently | fingerprint | - |  | mined editor family:I
somewhat littler | a bit smaller | fingerprint | - |  | mined editor family:I
somewhere in the range of | between | ambiguous | - | | mined editor family:I sites=1
sorrow and nervousness | depression and anxiety | fingerprint | - | | family:I editor
sort species | type species | fingerprint | - | | mined editor family:I
sound | healthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,aging,ageing,adults,grown-ups,volunteers,individuals,controls,pregnancy,gut,propensities | family:I editor
sound eating regimen | healthy diet | fingerprint | - | | family:I editor
sound eating routine | healthy diet | fingerprint | - | | family:I editor
sound grown-ups | healthy adults | fingerprint | - | | family:I editor
sound maturing | healthy aging | fingerprint | - | | family:I editor
sound nourishment | healthy food | fingerprint | n | | family:I editor
sound way of life | healthy lifestyle | fingerprint | - | | family:I editor
space apparatus | spacecraft | fingerprint | - | | family:I editor
space expert | astronomer | ambiguous | n | | mined editor family:I sites=1
space explorers | astronauts | ambiguous | - | | family:I editor
space investigation | space exploration | fingerprint | - | | family:I editor
space stones | asteroids | fingerprint | - | | mined editor family:I sites=1
space traveler | astronaut | ambiguous | - | | family:I editor
space travelers | astronauts | ambiguous | - | | family:I editor
specialist general | Surgeon General | ambiguous | - | !next=practitioner,practitioners,surgeon,surgeons,surgery,physician,physicians,medicine,hospital,hospitals,nurse,nurses,practice,practices,care | family:I editor
specialists and attendants | doctors and nurses | fingerprint | - | | family:I editor
specialists and medical attendants | doctors and nurses | fingerprint | - | | family:I editor
specialists trust | experts believe | fingerprint | - |  | mined editor family:I
specialty utilizes | niche uses | fingerprint | - | | mined editor family:I sites=1
species assorted variety | species diversity | fingerprint | - | | editor family:I sites=1
species misfortune | species loss | fingerprint | - | | family:I editor
speculation | hypothesis | ambiguous | - | near=test,tested,testing,tried,analysts,researchers,scientists,examination,investigation,study,experiment*,trial*,preliminar*,evidence,proof,data,information | family:I editor
sped up pulse | rapid heart rate | fingerprint | - |  | mined editor family:I
spending plan cuts | budget cuts | fingerprint | - | | family:I editor
spending plan deficiency | budget deficit | fingerprint | - | | family:I editor
spending plan proposition | budget proposal | fingerprint | - | | family:I editor
spending plan shortfall | budget deficit | fingerprint | - | | family:I editor
spending plan solicitation | budget request | fingerprint | - | | family:I editor
spends significant time in | specializes in | ambiguous | - | prev=researcher,researchers,scientist,scientists,engineer,engineers,company,firm,physician,doctor,specialist,expert,professor | mined editor family:I
spinal string | spinal cord | fingerprint | n | | family:I editor
spine-chilling crawlies | insects | fingerprint | - | | editor family:I sites=1
spit examples | saliva samples | fingerprint | - | | family:I editor
splendidly | brightly | ambiguous | - | prev=shines,shine,shone,shined,shining,glows,glow,glowed,glowing,burns,burn,burned,burning,blazes,blaze,blazed,blazing | mined editor family:I
sponsor portion | booster dose | fingerprint | n | | family:I editor
sponsor shot | booster shot | fingerprint | n | | family:I editor
spontaneous pregnancy | unplanned pregnancy | fingerprint | - | | mined editor family:I
sporadic heartbeat | irregular heartbeat | fingerprint | - | | family:I editor
sporadic world | irregular galaxy | fingerprint | n | | mined editor family:I
spot of no arrival | point of no return | fingerprint | - | | mined editor family:I sites=1
spotlights on | focuses on | ambiguous | - | prev=that,which,it,and,who | mined editor family:I sites=1
spots | places | ambiguous | - | !prev=blind,hot,dark,sun,bright,white,red,black,age,liver | dev:I
spring of gushing lava | volcano | fingerprint | - | | family:I editor
springs of gushing lava | volcanoes | fingerprint | - | | family:I editor
squander items | waste products | fingerprint | - | | editor family:I
squander the executives | waste management | fingerprint | - | | family:I editor
standard reflection | regular meditation | fingerprint | - | | mined editor family:I sites=1
staple nourishment | staple food | fingerprint | n | | mined editor family:I
star arrangement | star formation | ambiguous | - | near=galaxy,galaxies,cosmic,universes,worlds,gas,dust,residue,stars,nebula,hubble,telescope,astronomers,space | mined editor family:I sites=1
star development | star formation | ambiguous | - | near=galaxy,galaxies,cosmic,universes,worlds,gas,dust,residue,stars,nebula,hubble,telescope,astronomers,space | mined editor family:I sites=1 family:? spinner=seo-autoblog-our-company
starches | carbohydrates | ambiguous | - | | family:I editor
stargazers | astronomers | ambiguous | - | | family:I editor
starting now and into the foreseeable future | from now on | fingerprint | - | | mined editor family:I
state | say | ambiguous | - | prev=researchers,scientists,experts,specialists,analysts,they,we,authors,creators,officials,authorities,studies,reports | dev:I
state funded school | public school | fingerprint | - | | family:I editor
state funded schools | public schools | fingerprint | - | | family:I editor
state funded training | public education | fingerprint | - | | family:I editor
state lawmaking body | state legislature | fingerprint | - | | family:I editor
state of mind issue | mood disorder | fingerprint | n |  | editor family:I
state of mind problem | mood disorder | fingerprint | n |  | mined editor family:I
state of mind scatters | mood disorders | fingerprint | - | | family:I editor
state of mind swings | mood swings | fingerprint | - | | family:I editor
stay at home requests | stay-at-home orders | fingerprint | - | | family:I editor
stay away from | avoid | ambiguous | - | | family:I editor
stay-at-home requests | stay-at-home orders | fingerprint | - | | family:I editor
staying unconscious | sleeping | ambiguous | - |  | mined editor family:I
steam motors | steam engines | fingerprint | - | | mined editor family:I sites=1
stomach | gut | ambiguous | - | next=microbiota,microbiome,microbes,bacteria,flora | mined editor family:I sites=1
stomach malignancy | stomach cancer | fingerprint | - | | family:I editor
stomach related framework | digestive system | fingerprint | - | | family:I editor
stone hover | stone circle | fingerprint | n | | mined editor family:I sites=1
stool examples | stool samples | fingerprint | - | | family:I editor
stopped up conduits | clogged arteries | fingerprint | - | | family:I editor
stoutness | obesity | fingerprint | - | | family:I editor
stoutness drifts | obesity trends | fingerprint | - |  | mined editor family:I
straighten the bend | flatten the curve | fingerprint | - | | family:I editor
straightforwardly | directly | ambiguous | - |  | mined editor family:I
straightforwardly because of | directly due to | fingerprint | - |  | mined editor family:I
straightforwardly or by implication | directly or indirectly | fingerprint | - | | mined editor family:I
strain and discouragement | anxiety and depression | fingerprint | - |  | mined editor family:I
strange social conduct | abnormal social behavior | fingerprint | - |  | mined editor family:I
strategy creators | policymakers | fingerprint | - | | family:I editor
strategy producers | policymakers | fingerprint | - | | family:I editor
streak flood | flash flood | fingerprint | n | | family:I editor
streak flooding | flash flooding | fingerprint | - | | family:I editor
stream impetus research facility | Jet Propulsion Laboratory | fingerprint | - | | family:I editor
strict opportunity | religious freedom | fingerprint | - | | family:I editor
strict pioneers | religious leaders | fingerprint | - | | family:I editor
string hypothesis | string theory | fingerprint | - | | family:I editor
strolling | walking | ambiguous | - | | family:I editor
strong squander | solid waste | fingerprint | - | | family:I editor
strong tumors | solid tumors | fingerprint | - | | editor family:I sites=1
structure and capacity | structure and function | fingerprint | - | | mined editor family:I sites=1
study co-creator | study co-author | fingerprint | n | | family:I editor
study creator | study author | fingerprint | n | | family:I editor
study's creators | study's authors | fingerprint | - | | family:I editor
study's discoveries | study's findings | fingerprint | - | | family:I editor
sub-atomic instruments | molecular mechanisms | fingerprint | - | | family:I editor
sub-atomic mass | molecular mass | fingerprint | - | | mined editor family:I sites=1
sub-atomic scholar | molecular biologist | fingerprint | n | | family:I editor
sub-atomic science | molecular biology | fingerprint | - | | family:I editor
sub-control | sub-discipline | fingerprint | - | | mined editor family:I
subjective capacity | cognitive function | fingerprint | - | | family:I editor
subjective conduct treatment | cognitive behavioral therapy | fingerprint | - | | family:I editor
subjective debilitation | cognitive impairment | fingerprint | - | | family:I editor
subjective decay | cognitive decline | fingerprint | - | | family:I editor
subjective decrease | cognitive decline | fingerprint | - | | family:I editor
subjective hindrance | cognitive impairment | fingerprint | - | | family:I editor
subjective issues | cognitive problems | ambiguous | - | | mined editor family:I sites=1
subjective social treatment | cognitive behavioral therapy | fingerprint | - | | family:I editor
subsequent stage | next step | ambiguous | n | | dev:I
subsequent to | after | ambiguous | - | | family:I editor
subsidized by | funded by | ambiguous | - | | family:I editor
subsidizing | funding | ambiguous | - | | family:I editor
substance amalgamation | chemical synthesis | fingerprint | - | | mined editor family:I
substance manures | chemical fertilizers | fingerprint | - | | editor family:I sites=1
substance response | chemical reaction | ambiguous | n | | family:I editor
substance signals | chemical signals | fingerprint | - | | mined editor family:I
substance specialists | chemical agents | fingerprint | - | | mined editor family:I
substance-utilize scatters | substance-use disorders | fingerprint | - |  | mined editor family:I
substantial drinking | heavy drinking | fingerprint | - | | family:I editor
substantial scale structure | large-scale structure | fingerprint | - | | editor family:I sites=1
successive pee | frequent urination | fingerprint | - | | editor family:I sites=1
such huge numbers of | so many | fingerprint | - | | mined editor family:I
sufficiently able | strong enough | fingerprint | - | | dev:I
sugar admission | sugar intake | fingerprint | - | | family:I editor
summed up nervousness issue | generalized anxiety disorder | fingerprint | - | | family:I editor
summed up tension issue | generalized anxiety disorder | fingerprint | - | | family:I editor
summit predator | apex predator | fingerprint | n | | mined editor family:I sites=1
sun based | solar | fingerprint | - | | family:I editor
sun based board | solar panel | fingerprint | - | | family:I editor
sun based boards | solar panels | fingerprint | - | | family:I editor
sun based obscuration | solar eclipse | fingerprint | n | | family:I editor
sun based overshadowing | solar eclipse | fingerprint | n | | family:I editor
sun based vitality | solar energy | fingerprint | - | | family:I editor
sun oriented | solar | fingerprint | - | | family:I editor
sun oriented board | solar panel | fingerprint | - | | family:I editor
sun oriented boards | solar panels | fingerprint | - | | family:I editor
sun oriented obscuration | solar eclipse | fingerprint | n | | family:I editor
sun oriented overshadowing | solar eclipse | fingerprint | n | | family:I editor
sun oriented vitality | solar energy | fingerprint | - | | family:I editor
sun powered | solar | ambiguous | - | | family:I editor
sun powered board | solar panel | fingerprint | - | | family:I editor
sun powered boards | solar panels | fingerprint | - | | family:I editor
sun powered obscuration | solar eclipse | fingerprint | n | | family:I editor
sun powered overshadowing | solar eclipse | fingerprint | n | | family:I editor
sun powered vitality | solar energy | fingerprint | - | | family:I editor
sun powered water radiator | solar water heater | fingerprint | n | | editor family:I sites=1
sun-based shroud | solar eclipse | fingerprint | n | | mined editor family:I sites=1
sunlight based | solar | fingerprint | - | | family:I editor
sunlight based boards | solar panels | fingerprint | - | | family:I editor
super-spreader occasion | super-spreader event | fingerprint | - | | family:I editor
super-spreader occasions | super-spreader events | fingerprint | - | | family:I editor
superspreader occasion | superspreader event | fingerprint | - | | family:I editor
superspreader occasions | superspreader events | fingerprint | - | | family:I editor
supplant | replace | ambiguous | v | | mined editor family:I
supplement cycle | nutrient cycle | fingerprint | - | | editor family:I sites=1
supplement overabundance | nutrient excess | fingerprint | - | | editor family:I sites=1
supplement rich | nutrient-rich | fingerprint | - | | mined editor family:I
supply route divider | artery wall | fingerprint | n | | editor family:I sites=1
supply routes | arteries | ambiguous | - | near=heart,blood,coronary,cardiovascular,plaque,cholesterol,veins,circulatory | family:I editor
supporter portion | booster dose | fingerprint | n | | family:I editor
supporter shot | booster shot | fingerprint | n | | family:I editor
surpassed our desires | exceeded our expectations | fingerprint | - | | mined editor family:I sites=1
surveying places | polling places | fingerprint | - | | family:I editor
surveying station | polling station | fingerprint | - | | family:I editor
surveying stations | polling stations | fingerprint | - | | family:I editor
survival pace | survival rate | fingerprint | n | | mined editor family:I
sustainable power source | renewable energy | fingerprint | n | | family:I editor
sustainable vitality | renewable energy | fingerprint | - | | family:I editor
sustenance creation | food production | fingerprint | - | | editor family:I sites=1
sustenance hypersensitivities | food allergies | fingerprint | - | | mined editor family:I sites=1
sustenances | foods | ambiguous | - | | mined editor family:I sites=1
sway | impact | ambiguous | - | next=on !prev=hold,holds,held,holding | family:I editor
sweet beverages | sugary drinks | fingerprint | - |  | mined editor family:I
sweet squeezes | sugary juices | fingerprint | - | | editor family:I
synthetic composts | chemical fertilizers | fingerprint | - | | family:I editor
synthetic compounds | chemicals | ambiguous | - | | family:I editor
synthetic concoctions | chemicals | ambiguous | - | | editor family:I
synthetic image | chemical symbol | fingerprint | n | | mined editor family:I sites=1
synthetic response | chemical reaction | fingerprint | n | | family:I editor
synthetic spill | chemical spill | fingerprint | n | | mined editor family:I
synthetic substances | chemicals | ambiguous | - | | mined editor family:I
synthetic vitality | chemical energy | fingerprint | - | | mined editor family:I sites=1
systolic weight | systolic pressure | fingerprint | - | | mined editor family:I sites=1
take a gander at | look at | fingerprint | - | | family:I editor
take after | follow | ambiguous | - | next=a,an,the,this,these,their,your,his,her,our near=diet,diets,eating,regimen,regimens,routine,guidelines,rules,recommendations,advice,program,programme,plan,protocol,rules | mined editor family:I sites=1
take in more about | learn more about | fingerprint | - | | mined editor family:I
take note of that | note that | ambiguous | - | next=the,these,those,this,a,an,it,they,there,we,he,she,some,many,most,such,people,individuals,patients,researchers,scientists,while,although | mined editor family:I sites=1
taken a gander at | looked at | fingerprint | - | | family:I editor
takes a gander on | looks at | fingerprint | - |  | mined editor family:I
takes note of that | notes that | ambiguous | - | next=the,these,those,this,a,an,it,they,there,we,he,she,some,many,most,such,people,individuals,patients,researchers,scientists,while,although | family:I editor
taking a gander at | looking at | fingerprint | - | | family:I editor
taking note of that | noting that | ambiguous | - | next=the,it,there,he,she,they,we,these,many,most,some,while,although,such,a,an,in,researchers,scientists | mined editor family:I
tale coronavirus | novel coronavirus | fingerprint | - | | family:I editor
tamed | domesticated | ambiguous | - | near=species,animal,animals,cattle,pigs,sheep,goats,horses,dogs,plants,crops,wild | mined editor family:I sites=1
tangible input | sensory feedback | fingerprint | - | | editor family:I sites=1
teacher | professor | ambiguous | - | next=of near=university,college,institute | mined editor family:I sites=1
teacher of brain research | professor of psychology | fingerprint | - | | family:I editor
teacher of clinical | professor of clinical | fingerprint | - | | mined editor family:I sites=1
teacher of financial matters | professor of economics | fingerprint | - | | family:I editor
teacher of human science | professor of sociology | fingerprint | - | | family:I editor
teacher of medication | professor of medicine | fingerprint | - | | family:I editor
tech goliaths | tech giants | fingerprint | - | | family:I editor
tech monsters | tech giants | fingerprint | - | | family:I editor
telecommute | work from home | ambiguous | v | | mined editor family:I
telephones | phones | ambiguous | - | | dev:I
temperament scatters | mood disorders | fingerprint | - | | family:I editor
temperature delicate | temperature sensitive | fingerprint | - | | mined editor family:I
tempest | storm | ambiguous | n | | family:I editor
tempest flood | storm surge | fingerprint | n | | family:I editor
tenable zone | habitable zone | fingerprint | - | | family:I editor
tended to | addressed | ambiguous | - | next=the,these,this,those,issues,problems,concerns,mental,psychological,emotional,climate,questions,such | dev:I
tending to | addressing | ambiguous | - | next=issues,problems,concerns,mental,psychological,emotional,these,this,climate,environmental | dev:I
tension and misery | anxiety and depression | fingerprint | - | | family:I editor
tension and sadness | anxiety and depression | ambiguous | - |  | mined editor family:I
tension issue | anxiety disorder | fingerprint | n | | dev:I
tension scatters | anxiety disorders | fingerprint | - | | family:I editor
termination | extinction | ambiguous | - | !prev=pregnancy,contract,employment,job,early,immediate | family:I editor
termination danger | extinction risk | fingerprint | - | | family:I editor
termination hazard | extinction risk | fingerprint | - | | family:I editor
terrible cholesterol | bad cholesterol | fingerprint | - | | family:I editor
territory misfortune | habitat loss | fingerprint | - | | family:I editor
test estimate | sample size | fingerprint | n | | family:I editor
test medication | experimental drug | ambiguous | n | | mined editor family:I
test packs | test kits | ambiguous | - | near=virus,coronavirus,covid*,infection,infections,cases,testing,tests,disease,outbreak,flare-up,episode | mined editor family:I
test size | sample size | ambiguous | n | | family:I editor
testicular malignancy | testicular cancer | fingerprint | - | | family:I editor
testing conduct | challenging behaviour | ambiguous | - | | mined editor family:I
testing destinations | testing sites | fingerprint | - | | family:I editor
testing locales | testing sites | fingerprint | - | | family:I editor
than any time in recent memory | than ever before | ambiguous | - | | mined editor family:I
than whenever over the most recent | than at any time in the last | fingerprint | - | | mined editor family:I
the administering party | the ruling party | fingerprint | - | | family:I editor
the advantage cresting | the benefit peaking | fingerprint | - |  | mined editor family:I
the analysts composed | the researchers wrote | fingerprint | - | | family:I editor
the assembled countries | the United Nations | fingerprint | - | | editor family:I sites=1
the begin of | the start of | fingerprint | - | | mined editor family:I
the biden organization | the Biden administration | fingerprint | - | | family:I editor
the biggest individual from | the largest member of | fingerprint | - | | mined editor family:I sites=1
the bush organization | the Bush administration | fingerprint | - | | family:I editor
the decision party | the ruling party | fingerprint | - | | family:I editor
the discoveries | the findings | ambiguous | - | next=of,were,was,are,suggest,propose,recommend,show,demonstrate,indicate,add,could,may,might,highlight,distributed,published,appear,give,offer,support,uphold,feature | editor family:I
the entirety of | all of | ambiguous | - | | family:I editor
the equivalent | the same | ambiguous | - | !next=of,to,in,amount,number,dose,value,measure,quantity,for | mined editor family:I
the finish of the month | the end of the month | fingerprint | - | | family:I editor
the finish of the week | the end of the week | fingerprint | - | | family:I editor
the finish of the year | the end of the year | fingerprint | - | | family:I editor
the first run through | the first time | fingerprint | - | | family:I editor
the following hardly any | the next few | fingerprint | - | | family:I editor
the following not many | the next few | fingerprint | - | | family:I editor
the general population | the public | ambiguous | - | | dev:I
the greater part of | most of | ambiguous | - | | family:I editor
the individuals who | those who | ambiguous | - | | mined editor family:I sites=5
the infection | the virus | ambiguous | - | !next=rate,rates,risk,risks,control,prevention,site,sites near=coronavirus,covid*,sars-cov-2,pandemic,antibody,immunization,antibodies,contaminated | family:I editor
the inquire about | the research | fingerprint | - | | family:I editor
the keep going | the last | fingerprint | - | | family:I editor
the last hardly any | the last few | fingerprint | - | | family:I editor
the last mentioned | the latter | ambiguous | - | | mined editor family:I sites=1
the last not many | the last few | fingerprint | - | | family:I editor
the lion's share of | the majority of | ambiguous | - | | family:I editor
the look into | the study | fingerprint | - | | family:I editor
the main staying | the only remaining | fingerprint | - | | mined editor family:I sites=1
the manner in which | the way | ambiguous | - | | dev:I editor
the most recent not many | the last few | fingerprint | - | | family:I editor
the motivation behind why | the reason why | fingerprint | - |  | mined editor family:I
the nation over | across the country | fingerprint | - | | family:I editor
the national normal | the national average | fingerprint | - | | family:I editor
the not many | the few | fingerprint | - | | family:I editor
the obama organization | the Obama administration | fingerprint | - | | family:I editor
the ordered family | the taxonomic family | fingerprint | - | | mined editor family:I sites=1
the overview found | the survey found | ambiguous | - | | family:I editor
the part of medication | the branch of medicine | fingerprint | - | next=that,which,concentrated,centered,focused,dealing,managing,worried,devoted,dedicated,concerned | mined editor family:I sites=2
the powerlessness to | the inability to | ambiguous | - | | mined editor family:I
the present occupied | today's busy | fingerprint | - | | mined editor family:I sites=1
the previous hardly any | the past few | fingerprint | - | | family:I editor
the previous not many | the past few | fingerprint | - | | family:I editor
the privilege to training | the right to education | fingerprint | - | | editor family:I sites=1
the psyche and conduct | the mind and behavior | fingerprint | - | | editor family:I sites=1
the public eye | society | ambiguous | - | !prev=into,of,out | dev:I
the quantity of | the number of | ambiguous | - | next=people,individuals,cases,deaths,passings,patients,children,youngsters,kids,adults,grown-ups,infections,hospitalizations,hospitalisations,new,confirmed,affirmed,women,ladies,men,students,understudies,participants,members,species,animals,creatures,birds,vehicles,cars,jobs,employments,workers,laborers,tests,visits,countries,nations,users,clients,times,studies,contemplates,examinations,infected,contaminated | family:I editor
the resolution that | the conclusion that | ambiguous | - | prev=reached,reach,reaches,reaching,came,come,comes,coming,drew,draw,draws,arrived,arrive | mined editor family:I
the same number of as | as many as | fingerprint | - | | family:I editor
the soundness of others | the health of others | fingerprint | - | | mined editor family:I
the study of disease transmission | epidemiology | fingerprint | - | | family:I editor
the thing that matters was | the difference was | fingerprint | - | | mined editor family:I
the think about | the study | fingerprint | - | | family:I editor
the two gatherings | both groups | fingerprint | - | | mined editor family:I sites=1
the uplifting news is | the good news is | fingerprint | - | | family:I editor
the way toward | the process of | ambiguous | - | !prev=pave,paves,paved,paving,lead,leads,led,leading,point,points,pointed,show,shows,showed,shown,clear,clears,cleared,step,steps,light,lights,lit,find,found,finding,on,along,way,far | mined editor family:I
then again | on the other hand | ambiguous | - | | family:I editor
then, at that point | then | fingerprint | - | | mined editor family:I sites=1
therapeutic | medical | ambiguous | - | next=care,staff,experts,professionals,specialists,center,centre,centers,school,schools,supplies,gear,equipment,hardware,records,conditions,history,emergency,crisis,attention,consideration,advice,exhortation,services,administrations,bills,costs,masks,veils,covers,devices,gadgets,students,understudies,field,community,network,officials,authorities,personnel,workers,laborers,facilities,offices,procedure,procedures,science,practitioners,providers,suppliers,journal,diary,doctors,literature,marijuana,cannabis | family:I editor
therapeutic consideration | medical care | fingerprint | - | | family:I editor
therapeutic foundations | medical institutions | fingerprint | - | | mined editor family:I
therapeutic gadgets | medical devices | fingerprint | - | | family:I editor
therapeutic maryjane | medical marijuana | fingerprint | - | | family:I editor
therapeutic weed | medical marijuana | fingerprint | - | | family:I editor
thickly stuffed | densely packed | fingerprint | - | | mined editor family:I
think about creator | study author | fingerprint | n | | family:I editor
this present | this particular | ambiguous | - | !next=day,days,moment,time,times,age,era,world,life,year,century,generation,situation,crisis,study,government,administration,state | editor family:I sites=1
throat malignancy | throat cancer | fingerprint | - | | family:I editor
through crafted by | through the work of | fingerprint | - | | mined editor family:I sites=1
through the span of time | over time | fingerprint | - | | editor family:I sites=1
thusly | thus | fingerprint | - | | family:I editor
thyroid malignancy | thyroid cancer | fingerprint | - | | family:I editor
timberlands | forests | ambiguous | - | | family:I editor
times seven days | times a week | fingerprint | - | | mined editor family:I sites=1
tissue designing | tissue engineering | fingerprint | - | !next=a,an,the,new,their,its,his,her,our,your,these,this | mined editor family:I
tissue examples | tissue samples | fingerprint | - | | family:I editor
to a great degree | extremely | ambiguous | - |  | mined editor family:I
to a great extent obscure | largely unknown | fingerprint | - | | mined editor family:I sites=1
to do as such | to do so | fingerprint | - | | editor family:I sites=1
to even consider existing | to exist | fingerprint | - | | mined editor family:I sites=1
to some degree since | partly because | ambiguous | - | | mined editor family:I
to the most extreme degree conceivable | to the maximum extent possible | fingerprint | - | | editor family:I sites=1
to think of home about | to write home about | fingerprint | - | | mined editor family:I sites=1
tobacco mosaic infection | tobacco mosaic virus | fingerprint | - | | mined editor family:I
told columnists | told reporters | fingerprint | - | | family:I editor
too soon to state | too early to say | fingerprint | - | | family:I editor
took a gander at | looked at | fingerprint | - | | family:I editor
top state leader | prime minister | fingerprint | n | | family:I editor
torment alleviation | pain relief | fingerprint | - | | family:I editor
torment drug | pain medication | fingerprint | - | | family:I editor
torment executioners | painkillers | fingerprint | - | | family:I editor
torment prescription | pain medication | fingerprint | - | | family:I editor
torment relievers | pain relievers | fingerprint | - | | family:I editor
torment the executives | pain management | fingerprint | - | | family:I editor
touchy entrail | irritable bowel | fingerprint | - |  | mined editor family:I
toward the beginning of | at the beginning of | ambiguous | - | | family:I editor
toward the day's end | at the end of the day | fingerprint | - | | family:I editor
toward the finish of | at the end of | fingerprint | - | | family:I editor
toward the finish of the day | at the end of the day | fingerprint | - | | family:I editor
toward the start of | at the start of | ambiguous | - | | family:I editor
tracked down | found | ambiguous | - | next=that,no,higher,lower,significant,evidence,proof,little,links,link,connection,connections,association,associations,more,fewer,less | mined editor family:I sites=1
tranquilize | drug | ambiguous | n | | family:I editor
tranquilize compulsion | drug addiction | fingerprint | - | | family:I editor
tranquilize excess | drug overdose | fingerprint | n | | family:I editor
tranquilize misuse | drug abuse | fingerprint | - | | family:I editor
tranquilize safe | drug-resistant | fingerprint | - | | family:I editor
tranquilizes | drugs | ambiguous | - | | family:I editor
transformative | evolutionary | ambiguous | - | next=biology,biologist,biologists,history,tree,pressure,pressures,origins,lineage,lineages,theory,advantage,ancestor,ancestors,relationships,past,roots,adaptation,adaptations | family:I editor
transformative science | evolutionary biology | fingerprint | - | | mined editor family:I
transient | short-term | ambiguous | - | next=risk,danger,gamble,hazard,malignant,cancer | mined editor family:I sites=1
transitory feathered creatures | migratory birds | fingerprint | - | | family:I editor
transitory flying creatures | migratory birds | fingerprint | - | | family:I editor
transitory winged creatures | migratory birds | fingerprint | - | | family:I editor
travel boycott | travel ban | fingerprint | n | | family:I editor
traveler laborers | migrant workers | fingerprint | - | | family:I editor
traveler pigeon | passenger pigeon | fingerprint | n | | mined editor family:I sites=1
treatment bunch | treatment group | fingerprint | n | | family:I editor
treatment gathering | treatment group | fingerprint | n | | family:I editor
trial members | trial participants | ambiguous | - |  | mined editor family:I
tried | tested | ambiguous | - | !next=to,and,hard,out,for,it,again,before,in,on,a | dev:I
tried negative | tested negative | fingerprint | - | | family:I editor
tried positive | tested positive | fingerprint | - | | family:I editor
tropical backwoods | tropical forests | fingerprint | - | | family:I editor
tropical tempest | tropical storm | fingerprint | n | | family:I editor
trunk torment | chest pain | fingerprint | - | | editor family:I sites=1
truth be told | in fact | ambiguous | - | | family:I editor
tunnel framework | burrow system | fingerprint | n | | mined editor family:I
tunneling owl | burrowing owl | fingerprint | n | | mined editor family:I sites=1
turn of events | development | ambiguous | - | !prev=a,this,that,strange,surprising,unexpected,dramatic,shocking,bizarre,latest,tragic,interesting,unfortunate,sudden,odd,curious,happy,welcome,remarkable,recent,ironic,positive,negative,major,new next=of,and | mined editor family:I sites=1
turning out to be more normal | becoming more common | fingerprint | - | | mined editor family:I
turns of events | developments | fingerprint | - | prev=future,latest,recent,further,new,any | mined editor family:I sites=1
tv seeing | TV viewing | fingerprint | - | | mined editor family:I
tvs | televisions | ambiguous | - | | dev:I
twice as liable to | twice as likely to | fingerprint | - | | family:I editor
twofold checking | double-checking | fingerprint | - | | mined editor family:I sites=1
twofold dazzle | double-blind | fingerprint | - | | family:I editor
twofold the | double the | fingerprint | - | | family:I editor
twofold vision | double vision | fingerprint | - | | mined editor family:I
twofold visually impaired | double-blind | fingerprint | - | | family:I editor
tyke | child | ambiguous | n |  | mined editor family:I
typical everyday exercises | normal day-to-day activities | fingerprint | - |  | mined editor family:I
typical mental issue | common mental disorder | fingerprint | - |  | mined editor family:I
ultra-handled food | ultra-processed food | fingerprint | - | | family:I editor
ultra-handled food sources | ultra-processed foods | fingerprint | - | | family:I editor
ultra-handled nourishments | ultra-processed foods | fingerprint | - | | family:I editor
ultra-prepared nourishments | ultra-processed foods | fingerprint | - | | family:I editor
uncommon | rare | ambiguous | - | !prev=not | family:I family:A editor
uncover | reveal | ambiguous | v | prev=study,examination,investigation,exploration,research,results,discoveries,findings,data,information,analysis,tests,scans,studies,examinations,investigations,contemplates,report,reports,survey,overview,images,pictures | family:I editor
uncovers | reveals | ambiguous | - | next=that,how,why,the,a,new | mined editor family:I
undeniable degrees | high levels | fingerprint | - | | mined editor family:I sites=1
under perception | under observation | fingerprint | - | | mined editor family:I
undermined species | endangered species | fingerprint | - | | family:I editor
undermined with termination | threatened with extinction | fingerprint | - | | family:I editor
understudies | students | fingerprint | - | | dev:I editor
understudy | student | ambiguous | - | | family:I editor
undesirable | unhealthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,behaviors,behaviours,practices,propensities | family:I editor
undesirable eating regimen | unhealthy diet | fingerprint | - | | family:I editor
undesirable eating routine | unhealthy diet | fingerprint | - | | family:I editor
undesirable nourishment | unhealthy food | fingerprint | n | | family:I editor
undesirable way of life | unhealthy lifestyle | fingerprint | - | | family:I editor
undeveloped cells | stem cells | ambiguous | - | | family:I editor
unearthings | excavations | fingerprint | - | | editor family:I sites=1
uneasiness | anxiety | ambiguous | - | | family:I editor
uneasiness and misery | anxiety and depression | fingerprint | - | | family:I editor
uneasiness issue | anxiety disorder | fingerprint | n | | family:I editor
uneasiness or melancholy | anxiety or depression | fingerprint | - |  | mined editor family:I
uneasiness scatters | anxiety disorders | fingerprint | - | | family:I editor
unending | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,kidney,obstructive,fatigue,weariness,infection,infections,lung,liver | family:I editor
unending ache | chronic pain | fingerprint | - |  | mined editor family:I
unending weakness disorder | chronic fatigue syndrome | fingerprint | - | | family:I editor
unfavorable impacts | adverse effects | fingerprint | - | | family:I editor
unfavorable occasions | adverse events | fingerprint | - | | family:I editor
unfavorably susceptible | allergic | fingerprint | - | | family:I editor
unfavorably susceptible response | allergic reaction | fingerprint | n | | family:I editor
unfavorably susceptible responses | allergic reactions | fingerprint | - | | family:I editor
unfavourably susceptible | allergic | fingerprint | - | | mined editor family:I sites=1
unfavourably susceptible infections | allergic diseases | fingerprint | - | | mined editor family:I sites=1
unfortunate | unhealthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,propensities | family:I editor
unfortunate eating regimen | unhealthy diet | fingerprint | - | | family:I editor
unfortunate eating routine | unhealthy diet | fingerprint | - | | family:I editor
unfortunate nourishment | unhealthy food | fingerprint | n | | family:I editor
unfortunate rest | poor sleep | fingerprint | - | !prev=the | mined editor family:I sites=1
unfortunate way of life | unhealthy lifestyle | fingerprint | - | | family:I editor
unfriendly impacts | adverse effects | fingerprint | - | | family:I editor
unfriendly occasions | adverse events | fingerprint | - | | family:I editor
unhindered commerce | free trade | fingerprint | - | | family:I editor
unicellular life form | unicellular organism | fingerprint | n | | mined editor family:I sites=1
universal | international | ambiguous | - | next=consortium,alliance,collaboration,coalition,team,gathering,organization,association,partners,partnership,airport,space,agency,conference,panel,travel,flights,trade,relations,students,understudies,researchers,scientists,analysts | mined editor family:I sites=2
universes | galaxies | ambiguous | - | near=galaxy,galaxies,cosmic,hubble,telescope,astronomers,stars,nebula,light-years,galactic !prev=parallel,alternate,alternative,multiple,other,cinematic,fictional,baby,bubble,pocket | mined editor family:I sites=2
unmistakable light | visible light | ambiguous | - | near=telescope,hubble,infrared,ultraviolet,wavelengths,wavelength,galaxy,galaxies,cosmic,stars,space,camera | mined editor family:I sites=1
unnatural birth cycle | miscarriage | fingerprint | n | | family:I editor
unordinary | unusual | ambiguous | - | | mined editor family:I
unpredictable heartbeat | irregular heartbeat | fingerprint | - | | family:I editor
unpredictable pulse | irregular heartbeat | fingerprint | - | | family:I editor
unsavory indications | unpleasant symptoms | fingerprint | - | | editor family:I
unsuccessful labor | miscarriage | fingerprint | n | | family:I editor
untamed life | wildlife | fingerprint | - | | family:I editor
untamed life scholar | wildlife biologist | fingerprint | n | | family:I editor
until as of late | until recently | fingerprint | - | | family:I editor
until the finish of | until the end of | fingerprint | - | | family:I editor
untimely birth | premature birth | fingerprint | n | | family:I editor
untimely infants | premature babies | fingerprint | - | | family:I editor
up until now | so far | ambiguous | - | | family:I editor
up until this point | so far | ambiguous | - | | mined editor family:I sites=2
upkeep laborer | maintenance worker | fingerprint | n | | mined editor family:I sites=1
uplifted muscle strain | heightened muscle tension | fingerprint | - |  | mined editor family:I
upset rest | disturbed sleep | fingerprint | - |  | mined editor family:I
urban communities | cities | ambiguous | - | | family:I editor
uric corrosive | uric acid | fingerprint | - | | editor family:I sites=1
urinary tract contamination | urinary tract infection | fingerprint | n | | family:I editor
uselessness | worthlessness | ambiguous | - | near=feeling*,sentiment*,guilt,blame,hopelessness,despondency,misery,melancholy | mined editor family:I
uterine malignancy | uterine cancer | fingerprint | - | | family:I editor
utilization | consumption | ambiguous | - | prev=egg,eggs,fat,sugar,meat,salt,sodium,coffee,espresso,caffeine,alcohol,food,fiber,fibre,dairy,milk,soda,fish,calorie,tea,protein,cholesterol,fruit,vegetable,tobacco or next=of near=meat,handled,sugar,salt,alcohol,liquor,espresso,coffee,caffeine,food,foods,nourishment,nourishments,sustenance,fat,dairy,egg,eggs,tobacco,calorie,calories | mined editor family:I sites=2
utilize | use | ambiguous | v | | dev:I dev:K editor
utilize scatters | use disorders | fingerprint | - |  | mined editor family:I
utilize the expressions | use the terms | fingerprint | v | | mined editor family:I sites=1
utilized all through | used throughout | fingerprint | - | | editor family:I
utilized as a part of | used in | ambiguous | - | | mined editor family:I
utilized distinctly | used only | fingerprint | - | | mined editor family:I
utilized to portray | used to describe | fingerprint | - | | mined editor family:I sites=1
vacationers | tourists | ambiguous | - | | family:I editor
vagrancy | homelessness | ambiguous | - | | family:I editor
value and incorporation | equity and inclusion | fingerprint | - | | family:I editor
variables that add to | factors that contribute to | fingerprint | - |  | mined editor family:I
variation | variant | ambiguous | n | prev=delta,omicron,alpha,beta,gamma,lambda,mu,coronavirus,covid-19,covid,new,uk,indian,brazilian,british,african,kent,california,infectious,contagious,transmissible,prevailing,dominant,mutant | family:I editor mined
variety and incorporation | diversity and inclusion | fingerprint | - | | family:I editor
vast cell | large cell | fingerprint | - |  | mined editor family:I
vastly thick | infinitely dense | fingerprint | - | | mined editor family:I sites=1
veggie lover | vegan | ambiguous | n | | mined editor family:I sites=1
veil commands | mask mandates | fingerprint | - | | family:I editor
veil order | mask mandate | fingerprint | n | | family:I editor
veil wearing | mask wearing | fingerprint | - | | family:I editor
veils | masks | ambiguous | - | near=face,facial,covid*,coronavirus,wear*,n95,masks,mask,covers,non-clinical,scarves,handkerchiefs | dev:I
vein divider | artery wall | fingerprint | n | | editor family:I sites=1
veins dividers | artery walls | fingerprint | - | | editor family:I sites=1
ventricular discharge division | ventricular ejection fraction | fingerprint | - | | mined editor family:I sites=1
verbal familiarity | verbal fluency | fingerprint | - | | mined editor family:I sites=1
versatile innovation | mobile technology | fingerprint | n | | mined editor family:I sites=1
very blended | quite mixed | fingerprint | - | | dev:I
very much characterized | well-defined | fingerprint | - | | mined editor family:I sites=1
vessel divider | vessel wall | fingerprint | n | | editor family:I sites=1
viability | effectiveness | ambiguous | - | near=vaccine,vaccines,antibody,antibodies,immunization,immunizations,treatment,treatments,drug,drugs,medication,medications,tranquilize,sedate,preliminary,preliminaries,trial,trials,therapy,masks,veils,covers,dose,doses,portion,portions,shot,shots | family:I editor
victoriously | successfully | ambiguous | - | | mined editor family:I
vision misfortune | vision loss | fingerprint | - | | family:I editor
visual deficiency | blindness | fingerprint | - | | family:I editor
visual framework | visual system | fingerprint | - | | editor family:I
vital arrangement | strategic plan | fingerprint | - | | dev:I
vitality bills | energy bills | fingerprint | - | | family:I editor
vitality creation | energy production | fingerprint | - | | family:I editor
vitality division | energy sector | fingerprint | - | | family:I editor
vitality effectiveness | energy efficiency | fingerprint | - | | family:I editor
vitality emergency | energy crisis | fingerprint | - | | family:I editor
vitality framework | energy system | fingerprint | n | | family:I editor
vitality organizations | energy companies | fingerprint | - | | family:I editor
vitality productivity | energy efficiency | fingerprint | - | | family:I editor
vitality proficiency | energy efficiency | fingerprint | - | | family:I editor
vitality progress | energy transition | fingerprint | - | | family:I editor
vitality request | energy demand | fingerprint | - | | family:I editor
vitality security | energy security | fingerprint | - | | family:I editor
vitality source | energy source | fingerprint | - | | family:I editor
vitality sources | energy sources | fingerprint | - | | family:I editor
vitality stockpiling | energy storage | fingerprint | - | | family:I editor
vitality use | energy use | fingerprint | - | | family:I editor
vitality utilization | energy consumption | fingerprint | - | | family:I editor
vitality utilize | energy use | fingerprint | - | | family:I editor
voice acknowledgment | voice recognition | fingerprint | - | | family:I editor
voter extortion | voter fraud | fingerprint | - | | family:I editor
voyagers | travelers | ambiguous | - | | family:I editor
vulnerability principle | uncertainty principle | fingerprint | - | | editor family:I sites=1
wanderer | rover | ambiguous | n | near=mars,martian,nasa,perseverance,curiosity,planet,lunar,moon,jpl,landing,land,cameras,wheels,instruments,spacecraft,mission,propulsion,surface,samples,drill | mined editor family:I sites=1
warm blooded animal species | mammal species | fingerprint | - | | mined editor family:I
warm blooded animals | mammals | ambiguous | - | | family:I editor
warm blooded creature | mammal | ambiguous | n | | mined editor family:I sites=1
warm transformation | thermal conversion | fingerprint | - | | mined editor family:I sites=1
warm vitality | thermal energy | fingerprint | - | | editor family:I sites=1
warming and cooling frameworks | heating and cooling systems | fingerprint | - | | mined editor family:I
warmth catching | heat-trapping | fingerprint | - | | family:I editor
warmth depletion | heat exhaustion | fingerprint | - | | family:I editor
warmth motors | heat engines | fingerprint | - | | mined editor family:I sites=1
warmth pressure | heat stress | fingerprint | - | | family:I editor
warmth related | heat-related | fingerprint | - | | family:I editor
warmth stroke | heat stroke | fingerprint | - | | family:I editor
warmth vitality | heat energy | fingerprint | - | | editor family:I sites=1
waterfall | cataract | ambiguous | n | near=eye,eyes,vision,sight,lens,focal,ophthalmologist,ophthalmologists,ophthalmology,optometrist,glaucoma,retina,macular,blurry,cloudy,overcast,cornea,intraocular,medical !near=river,rivers,stream,falls,cliff,cliffs,mountain,mountains,hike,hiking,hikers,tourist,tourists,park,canyon,gorge,rainforest,jungle | mined editor family:I
waterfall medical procedure | cataract surgery | fingerprint | n | | mined editor family:I
waterway nile | river Nile | fingerprint | - | | editor family:I sites=1
way of life | lifestyle | ambiguous | - | next=changes,factors,choices,interventions,habits,propensities,diseases,medicine,modifications | family:I editor
way of life components | lifestyle factors | fingerprint | - | | family:I editor
way of life decisions | lifestyle choices | fingerprint | - | | family:I editor
way of life factors | lifestyle factors | fingerprint | - | | family:I editor
way of life intercessions | lifestyle interventions | fingerprint | - | | family:I editor
way of life mediations | lifestyle interventions | fingerprint | - | | family:I editor
wealthy in | rich in | ambiguous | - | near=fiber,fibre,protein,proteins,nutrients,vitamins,vitamin,minerals,antioxidants,fats,fat,sugar,grains,vegetables,veggies,products,regimen,regimens,eating,diet,diets,food,foods,varieties | mined editor family:I sites=1
weapon brutality | gun violence | fingerprint | - | | family:I editor
weapon savagery | gun violence | fingerprint | - | | family:I editor
weariness | fatigue | ambiguous | - | | family:I editor
web | internet | ambiguous | - | !next=of,page,pages,site,sites,browser,browsers,portal,address !prev=spider,spider's,food,world,wide,dark,complex,tangled,intricate | dev:I
web based life | social media | fingerprint | - | | family:I editor
web indexes | search engines | fingerprint | - | | family:I editor
web utilize | internet use | fingerprint | - | | dev:I
web-based life | social media | fingerprint | - | | family:I editor
web-based media | social media | fingerprint | - | | family:I editor
web-based social networking | social media | fingerprint | - | | family:I editor
week by week | weekly | ambiguous | - | | family:I editor
weight addition | weight gain | fingerprint | - | | family:I editor
weight control plans | diets | ambiguous | - | | editor family:I
weight gain or misfortune | weight gain or loss | fingerprint | - |  | mined editor family:I
weight increase | weight gain | ambiguous | n | | editor family:I sites=1
weight lessening | weight loss | fingerprint | - | | editor family:I sites=1
weight list | body mass index | fingerprint | - | | family:I editor
weight pick up | weight gain | fingerprint | - |  | mined editor family:I
weight preparing | weight training | fingerprint | - | | family:I editor
weight reduction | weight loss | ambiguous | - | | family:I editor
weight the board | weight management | fingerprint | - | | mined editor family:I sites=1
weight the executives | weight management | fingerprint | - | | family:I editor
weighty hardware | heavy equipment | fingerprint | - | | mined editor family:I
well evolved creature | mammal | fingerprint | - | | family:I editor
well evolved creatures | mammals | fingerprint | - | | family:I editor
wellbeing | health | ambiguous | - | !prev=mental,emotional,psychological,physical,social,and,their,your,personal,overall,its,his,her,our,my,general | dev:I
wellbeing and adequacy | safety and efficacy | fingerprint | - | | family:I editor
wellbeing and human administrations | Health and Human Services | fingerprint | - | | family:I editor
wellbeing and social consideration | health and social care | fingerprint | - | | family:I editor
wellbeing and viability | safety and efficacy | fingerprint | - | | family:I editor
wellbeing associations | health organizations | fingerprint | - | | mined editor family:I sites=1
wellbeing authorities | health officials | fingerprint | - | | family:I editor
wellbeing canada | Health Canada | fingerprint | - | | family:I editor
wellbeing clergyman | health minister | fingerprint | - | | family:I editor
wellbeing controllers | health regulators | fingerprint | - | | family:I editor
wellbeing dangers | health risks | fingerprint | - | | family:I editor
wellbeing division | health department | fingerprint | n | | family:I editor
wellbeing framework | health system | fingerprint | n | | family:I editor
wellbeing hazard | health risk | fingerprint | - | | family:I editor
wellbeing hazards | health risks | fingerprint | - | | family:I editor
wellbeing hurt | health harm | fingerprint | n | | mined editor family:I sites=1
wellbeing inclusion | health coverage | fingerprint | - | | dev:I
wellbeing laborers | health workers | fingerprint | - | | family:I editor
wellbeing notices | health warnings | fingerprint | - | | mined editor family:I sites=1
wellbeing priest | health minister | fingerprint | - | | family:I editor
wellbeing records | health records | fingerprint | - | | family:I editor
wellbeing results | health outcomes | ambiguous | - | | family:I editor
wellbeing secretary | health secretary | fingerprint | - | | family:I editor
wellbeing specialists | health experts | fingerprint | - | | family:I editor
wellbeing suppliers | health providers | fingerprint | - | | family:I editor
wellspring | source | ambiguous | n | prev=the,a,an,its,their,main,primary,essential,principal,significant,huge,major,potential,likely,conceivable,same | mined editor family:I
wellsprings of | sources of | ambiguous | - | | mined editor family:I
what could be compared to | the equivalent of | ambiguous | - | | mined editor family:I
whatever is left of the universe | the rest of the universe | fingerprint | - | | mined editor family:I sites=1
when all is said in done | in general | fingerprint | - | | mined editor family:I
white platelets | white blood cells | fingerprint | - | | family:I editor
who spends significant time in | who specializes in | ambiguous | - | | mined editor family:I sites=1
whooping hack | whooping cough | fingerprint | - | | family:I editor
wide scope of | wide range of | ambiguous | - | | family:I editor
will in general | tend to | ambiguous | - | prev=they,we,you,i,people,individuals,folks,men,women,ladies,children,kids,youngsters,patients,adults,grown-ups,users,consumers,researchers,scientists,specialists,experts,doctors,those,these,who | mined editor family:I sites=1
will most likely be unable to | may not be able to | ambiguous | - | | editor family:I
wind up discouraged | become depressed | fingerprint | - |  | mined editor family:I
wind up noticeably | become | fingerprint | - |  | editor family:I
wind up pregnant | become pregnant | fingerprint | - | | mined editor family:I
wind vitality | wind energy | fingerprint | - | | family:I editor
windedness | shortness of breath | ambiguous | - | | family:I editor
winding arm | spiral arm | ambiguous | n | near=galaxy,galaxies,galactic,spiral,spirals,pinwheeling,universe,world,cosmic,system,stars,hubble,telescope,bar,focal | mined editor family:I
winding cosmic system | spiral galaxy | fingerprint | n | | mined editor family:I
winding universe | spiral galaxy | fingerprint | n | | mined editor family:I
winding world | spiral galaxy | fingerprint | n | | mined editor family:I
winged animal species | bird species | fingerprint | - | | mined editor family:I sites=1
winged animals | birds | fingerprint | - | | family:I editor
winged creature species | bird species | fingerprint | - | | mined editor family:I
winged creatures | birds | fingerprint | - | | family:I editor
wiped out | sick | ambiguous | - | prev=became,become,becoming,becomes,seriously,critically,gravely or next=patients,individuals,children,youngsters,kids,passengers,travelers,voyagers,with | family:I editor
with regards to | when it comes to | ambiguous | - | | family:I editor
with some restraint | in moderation | ambiguous | - | prev=drinking,drink,drinks,drank,consumption,consumed,eaten,eat,eating,enjoyed | mined editor family:I
with the end goal to | in order to | fingerprint | - | | family:I editor
with the goal that | so that | fingerprint | - | | family:I editor
with the guide of | with the aid of | ambiguous | - | | mined editor family:I
within the sight of | in the presence of | fingerprint | - | | mined editor family:I
without much of a stretch | easily | fingerprint | - | | mined editor family:I
without precedent for | for the first time | fingerprint | - | | family:I editor
woods misfortune | forest loss | fingerprint | - | | family:I editor
word related | occupational | fingerprint | - | next=hazard,hazards,exposure,exposures,disease,diseases,injury,injuries,risk,risks,cancer,cancers,illness,illnesses,asthma,safety,stress,issue,issues,danger,dangers,health | mined editor family:I sites=1
word related specialist | occupational therapist | fingerprint | n | | family:I editor
word related treatment | occupational therapy | fingerprint | - | | family:I editor
word related wellbeing | occupational health | fingerprint | - | | family:I editor
work advertise | labor market | fingerprint | - | | family:I editor
work lack | labor shortage | fingerprint | - | | family:I editor
work showcase | labor market | fingerprint | - | | family:I editor
world bunch | galaxy cluster | fingerprint | n | | mined editor family:I sites=1
world wellbeing association | World Health Organization | fingerprint | - | | family:I editor
world wellbeing organization | World Health Organization | fingerprint | - | | family:I editor
worlds | galaxies | ambiguous | - | near=universe,universes,galaxy,galactic,cosmic,stars,telescope,hubble,webb,light-years,astronomers,milky,gas,dark,gap,gaps,opening,openings,sporadic,curved,winding,circular,elliptical,spiral !near=planet,planets,exoplanet,exoplanets,habitable,rocky,alien,earth-like,trappist-1,orbit,orbits,orbiting,moons,moon | mined editor family:I sites=2
worldwide examination | global study | fingerprint | n | | mined editor family:I sites=1
worldwide space station | International Space Station | fingerprint | - | | family:I editor
worldwide temperature alteration | global warming | fingerprint | - | | family:I editor
worldwide wellbeing | global health | fingerprint | - | | family:I editor
worldwide wellbeing crisis | global health emergency | fingerprint | n | | mined editor family:I
worried about the investigation of | concerned with the study of | ambiguous | - | | mined editor family:I
wreak destruction | wreak havoc | ambiguous | - |  | mined editor family:I
wretchedness | depression | ambiguous | - | | family:I editor
wrongdoing | crime | ambiguous | - | | family:I editor
x-beam | X-ray | fingerprint | n | | family:I editor
years prior | years ago | ambiguous | - | prev=million,billion,thousand,millions,billions,thousands,hundreds,of !next=to | mined editor family:I sites=2
yellow-earthy colored | yellow-brown | fingerprint | - | | mined editor family:I
yet additionally | but also | ambiguous | - | | mined editor family:I
yet in addition | but also | fingerprint | - | | mined editor family:I sites=2
young ladies | girls | ambiguous | - | | family:I editor
young lady | girl | ambiguous | - | | mined editor family:I
youngster conceived | child born | fingerprint | - | !next=through,via,by,with,using,after,during,from,naturally,outside,before,when,while,in | mined editor family:I sites=1
youngster maltreatment | child abuse | fingerprint | - | | family:I editor
youngster misuse | child abuse | fingerprint | - | | family:I editor
youngsters | children | ambiguous | - | | family:I editor
youngsters' wellbeing | children's health | fingerprint | - | | family:I editor
youth corpulence | childhood obesity | fingerprint | - | | family:I editor
youth heftiness | childhood obesity | fingerprint | - | | family:I editor
youth injury | childhood trauma | fingerprint | - |  | mined editor family:I
youth malignancy | childhood cancer | fingerprint | - | | family:I editor
youth malignant growth | childhood cancer | fingerprint | - | | family:I editor
youth stoutness | childhood obesity | fingerprint | - | | family:I editor
youthful | young | ambiguous | - | | family:I editor
youthful grown-ups | young adults | fingerprint | - | | family:I editor
youthful individuals | young people | fingerprint | - | | family:I editor
youthful youngsters | young children | fingerprint | - | | mined editor family:I sites=1
zero in on | focus on | ambiguous | v | | mined editor family:I sites=2
