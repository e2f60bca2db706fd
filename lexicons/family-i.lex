# Family I: Spinbot-like spinner ("as indicated by", "distributed in the diary", "understudies", "individuals").
# Format: README.md.
# spun | original | tier | flags | guard | provenance
a bigger number of than | more than | fingerprint | - | | family:I editor
a dangerous atmospheric devation | global warming | fingerprint | - | | family:I editor
a great many people | most people | ambiguous | - | | family:I editor
a large portion of | most of | ambiguous | - | | family:I editor
a lot bigger | much larger | ambiguous | - | | dev:I
a scope of | a range of | fingerprint | - | | family:I editor
a sleeping disorder | insomnia | ambiguous | - | | family:I editor
a ton of | a lot of | ambiguous | - | | family:I editor
a worldwide temperature alteration | global warming | fingerprint | - | | family:I editor
abatement | decrease | ambiguous | n | | family:I editor
absence of | lack of | ambiguous | - | | family:I editor
absence of rest | lack of sleep | fingerprint | - | | family:I editor
abusive behavior at home | domestic violence | fingerprint | - | | family:I editor
accept | believe | ambiguous | - | prev=researchers,scientists,analysts,experts,specialists,authors,creators,we,they,i,officials | family:I editor
accomplice | partner | ambiguous | n | | family:I editor
adequacy | effectiveness | ambiguous | - | | family:I editor
administration | government | ambiguous | - | prev=uk,british,chinese,indian,australian,french,german,italian,spanish,japanese,canadian,scottish,welsh,irish,local,neighborhood,central,kenyan,nigerian,russian,brazilian,mexican,israeli,iranian,turkish,korean,swedish,dutch,norwegian,danish | family:I editor
advances | technologies | ambiguous | - | prev=new,these,digital,emerging,modern,such,communication,addictive,those | dev:I
affirmed case | confirmed case | fingerprint | - | | family:I editor
affirmed cases | confirmed cases | fingerprint | - | | family:I editor
after some time | over time | ambiguous | - | | family:I editor
age bunch | age group | fingerprint | n | | family:I editor
age gathering | age group | fingerprint | n | | family:I editor
aggravation | inflammation | ambiguous | - | near=chronic,ceaseless,incessant,constant,interminable,immune,insusceptible,invulnerable,gut,joint,joints,tissue,markers,arthritis,cytokines,bowel,body,cells,disease,malady,reduce,diminish,lessen,decrease | family:I editor
aggressive behavior at home | domestic violence | fingerprint | - | | family:I editor
agony | pain | ambiguous | - | | family:I editor
aide educator | assistant professor | fingerprint | n | | family:I editor
air contamination | air pollution | fingerprint | - | | dev:I
air terminal | airport | ambiguous | - | | family:I editor
air terminals | airports | fingerprint | - | | family:I editor
alarm assaults | panic attacks | fingerprint | - | | family:I editor
albeit | although | ambiguous | - | | family:I editor
alluded | referred | ambiguous | - | next=to | dev:I
altogether | significantly | ambiguous | - | next=higher,lower,more,less,greater,increased,reduced,better,worse,fewer,smaller,larger,improved,different,expanded | family:I editor
alzheimer's malady | Alzheimer's disease | fingerprint | - | | family:I editor
amid | during | ambiguous | - | | family:I editor
an assessed | an estimated | ambiguous | - | | family:I editor
an assortment of | a variety of | ambiguous | - | | family:I editor
an earth-wide temperature boost | global warming | fingerprint | - | | family:I editor
an unnatural weather change | global warming | fingerprint | - | | family:I editor
analyst | researcher | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,lead | dev:I editor
analysts | researchers | ambiguous | - | near=study,examination,investigation,exploration,university,college,diary,journal,distributed,discoveries,members | dev:I editor
analyzed with | diagnosed with | ambiguous | - | next=cancer,malignancy,diabetes,covid-19,covid,dementia,depression,misery,autism,adhd,hiv,alzheimer's,parkinson's,breast,bosom,lung,prostate,colon,colorectal,skin,ovarian,cervical,leukemia,schizophrenia,bipolar,type,heart,coronary,kidney,liver,obesity,stoutness,corpulence,heftiness,hypertension,asthma,pneumonia,tuberculosis,sepsis,malaria | family:I editor
another examination | a new study | ambiguous | - | prev=per,by,to or next=distributed,published,found,discovered,finds,discovers,appears,demonstrates,proposes,recommends,uncovers,shows,suggests,indicates | family:I editor
another investigation | a new study | ambiguous | - | prev=per,by,to or next=distributed,published,found,discovered,finds,discovers,appears,demonstrates,proposes,recommends,uncovers,shows,suggests,indicates | family:I editor
another think about | a new study | fingerprint | - | | family:I editor
antagonistic impacts | adverse effects | fingerprint | - | | family:I editor
anti-conception medication | birth control | fingerprint | - | | family:I editor
anti-infection | antibiotic | ambiguous | - | | family:I editor
anti-infection agents | antibiotics | ambiguous | - | | family:I editor
anti-infection obstruction | antibiotic resistance | fingerprint | - | | family:I editor
anti-infection opposition | antibiotic resistance | fingerprint | - | | family:I editor
anti-infection safe | antibiotic-resistant | fingerprint | - | | family:I editor
anti-toxin opposition | antibiotic resistance | fingerprint | - | | family:I editor
antibodies | vaccines | ambiguous | - | prev=covid-19,19,coronavirus,experimental,potential,candidate,new,possible,successful,effective,flu,influenza,measles,several,different,various,other,two,three | dev:I editor
antibody | vaccine | ambiguous | - | prev=the,a,an,covid-19,19,coronavirus,experimental,potential,candidate,new,first,possible,successful,effective,flu,influenza,measles,oxford | dev:I editor
antibody aversion | vaccine hesitancy | fingerprint | - | | family:I editor
antibody competitor | vaccine candidate | fingerprint | n | | family:I editor
antibody hesitancy | vaccine hesitancy | fingerprint | - | | family:I editor
antibody improvement | vaccine development | fingerprint | - | | family:I editor
antibody portions | vaccine doses | fingerprint | - | | family:I editor
antibody preliminary | vaccine trial | fingerprint | n | | family:I editor
antibody preventable | vaccine-preventable | fingerprint | - | | dev:I
antibody producers | vaccine makers | fingerprint | - | | family:I editor
antibody reluctance | vaccine hesitancy | fingerprint | - | | family:I editor
antibody rollout | vaccine rollout | fingerprint | - | | family:I editor
antibody up-and-comer | vaccine candidate | fingerprint | n | | family:I editor
anticipation | prevention | ambiguous | - | near=disease,control,illness,malady,sickness,suicide,self-destruction,cancer,malignancy,infection,contamination,stroke,injury,obesity,corpulence,stoutness,overdose,excess,hiv,centers,communities,focuses,habitats,places,treatment | family:I editor
antimicrobial obstruction | antimicrobial resistance | fingerprint | - | | family:I editor
antimicrobial opposition | antimicrobial resistance | fingerprint | - | | family:I editor
antiquated | ancient | ambiguous | - | next=humans,human,people,individuals,dna,egypt,egyptians,egyptian,greeks,greek,greece,rome,romans,roman,civilizations,civilization,ancestors,progenitors,times,world,species,fossils,remains,rocks,bones,city,cities,history,hominins,hominids,mesopotamia,china,chinese,maya,mayan,manuscripts,artifacts,relics,tombs,tomb,burial,temple,temples,ruins,settlement,settlements,site,sites,past,origins,lineage,lineages,genomes,genome,lake,lakes,ocean,oceans,seas,sea,ice,climate,atmosphere,earth,mars,universe,stars,galaxies,light,creatures,animals,reptiles,fish,trees,forests | family:I editor
appear | show | ambiguous | v | prev=study,examination,investigation,exploration,research,results,discoveries,findings,information,data,analysis,tests,preliminaries,trial,trials,studies,examinations,investigations,contemplates,surveys,overviews,scans,outputs next=that | family:I editor
apprehension | fear | ambiguous | - | | dev:I
approach creators | policymakers | fingerprint | - | | family:I editor
approached to | asked to | ambiguous | - | next=wear,stay,take,avoid,self-isolate,report,complete,fill,rate,answer,provide,give,participate,partake,keep,remain,use,utilize,get,describe,list,name,choose,pick,estimate,imagine,consider,recall,identify,indicate,rank,score,perform,read,watch,write,leave,return,refrain,limit,reduce,lessen,diminish,work,isolate,quarantine,submit,donate | family:I editor
aptitudes | skills | ambiguous | - | | family:I editor
arbitrarily | randomly | ambiguous | - | next=assigned,selected,chosen,allocated,relegated,doled,picked,sampled | family:I editor
arbitrarily doled out | randomly assigned | fingerprint | - | | family:I editor
arbitrarily relegated | randomly assigned | fingerprint | - | | family:I editor
as indicated by | according to | ambiguous | - | | family:I editor
as it were | only | ambiguous | - | | family:I editor
as of late | recently | fingerprint | - | | dev:I editor
as of now | currently | ambiguous | - | | family:I editor
as per | according to | ambiguous | - | | family:I editor
ascent | rise | ambiguous | n | !near=mountain,mountains,climb,climbing,climbers,summit,everest,peak,descent | family:I editor
aspiratory | pulmonary | fingerprint | - | | family:I editor
assortment | variety | ambiguous | - | | family:I editor
assortments | varieties | ambiguous | - | | dev:I
assume a basic job | play a critical role | fingerprint | v | | family:I editor
assume a critical job | play a critical role | fingerprint | v | | family:I editor
assume a crucial job | play a crucial role | fingerprint | v | | family:I editor
assume a focal job | play a central role | fingerprint | v | | family:I editor
assume a fundamental job | play a vital role | fingerprint | v | | family:I editor
assume a job | play a role | fingerprint | v | | family:I editor
assume a key job | play a key role | fingerprint | v | | family:I editor
assume a part | play a role | ambiguous | v | !next=of | family:I editor
assume a significant job | play an important role | fingerprint | v | | family:I editor
assume a significant part | play an important role | fingerprint | v | | family:I editor
assume a vital job | play a vital role | fingerprint | v | | family:I editor
assume an essential job | play an essential role | fingerprint | v | | family:I editor
assume an imperative job | play an important role | fingerprint | v | | family:I editor
assurance | protection | ambiguous | - | !prev=quality | dev:I editor
asthma assaults | asthma attacks | fingerprint | - | | family:I editor
at long last | finally | fingerprint | - | | family:I editor
at the end of the day | in other words | ambiguous | - | | family:I editor
at the point when | when | fingerprint | - | | family:I editor
at whatever point | whenever | fingerprint | - | | family:I editor
atmosphere change | climate change | fingerprint | - | | family:I editor
atmosphere emergency | climate crisis | fingerprint | - | | family:I editor
atmosphere researchers | climate scientists | fingerprint | - | | family:I editor
atomic vitality | nuclear energy | fingerprint | - | | family:I editor
audit | review | ambiguous | - | near=study,studies,examination,investigation,research,exploration,contemplates,trials,preliminaries,evidence,proof,systematic,cochrane,efficient | family:I editor
avert | prevent | ambiguous | v | | family:I editor
awful cerebrum injury | traumatic brain injury | fingerprint | n | | family:I editor
awful mind injury | traumatic brain injury | fingerprint | n | | family:I editor
backing | support | ambiguous | - | !next=up,down,away,off,out,into,onto | family:I editor
barrenness | infertility | ambiguous | - | | family:I editor
be that as it may | however | fingerprint | - | | dev:I editor
bearers | carriers | ambiguous | - | !prev=standard,flag,torch,pall,coffin,ring,water,load,bad,news,office,arms,cross,fruit | family:I editor
because of the way that | because | fingerprint | - | | family:I editor
before the finish of | by the end of | fingerprint | - | | family:I editor
beginning phases | early stages | ambiguous | - | | family:I editor
benchmark group | control group | fingerprint | n | | family:I editor
benefactor | donor | ambiguous | n | | family:I editor
biological system | ecosystem | ambiguous | n | | family:I editor
bipolar confusion | bipolar disorder | fingerprint | - | | family:I editor
bipolar turmoil | bipolar disorder | fingerprint | - | | family:I editor
birth deformities | birth defects | ambiguous | - | | family:I editor
bite the dust | die | fingerprint | - | | family:I editor
bites the dust | dies | fingerprint | - | | family:I editor
bleeding edge laborers | frontline workers | fingerprint | - | | family:I editor
blended | mixed | ambiguous | - | | dev:I
blood classification | blood type | fingerprint | n | | family:I editor
blood clusters | blood clots | fingerprint | - | | family:I editor
blood gift | blood donation | fingerprint | n | | family:I editor
bolstered by | supported by | ambiguous | - | | family:I editor
bone misfortune | bone loss | fingerprint | - | | family:I editor
bone thickness | bone density | ambiguous | - | | family:I editor
bosom | breast | ambiguous | - | | family:I editor
bosom malignancy | breast cancer | fingerprint | - | | family:I editor
boss clinical officer | chief medical officer | fingerprint | - | | family:I editor
boss clinical official | chief medical officer | fingerprint | - | | family:I editor
boss researcher | chief scientist | fingerprint | - | | family:I editor
bound to | likely to | ambiguous | - | | family:I editor
branch of wellbeing | Department of Health | fingerprint | - | | family:I editor
brevity of breath | shortness of breath | fingerprint | - | | family:I editor
bring about | cause | ambiguous | v | | family:I editor
bring down | lower | ambiguous | v | | family:I editor
bring issues to light | raise awareness | ambiguous | v | | family:I editor
build up | develop | ambiguous | v | !next=of,in | family:I editor
by far most of | the vast majority of | fingerprint | - | | family:I editor
c-area | C-section | fingerprint | n | | family:I editor
calming | anti-inflammatory | ambiguous | - | next=drugs,drug,medications,medication,medicines,compounds,mixes,sedates,tranquilizes,painkillers,nsaids,diet,properties | family:I editor
cancer prevention agent | antioxidant | fingerprint | n | | family:I editor
canines | dogs | ambiguous | - | | family:I editor
carbon impression | carbon footprint | fingerprint | n | | family:I editor
cardiovascular breakdown | heart failure | fingerprint | - | | family:I editor
cardiovascular failure | heart attack | fingerprint | n | | family:I editor
cardiovascular malady | cardiovascular disease | fingerprint | - | | family:I editor
careful covers | surgical masks | fingerprint | - | | dev:I
careful veil | surgical mask | fingerprint | - | | family:I editor
careful veils | surgical masks | fingerprint | - | | family:I editor
cataclysmic events | natural disasters | ambiguous | - | | family:I editor
cautioned | warned | ambiguous | v | | family:I editor
cautioning | warning | ambiguous | - | | family:I editor
ceaseless | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,irritation,kidney,obstructive,fatigue,weariness,stress,infection,infections,lung,liver,health,wellbeing,insomnia,back,headaches,patients | family:I editor
ceaseless obstructive | chronic obstructive | fingerprint | - | | family:I editor
ceaseless torment | chronic pain | fingerprint | - | | family:I editor
center around | focus on | ambiguous | v | | family:I editor
center pay | middle-income | fingerprint | - | | family:I editor
center salary | middle-income | fingerprint | - | | dev:I
center school | middle school | ambiguous | n | | family:I editor
center school understudies | middle school students | fingerprint | - | | family:I editor
cerebral pain | headache | fingerprint | n | | family:I editor
cerebrum | brain | fingerprint | n | | family:I editor
cerebrum action | brain activity | fingerprint | - | | family:I editor
cerebrum cells | brain cells | fingerprint | - | | family:I editor
cerebrum harm | brain damage | fingerprint | - | | family:I editor
cervical malignancy | cervical cancer | fingerprint | - | | family:I editor
chance components | risk factors | fingerprint | - | | family:I editor
characteristic determination | natural selection | fingerprint | - | | family:I editor
check whether | see if | ambiguous | - | | dev:I
chemical imbalance | autism | ambiguous | - | !near=depression,serotonin,misery,gloom,discouragement,antidepressant,antidepressants,neurotransmitter,neurotransmitters,dopamine,mood,sadness,despondency,wretchedness,psychiatry,psychiatric,bipolar,schizophrenia,hormonal,hormone,hormones | family:I editor
chemical imbalance range issue | autism spectrum disorder | fingerprint | - | | family:I editor
chest torment | chest pain | fingerprint | - | | family:I editor
circulatory framework | circulatory system | fingerprint | n | | family:I editor
circulatory strain | blood pressure | fingerprint | - | | family:I editor
circulatory strain levels | blood pressure levels | fingerprint | - | | family:I editor
city hall leader | mayor | fingerprint | n | | family:I editor
clarified | explained | ambiguous | - | prev=he,she,they,who,professor,researcher,scientist,author,creator,analyst,specialist,expert | family:I editor
clarifies | explains | ambiguous | - | prev=he,she,who,professor,researcher,scientist,author,creator,analyst,specialist,expert,educator | family:I editor
cleanliness | hygiene | ambiguous | - | prev=hand,good,personal,oral,sleep,food,respiratory | family:I editor
clients | users | ambiguous | - | prev=internet,web,social,media,app,facebook,twitter,instagram,tiktok,youtube,online,smartphone,phone,pda,computer,e-cigarette,cannabis,drug,tranquilize,sedate,marijuana,cocaine,heroin | family:I editor
clinical consideration | medical care | fingerprint | - | | family:I editor
clinical crisis | medical emergency | fingerprint | n | | family:I editor
clinical diary | medical journal | fingerprint | - | | family:I editor
clinical exhortation | medical advice | fingerprint | - | | family:I editor
clinical gadgets | medical devices | fingerprint | - | | family:I editor
clinical gear | medical equipment | fingerprint | - | | family:I editor
clinical hardware | medical equipment | fingerprint | - | | family:I editor
clinical maryjane | medical marijuana | fingerprint | - | | family:I editor
clinical pot | medical marijuana | fingerprint | - | | family:I editor
clinical preliminary | clinical trial | fingerprint | n | | family:I editor
clinical veils | medical masks | fingerprint | - | | family:I editor
clinical weed | medical marijuana | fingerprint | - | | family:I editor
close to home defensive gear | personal protective equipment | fingerprint | - | | family:I editor
close to home defensive hardware | personal protective equipment | fingerprint | - | | family:I editor
co-creator | co-author | fingerprint | n | | family:I editor
coal-terminated | coal-fired | fingerprint | - | | family:I editor
colleague educator | associate professor | fingerprint | n | | family:I editor
college understudies | university students | fingerprint | - | | dev:I
colon malignancy | colon cancer | fingerprint | - | | family:I editor
colorectal malignancy | colorectal cancer | fingerprint | - | | family:I editor
communicate | transmit | ambiguous | v | next=covid-19,covid,coronavirus,infection,infections,virus,viruses,disease,diseases,illness,illnesses,malady,maladies,pathogen,pathogens,bacteria,microorganisms,sickness,sicknesses | family:I editor
communicate the infection | transmit the virus | fingerprint | v | | family:I editor
communities for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
companion audited | peer-reviewed | fingerprint | - | | family:I editor
companion checked on | peer-reviewed | fingerprint | - | !prev=a,my,his,her,their,our,your | family:I editor
companion looked into | peer-reviewed | fingerprint | - | !prev=a,my,his,her,their,our,your | family:I editor
companions | friends | ambiguous | - | | family:I editor
completely immunized | fully vaccinated | fingerprint | - | | family:I editor
completely inoculated | fully vaccinated | fingerprint | - | | family:I editor
composed | wrote | ambiguous | - | prev=authors,creators,analysts,researchers,scientists,they,we,team,he,she | family:I editor
comprehend | understand | ambiguous | v | | family:I editor
computer games | video games | ambiguous | n | | dev:I editor
computer generated reality | virtual reality | fingerprint | - | | family:I editor
computerized | digital | ambiguous | - | !next=tomography,axial | family:I editor
computerized reasoning | artificial intelligence | fingerprint | - | | family:I editor
conceded to | admitted to | ambiguous | - | next=hospital,hospitals,emergency,intensive,icu,clinic,medical,concentrated,escalated | family:I editor
conceded to emergency clinic | admitted to hospital | fingerprint | - | | family:I editor
conceded to medical clinic | admitted to hospital | fingerprint | - | | family:I editor
conceivable | possible | ambiguous | - | | family:I editor
concentrate | study | ambiguous | - | prev=the,a,this,that,new,recent,ongoing,latest,earlier,previous,current,their,our,his,her,whole,entire,small,large,big | family:I editor
concentrated consideration | intensive care | fingerprint | - | | family:I editor
concentrated consideration unit | intensive care unit | fingerprint | n | | family:I editor
concentrates | studies | ambiguous | - | prev=other,previous,several,many,some,these,those,recent,ongoing,earlier,past,animal,human,two,few,numerous,various,different,such | family:I editor
concur | agree | ambiguous | v | | family:I editor
conduct | behavior | ambiguous | - | prev=human,animal,social,risky,unsafe,suicidal,sexual,eating,their,his,her,our,its,such,healthy,solid,sound,unhealthy,undesirable,self-destructive,aggressive,violent,antisocial,addictive,problem,online,rest !next=of,research,studies,study,trials,tests,interviews,surveys,experiments | family:I editor
consideration | attention | ambiguous | - | prev=pay,paying,paid,pays,more,public,media,special,much,little,increased,close,greater,medical,immediate | dev:I
consideration shortage | attention deficit | fingerprint | - | | family:I editor
consistently | every year | ambiguous | - | prev=die,died,dies,killed,kill,kills,prematurely,people,individuals,deaths,passings,cases,million,millions,thousands,billion,occur,occurs,affects,affected,infected,diagnosed | dev:I
contact following | contact tracing | fingerprint | - | | family:I editor
contaminated | infected | ambiguous | - | near=virus,covid*,coronavirus,infection,people,patients,individuals,tested,positive !near=water,food,soil | family:I family:A editor
contamination | pollution | ambiguous | - | near=air,water,plastic,emissions,emanations,ecological,environmental,climate,smog,fuels,energizes,carbon | dev:I editor
contemplates | studies | ambiguous | - | | family:I editor
contemplations | thoughts | ambiguous | - | | family:I editor
contrasted and | compared with | fingerprint | - | | family:I editor
contrasted with | compared with | ambiguous | - | | family:I editor
control estimates | control measures | fingerprint | - | | family:I editor
control gathering | control group | fingerprint | n | | family:I editor
controlled preliminary | controlled trial | fingerprint | n | | family:I editor
coordinated effort | collaboration | ambiguous | n | | family:I editor
coral fading | coral bleaching | fingerprint | - | | family:I editor
coronary failure | heart attack | fingerprint | n | | family:I editor
coronary illness | heart disease | fingerprint | - | | family:I editor
coronary supply routes | coronary arteries | fingerprint | - | | family:I editor
corpulence | obesity | fingerprint | - | | dev:I editor
corpulent | obese | fingerprint | - | | family:I editor
cosmic system | galaxy | fingerprint | - | | family:I editor
cosmic systems | galaxies | fingerprint | - | | family:I editor
counter acting agent | antibody | fingerprint | - | | family:I editor
counter acting agents | antibodies | fingerprint | - | | family:I editor
counterfeit consciousness | artificial intelligence | fingerprint | - | | family:I editor
counterfeit neural system | artificial neural network | fingerprint | n | | family:I editor
counterfeit news | fake news | fingerprint | - | | family:I editor
cover set up | shelter in place | fingerprint | - | | family:I editor
covers | masks | ambiguous | - | near=face,facial,wear,wearing,worn,covid*,coronavirus,virus,veils,mouth,nose,careful,surgical,cloth,material,masks,mask,non-clinical,scarves,handkerchiefs,distancing,separating | dev:I
creating nations | developing countries | fingerprint | - | | family:I editor
creating world | developing world | fingerprint | - | | family:I editor
creator | author | ambiguous | - | prev=first,lead,senior,corresponding,study,the,an,review or near=study,examination,diary,journal,distributed,paper,review,survey,report,concentrate | dev:I
creators | authors | ambiguous | - | near=study,examination,diary,journal,distributed,paper,review,survey,report | family:I editor
creature | animal | ambiguous | - | next=models,model,studies,study,research,exploration,examination,welfare,species,testing,experiments,tests,products,protein,proteins,husbandry,health,wellbeing,kingdom,source,sources,feed,rights,behavior,conduct,cells,trials,preliminaries,fats,fat,agriculture,farming,markets,market,bites,hosts,host,reservoirs,reservoir,populations,populace,data,information,contemplates,examinations,investigations | family:I editor
creature contemplates | animal studies | fingerprint | - | | family:I editor
creature models | animal models | fingerprint | - | | family:I editor
creatures | animals | ambiguous | - | !prev=sea,marine,deep-sea,mythical,mythological,living,strange,tiny,small,little,magical,fantastical,fictional,alien,legendary,imaginary,god's,all,fellow,social,nocturnal,habit | family:I editor
creatures of land and water | amphibians | fingerprint | - | | family:I editor
creepy crawlies | insects | ambiguous | - | | family:I editor
crisis division | emergency department | fingerprint | n | | family:I editor
crisis room | emergency room | fingerprint | n | | family:I editor
crosswise over | across | fingerprint | - | | family:I editor
crowd insusceptibility | herd immunity | fingerprint | - | | family:I editor
crowd invulnerability | herd immunity | fingerprint | - | | family:I editor
crusade | campaign | ambiguous | n | | family:I editor
custom made | homemade | ambiguous | - | | dev:I editor
dark gap | black hole | fingerprint | n | | family:I editor
dark issue | dark matter | fingerprint | - | | family:I editor
dark opening | black hole | fingerprint | n | | family:I editor
dark vitality | dark energy | fingerprint | - | | family:I editor
day by day | daily | ambiguous | - | | family:I editor
defenseless | vulnerable | ambiguous | - | | family:I editor
defenseless against | vulnerable to | ambiguous | - | | family:I editor
defensive hardware | protective equipment | fingerprint | - | | family:I editor
deliberate audit | systematic review | fingerprint | n | | family:I editor
deliberate survey | systematic review | fingerprint | n | | family:I editor
demise | death | ambiguous | n | | family:A family:I editor
demise rate | death rate | fingerprint | n | | family:I editor
demonstrated | showed | ambiguous | - | prev=study,examination,investigation,research,exploration,results,discoveries,findings,data,information,analysis,it,which,that,this,they,tests,trials,preliminaries,contemplates,studies | family:I editor
depict | describe | ambiguous | v | | family:I editor
despite everything | still | ambiguous | - | prev=is,are,was,were,be,been,can,could,may,might,will,would,should,must,had,have,has,it's,they're,we're | family:I editor
despite the fact that | although | ambiguous | - | | family:I editor
despondency | depression | ambiguous | - | | family:I editor
destitution | poverty | ambiguous | - | | family:I editor
detailed | reported | ambiguous | - | next=that | family:I editor
determined to have | diagnosed with | ambiguous | - | !next=been,violated,acted,broken,committed,caused,had,made,used,lied,taken,done,a,an,the,no,some,any,more,less,occurred,died,originated,come,started,her,his,their,its,our,my,your,fun,it,children,kids,youngsters | family:I editor
diary | journal | ambiguous | n | near=distributed,published,study,examination,investigation,exploration,research,discoveries,findings,paper,analysts,researchers,scientists | dev:I editor
dietary enhancements | dietary supplements | fingerprint | - | | family:I editor
dietary problems | eating disorders | ambiguous | - | near=anorexia,bulimia,body,image,mental,emotional,psychological,wellness,wellbeing,binge,gorge,teens,adolescents,teenagers,girls,young,youthful | family:I editor
different sclerosis | multiple sclerosis | fingerprint | - | | family:I editor
dim issue | dark matter | fingerprint | - | | family:I editor
dim vitality | dark energy | fingerprint | - | | family:I editor
diminish | reduce | ambiguous | v | | family:I editor
dirtied air | polluted air | fingerprint | - | | dev:I
discharged | released | ambiguous | - | next=the,their,its,findings,discoveries,data,results,information | dev:I
discharges | emissions | ambiguous | - | prev=carbon,gas,greenhouse,co2,methane,fuel,vehicle,nursery,substance,industrial,global,annual,yearly,total,net,reduce,cut,cutting,lower,lowering,diminish,decrease,lessen | family:I editor
disclosed to | told | ambiguous | - | prev=he,she,they,we,i,who | dev:I
discouragement | depression | ambiguous | - | | family:I editor
discovered | found | ambiguous | - | next=that | family:I editor
discoveries | findings | ambiguous | - | near=study,examination,investigation,research,analysts,distributed,published,diary,journal,exploration,specialists,scientists,researchers | dev:I editor
dismalness | morbidity | ambiguous | - | | family:I editor
dispatch | launch | ambiguous | - | near=rocket,rockets,satellite,satellites,spacecraft,nasa,telescope,probe,orbit,orbiter,lander,rover,esa,spacex,mars,moon,lunar,space,capsule | family:I editor
dispatched | launched | ambiguous | - | near=rocket,rockets,satellite,satellites,spacecraft,nasa,telescope,probe,orbit,orbiter,lander,rover,esa,spacex,mars,moon,lunar,space,capsule | family:I editor
dissect | analyze | ambiguous | v | | family:I editor
dissolving icy masses | melting glaciers | fingerprint | - | | family:I editor
distinguish | identify | ambiguous | v | !next=between,from,themselves,itself,them !prev=a,an,the,most,highly,very,his,her,their | family:I editor
distributed in | published in | ambiguous | - | near=diary,journal,study,examination,investigation,exploration,research,discoveries,findings,paper | dev:I editor
distributed in the diary | published in the journal | fingerprint | - | | dev:I editor
distributed on the web | published online | fingerprint | - | | family:I editor
division of wellbeing | Department of Health | fingerprint | - | | family:I editor
doctoral up-and-comer | doctoral candidate | fingerprint | n | | family:I editor
domesticated animals | livestock | ambiguous | - | | family:I editor
dominant part | majority | ambiguous | - | | family:I editor
dreading | fearing | ambiguous | - | | dev:I
dry spell | drought | ambiguous | n | | family:I editor
dull issue | dark matter | fingerprint | - | | family:I editor
dull vitality | dark energy | fingerprint | - | | family:I editor
dysfunctional behavior | mental illness | ambiguous | n | | family:I editor
each day | every day | ambiguous | - | | dev:I
eating regimen | diet | fingerprint | - | | family:I editor
eating routine | diet | fingerprint | - | | family:I editor
ecological | environmental | ambiguous | - | | dev:I
ecological hazard | environmental risk | fingerprint | - | | dev:I
educational plan | curriculum | ambiguous | n | | family:I editor
educator | professor | ambiguous | n | next=of or near=university,college | family:I editor
educator of medication | professor of medicine | fingerprint | - | | family:I editor
educators | teachers | ambiguous | - | | family:I editor
efficient audit | systematic review | ambiguous | n | | family:I editor
efficient survey | systematic review | fingerprint | n | | family:I editor
ejection | eruption | ambiguous | n | near=volcano,volcanoes,volcanic,lava,magma | family:I editor
emanations | emissions | fingerprint | - | | dev:I
emergency clinics | hospitals | ambiguous | - | | family:I editor
emotional well-being | mental health | ambiguous | - | | dev:I
emotional well-being issues | mental health problems | fingerprint | - | | family:I editor
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
endeavor to | try to | ambiguous | - | | family:I editor
energizes | fuels | ambiguous | - | prev=fossil,dirty,grimy,solid,petroleum | dev:I
enhancements | supplements | ambiguous | - | near=nutrient,nutrients,vitamin,vitamins,dietary,omega-3,fish,iron,calcium,zinc,magnesium,probiotic | family:I editor
enlisted | recruited | ambiguous | - | near=members,participants,partakers,volunteers,patients,study,examination,preliminary,adults,grown-ups,individuals | family:I editor
enormous information | big data | fingerprint | - | | family:I editor
enormous language models | large language models | fingerprint | - | | family:I editor
enslavement | addiction | ambiguous | - | near=drug,drugs,tranquilize,sedate,opioid,opioids,narcotic,narcotics,alcohol,liquor,nicotine,smoking,gaming,internet,web,phone,phones,pda,cell,smartphone,smartphones,gambling,betting,sugar,food,nourishment,treatment,recovery,substance,heroin,cocaine,social,media,online,pornography | family:I editor
ensure | protect | ambiguous | - | next=themselves,yourself,yourselves,ourselves,himself,herself,itself,against,others,youngsters,kids | family:I editor
ensured | protected | ambiguous | - | next=themselves,yourself,yourselves,ourselves,himself,herself,itself,against,others,youngsters,kids | family:I editor
ensures | protects | ambiguous | - | next=themselves,yourself,yourselves,ourselves,himself,herself,itself,against,others,youngsters,kids | family:I editor
enthusiastic | emotional | ambiguous | - | next=health,wellbeing,well-being,wellness,support,distress,problems,issues,state,states,responses,response,regulation,abuse,needs,intelligence,toll,prosperity | family:I editor
environmental change | climate change | ambiguous | - | near=carbon,emission*,warming,greenhouse,fossil,temperature*,contamination,pollution,emanations | dev:I editor
environmentally friendly power | renewable energy | ambiguous | - | | family:I editor
epic coronavirus | novel coronavirus | fingerprint | - | | family:I editor
episode | outbreak | ambiguous | n | near=virus,disease,covid*,measles,ebola,infection,cases,contamination,illness,sickness,flu,influenza | family:I editor
escalated care | intensive care | fingerprint | - | | family:I editor
estimates | measures | ambiguous | - | prev=lockdown,control,preventive,protective,defensive,precautionary,safety,distancing,removing,separating,containment,drastic,mitigation,austerity,quarantine,stringent,draconian,tough,hygiene,cleanliness | family:I editor
estimations | measurements | ambiguous | - | | family:I editor
every one of the | all the | ambiguous | - | | family:I editor
exactness | accuracy | ambiguous | - | | family:I editor
examination | study | ambiguous | - | prev=the,a,new,this,that,latest,recent,earlier,previous,their,our,his,her or next=distributed,published,found,discovered,proposes,recommends,indicated,showed,demonstrated,members,creators | family:I editor
examinations | studies | ambiguous | - | !prev=medical,physical,eye,clinical,school,entrance,final,exit,routine,annual,forensic,pelvic,breast,further,blood,post-mortem | family:I editor
except if | unless | fingerprint | - | | dev:I editor
exceptionally | very | ambiguous | - | | family:I editor
exhortation | advice | ambiguous | - | | family:I editor
expanded | increased | ambiguous | - | next=risk,hazard,danger,chance,levels,rates,use,utilization,demand,numbers,number,access,funding,production,screening,testing,awareness,exposure,by,to or prev=has,have,had,been,was,were,significantly,greatly,dramatically,essentially,fundamentally | family:I editor
expanded reality | augmented reality | fingerprint | - | | family:I editor
expanding | increasing | ambiguous | - | next=number,numbers,rates,risk,levels,evidence,reports,use,concern,demand,pressure,burden,prevalence,incidence,hazard | family:I editor
experience the ill effects of | suffer from | fingerprint | v | | family:I editor
explicit | specific | ambiguous | - | !near=sex*,content,lyrics,images,material,language,consent,warning | family:I editor
explicitly | specifically | ambiguous | - | | family:I editor
explicitly transmitted | sexually transmitted | fingerprint | - | | family:I editor
exploration | research | ambiguous | - | !near=space,mars,moon,lunar,ocean,oil,gas,mining,planet*,deep-sea,arctic,antarctic | family:I editor
expressed | said | ambiguous | - | prev=he,she,they,who,professor,dr,researcher,scientist,author,creator,spokesperson,spokesman,spokeswoman,analyst,specialist,expert !next=concern,concerns,interest,support,hope,doubt,doubts,alarm,surprise,disappointment,frustration,gratitude,regret,sympathy,optimism,skepticism,scepticism,reservations,dismay,fears,worry,worries,in,by | family:I editor
extra assurance | additional protection | fingerprint | - | | dev:I
extraordinary climate | extreme weather | fingerprint | - | | family:I editor
extreme | severe | ambiguous | - | next=illness,illnesses,disease,diseases,malady,maladies,sickness,symptoms,side,manifestations,indications,covid-19,covid,cases,case,complications,infection,infections,pneumonia,allergic,asthma,depression,anxiety,acute,intense,respiratory,outcomes,consequences,disability,dementia,headaches,cerebral,hack,cough | family:I editor
face covers | face masks | ambiguous | - | | dev:I
face veils | face masks | ambiguous | - | | dev:I
factually critical | statistically significant | fingerprint | - | | family:I editor
factually huge | statistically significant | fingerprint | - | | family:I editor
factually noteworthy | statistically significant | fingerprint | - | | family:I editor
fake knowledge | artificial intelligence | fingerprint | - | | family:I editor
fake treatment | placebo | fingerprint | n | | family:I editor
family units | households | ambiguous | - | | family:I editor
far and wide | around the world | ambiguous | - | prev=testing,trials,people,individuals,countries,nations,cases,deaths | dev:I
farming | agriculture | ambiguous | - | | dev:I
feathered creatures | birds | ambiguous | - | | family:I editor
feet separated | feet apart | ambiguous | - | | family:I editor
felines | cats | ambiguous | - | | family:I editor
fierce blaze | wildfire | ambiguous | n | | family:I editor
finished up | concluded | ambiguous | - | prev=creators,authors,analysts,researchers,scientists,they,we,study,examination,investigation,team,group,review,audit,specialists,experts | family:I editor
finished up that | concluded that | fingerprint | - | | family:I editor
flexibly | supply | ambiguous | - | prev=the,a,food,water,blood,oxygen,vaccine,antibody,immunization,energy,power,drug,medication,tranquilize,global,limited,short,adequate,sufficient,enough,steady,stable,constant,world's,country's,nation's,its,their,our | family:I editor
flexibly chain | supply chain | fingerprint | n | | family:I editor
flow | current | ambiguous | - | next=pandemic,study,examination,investigation,situation,circumstance,circumstances,crisis,emergency,outbreak,flare-up,episode,research,exploration,findings,discoveries,guidelines,rules,evidence,proof,treatments,medicines,medications,vaccines,antibodies,immunizations,government,administration,policy,approach,methods,techniques,trends,smokers,users,clients,year,season,wave,president,minister,laws,understanding,knowledge,estimates,gauges,scenario,lockdown,restrictions,limitations,recommendations,suggestions,analysis,review,audit,survey,overview | family:I editor
flying creatures | birds | ambiguous | - | | family:I editor
focal sensory system | central nervous system | fingerprint | - | | family:I editor
focuses for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
food and medication administration | Food and Drug Administration | fingerprint | - | | family:I editor
food and medication organization | Food and Drug Administration | fingerprint | - | | family:I editor
food instability | food insecurity | fingerprint | - | | family:I editor
food squander | food waste | fingerprint | - | | family:I editor
foods grown from the ground | fruits and vegetables | fingerprint | - | | family:I editor
for example, | such as | ambiguous | - | | dev:I
forefront wellbeing laborers | frontline health workers | fingerprint | - | | family:I editor
forlornness | loneliness | ambiguous | - | | family:I editor
fossil fuel byproducts | carbon emissions | fingerprint | - | | family:I editor
foundational microorganisms | stem cells | fingerprint | - | | family:I editor
framework | system | ambiguous | - | !prev=regulatory,legal,policy,conceptual,theoretical,analytical,legislative,ethical,strategic | family:I editor
frameworks | systems | ambiguous | - | | dev:I editor
friend audited | peer-reviewed | fingerprint | - | | family:I editor
friend checked on | peer-reviewed | fingerprint | - | !prev=a,my,his,her,their,our,your | family:I editor
fruitfulness | fertility | ambiguous | - | | family:I editor
furnish | provide | ambiguous | v | | family:I editor
gadget | device | ambiguous | - | | family:I editor
gadgets | devices | ambiguous | - | prev=electronic,digital,mobile,smart | dev:I
gainful | beneficial | ambiguous | - | !next=employment,work,job,jobs | family:I editor
general political decision | general election | fingerprint | n | | family:I editor
general political race | general election | fingerprint | n | | family:I editor
general society | the public | ambiguous | - | | family:I editor
general wellbeing | public health | fingerprint | - | | family:I editor
general wellbeing specialists | public health experts | fingerprint | - | | family:I editor
gentle | mild | ambiguous | - | next=symptoms,side,manifestations,indications,illness,disease,malady,sickness,cases,case,covid-19,covid,infection,infections,cognitive,subjective,intellectual,fever,cold,flu,influenza,depression,anxiety,reactions,responses,hypertension,asthma,dementia | family:I editor
genuine | serious | ambiguous | - | next=illness,disease,sickness,malady,condition,conditions,problem,problems,risk,harm,injury,damage,side,complications,threat,concern,concerns,consequences,symptoms,manifestations,infection,issues | family:I editor
get thinner | lose weight | ambiguous | - | | family:I editor
gloom | depression | ambiguous | - | near=anxiety,tension,uneasiness,nervousness,mental,emotional,symptom*,disorder*,suicid*,psychological,wellness,sleep,patients,manifestations | family:I editor
gorge drinking | binge drinking | fingerprint | - | | family:I editor
gorge eating | binge eating | fingerprint | - | | family:I editor
gracefully | supply | ambiguous | - | prev=the,a,food,water,blood,oxygen,vaccine,antibody,immunization,energy,power,drug,medication,tranquilize,global,limited,short,adequate,sufficient,enough,steady,stable,constant,world's,country's,nation's,its,their,our | family:I editor
gracefully chain | supply chain | fingerprint | n | | family:I editor
grimy | dirty | ambiguous | - | | dev:I
group insusceptibility | herd immunity | fingerprint | - | | family:I editor
group invulnerability | herd immunity | fingerprint | - | | family:I editor
group resistance | herd immunity | ambiguous | - | | family:I editor
grown-up | adult | ambiguous | - | | family:I editor
grown-ups | adults | ambiguous | - | | family:I editor
guaranteeing | ensuring | ambiguous | - | | dev:I
guardians | parents | ambiguous | - | | family:I editor
gut microscopic organisms | gut bacteria | fingerprint | - | | family:I editor
habitats for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
hack | cough | ambiguous | - | prev=dry,persistent,a,new,continuous,severe,mild,constant | family:I editor
had trusted | had hoped | ambiguous | - | | dev:I
handfuls of | dozens of | ambiguous | - | !next=rice,sand,dirt,soil,seeds,nuts,grain,grains,food,earth,snow,pills,money,coins,berries,leaves,hair | family:I editor
handkerchiefs | bandanas | ambiguous | - | near=masks,mask,covers,cover,veils,veil,face,facial,scarves,scarf,covering,coverings,mouth,nose | family:I editor
handled food | processed food | ambiguous | n | | family:I editor
handled nourishments | processed foods | fingerprint | - | | family:I editor
haphazardly | randomly | ambiguous | - | next=assigned,selected,chosen,allocated,relegated,doled,picked,sampled | family:I editor
haphazardly doled out | randomly assigned | fingerprint | - | | family:I editor
haphazardly relegated | randomly assigned | fingerprint | - | | family:I editor
hard-core boozing | binge drinking | fingerprint | - | | family:I editor
hazard components | risk factors | fingerprint | - | | family:I editor
hazard factor | risk factor | fingerprint | n | | family:I editor
head administrator | prime minister | ambiguous | - | | family:I editor
hearing misfortune | hearing loss | fingerprint | - | | family:I editor
heart assault | heart attack | fingerprint | n | | family:I editor
heart disappointment | heart failure | fingerprint | - | | family:I editor
heftiness | obesity | fingerprint | - | | family:I editor
hefty | obese | ambiguous | - | near=obesity,weight,corpulence,heftiness,overweight,diabetes,bmi | family:I editor
helpless against | vulnerable to | ambiguous | - | | family:I editor
helpless rest | poor sleep | fingerprint | - | | family:I editor
helpless wellbeing | poor health | fingerprint | - | | family:I editor
hereditary | genetic | ambiguous | - | | family:I editor
hereditary qualities | genetics | fingerprint | - | | family:I editor
hereditary scatters | genetic disorders | fingerprint | - | | family:I editor
hereditary transformation | genetic mutation | fingerprint | - | | family:I editor
hereditary transformations | genetic mutations | fingerprint | - | | family:I editor
hidden ailments | underlying illnesses | fingerprint | - | | family:I editor
hidden conditions | underlying conditions | fingerprint | - | | family:I editor
high-chance | high-risk | fingerprint | - | | family:I editor
high-hazard | high-risk | ambiguous | - | | family:I editor
high-pay nations | high-income countries | fingerprint | - | | family:I editor
high-salary nations | high-income countries | fingerprint | - | | family:I editor
homeroom | classroom | ambiguous | n | | family:I editor
horrendous cerebrum injury | traumatic brain injury | fingerprint | n | | family:I editor
horribleness | morbidity | ambiguous | - | | family:I editor
hostile to antibody | anti-vaccine | fingerprint | - | | family:I editor
hostile to immunization | anti-vaccine | fingerprint | - | | family:I editor
huge explosion | Big Bang | ambiguous | - | prev=the near=universe,cosmic,cosmos,galaxies,astronomers,stargazers,cosmologists | family:I editor
huge language models | large language models | fingerprint | - | | family:I editor
human conduct | human behavior | ambiguous | - | near=computers,diary,journal,nature | dev:I
human services | health care | ambiguous | - | !prev=and | family:I editor
human services framework | health care system | fingerprint | n | | family:I editor
human services laborers | health care workers | fingerprint | - | | family:I editor
human services suppliers | health care providers | fingerprint | - | | family:I editor
hurtful | harmful | ambiguous | - | next=effects,impacts,substances,chemicals,synthetic,bacteria,microscopic,algae,emissions,outflows,pollutants,toxins,poisons,levels,health,wellbeing,exposure,side,ultraviolet,uv,radiation | family:I editor
hyperactivity issue | hyperactivity disorder | fingerprint | - | | family:I editor
hypersensitivities | allergies | ambiguous | - | | family:I editor
icy mass | glacier | fingerprint | n | | family:I editor
identified with | related to | ambiguous | - | | dev:I
idleness | inactivity | ambiguous | - | | dev:I
illnesses | diseases | ambiguous | - | | dev:I editor
imbalance | inequality | ambiguous | n | prev=income,wealth,social,economic,health,wellbeing,racial,gender,growing,rising,pay,salary,financial | family:I editor
immature microorganisms | stem cells | fingerprint | - | | family:I editor
immersed fat | saturated fat | fingerprint | n | | family:I editor
immunization | vaccine | ambiguous | - | prev=the,a,an,experimental,potential,candidate,19,coronavirus,covid,covid-19,new,first | dev:I
immunization aversion | vaccine hesitancy | fingerprint | - | | family:I editor
immunization crusade | vaccination campaign | fingerprint | n | | family:I editor
immunization up-and-comer | vaccine candidate | fingerprint | n | | family:I editor
immunizations | vaccines | ambiguous | - | prev=19,coronavirus,covid,covid-19,experimental,potential,candidate,new | dev:I
immunized | vaccinated | ambiguous | - | | family:I editor
imperative | important | ambiguous | - | | family:I editor
imperiled species | endangered species | fingerprint | - | | family:I editor
improbable | unlikely | ambiguous | - | | family:I editor
in an articulation | in a statement | fingerprint | - | | family:I editor
in an explanation | in a statement | ambiguous | - | prev=said,says,say,added,wrote,noted,stated,expressed,included,clarified | family:I editor
in any event | at least | ambiguous | - | | family:I editor
in broad daylight | in public | ambiguous | - | | dev:I
in circle | in orbit | ambiguous | - | near=satellite,satellites,spacecraft,earth,planet,moon,space,nasa,station,telescope,astronauts,rocket | family:I editor
in danger | at risk | ambiguous | - | !next=of | family:I editor
in excess of | more than | ambiguous | - | | family:I editor
in light of the fact that | because | fingerprint | - | | family:I editor
in open | in public | ambiguous | - | !next=water,waters,court,access,air,space,country,fields,field,ocean,sea,areas,defiance,conflict,contempt,source,letter,letters,view | family:I editor
in spite of the fact that | although | fingerprint | - | | family:I editor
in the course of recent | over the past | fingerprint | - | | family:I editor
in the course of the most recent | over the last | fingerprint | - | | family:I editor
in the interim | meanwhile | ambiguous | - | | family:I editor
in the wake of | after | ambiguous | - | | family:I editor
inactive | sedentary | ambiguous | - | next=way,lifestyle,lifestyles,behavior,behaviour,behaviors,time,conduct,practices,propensities,habits | family:I editor
inactive way of life | sedentary lifestyle | fingerprint | n | | family:I editor
incapacities | disabilities | ambiguous | - | | family:I editor
incapacity | disability | ambiguous | - | | family:I editor
incessant | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,irritation,kidney,obstructive,fatigue,weariness,stress,infection,infections,lung,liver,health,wellbeing,insomnia,sleeplessness,back,headaches,migraine,migraines,patients,smokers | family:I editor
incessant agony | chronic pain | fingerprint | - | | family:I editor
incessant kidney illness | chronic kidney disease | fingerprint | - | | family:I editor
incessant obstructive | chronic obstructive | fingerprint | - | | family:I editor
incessant torment | chronic pain | fingerprint | - | | family:I editor
included | added | ambiguous | - | prev=he,she,they,we,who,spokesperson,spokesman,spokeswoman,professor,researcher,scientist,author,creator,analyst | dev:I editor
incongruities | disparities | ambiguous | - | | family:I editor
incongruity | disparity | ambiguous | - | | family:I editor
incorporate | include | ambiguous | v | | family:I editor
increment | increase | ambiguous | n | | family:I editor
indicated | showed | ambiguous | - | prev=study,examination,investigation,research,exploration,results,discoveries,findings,data,information,testing,tests,trials,preliminaries,analysis,concentrate | dev:I
indications | symptoms | ambiguous | - | near=covid*,disease,illness,sickness,malady,infection,patients,flu,influenza,fever,cough,hack,depressive,mild,severe | family:I editor
individual defensive equipment | personal protective equipment | fingerprint | - | | family:I editor
individual defensive gear | personal protective equipment | fingerprint | - | | family:I editor
individual defensive hardware | personal protective equipment | fingerprint | - | | family:I editor
individuals | people | ambiguous | - | | dev:A dev:I
individuals' | people's | ambiguous | - | | dev:I
infiltrate | penetrate | ambiguous | v | | dev:I
influenza like | flu-like | fingerprint | - | | dev:I
information assortment | data collection | fingerprint | - | | family:I editor
information break | data breach | fingerprint | n | | family:I editor
inhale | breathe | ambiguous | v | | dev:I
innovation | technology | ambiguous | - | near=phone*,smartphone*,cell,pda,pdas,web,internet,computer*,digital,devices,gadgets,tvs,televisions,screen*,online,addictive,robots,machines or prev=new,addictive,modern,emerging,wearable,mobile,digital,such,this,that,smart,green,clean,latest | dev:I
innovations | technologies | ambiguous | - | near=phone*,smartphone*,cell,pda,pdas,web,internet,computer*,digital,devices,gadgets,tvs,televisions,screen*,online,addictive,robots,machines or prev=new,addictive,modern,emerging,wearable,mobile,digital,such,these,those,smart,green,clean,latest | dev:I
inoculated | vaccinated | ambiguous | - | | family:I editor
inoculation crusade | vaccination campaign | fingerprint | n | | family:I editor
inquired | asked | ambiguous | - | | family:I editor
inspirations | motivations | ambiguous | - | | dev:I
insulin obstruction | insulin resistance | fingerprint | - | | family:I editor
insulin opposition | insulin resistance | fingerprint | - | | family:I editor
insusceptibility | immunity | fingerprint | - | | family:I editor
insusceptible | immune | fingerprint | - | | dev:I editor
insusceptible cells | immune cells | fingerprint | - | | family:I editor
insusceptible framework | immune system | fingerprint | n | | dev:I editor
insusceptible frameworks | immune systems | fingerprint | - | | family:I editor
insusceptible reaction | immune response | fingerprint | n | | family:I editor
intellectual capacity | cognitive function | ambiguous | - | | family:I editor
intellectual conduct treatment | cognitive behavioral therapy | fingerprint | - | | family:I editor
intellectual decay | cognitive decline | fingerprint | - | | family:I editor
intellectual decrease | cognitive decline | fingerprint | - | | family:I editor
intellectual hindrance | cognitive impairment | fingerprint | - | | family:I editor
intense kidney injury | acute kidney injury | fingerprint | - | | family:I editor
intense myeloid leukemia | acute myeloid leukemia | fingerprint | - | | family:I editor
intense respiratory | acute respiratory | fingerprint | - | | family:I editor
intense respiratory disorder | acute respiratory syndrome | fingerprint | - | | family:I editor
interminable | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,irritation,kidney,obstructive,fatigue,weariness,stress,infection,infections,lung,liver,health,wellbeing,insomnia,back,headaches,patients | family:I editor
interminable agony | chronic pain | fingerprint | - | | family:I editor
interminable kidney illness | chronic kidney disease | fingerprint | - | | family:I editor
interminable obstructive | chronic obstructive | fingerprint | - | | family:I editor
internet based life | social media | fingerprint | - | | family:I editor
internet based social networking | social media | fingerprint | - | | family:I editor
into circle | into orbit | ambiguous | - | near=satellite,satellites,spacecraft,earth,planet,moon,space,nasa,station,telescope,astronauts,rocket | family:I editor
invulnerable | immune | ambiguous | - | | family:I editor
invulnerable cells | immune cells | fingerprint | - | | family:I editor
invulnerable framework | immune system | fingerprint | n | | family:I editor
invulnerable reaction | immune response | fingerprint | n | | family:I editor
irresistible | infectious | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sicknesses,sickness,agents,particles,virus,variant,variation,strain,period | family:I editor
irresistible illness | infectious disease | fingerprint | n | | family:I editor
irresistible infections | infectious diseases | fingerprint | - | | family:I editor
irresistible malady | infectious disease | fingerprint | n | | family:I editor
isolate | quarantine | ambiguous | - | prev=in,into,mandatory,compulsory,obligatory,strict,hotel,two-week,fourteen-day,home | family:I editor
jeopardized species | endangered species | fingerprint | - | | family:I editor
job | role | ambiguous | - | prev=significant,key,critical,vital,crucial,focal,fundamental,pivotal,causal,noteworthy,central,imperative next=in,of,for | family:I editor
joblessness | unemployment | ambiguous | - | | family:I editor
jungle fever | malaria | fingerprint | - | | family:I editor
keep away from | avoid | ambiguous | - | | family:I editor
keep on | continue | ambiguous | v | | family:I editor
keeping in mind that | while | ambiguous | - | | family:I editor
kick the bucket | die | fingerprint | - | | family:I editor
kicked the bucket | died | fingerprint | - | | family:I editor
kidney disappointment | kidney failure | fingerprint | - | | family:I editor
kidney malady | kidney disease | fingerprint | - | | family:I editor
laborers | workers | ambiguous | - | | family:I editor
lead creator | lead author | fingerprint | n | | family:I editor
leafy foods | fruits and vegetables | fingerprint | - | | family:I editor
learning handicaps | learning disabilities | ambiguous | - | | family:I editor
legislature | government | ambiguous | - | | family:I editor
legislatures | governments | ambiguous | - | | family:I editor
lessen | reduce | ambiguous | v | | family:I editor
level the bend | flatten the curve | fingerprint | - | | family:I editor
liable to | likely to | ambiguous | - | | family:I editor
likewise | also | ambiguous | - | | family:I editor
limitations | restrictions | ambiguous | - | prev=travel,lockdown,pandemic,coronavirus,covid-19,covid,strict,government,tighter,severe,movement,new,social,these | family:I editor
liquor | alcohol | ambiguous | - | | family:I editor
liquor utilization | alcohol consumption | fingerprint | - | | family:I editor
littler | smaller | ambiguous | - | | family:I editor
liver disappointment | liver failure | fingerprint | - | | family:I editor
liver malady | liver disease | fingerprint | - | | family:I editor
liver malignancy | liver cancer | fingerprint | - | | family:I editor
locales | regions | ambiguous | - | | family:I editor
lockdown estimates | lockdown measures | fingerprint | - | | family:I editor
logical agreement | scientific consensus | fingerprint | - | | family:I editor
logical exploration | scientific research | fingerprint | - | | family:I editor
logical network | scientific community | ambiguous | - | | family:I editor
logical proof | scientific evidence | ambiguous | - | | family:I editor
long haul | long-term | ambiguous | - | !prev=the,for !next=flight,flights,truck,trucks,trucking,trucker,truckers | family:I editor
long haul care | long-term care | fingerprint | - | | family:I editor
long haul impacts | long-term effects | fingerprint | - | | family:I editor
long periods of rest | hours of sleep | ambiguous | - | | family:I editor
long range interpersonal communication | social networking | fingerprint | - | | family:I editor
long stretches of rest | hours of sleep | fingerprint | - | | family:I editor
loose bowels | diarrhea | ambiguous | - | | family:I editor
low quality nourishment | junk food | fingerprint | - | | family:I editor
low-pay nations | low-income countries | fingerprint | - | | family:I editor
low-salary nations | low-income countries | fingerprint | - | | family:I editor
lung malady | lung disease | fingerprint | - | | family:I editor
lung malignancy | lung cancer | fingerprint | - | | family:I editor
maintain a strategic distance from | avoid | fingerprint | - | | family:I editor
maladies | diseases | ambiguous | - | | family:I editor
malady | disease | ambiguous | - | | family:I editor
malignancy | cancer | ambiguous | - | | dev:I editor
malignant growth | cancer | fingerprint | n | | family:I editor
malignant growth cells | cancer cells | fingerprint | - | | family:I editor
malignant growth hazard | cancer risk | fingerprint | - | | family:I editor
malignant growths | cancers | fingerprint | - | | family:I editor
man-made brainpower | artificial intelligence | fingerprint | - | | family:I editor
man-made consciousness | artificial intelligence | fingerprint | - | | family:I editor
man-made reasoning | artificial intelligence | fingerprint | - | | family:I editor
manifestations | symptoms | ambiguous | - | near=covid*,disease,illness,sickness,infection,patients,depressive,flu,influenza | family:I editor
maryjane | marijuana | fingerprint | - | | family:I editor
masters | experts | ambiguous | - | prev=health,wellbeing,medical,clinical,climate,atmosphere,leading,many,independent,outside,security,infectious,irresistible,disease,malady,industry,scientific,logical,nutrition,sustenance,mental,psychological,emotional,these,those,several,numerous,various | family:I editor
material | cloth | ambiguous | - | next=face,covers,veils,masks,mask,cover | dev:I
matured | aged | ambiguous | - | | family:I editor
maturing | aging | ambiguous | - | prev=healthy,sound,solid,biological,organic,natural,normal,brain,cerebrum,mind,skin,population,populace,premature,untimely,slow,slows,slowing,cellular,accelerated,quickened,successful,of,and,with,against,on,during,amid,age,anti,reverse,the or next=process,population,populace,brain,cerebrum,adults,grown-ups,bodies,body,skin,cells,research,biology | family:I editor
maturing populace | aging population | fingerprint | - | | family:I editor
maturing procedure | aging process | fingerprint | - | | family:I editor
measurably critical | statistically significant | fingerprint | - | | family:I editor
measurably huge | statistically significant | fingerprint | - | | family:I editor
measurably noteworthy | statistically significant | fingerprint | - | | family:I editor
measure of | amount of | ambiguous | - | !prev=a,one,another,some,full,good,fair,certain,key,important,simple,objective,direct,reliable,useful,standard,accurate,better,crude,proxy,primary,secondary,main,common,widely,quick,large,great,small | family:I editor
medical advantages | health benefits | fingerprint | - | | family:I editor
medical attendant | nurse | fingerprint | - | | family:I editor
medical attendants | nurses | fingerprint | - | | family:I editor
medical caretakers | nurses | fingerprint | - | | family:I editor
medical clinic | hospital | fingerprint | n | | family:I editor
medical coverage | health insurance | ambiguous | - | | family:I editor
medical procedure | surgery | ambiguous | - | | family:I editor
medicate safe | drug-resistant | fingerprint | - | | family:I editor
medication obstruction | drug resistance | fingerprint | - | | family:I editor
medication opposition | drug resistance | fingerprint | - | | family:I editor
medication organizations | drug companies | fingerprint | - | | family:I editor
medication safe | drug-resistant | fingerprint | - | | dev:I
medicinal consideration | medical care | fingerprint | - | | family:I editor
medicinal services | health care | fingerprint | - | | family:I editor
medicinal services framework | health care system | fingerprint | n | | family:I editor
medicinal services laborers | health care workers | fingerprint | - | | family:I editor
medicinal services suppliers | health care providers | fingerprint | - | | family:I editor
mellow | mild | ambiguous | - | next=symptoms,side,manifestations,indications,illness,disease,malady,sickness,cases,case,covid-19,covid,infection,infections,cognitive,subjective,intellectual,fever,cold,flu,influenza,depression,anxiety,reactions,responses,hypertension,asthma,dementia | family:I editor
member | participant | ambiguous | - | near=study,examination,investigation,exploration,research,analysts,researchers,trial,preliminary,survey,overview,understudies,students,concentrate | family:I editor
memory misfortune | memory loss | fingerprint | - | | family:I editor
mental imbalance | autism | ambiguous | - | | family:I editor
mental imbalance range issue | autism spectrum disorder | fingerprint | - | | family:I editor
mental scatters | mental disorders | fingerprint | - | | family:I editor
merits noticing | is worth noting | fingerprint | - | | family:I editor
merits referencing | is worth mentioning | fingerprint | - | | family:I editor
meta-examination | meta-analysis | fingerprint | n | | family:I editor
meta-investigation | meta-analysis | fingerprint | n | | family:I editor
meters separated | meters apart | ambiguous | - | | dev:I
metres separated | metres apart | ambiguous | - | | dev:I
microscopic organisms | bacteria | ambiguous | - | | family:I editor
mind | brain | ambiguous | - | next=cells,cell,activity,exercise,scans,scan,imaging,tissue,damage,harm,injury,injuries,regions,region,areas,area,function,functions,perform,operate,structure,construction,health,well,tumor,tumour,tumors,tumours,waves,circuits,networks,network,development,improvement,growth,size,volume,chemistry,signals,stem,disease,illness,disorders,sickness,aging,ageing,matter,mapping,implant,implants,computer,organoids,connectivity,pathways,fog,fingers or prev=mouse,rat,fly,monkey,primate,developing,creating,aging,ageing,adult,grownup,the,heart,coronary,and | dev:A dev:I editor
mind cells | brain cells | fingerprint | - | | family:I editor
mind exercise | brain activity | fingerprint | - | | family:I editor
mind harm | brain damage | fingerprint | - | | family:I editor
mind perform | brain function | fingerprint | - | | dev:A
mind well being | brain health | fingerprint | - | | family:I editor
minuscule | tiny | ambiguous | - | | dev:I
misery | depression | ambiguous | - | near=anxiety,tension,uneasiness,nervousness,mental,emotional,symptom*,disorder*,suicid*,psychological,wellness,sleep,patients | dev:I editor
mishap | accident | ambiguous | n | | family:I editor
mist concentrates | aerosols | fingerprint | - | | family:I editor
mitigating | anti-inflammatory | ambiguous | - | next=drugs,drug,medications,medication,medicines,properties,effects,impacts,diet,compounds,mixes,sedates,prescriptions,response,reaction,responses | family:I editor
moderate the spread | slow the spread | fingerprint | - | | family:I editor
moderately aged | middle-aged | fingerprint | - | | family:I editor
molecule material science | particle physics | fingerprint | - | | family:I editor
moms | mothers | ambiguous | - | | family:I editor
money related | financial | ambiguous | - | | family:I editor
month to month | monthly | ambiguous | - | | family:I editor
more advantageous | healthier | ambiguous | - | next=diet,diets,eating,food,foods,nourishment,nourishments,lifestyle,lifestyles,habits,choices,decisions,options,life,lives,weight,propensities,alternatives,snacks,way,ways,than | family:I editor
more averse to | less likely to | ambiguous | - | | family:I editor
more awful | worse | ambiguous | - | | family:I editor
more beneficial | healthier | ambiguous | - | next=diet,diets,eating,food,foods,nourishment,nourishments,lifestyle,lifestyles,habits,choices,decisions,options,life,lives,weight,propensities,alternatives,snacks,way,ways,than | family:I editor
more elevated | higher | ambiguous | - | | family:I editor
more established grown-ups | older adults | fingerprint | - | | family:I editor
more grounded | stronger | ambiguous | - | | family:I editor
more joyful | happier | ambiguous | - | | family:I editor
more noteworthy | greater | fingerprint | - | | family:I editor
more outlandish to | less likely to | fingerprint | - | | family:I editor
more probable | more likely | ambiguous | - | | family:I editor
more prominent | greater | fingerprint | - | | family:I editor
more regrettable | worse | ambiguous | - | | family:I editor
more seasoned | older | fingerprint | - | | family:I editor
more seasoned grown-ups | older adults | fingerprint | - | | family:I editor
more serious danger | greater risk | ambiguous | - | | family:I editor
more serious hazard | greater risk | fingerprint | - | | family:I editor
more uncertain | less likely | ambiguous | - | | dev:I
more uncertain to | less likely to | fingerprint | - | | family:I editor
most exceedingly awful | worst | fingerprint | - | | family:I editor
most exceedingly terrible | worst | fingerprint | - | | family:I editor
most ideal approach to | best way to | fingerprint | - | | family:I editor
most ideal method to | best way to | fingerprint | - | | family:I editor
most ideal way to | best way to | fingerprint | - | | family:I editor
most noticeably awful | worst | fingerprint | - | | family:I editor
most noticeably terrible | worst | fingerprint | - | | family:I editor
much of the time | often | ambiguous | - | | family:I editor
murdering | killing | ambiguous | - | | dev:I
musings | thoughts | ambiguous | - | | family:I editor
narcotic emergency | opioid crisis | fingerprint | - | | family:I editor
narcotic excess | opioid overdose | fingerprint | n | | family:I editor
narcotic pestilence | opioid epidemic | fingerprint | - | | family:I editor
national foundations of health | National Institutes of Health | fingerprint | - | | family:I editor
national wellbeing administration | National Health Service | fingerprint | - | | family:I editor
nations | countries | ambiguous | - | !prev=united,first,league,member | dev:I
natively constructed | homemade | fingerprint | - | | family:I editor
natural surroundings | habitat | ambiguous | - | | family:I editor
neediness | poverty | ambiguous | - | | family:I editor
neighborhood | local | ambiguous | - | next=authorities,officials,government,governments,councils,council,wellbeing,specialists,media | family:I editor
neural systems | neural networks | ambiguous | - | | family:I editor
neurological scatters | neurological disorders | fingerprint | - | | family:I editor
new england diary of medication | New England Journal of Medicine | fingerprint | - | | family:I editor
new inquire about | new research | fingerprint | - | | family:I editor
news discharge | press release | fingerprint | n | | family:I editor
non-clinical | non-medical | fingerprint | - | next=face,facial,masks,mask,covers,cover,covering,coverings,veils,veil,cloth,material | dev:I
non-renewable energy sources | fossil fuels | fingerprint | - | | family:I editor
normal cold | common cold | fingerprint | - | | family:I editor
normal determination | natural selection | fingerprint | - | | family:I editor
not as much as | less than | ambiguous | - | | family:I editor
not exactly | less than | ambiguous | - | next=half,a,an,one,two,three,four,five,six,seven,eight,nine,ten,twenty,thirty,forty,fifty,hundred,thousand,million,percent | family:I editor
not kidding | serious | ambiguous | - | next=illness,illnesses,disease,diseases,malady,maladies,ailment,ailments,sickness,risk,risks,hazard,hazards,danger,dangers,threat,threats,side,complications,consequences,condition,conditions,problem,problems,issue,issues,harm,damage,injury,injuries,concern,concerns,health,wellbeing,infection,infections,cases,symptoms,manifestations | family:I editor
not long from now | soon | ambiguous | - | | family:I editor
noteworthy | significant | ambiguous | - | | family:I editor
notwithstanding | however | ambiguous | - | line-start | dev:I editor
notwithstanding, | however, | ambiguous | - | | dev:I
nourishment | food | ambiguous | - | | family:I editor
nourishment and drug administration | Food and Drug Administration | fingerprint | - | | family:I editor
nourishment and medication administration | Food and Drug Administration | fingerprint | - | | family:I editor
nourishments | foods | ambiguous | - | | family:I editor
now and again | sometimes | ambiguous | - | | family:I editor
numerous | many | ambiguous | - | | family:I editor
nursery gas | greenhouse gas | fingerprint | n | | family:I editor
nursery impact | greenhouse effect | fingerprint | - | | family:I editor
nutrient c | vitamin C | fingerprint | - | | family:I editor
nutrient d | vitamin D | fingerprint | - | | family:I editor
nutrient enhancements | vitamin supplements | fingerprint | - | | family:I editor
objective | goal | ambiguous | n | !near=lens,lenses,microscope,measure*,assessment*,evaluation*,data | dev:I
occasional influenza | seasonal flu | fingerprint | - | | family:I editor
occupation misfortunes | job losses | fingerprint | - | | family:I editor
ocean ice | sea ice | fingerprint | - | | family:I editor
ocean level ascent | sea level rise | fingerprint | - | | family:I editor
ocean levels | sea levels | ambiguous | - | | family:I editor
ocean turtles | sea turtles | fingerprint | - | | family:I editor
on the grounds that | because | ambiguous | - | | family:I editor
on the off chance that | if | fingerprint | - | | family:I editor
on the web | online | ambiguous | - | | family:I editor
one year from now | next year | fingerprint | - | | family:I editor
ongoing | recent | ambiguous | - | next=study,examination,investigation,years,months,weeks,decades,survey,overview,report,paper,concentrate,analysis | family:I editor
online life | social media | fingerprint | - | !prev=your,my,our,their,his,her,whose | family:I editor
online networking | social media | fingerprint | - | | family:I editor
open vehicle | public transport | fingerprint | - | | dev:I
open wellbeing | public health | fingerprint | - | | family:I editor
organ disappointment | organ failure | fingerprint | - | | family:I editor
organ gift | organ donation | fingerprint | n | | family:I editor
ought to | should | ambiguous | - | | dev:I editor
outflows | emissions | ambiguous | - | | family:I editor
ovarian malignancy | ovarian cancer | fingerprint | - | | family:I editor
over the long haul | in the long run | ambiguous | - | | family:I editor
overall population | general public | fingerprint | - | | family:I editor
oversee | manage | ambiguous | v | | family:I editor
ozone depleting substances | greenhouse gases | ambiguous | - | near=carbon,emission*,warming,climate,fossil | family:I editor
ozone harming substance | greenhouse gas | fingerprint | - | | family:I editor
ozone harming substances | greenhouse gases | fingerprint | - | | family:I editor
pancreatic malignancy | pancreatic cancer | fingerprint | - | | family:I editor
parental figure | caregiver | ambiguous | n | | family:I editor
parkinson's malady | Parkinson's disease | fingerprint | - | | family:I editor
partakers | participants | ambiguous | - | | family:I editor
partaking | participating | ambiguous | - | | family:I editor
particulate issue | particulate matter | fingerprint | - | | family:I editor
partner educator | associate professor | fingerprint | n | | family:I editor
partner study | cohort study | ambiguous | - | | family:I editor
partook | participated | ambiguous | - | | family:I editor
passed on | died | ambiguous | - | !next=to,the,a,an,their,his,her,its,from,by,through,down,along,via | family:I editor
passing rate | death rate | ambiguous | n | | family:I editor
passings | deaths | fingerprint | - | | dev:I
pc researchers | computer scientists | fingerprint | - | | family:I editor
pc science | computer science | fingerprint | - | | family:I editor
PDA | cell phone | ambiguous | cs | | dev:I
pda | cell phone | ambiguous | n | | dev:I
PDAs | cell phones | ambiguous | cs | | dev:I
pee | urine | ambiguous | - | | family:I editor
perilous | dangerous | ambiguous | - | | family:I editor
personal satisfaction | quality of life | ambiguous | - | | family:I editor
pestilence | epidemic | ambiguous | - | | family:I editor
petroleum derivatives | fossil fuels | fingerprint | - | | family:I editor
phases | stages | ambiguous | - | | dev:I
phd up-and-comer | PhD candidate | fingerprint | n | | family:I editor
philanthropic | humanitarian | ambiguous | - | | dev:I
physical movement | physical activity | fingerprint | - | | family:I editor
physical wellbeing | physical health | fingerprint | - | | family:I editor
physician endorsed | prescription | fingerprint | - | | family:I editor
places for disease control | Centers for Disease Control | fingerprint | - | | family:I editor
planetary group | solar system | fingerprint | n | | family:I editor
plastic squander | plastic waste | fingerprint | - | | family:I editor
political race | election | ambiguous | n | | family:I editor
populace | population | fingerprint | - | | family:I editor
portion | dose | ambiguous | n | prev=first,second,third,fourth,single,booster,supporter,promoter,higher,lower,daily,additional,extra,another,both,each,one,two,three !next=of | family:I editor
post-horrendous | post-traumatic | fingerprint | - | | family:I editor
post-horrendous pressure issue | post-traumatic stress disorder | fingerprint | - | | family:I editor
postdoctoral analyst | postdoctoral researcher | fingerprint | n | | family:I editor
postdoctoral individual | postdoctoral fellow | fingerprint | n | | family:I editor
predominance | prevalence | ambiguous | - | | family:I editor
preliminaries | trials | ambiguous | - | prev=clinical,human,controlled,randomized,randomised | family:I editor
prescribed | recommended | ambiguous | - | prev=the,was,were,is,are,been,be,officially,currently,widely,now,has,have,had | dev:I
present moment | short-term | ambiguous | - | !prev=the,this,in | family:I editor
presidential political decision | presidential election | fingerprint | n | | family:I editor
presidential political race | presidential election | fingerprint | n | | family:I editor
pressure hormone | stress hormone | fingerprint | n | | family:I editor
pressurized canned products | aerosols | fingerprint | - | | family:I editor
preventive estimates | preventive measures | fingerprint | - | | family:I editor
principle | main | ambiguous | - | prev=the,a,our,their,its,his,her next=reason,goal,cause,source,author,aim,findings,finding,focus,objective,driver,outcome,concern,reasons,causes,creator,character,road,aims,goals | family:I editor
prior conditions | pre-existing conditions | ambiguous | - | | family:I editor
procedures of the national academy | Proceedings of the National Academy | fingerprint | - | | family:I editor
proclamation | statement | ambiguous | n | | family:I editor
professionally prescribed | prescription | fingerprint | - | | family:I editor
profound learning | deep learning | ambiguous | - | | family:I editor
profoundly | highly | ambiguous | - | next=contagious,infectious,irresistible,transmissible,effective,viable,powerful,successful,toxic,poisonous,harmful,addictive,unlikely,improbable,likely,probable,trained,prepared,skilled,qualified,educated,regarded,respected,processed,handled,resistant,competitive,variable,accurate,precise,sensitive,specific,unusual,uncommon,rare,valued,vulnerable,susceptible | family:I editor
progenitors | ancestors | ambiguous | - | !near=cell,cells,stem,hematopoietic,neural,tumor,progenitor | family:I editor
programmers | hackers | ambiguous | - | near=attack,attacks,assault,assaults,cyber,cyberattack,cyberattacks,breach,breaches,break,stolen,stole,steal,ransomware,malware,passwords,vulnerability,vulnerabilities,hacked,hacking | family:I editor
progressively | increasingly | ambiguous | - | | family:I editor
promoter portion | booster dose | fingerprint | n | | family:I editor
promoter shot | booster shot | fingerprint | n | | family:I editor
proof | evidence | ambiguous | - | !next=concept | dev:I editor
propelled | launched | ambiguous | - | near=rocket,satellite,satellites,spacecraft,nasa,telescope,probe,orbiter,lander,rover,esa,spacex,mission,crucial,campaign,crusade,initiative,program,programme | family:I editor
propensities | habits | ambiguous | - | | dev:I
prosperity | well-being | ambiguous | - | prev=and,health,wellbeing | dev:I
prostate malignancy | prostate cancer | fingerprint | - | | family:I editor
protected and compelling | safe and effective | fingerprint | - | | family:I editor
protected and successful | safe and effective | fingerprint | - | | family:I editor
protected and viable | safe and effective | fingerprint | - | | family:I editor
provocative | inflammatory | ambiguous | - | next=bowel,disease,diseases,markers,response,responses,reaction,reactions,cytokines,conditions,condition,arthritis,proteins,protein,cells,effects,impacts,diet,foods,nourishments,molecules,particles,signals,pathways,process,processes | family:I editor
prowling | lurking | ambiguous | - | | dev:I
psychiatric scatters | psychiatric disorders | fingerprint | - | | family:I editor
psychological decrease | cognitive decline | fingerprint | - | | family:I editor
psychological instability | mental illness | ambiguous | - | | family:I editor
psychological maladjustment | mental illness | ambiguous | n | | family:I editor
psychological well-being | mental health | ambiguous | - | | dev:I
psychological well-being issues | mental health problems | fingerprint | - | | family:I editor
psychological wellbeing | mental health | ambiguous | - | | family:I editor
psychological wellness | mental health | fingerprint | - | | dev:I
public foundations of health | National Institutes of Health | fingerprint | - | | family:I editor
public institutes of health | National Institutes of Health | fingerprint | - | | family:I editor
public interview | press conference | ambiguous | n | | family:I editor
public wellbeing administration | National Health Service | fingerprint | - | | family:I editor
qualities | genes | ambiguous | - | near=hereditary,dna,genome,transformations,transformation,chromosome,chromosomes,protein,proteins,mutations,genetic | family:I editor
quality altering | gene editing | fingerprint | - | | family:I editor
quality articulation | gene expression | fingerprint | - | | family:I editor
quality treatment | gene therapy | ambiguous | n | near=hereditary,dna,qualities,transformation,transformations,genome,genetic | family:I editor
quantum material science | quantum physics | fingerprint | - | | family:I editor
quantum pcs | quantum computers | fingerprint | - | | family:I editor
quantum registering | quantum computing | fingerprint | - | | family:I editor
queasiness | nausea | ambiguous | - | | family:I editor
question and answer session | news conference | ambiguous | n | | family:I editor
quiet | patient | ambiguous | - | next=care,safety,outcomes,records,data,groups,population,advocates,advocacy,privacy,consent | family:I editor
rambles | drones | ambiguous | - | near=camera,cameras,aerial,flying,fly,flew,pilots,unmanned,military,strikes,surveillance,airspace,delivery,deliveries,quadcopter | family:I editor
ranchers | farmers | ambiguous | - | !prev=cattle,sheep,beef,livestock | family:I editor
rapidly spreading fire | wildfire | ambiguous | n | | family:I editor
rashly | prematurely | ambiguous | - | | dev:I
recommend | suggest | ambiguous | v | prev=discoveries,findings,results,outcomes,information,data,proof,evidence,examination,study,investigation,exploration,research,studies,examinations,concentrates | family:I editor
recoup from | recover from | fingerprint | v | | family:I editor
recuperate | recover | ambiguous | v | !next=costs,losses,money,funds,damages | family:I editor
recuperation | recovery | ambiguous | - | | family:I editor
red platelets | red blood cells | fingerprint | - | | family:I editor
refreshments | beverages | ambiguous | - | | family:I editor
regardless of whether | whether | ambiguous | - | prev=see,sees,seeing,know,knows,known,knowing,determine,determined,decide,decided,check,checked,examine,examined,assess,assessed,investigate,investigated,test,tested,unclear,clear,asked,ask,asking,about,on,question,wonder,wondered,evaluate,evaluated,show,tell,understand,comprehend,predict,learn,find,discover,explore,explored,concentrated,analyze,analyzed,consider,considered,over,of,to | family:I editor
regurgitating | vomiting | ambiguous | - | | family:I editor
related with | associated with | fingerprint | - | | family:I editor
relating creator | corresponding author | fingerprint | n | | family:I editor
relocate | transplant | ambiguous | n | prev=organ,kidney,liver,heart,lung,bone,marrow,fecal,face,hair,cornea,corneal,hand,uterus | family:I editor
remain at home orders | stay-at-home orders | fingerprint | - | | family:I editor
remain at home requests | stay-at-home orders | fingerprint | - | | family:I editor
remembering for | including in | fingerprint | - | | dev:I
resistant framework | immune system | fingerprint | n | | family:I editor
resistant reaction | immune response | fingerprint | n | | family:I editor
respiratory beads | respiratory droplets | fingerprint | - | | family:I editor
respiratory disappointment | respiratory failure | fingerprint | - | | family:I editor
respiratory framework | respiratory system | fingerprint | n | | family:I editor
responses | reactions | ambiguous | - | prev=like,flu-like,allergic,adverse,severe,mild,skin,serious | dev:I editor
rest apnea | sleep apnea | fingerprint | - | | family:I editor
rest deprivation | sleep deprivation | fingerprint | - | | family:I editor
rest designs | sleep patterns | fingerprint | - | | family:I editor
rest issue | sleep disorder | fingerprint | n | | family:I editor
rest length | sleep duration | fingerprint | - | | family:I editor
rest quality | sleep quality | fingerprint | - | | family:I editor
rest unsettling influences | sleep disturbances | fingerprint | - | | family:I editor
restorative | medical | ambiguous | - | next=care,staff,experts,professionals,specialists,center,centre,centers,school,schools,supplies,gear,equipment,hardware,records,conditions,condition,history,research,examination,exploration,journal,diary,emergency,crisis,attention,consideration,advice,exhortation,services,administrations,bills,expenses,costs,masks,veils,covers,devices,gadgets,students,understudies,team,group,field,community,network,officials,authorities,personnel,workers,laborers,facilities,offices,procedure,procedures,tests,science,innovation,technology,practitioners,providers,suppliers,doctors,professionals,literature,writing,evidence,proof,marijuana,cannabis,weed,pot | family:I editor
restorative consideration | medical care | fingerprint | - | | family:I editor
restorative maryjane | medical marijuana | fingerprint | - | | family:I editor
restorative pot | medical marijuana | fingerprint | - | | family:I editor
restorative weed | medical marijuana | fingerprint | - | | family:I editor
reusing | recycling | ambiguous | - | | family:I editor
revealed to | told | ambiguous | - | prev=he,she,they,we,i,who,professor,researcher,scientist,spokesperson,spokesman,spokeswoman | family:I editor
rheumatoid joint pain | rheumatoid arthritis | fingerprint | - | | family:I editor
right hand educator | assistant professor | fingerprint | n | | family:I editor
right hand teacher | assistant professor | fingerprint | n | | family:I editor
right now | at the moment | ambiguous | - | | dev:I
rustic | rural | ambiguous | - | | family:I editor
savagery | violence | ambiguous | - | | family:I editor
scholastic | academic | ambiguous | - | | family:I editor
seaside | coastal | ambiguous | - | | family:I editor
secondary school understudies | high school students | fingerprint | - | | family:I editor
secure | protect | ambiguous | v | next=themselves,yourself,yourselves,myself,ourselves,himself,herself,against,people,others,them,us,you,individuals,children,patients,kids,youngsters | dev:I editor
security and adequacy | safety and efficacy | fingerprint | - | | family:I editor
sedate | drug | ambiguous | - | next=use,users,abuse,addiction,overdose,overdoses,policy,resistance,safe,companies,company,development,trials,trial | family:I editor
sedate organizations | drug companies | fingerprint | - | | family:I editor
sedate safe | drug-resistant | fingerprint | - | | family:I editor
sedates | drugs | ambiguous | - | | family:I editor
seismic tremor | earthquake | ambiguous | n | | family:I editor
self-dangerous | self-destructive | fingerprint | - | | dev:I
self-destruction | suicide | fingerprint | - | | family:I editor
self-destructive | suicidal | ambiguous | - | next=thoughts,ideation,contemplations,considerations,musings,attempts,attempt | family:I editor
self-disconnection | self-isolation | fingerprint | - | | dev:I
self-hurt | self-harm | fingerprint | - | | family:I editor
self-segregation | self-isolation | fingerprint | - | | family:I editor
senior creator | senior author | fingerprint | n | | family:I editor
sensory system | nervous system | ambiguous | n | | family:I editor
serious consideration unit | intensive care unit | fingerprint | n | | family:I editor
settle on | opt for | ambiguous | - | | dev:I
sex contrasts | sex differences | fingerprint | - | | family:I editor
sheltered | safe | ambiguous | - | | family:I editor
sheltered and compelling | safe and effective | fingerprint | - | | family:I editor
sheltered and successful | safe and effective | fingerprint | - | | family:I editor
sheltered and viable | safe and effective | fingerprint | - | | family:I editor
sickness | disease | ambiguous | - | prev=heart,kidney,liver,lung,cardiovascular,infectious,autoimmune,rare,genetic,respiratory,alzheimer's,parkinson's,coronary,the,of,this | dev:I editor
side effects | symptoms | ambiguous | - | prev=covid-19,covid,coronavirus,flu-like,influenza,depressive,depression,misery,asthma,allergy,cold,dementia,menopause,menopausal,adhd,autism,gloom,discouragement,withdrawal | family:I editor
skin break out | acne | fingerprint | - | | family:I editor
skin malignancy | skin cancer | fingerprint | - | | family:I editor
soaked fat | saturated fat | fingerprint | n | | family:I editor
social disengagement | social isolation | ambiguous | - | | family:I editor
social insurance | health care | ambiguous | - | | family:I editor
social insurance framework | health care system | fingerprint | n | | family:I editor
social insurance suppliers | health care providers | fingerprint | - | | family:I editor
social seclusion | social isolation | fingerprint | - | | family:I editor
social separating | social distancing | fingerprint | - | | dev:I
softening ice sheets | melting ice sheets | fingerprint | - | | family:I editor
softening icy masses | melting glaciers | fingerprint | - | | family:I editor
solid | healthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,aging,ageing,adults,grown-ups,volunteers,individuals,controls,pregnancy,gut,propensities | family:I editor
solid eating regimen | healthy diet | fingerprint | - | | family:I editor
solid eating routine | healthy diet | fingerprint | - | | family:I editor
solid grown-ups | healthy adults | fingerprint | - | | family:I editor
solid maturing | healthy aging | fingerprint | - | | family:I editor
solid nourishment | healthy food | fingerprint | n | | family:I editor
solid way of life | healthy lifestyle | fingerprint | - | | family:I editor
solid weight | healthy weight | fingerprint | - | | family:I editor
some of the time | sometimes | ambiguous | - | | family:I editor
sometime in the not too distant future | in the near future | ambiguous | - | | family:I editor
sound | healthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,aging,ageing,adults,grown-ups,volunteers,individuals,controls,pregnancy,gut,propensities | family:I editor
sound eating regimen | healthy diet | fingerprint | - | | family:I editor
sound eating routine | healthy diet | fingerprint | - | | family:I editor
sound grown-ups | healthy adults | fingerprint | - | | family:I editor
sound maturing | healthy aging | fingerprint | - | | family:I editor
sound nourishment | healthy food | fingerprint | n | | family:I editor
sound way of life | healthy lifestyle | fingerprint | - | | family:I editor
space apparatus | spacecraft | fingerprint | - | | family:I editor
space explorers | astronauts | ambiguous | - | | family:I editor
space traveler | astronaut | ambiguous | - | | family:I editor
space travelers | astronauts | ambiguous | - | | family:I editor
speculation | hypothesis | ambiguous | - | near=test,tested,testing,tried,analysts,researchers,scientists,examination,investigation,study,experiment*,trial*,preliminar*,evidence,proof,data,information | family:I editor
spinal string | spinal cord | fingerprint | n | | family:I editor
spots | places | ambiguous | - | !prev=blind,hot,dark,sun,bright,white,red,black,age,liver | dev:I
spring of gushing lava | volcano | fingerprint | - | | family:I editor
springs of gushing lava | volcanoes | fingerprint | - | | family:I editor
starches | carbohydrates | ambiguous | - | | family:I editor
stargazers | astronomers | ambiguous | - | | family:I editor
state | say | ambiguous | - | prev=researchers,scientists,experts,specialists,analysts,they,we,authors,creators,officials,authorities,studies,reports | dev:I
stay at home requests | stay-at-home orders | fingerprint | - | | family:I editor
stay away from | avoid | ambiguous | - | | family:I editor
stay-at-home requests | stay-at-home orders | fingerprint | - | | family:I editor
stomach related framework | digestive system | fingerprint | - | | family:I editor
stoutness | obesity | fingerprint | - | | family:I editor
straighten the bend | flatten the curve | fingerprint | - | | family:I editor
strategy creators | policymakers | fingerprint | - | | family:I editor
strategy producers | policymakers | fingerprint | - | | family:I editor
strolling | walking | ambiguous | - | | family:I editor
subjective capacity | cognitive function | fingerprint | - | | family:I editor
subjective conduct treatment | cognitive behavioral therapy | fingerprint | - | | family:I editor
subjective decay | cognitive decline | fingerprint | - | | family:I editor
subjective decrease | cognitive decline | fingerprint | - | | family:I editor
subjective hindrance | cognitive impairment | fingerprint | - | | family:I editor
subjective social treatment | cognitive behavioral therapy | fingerprint | - | | family:I editor
subsequent stage | next step | ambiguous | n | | dev:I
subsequent to | after | ambiguous | - | | family:I editor
subsidized by | funded by | ambiguous | - | | family:I editor
subsidizing | funding | ambiguous | - | | family:I editor
sufficiently able | strong enough | fingerprint | - | | dev:I
sun based | solar | fingerprint | - | | family:I editor
sun oriented | solar | fingerprint | - | | family:I editor
sun powered | solar | ambiguous | - | | family:I editor
supply routes | arteries | ambiguous | - | near=heart,blood,coronary,cardiovascular,plaque,cholesterol,veins,circulatory | family:I editor
supporter portion | booster dose | fingerprint | n | | family:I editor
supporter shot | booster shot | fingerprint | n | | family:I editor
sustainable power source | renewable energy | fingerprint | n | | family:I editor
sway | impact | ambiguous | - | next=on !prev=hold,holds,held,holding | family:I editor
synthetic compounds | chemicals | ambiguous | - | | family:I editor
take a gander at | look at | fingerprint | - | | family:I editor
taken a gander at | looked at | fingerprint | - | | family:I editor
taking a gander at | looking at | fingerprint | - | | family:I editor
tale coronavirus | novel coronavirus | fingerprint | - | | family:I editor
teacher of medication | professor of medicine | fingerprint | - | | family:I editor
telephones | phones | ambiguous | - | | dev:I
tempest | storm | ambiguous | n | | family:I editor
tended to | addressed | ambiguous | - | next=the,these,this,those,issues,problems,concerns,mental,psychological,emotional,climate,questions,such | dev:I
tending to | addressing | ambiguous | - | next=issues,problems,concerns,mental,psychological,emotional,these,this,climate,environmental | dev:I
tension issue | anxiety disorder | fingerprint | n | | dev:I
termination | extinction | ambiguous | - | !prev=pregnancy,contract,employment,job,early,immediate | family:I editor
test estimate | sample size | fingerprint | n | | family:I editor
test size | sample size | ambiguous | n | | family:I editor
the entirety of | all of | ambiguous | - | | family:I editor
the first run through | the first time | fingerprint | - | | family:I editor
the following not many | the next few | fingerprint | - | | family:I editor
the general population | the public | ambiguous | - | | dev:I
the greater part of | most of | ambiguous | - | | family:I editor
the infection | the virus | ambiguous | - | !next=rate,rates,risk,risks,control,prevention,site,sites near=coronavirus,covid*,sars-cov-2,spread,pandemic,antibody,immunization,antibodies,contaminated | family:I editor
the inquire about | the research | fingerprint | - | | family:I editor
the last not many | the last few | fingerprint | - | | family:I editor
the lion's share of | the majority of | ambiguous | - | | family:I editor
the look into | the study | fingerprint | - | | family:I editor
the manner in which | the way | ambiguous | - | | dev:I editor
the most recent not many | the last few | fingerprint | - | | family:I editor
the nation over | across the country | fingerprint | - | | family:I editor
the previous not many | the past few | fingerprint | - | | family:I editor
the public eye | society | ambiguous | - | !prev=into,of,out | dev:I
the quantity of | the number of | ambiguous | - | next=people,individuals,cases,deaths,passings,patients,children,youngsters,kids,adults,grown-ups,infections,hospitalizations,hospitalisations,new,confirmed,affirmed,women,ladies,men,students,understudies,participants,members,species,animals,creatures,birds,vehicles,cars,jobs,employments,workers,laborers,tests,visits,countries,nations,users,clients,times,studies,contemplates,examinations,infected,contaminated | family:I editor
the same number of as | as many as | fingerprint | - | | family:I editor
the think about | the study | fingerprint | - | | family:I editor
then again | on the other hand | ambiguous | - | | family:I editor
therapeutic | medical | ambiguous | - | next=care,staff,experts,professionals,specialists,center,centre,centers,school,schools,supplies,gear,equipment,hardware,records,conditions,history,emergency,crisis,attention,consideration,advice,exhortation,services,administrations,bills,costs,masks,veils,covers,devices,gadgets,students,understudies,field,community,network,officials,authorities,personnel,workers,laborers,facilities,offices,procedure,procedures,science,practitioners,providers,suppliers,journal,diary,doctors,literature,marijuana,cannabis | family:I editor
therapeutic consideration | medical care | fingerprint | - | | family:I editor
therapeutic gadgets | medical devices | fingerprint | - | | family:I editor
therapeutic maryjane | medical marijuana | fingerprint | - | | family:I editor
therapeutic weed | medical marijuana | fingerprint | - | | family:I editor
thusly | thus | fingerprint | - | | family:I editor
timberlands | forests | ambiguous | - | | family:I editor
told columnists | told reporters | fingerprint | - | | family:I editor
took a gander at | looked at | fingerprint | - | | family:I editor
torment executioners | painkillers | fingerprint | - | | family:I editor
torment relievers | pain relievers | fingerprint | - | | family:I editor
toward the beginning of | at the beginning of | ambiguous | - | | family:I editor
toward the finish of | at the end of | fingerprint | - | | family:I editor
toward the start of | at the start of | ambiguous | - | | family:I editor
tranquilize | drug | ambiguous | n | | family:I editor
tranquilize safe | drug-resistant | fingerprint | - | | family:I editor
tranquilizes | drugs | ambiguous | - | | family:I editor
transformative | evolutionary | ambiguous | - | next=biology,biologist,biologists,history,tree,pressure,pressures,origins,lineage,lineages,theory,advantage,ancestor,ancestors,relationships,past,roots,adaptation,adaptations | family:I editor
tried | tested | ambiguous | - | !next=to,and,hard,out,for,it,again,before,in,on,a | dev:I
tried negative | tested negative | fingerprint | - | | family:I editor
tried positive | tested positive | fingerprint | - | | family:I editor
truth be told | in fact | ambiguous | - | | family:I editor
tvs | televisions | ambiguous | - | | dev:I
twofold dazzle | double-blind | fingerprint | - | | family:I editor
twofold the | double the | fingerprint | - | | family:I editor
twofold visually impaired | double-blind | fingerprint | - | | family:I editor
uncommon | rare | ambiguous | - | !prev=not | family:I family:A editor
uncover | reveal | ambiguous | v | prev=study,examination,investigation,exploration,research,results,discoveries,findings,data,information,analysis,tests,scans,studies,examinations,investigations,contemplates,report,reports,survey,overview,images,pictures | family:I editor
undermined species | endangered species | fingerprint | - | | family:I editor
understudies | students | fingerprint | - | | dev:I editor
understudy | student | ambiguous | - | | family:I editor
undesirable | unhealthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,behaviors,behaviours,practices,propensities | family:I editor
undesirable eating regimen | unhealthy diet | fingerprint | - | | family:I editor
undesirable eating routine | unhealthy diet | fingerprint | - | | family:I editor
undesirable nourishment | unhealthy food | fingerprint | n | | family:I editor
undesirable way of life | unhealthy lifestyle | fingerprint | - | | family:I editor
undeveloped cells | stem cells | ambiguous | - | | family:I editor
uneasiness | anxiety | ambiguous | - | | family:I editor
uneasiness issue | anxiety disorder | fingerprint | n | | family:I editor
unending | chronic | ambiguous | - | next=disease,diseases,illness,illnesses,malady,maladies,sickness,sicknesses,ailment,ailments,pain,agony,torment,conditions,condition,inflammation,aggravation,kidney,obstructive,fatigue,weariness,infection,infections,lung,liver | family:I editor
unfavorable impacts | adverse effects | fingerprint | - | | family:I editor
unfavorably susceptible | allergic | fingerprint | - | | family:I editor
unfortunate | unhealthy | ambiguous | - | next=diet,diets,eating,weight,lifestyle,lifestyles,habits,food,foods,nourishment,nourishments,living,propensities | family:I editor
unfortunate eating regimen | unhealthy diet | fingerprint | - | | family:I editor
unfortunate eating routine | unhealthy diet | fingerprint | - | | family:I editor
unfortunate nourishment | unhealthy food | fingerprint | n | | family:I editor
unfortunate way of life | unhealthy lifestyle | fingerprint | - | | family:I editor
unfriendly impacts | adverse effects | fingerprint | - | | family:I editor
unfriendly occasions | adverse events | fingerprint | - | | family:I editor
unnatural birth cycle | miscarriage | fingerprint | n | | family:I editor
unsuccessful labor | miscarriage | fingerprint | n | | family:I editor
untamed life | wildlife | fingerprint | - | | family:I editor
until the finish of | until the end of | fingerprint | - | | family:I editor
untimely birth | premature birth | fingerprint | n | | family:I editor
untimely infants | premature babies | fingerprint | - | | family:I editor
up until now | so far | ambiguous | - | | family:I editor
urban communities | cities | ambiguous | - | | family:I editor
utilize | use | ambiguous | v | | dev:I dev:K editor
vacationers | tourists | ambiguous | - | | family:I editor
vagrancy | homelessness | ambiguous | - | | family:I editor
variation | variant | ambiguous | n | prev=delta,omicron,alpha,beta,coronavirus,covid-19,covid,new,uk,indian,brazilian | family:I editor
veils | masks | ambiguous | - | near=face,facial,covid*,coronavirus,wear*,n95,masks,mask,covers,non-clinical,scarves,handkerchiefs | dev:I
very blended | quite mixed | fingerprint | - | | dev:I
viability | effectiveness | ambiguous | - | near=vaccine,vaccines,antibody,antibodies,immunization,immunizations,treatment,treatments,drug,drugs,medication,medications,tranquilize,sedate,preliminary,preliminaries,trial,trials,therapy,masks,veils,covers,dose,doses,portion,portions,shot,shots | family:I editor
vision misfortune | vision loss | fingerprint | - | | family:I editor
visual deficiency | blindness | fingerprint | - | | family:I editor
vital arrangement | strategic plan | fingerprint | - | | dev:I
vitality proficiency | energy efficiency | fingerprint | - | | family:I editor
vitality utilization | energy consumption | fingerprint | - | | family:I editor
voyagers | travelers | ambiguous | - | | family:I editor
warm blooded animals | mammals | ambiguous | - | | family:I editor
warmth related | heat-related | fingerprint | - | | family:I editor
warmth stroke | heat stroke | fingerprint | - | | family:I editor
way of life | lifestyle | ambiguous | - | next=changes,factors,choices,interventions,habits,propensities,diseases,medicine,modifications | family:I editor
weapon savagery | gun violence | fingerprint | - | | family:I editor
weariness | fatigue | ambiguous | - | | family:I editor
web | internet | ambiguous | - | !next=of,page,pages,site,sites,browser,browsers,portal,address !prev=spider,spider's,food,world,wide,dark,complex,tangled,intricate | dev:I
web based life | social media | fingerprint | - | | family:I editor
web utilize | internet use | fingerprint | - | | dev:I
web-based life | social media | fingerprint | - | | family:I editor
web-based media | social media | fingerprint | - | | family:I editor
web-based social networking | social media | fingerprint | - | | family:I editor
week by week | weekly | ambiguous | - | | family:I editor
weight addition | weight gain | fingerprint | - | | family:I editor
weight list | body mass index | fingerprint | - | | family:I editor
weight reduction | weight loss | ambiguous | - | | family:I editor
wellbeing | health | ambiguous | - | !prev=mental,emotional,psychological,physical,social,and,their,your,personal,overall,its,his,her,our,my,general | dev:I
wellbeing and adequacy | safety and efficacy | fingerprint | - | | family:I editor
wellbeing and human administrations | Health and Human Services | fingerprint | - | | family:I editor
wellbeing and social consideration | health and social care | fingerprint | - | | family:I editor
wellbeing and viability | safety and efficacy | fingerprint | - | | family:I editor
wellbeing authorities | health officials | fingerprint | - | | family:I editor
wellbeing clergyman | health minister | fingerprint | - | | family:I editor
wellbeing framework | health system | fingerprint | n | | family:I editor
wellbeing hazard | health risk | fingerprint | - | | family:I editor
wellbeing hazards | health risks | fingerprint | - | | family:I editor
wellbeing inclusion | health coverage | fingerprint | - | | dev:I
wellbeing laborers | health workers | fingerprint | - | | family:I editor
wellbeing priest | health minister | fingerprint | - | | family:I editor
wellbeing results | health outcomes | ambiguous | - | | family:I editor
wellbeing secretary | health secretary | fingerprint | - | | family:I editor
wellbeing specialists | health experts | fingerprint | - | | family:I editor
white platelets | white blood cells | fingerprint | - | | family:I editor
wide scope of | wide range of | ambiguous | - | | family:I editor
windedness | shortness of breath | ambiguous | - | | family:I editor
winged animals | birds | fingerprint | - | | family:I editor
winged creatures | birds | fingerprint | - | | family:I editor
wiped out | sick | ambiguous | - | prev=became,become,becoming,becomes,seriously,critically,gravely or next=patients,individuals,children,youngsters,kids,passengers,travelers,voyagers,with | family:I editor
with regards to | when it comes to | ambiguous | - | | family:I editor
with the end goal to | in order to | fingerprint | - | | family:I editor
with the goal that | so that | fingerprint | - | | family:I editor
world wellbeing association | World Health Organization | fingerprint | - | | family:I editor
world wellbeing organization | World Health Organization | fingerprint | - | | family:I editor
worldwide temperature alteration | global warming | fingerprint | - | | family:I editor
worldwide wellbeing | global health | fingerprint | - | | family:I editor
wretchedness | depression | ambiguous | - | | family:I editor
wrongdoing | crime | ambiguous | - | | family:I editor
young ladies | girls | ambiguous | - | | family:I editor
youngsters | children | ambiguous | - | | family:I editor
youthful | young | ambiguous | - | | family:I editor
youthful grown-ups | young adults | fingerprint | - | | family:I editor
