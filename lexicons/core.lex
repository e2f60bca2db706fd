# Core lexicon: spinner swaps seen in the seed article and the dev corpus. Format: lexicons/README.md.
# spun | original | tier | flags | guard | provenance
12 months | year | ambiguous | - | !prev=past,last,final,previous,first,next,subsequent,over,within,inside,the,every,per,each,than,to,of | dev:A
a 12 months | a year | fingerprint | - | | family:A editor
a 3rd of | a third of | fingerprint | - | | family:A editor
a better danger | a higher risk | fingerprint | - | | family:A editor
a better threat | a higher risk | fingerprint | - | | family:A editor
a bunch of medicine | a group of drugs | fingerprint | - | | seed dev:A
a couple of | a few | ambiguous | - | | dev:A dev:H
a examine | a study | fingerprint | - | !next=of,the | family:A editor
a lot | much | ambiguous | - | !next=of,more,less,extra,fewer,higher,better,larger,greater,worse,lower,smaller,sooner,later,faster | dev:A
a minimum of | at least | ambiguous | - | | family:A editor
a number of | several | ambiguous | - | !prev=the,a,any,growing,rising,increasing,large,small,total,average,limited,certain | family:A editor
a part of | part of | ambiguous | - | prev=is,are,was,were,be,been,being,as,become,became,becomes,becoming,remain,remains,remained,form,forms,formed | family:A editor
a take a look at | a test | fingerprint | - | | family:A editor
a whole bunch of | hundreds of | fingerprint | - | | dev:A editor
a yr | a year | fingerprint | - | | family:A editor
abilities | skills | ambiguous | - | | family:A editor
accidents | injuries | ambiguous | - | !near=car,traffic,road,crash*,vehicle*,automobile*,driver*,nuclear | family:A editor
accomplished | completed | ambiguous | - | | family:A editor
ache | pain | ambiguous | n | !prev=head,stomach,tooth,muscle,ear | seed dev:A
ache administration | pain management | fingerprint | - | | family:A editor
ache aid | pain relief | fingerprint | - | | seed dev:A
ache circumstances | pain conditions | fingerprint | - | | seed dev:A
ache killers | painkillers | fingerprint | - | | family:A editor
ache medicine | pain medication | fingerprint | n | | family:A editor
ache reduction | pain relief | fingerprint | - | | family:A editor
ache signaling | pain signaling | fingerprint | - | | seed dev:A
acknowledged | said | ambiguous | - | !prev=is,are,was,were,been,be,being,widely,generally,publicly,openly,formally,officially,long,not,internationally | family:A editor
actual | real | ambiguous | - | !next=number,numbers,figure,figures,cost,costs,rate,rates | dev:A
actual life | real life | fingerprint | - | | dev:A
actual world | real world | fingerprint | - | | dev:A editor
actual-world | real-world | fingerprint | - | | family:A editor
additionally | also | ambiguous | - | | seed dev:A
advantages | benefits | ambiguous | - | near=harm*,risk*,health*,potential,treatment*,drug*,therap* | dev:A dev:H seed
advisable | recommended | ambiguous | - | prev=the,a,daily,widely,currently,officially,strongly,generally | dev:A
advised | told | ambiguous | - | next=the,reporters,cnn,bbc,reuters,abc,cbs,nbc,nbc,afp,ap,live,science,newsweek,medical,journalists,us,me,him,her,them,my,our,his,their,a,nature,psypost,gizmodo,vox,npr,stat,healthday,medpage,the,insider,business,fox,sky,time,forbes,wired,today's,parents,patients,sufferers,colleagues,mps,parliament,lawmakers,congress,senators,viewers,listeners,audiences,attendees,delegates,participants,members,journalists | dev:A editor
affected person | patient | ambiguous | n | !next=by,of,area,areas,individuals,folks,people,communities,region,regions,country,countries,areas,populations,households,families,species,children,kids,youngsters,ones,parties,person,persons | dev:A editor
affected person care | patient care | fingerprint | - | | family:A editor
affected person therapy | patient treatment | fingerprint | - | | dev:A
affiliate | associate | ambiguous | n | next=professor,director,dean,editor,researcher,scientist,chair | editor
affiliate professor | associate professor | fingerprint | n | | family:A editor
affiliation | association | ambiguous | n | prev=sturdy,strong,robust,weak,clear,vital,significant,important,optimistic,positive,destructive,negative,inverse,direct,causal,an,the,this,no,statistical,attainable,possible,potential,any,such,dose-response,linear,american,heart,coronary,medical,psychological,diabetes,lung,dental,british,european,canadian,nationwide,national,world,international,worldwide,alzheimer's,cancer,cancers,sleep,stroke,cardiology,psychiatric,public,health,being,nurses,hospital,pharmaceutical,science,sciences | editor
affirm | confirm | ambiguous | v | | family:A editor
after all | of course | ambiguous | - | | dev:A editor
after which | and then | ambiguous | - | | dev:A
again ache | back pain | fingerprint | - | | family:A editor
ailing | ill | ambiguous | - | | family:A editor
air air pollution | air pollution | fingerprint | - | | family:A editor
air high quality | air quality | fingerprint | - | | family:A editor
akin to | such as | ambiguous | - | | seed dev:A
all the pieces | everything | ambiguous | - | | family:A editor
all the time | always | ambiguous | - | !prev=of,at,most,spend,spent,spends,spending,for | family:A editor
all through | throughout | ambiguous | - | | family:A family:I editor
alzheimer's illness | Alzheimer's disease | fingerprint | - | | family:A editor
alzheimer's infection | Alzheimer's disease | fingerprint | - | | family:A editor
american coronary heart affiliation | American Heart Association | fingerprint | - | | family:A editor
american medical affiliation | American Medical Association | fingerprint | - | | family:A editor
american most cancers society | American Cancer Society | fingerprint | - | | family:A editor
american psychological affiliation | American Psychological Association | fingerprint | - | | family:A editor
amongst | among | ambiguous | - | | dev:A editor
an an infection | an infection | fingerprint | - | | family:A editor
an extended | a long | ambiguous | - | next=time,period,periods,history,list,way,road,line,distance,career,life,series,process,stretch,while | dev:A
an individual's | a person's | ambiguous | - | | dev:A
an infection charge | infection rate | fingerprint | - | | family:A editor
an infection charges | infection rates | fingerprint | - | | family:A editor
an infection danger | infection risk | fingerprint | - | | family:A editor
an infection fee | infection rate | fingerprint | n | | family:A editor
analysis | research | ambiguous | - | !prev=a,an,meta,statistical,data,knowledge,genetic,genomic,detailed,careful,preliminary,cost,economic,chemical,independent,secondary,subsequent,sensitivity,subgroup,regression,pooled,post,further,final,closer,deeper,risk,danger,image,our,my,his,her,their,its,this,that,these,those,dna,computer,pc,statistical,mathematical,numerical,cluster,network,spectral,isotopic,comparative,forensic,chemical,mixed,in-depth,quick,thorough,technical,political,financial,market,new,latest,recent !next=of,showed,shows,exhibits,confirmed,revealed,discovered,suggests,printed,revealed,instruments,tools,methodology,technique,methods | seed dev:A editor
analysis crew | research team | fingerprint | - | | family:A editor
analysis middle | research center | fingerprint | n | | family:A editor
analysis staff | research team | fingerprint | - | | family:A editor
analysis workforce | research team | fingerprint | - | | family:A editor
antagonistic occasions | adverse events | fingerprint | - | | dev:A editor
antagonistic results | adverse effects | fingerprint | - | | seed dev:A
anxiousness | anxiety | ambiguous | - | | family:A editor
anybody | anyone | ambiguous | - | | family:A editor
appeared on the | looked at the | fingerprint | - | | family:A editor
appears to be like | looks like | fingerprint | - | | family:A editor
applied sciences | technologies | ambiguous | - | !prev=of,for,and | editor
apprehensive | worried | ambiguous | - | | family:A editor
arduous | hard | ambiguous | - | | family:A editor
are able to | can | ambiguous | - | | dev:A
area | space | ambiguous | - | prev=in,into,outer,deep near=astronaut*,nasa,spacex,station,orbit,iss,rocket*,mission,launch*,spacecraft,capsule,satellite* | dev:A
as a consequence of | due to | ambiguous | - | | seed dev:A
as a result of | because | ambiguous | - | | dev:A editor
as a way to | in order to | ambiguous | - | | family:A editor
as effectively | as well | ambiguous | - | !next=as | family:A editor
as soon as | once | ambiguous | - | !next=possible,practicable,practical,feasible | dev:A
aside from any truthful dealing | apart from any fair dealing | fingerprint | - | | seed dev:A
assertion | statement | ambiguous | n | prev=a,an,the,written,joint,official,public,released,issued,its,their,his,her,press,in | family:A editor
assessment | review | ambiguous | n | !prev=risk,self,needs,formal,initial,clinical | seed dev:A
assist | help | ambiguous | v | | seed dev:A
at all times | always | ambiguous | - | | family:A editor
at any time when | whenever | fingerprint | - | | family:A editor
at dwelling | at home | ambiguous | - | | family:A editor
at excessive danger | at high risk | fingerprint | - | | family:A editor
at excessive threat | at high risk | fingerprint | - | | family:A editor
at residence | at home | ambiguous | - | | family:A editor
attendants | nurses | ambiguous | - | near=medical,clinic,hospital,doctors,specialists,patients | editor
attention-grabbing | interesting | fingerprint | - | | family:A editor
authorities companies | government agencies | fingerprint | - | | family:A editor
authorities officers | government officials | fingerprint | - | | family:A editor
bacterial an infection | bacterial infection | fingerprint | - | | family:A editor
ballot | poll | ambiguous | n | !near=box,boxes,election*,vote*,voting,voters,mail-in,absentee,candidate* | dev:A editor
Basis | Foundation | ambiguous | cs | prev=sleep,science,heart,research,analysis,british,american,arthritis,cancers,kidney,diabetes,gates,simons,sloan,nationwide,national,mayo,lung,alzheimer's,wellcome,novo,nordisk,dutch,swiss,german,european | editor
basis | Foundation | ambiguous | cs | prev=sleep,science,heart,research,analysis,british,american,arthritis,cancers,kidney,diabetes,gates,simons,sloan,nationwide,national,mayo,lung,alzheimer's,wellcome,novo,nordisk,dutch,swiss,german,european | dev:A editor
be aware | note | ambiguous | - | next=that | dev:A
be taught | learn | ambiguous | - | | family:A editor
because manner | due to the way | fingerprint | - | | dev:A
beforehand | previously | ambiguous | - | | family:A editor
beginning phase | early-stage | fingerprint | - | | dev:I
being pregnant | pregnancy | ambiguous | - | !prev=while,of,after,before,from,about,avoid,were,are,is,was | family:A editor
believable | plausible | ambiguous | - | | dev:A
beneath | under | ambiguous | - | | dev:A editor
better ranges | greater levels | ambiguous | - | | dev:A
bettering | improving | fingerprint | - | | family:A editor
black gap | black hole | fingerprint | n | | family:A editor
blood assessments | blood tests | fingerprint | - | | family:A editor
blood checks | blood tests | fingerprint | - | | family:A editor
blood strain | blood pressure | fingerprint | - | | family:A editor
bodily | physical | ambiguous | - | !next=fluid,fluids,harm,injury,injuries,functions,function,autonomy,integrity,waste | dev:A editor
bodily assessment letters | Physical Review Letters | fingerprint | - | | family:A editor
bodily exercise | physical activity | fingerprint | n | | family:A editor
bodily overview letters | Physical Review Letters | fingerprint | - | | family:A editor
bodily train | physical exercise | fingerprint | - | | family:A editor
bodily well being | physical health | fingerprint | - | | family:A editor
bodily workout | physical exercise | fingerprint | - | | dev:A
bowel most cancers | bowel cancer | fingerprint | - | | family:A editor
brand new | new | ambiguous | - | | seed dev:A
breast most cancers | breast cancer | fingerprint | - | | family:A editor
brief | short | ambiguous | - | next=for,term,distances,distance,wavelengths,wavelength,sequences,chain,chains,circuit | dev:A
brief time period | short term | fingerprint | - | | family:A editor
brute drive | brute force | fingerprint | - | | dev:A
buying groceries | shopping | ambiguous | - | | dev:A
by no means | never | ambiguous | - | | family:A editor
by way of | via | ambiguous | - | | dev:A
can not | cannot | ambiguous | - | | dev:A editor
canine | dog | ambiguous | n | | family:A editor
cardio train | aerobic exercise | fingerprint | - | | family:A editor
cardiovascular occasions | cardiovascular events | fingerprint | - | | family:A editor
cardiovascular sickness | cardiovascular disease | fingerprint | - | | family:A editor
care house | care home | fingerprint | n | | family:A editor
carried out by | conducted by | ambiguous | - | | seed dev:A
causes most cancers | causes cancer | fingerprint | - | | family:A editor
cease | stop | ambiguous | v | | family:A editor
ceaselessly | frequently | fingerprint | - | | seed dev:A
cell stories | Cell Reports | fingerprint | - | | family:A editor
centered | focused | ambiguous | - | next=on,round | dev:A
certainly one of | one of | ambiguous | - | | seed dev:A editor
certainly one of a number of | one of several | fingerprint | - | | seed dev:A
cervical most cancers | cervical cancer | fingerprint | - | | family:A editor
change into | become | ambiguous | - | | family:A editor
character and social psychology | Personality and Social Psychology | fingerprint | - | | family:A editor
chilly | cold | ambiguous | - | | family:A editor
chronic ache | chronic pain | fingerprint | - | | family:A seed
chubby | overweight | ambiguous | - | | family:A editor
circumstances | conditions | ambiguous | - | prev=pain,ache,health,being,medical,chronic,persistent,continual,skin,underlying,pre-existing,existing,mental,psychological,rare,serious,critical,psychiatric,autoimmune,inflammatory,genetic,neurological,cardiovascular,respiratory,comorbid,various,numerous,dwelling,residing,working,weather,climate,environmental,sleep,heart,kidney,liver,lung,metabolic,these or next=akin,corresponding,like,such,reminiscent,equivalent,together,including | seed dev:A
circumstances akin to | conditions such as | fingerprint | - | | seed dev:A
clarify | explain | ambiguous | v | | dev:A
clients | customers | ambiguous | - | !prev=law,legal,firm's,lawyer,lawyers,attorney,agency's,bank's | family:A editor
clinical must haves | medical necessities | fingerprint | - | | dev:A
clothes | clothing | ambiguous | - | | dev:A
co-senior creator | co-senior author | fingerprint | - | | seed dev:A
co-writer | co-author | ambiguous | n | | family:A editor
college | university | ambiguous | n | next=of,researchers,scientists,professor,hospital,hospitals !prev=imperial,king's,boston,dartmouth,trinity,community,medical,baylor,royal,eton,junior,liberal,university,state,city,in,to,at,for,from,attend,attended,attending,high | seed dev:A editor
college of drugs | College of Medicine | fingerprint | - | | family:A editor
college of medication | College of Medicine | fingerprint | - | | family:A editor
college school london | University College London | fingerprint | - | | family:A editor
colon most cancers | colon cancer | fingerprint | - | | family:A editor
colorectal most cancers | colorectal cancer | fingerprint | - | | family:A editor
combos | combinations | ambiguous | - | | dev:A
common train | regular exercise | fingerprint | - | | family:A editor
commonest | most common | ambiguous | - | | family:A editor
comparable | similar | ambiguous | - | | family:A editor
completely happy | happy | fingerprint | - | | family:A editor
computer systems | computers | fingerprint | - | | dev:A editor
concerned in ache | involved in pain | fingerprint | - | | seed dev:A
confirmed instances | confirmed cases | fingerprint | - | | family:A editor
consequence | result | ambiguous | n | !prev=a,the,unintended,direct,natural,logical,inevitable | dev:A
considerably | significantly | ambiguous | - | | dev:A editor
considerations | concerns | ambiguous | - | | family:A dev:H editor
constant torment | chronic pain | fingerprint | - | | family:I editor
consultants | experts | ambiguous | - | !prev=management,medical,senior,hospital,nhs,financial,it,independent,engineering,paid,outside | dev:A editor
content material | content | fingerprint | - | | seed dev:A
continual | chronic | ambiguous | - | | family:A editor
continual ache | chronic pain | fingerprint | - | | family:A editor
contributors | participants | ambiguous | - | near=examine,study,trial,research,analysis,survey,ballot,poll,experiment | editor
converse | speak | ambiguous | - | !prev=the,vice | family:A editor
coronary coronary heart illness | coronary heart disease | fingerprint | - | | family:A editor
coronary heart | heart | ambiguous | - | !next=disease,diseases | editor
coronary heart assault | heart attack | fingerprint | n | | family:A editor
coronary heart charge | heart rate | fingerprint | n | | family:A editor
coronary heart illness | heart disease | fingerprint | n | | family:A editor
coronary heart well being | heart health | fingerprint | - | | family:A editor
coronavirus instances | coronavirus cases | fingerprint | - | | family:A editor
corresponding creator | corresponding author | fingerprint | n | | family:A editor
corresponding to | such as | ambiguous | - | !prev=is,are,was,were,be,being,directly,roughly,exactly,values,those,that,one,genes,regions | dev:A editor
corresponding writer | corresponding author | fingerprint | n | | family:A editor
could also be | may be | ambiguous | - | | dev:A editor
counsel | suggest | ambiguous | v | prev=findings,outcomes,results,research,studies,knowledge,data,evidence,proof,authors,researchers,scientists,they,which,these,this,that,may,might,could,to,would | dev:A editor
coverage | policy | ambiguous | n | prev=public,government,new,climate,energy,drug,immigration,foreign,economic,monetary,fiscal,zero-covid,covid,lockdown,social,national,nationwide,federal,official,this,that,its,their or next=makers,maker,changes,change,decisions,decision,options,proposals,recommendations,response,responses,framework,frameworks,documents,paper,briefs | dev:A editor
covid instances | COVID cases | fingerprint | - | | family:A editor
covid-19 an infection | COVID-19 infection | fingerprint | - | | family:A editor
creator | author | ambiguous | n | prev=first,lead,senior,co-senior,corresponding,study,the,an,review,paper's or next=of | seed dev:A
credit score: | Credit: | fingerprint | - | line-start | seed dev:A
crew | team | ambiguous | n | prev=analysis,research,the,a,our,their,his,her,medical,scientific,international,worldwide,multidisciplinary,interdisciplinary,whose or near=researchers,scientists,led,university,college,professor,examine,study,analysis | dev:K editor
critically ailing | critically ill | fingerprint | - | | dev:A
curiosity | interest | ambiguous | - | | family:A editor
cut back | reduce | ambiguous | v | | seed dev:A
dad and mom | parents | fingerprint | - | | family:A editor
danger | risk | ambiguous | n | | seed dev:A
danger elements | risk factors | fingerprint | - | | family:A editor
danger issue | risk factor | fingerprint | n | | family:A editor
danger of loss of life | risk of death | fingerprint | - | | family:A editor
dangerous | bad | ambiguous | - | next=sleep,night,news,information,luck,thing,idea,cholesterol,mood,temper,day,days,year | dev:A
darkish | dark | fingerprint | - | | dev:A editor
darkish matter | dark matter | fingerprint | - | | dev:A editor
darkish power | dark energy | fingerprint | - | | family:A editor
deal with persistent | treat chronic | fingerprint | - | | seed dev:A
decide | determine | ambiguous | v | | family:A editor
decrease | lower | ambiguous | - | next=danger,risk,ranges,levels,charges,rates,doses,dose,temperatures,earnings,incomes,costs,prices,chance,likelihood,odds,incidence,mortality,blood,physique,body,probability,again,back,than | dev:A dev:H editor
decrease again ache | lower back pain | fingerprint | - | | family:A editor
decrease danger | lower risk | fingerprint | - | | family:A editor
decrease threat | lower risk | fingerprint | - | | family:A editor
dedicated | committed | ambiguous | - | | dev:A
deep studying | deep learning | fingerprint | - | | family:A editor
defined | explained | ambiguous | - | prev=he,she,they,we,i,who,which,professor,researcher,researchers,scientist,scientists,author,authors,creator,team,crew,scientist,director,expert,experts,specialist,spokesperson,spokeswoman,spokesman,doctor,physician,leader,chief,head or next=that,how,why,what,to,in | dev:A editor
deliberate | planned | ambiguous | - | prev=originally,initially,previously,beforehand,as,than,been,was,were,whose,had,is,are,already | dev:A
delicate | mild | ambiguous | - | next=symptoms,signs,cognitive,depression,melancholy,anxiety,nervousness,covid,covid-19,illness,disease,infection,case,cases,circumstances,instances,side,unwanted,form,forms,to,or,hypertension,impairment,traumatic,reactions,reaction,fever,pain,ache | dev:A editor
depart | leave | ambiguous | - | | dev:A
dependancy | addiction | fingerprint | n | | family:A editor
depressive signs | depressive symptoms | fingerprint | - | | seed dev:A
deserted | abandoned | ambiguous | - | | dev:A
despair | depression | ambiguous | - | | family:A editor
develop into | become | ambiguous | - | | family:A editor
dialog | conversation | fingerprint | n | !next=box,boxes,window | dev:A
dialogue | discussion | ambiguous | - | | family:A editor
dietary supplements | supplements | ambiguous | - | | family:A editor
different | other | ambiguous | - | prev=and,or,among,amongst,numerous,with | seed dev:A
diminished | reduced | ambiguous | - | | seed dev:A
discover | find | ambiguous | v | | seed dev:A
discovered | found | ambiguous | - | !prev=newly,accidentally,serendipitously,first,undiscovered,yet,be | seed dev:A editor
distant studying | remote learning | fingerprint | - | | family:A editor
division | department | ambiguous | n | next=of | dev:A editor
division of power | Department of Energy | fingerprint | - | | dev:A editor
division of power's | Department of Energy's | fingerprint | - | | dev:A
do not really feel | don't feel | fingerprint | - | | dev:A
doable | possible | ambiguous | - | | family:A editor
doc is topic to | document is subject to | fingerprint | - | | seed dev:A
docs | doctors | ambiguous | - | | family:A editor
doctoral scholar | doctoral student | fingerprint | n | | family:A editor
dosing methods | dosing strategies | fingerprint | - | | family:A seed
doubtless | likely | ambiguous | - | | family:A editor
doubtlessly | potentially | fingerprint | - | | dev:A editor
downside | problem | ambiguous | - | prev=a,health,being,this,that,major,big,serious,critical,significant,real,actual,common,widespread !next=risk,risks,protection | dev:A editor
downsides | problems | ambiguous | - | | family:A editor
drastically | dramatically | ambiguous | - | | family:A editor
drawback | problem | ambiguous | n | | dev:A
due to this fact | therefore | fingerprint | - | | family:A editor
dysfunction | disorder | ambiguous | n | prev=anxiety,nervousness,depressive,bipolar,eating,consuming,personality,sleep,stress,use,spectrum,autism,mental,psychological,psychiatric,neurological,genetic,autoimmune,blood,metabolic,hyperactivity,compulsive,panic,mood,temper,seizure,movement,rare,brain,mind | editor
e mail | email | fingerprint | - | | family:A editor
each | every | ambiguous | - | !next=other,of,year,day,week,month,time,and,with,one,individual,participant,patient | dev:A family:I family:H
each single | every single | fingerprint | - | | dev:A
earlier than | before | ambiguous | - | !prev=much,far,even,slightly,weeks,months,years,days,hours,decades,significantly,considerably | family:A editor
effectively | well | ambiguous | - | prev=as,so,too,pretty,fairly,quite,slept,sleep,sleeping | dev:A editor
electrical automobile | electric vehicle | fingerprint | - | | family:A editor
electrical automobiles | electric vehicles | fingerprint | - | | family:A editor
electrical energy | electricity | fingerprint | - | | family:A editor
elevated | increased | ambiguous | - | prev=considerably,significantly,has,have,had,been,was,were,which,that,it,and,greatly,sharply,steadily,dramatically !next=levels,ranges,temperature,temperatures,pressure,strain,position,platform,train,highway,blood | dev:A editor
elevated danger | increased risk | fingerprint | - | | seed dev:A
embody | include | ambiguous | v | | family:A editor
emergency clinic | hospital | ambiguous | - | | editor
emergency division | emergency department | fingerprint | n | | family:A editor
emotional well being | emotional well-being | fingerprint | - | | family:A editor
enamel | teeth | ambiguous | - | !near=paint*,coat*,glaze*,pottery,ceramic* | family:A editor
enchancment | improvement | fingerprint | n | | family:A editor
end result | result | ambiguous | - | | family:A editor
ends up in | leads to | ambiguous | - | | dev:A
endure | suffer | ambiguous | v | | dev:A
england journal of drugs | England Journal of Medicine | fingerprint | - | | family:A editor
england journal of medication | England Journal of Medicine | fingerprint | - | | family:A editor
enhance | improve | ambiguous | v | | family:A editor
entails | involves | ambiguous | - | | dev:A
entire grains | whole grains | fingerprint | - | | family:A editor
environment friendly | efficient | fingerprint | - | | dev:A editor
environmental analysis letters | Environmental Research Letters | fingerprint | - | | family:A editor
equally | similarly | ambiguous | - | | dev:A
establish | identify | ambiguous | - | | family:A editor
establish an | identify an | ambiguous | - | near=risk,danger | seed
eternally | forever | ambiguous | - | | family:A editor
european house company | European Space Agency | fingerprint | - | | family:A editor
evaluation | analysis | ambiguous | n | | family:A editor
even supposing | even though | fingerprint | - | | family:A editor
everlasting | permanent | ambiguous | - | | family:A editor
every little thing | everything | fingerprint | - | | family:A editor
everybody | everyone | ambiguous | - | | family:A editor
everyone knows | we all know | ambiguous | - | | dev:A
examine | study | ambiguous | - | prev=the,a,an,new,this,that,our,their,his,her,its,latest,recent,earlier,previous,one,small,large,giant,massive,pilot,observational,separate,another,current,present,whole,brand,follow-up,longitudinal,mouse,animal,human,cohort,twin,landmark,major,first,second,earlier,same,every,each,2019,2020,2021,2022,2023,2024,2025,nationwide,national,international,worldwide,world,global,clinical,scientific,ongoing or next=printed,revealed,discovered,exhibits,reveals,suggests,finds,authors,creator,creators,co-author,co-creator,writer,members,individuals,contributors,outcomes,findings,chief,lead,leader,was,is,has,had,group,crew,staff,workforce,population,inhabitants,design,sizes,interval,period | seed dev:A dev:H editor
examine printed | study published | fingerprint | - | | dev:A
examine revealed | study published | fingerprint | - | | family:A editor
examine sizes | study sizes | fingerprint | - | | seed dev:A
examine's | study's | ambiguous | - | | editor
examined adverse | tested negative | fingerprint | - | | family:A editor
examined constructive | tested positive | fingerprint | - | | family:A editor
examined detrimental | tested negative | fingerprint | - | | family:A editor
examined optimistic | tested positive | fingerprint | - | | family:A editor
examined unfavorable | tested negative | fingerprint | - | | family:A editor
excessive | high | ambiguous | - | next=blood,ldl,cholesterol,ranges,levels,danger,risk,doses,dose,temperatures,temperature,fever,charges,rates,revenue,earnings,incomes,school,stress,strain,pressure,sugar,glucose,fats,fat,salt,sodium,protein,fiber,fibre,calorie,prevalence,decision,resolution,precision,sensitivity,speeds,pace,velocity,altitude,altitudes,latitudes,tide,stakes,demand,density,frequency,doses,levels,ranges | dev:A editor
excessive warmth | extreme heat | fingerprint | - | | family:A editor
exhibits | shows | ambiguous | - | prev=examine,study,research,analysis,knowledge,data,evaluation,it,this,which,that,graph,chart,map,picture,image,photograph,scan,video,determine,figure,table,survey,ballot,poll,report | editor
expanded danger | increased risk | fingerprint | - | | family:I editor
expanded hazard | increased risk | fingerprint | - | | family:I editor
expertise | experience | ambiguous | - | prev=also,additionally,to,who,they,we,you,i,may,might,can,could,will,would,not,often,commonly,frequently,ceaselessly,equally,similarly,people,individuals,folks,adults,sufferers,patients,women,ladies,men,males,children,youngsters,kids,those | dev:A editor
extra | more | ambiguous | - | next=likely,possible,widespread,common,frequent,prone,vulnerable,effective,efficient,important,vital,severe,extreme,difficult,accurate,research,analysis,than,intently,carefully,closely,info,data,proof,often,regularly,ceaselessly,probably,seemingly,productive,popular,complex,expensive,costly,quickly,rapidly,shortly,slowly,broadly,extensively,widely,individuals,folks,people,sufferers,patients,youngsters,ladies,males,evidence or prev=much,far,even,many,way,lot,once,slightly,significantly,considerably,times,occasions,thrice | seed dev:A editor
extra doubtless | more likely | fingerprint | - | | family:A editor
extra info: | More information: | fingerprint | - | line-start | seed dev:A
extra more likely to | more likely to | fingerprint | - | | family:A editor
extra prone to | more likely to | fingerprint | - | | family:A editor
extra proof | more evidence | fingerprint | - | | seed dev:A
extra seemingly | more likely | fingerprint | - | | family:A editor
extraordinarily | extremely | ambiguous | - | | family:A editor
extreme | severe | ambiguous | - | next=symptoms,signs,depression,melancholy,covid,covid-19,illness,disease,sickness,infection,an,cases,circumstances,instances,side,unwanted,allergic,pain,ache,obesity,asthma,complications,injuries,injury,mental,psychological,depressive,anxiety,nervousness,dementia,reactions,reaction,fatigue,headaches,headache,respiratory or prev=to,moderate,reasonable | dev:A editor
facet | aspect | ambiguous | n | | dev:A
facilities for illness management | Centers for Disease Control | fingerprint | - | | family:A editor
facilities for illness management and prevention | Centers for Disease Control and Prevention | fingerprint | - | | family:A editor
faculty | school | ambiguous | n | prev=medical,graduate,grad,nursing,dental,veterinary,law,business,engineering,elementary,primary,secondary,boarding,summer | editor
faculty of drugs | Faculty of Medicine | fingerprint | - | | family:A editor
faculty of medication | Faculty of Medicine | fingerprint | - | | family:A editor
faculty of public well being | School of Public Health | fingerprint | - | | family:A editor
fairly | pretty | ambiguous | - | !next=distributed,evenly,common,rare,sure,consistent,stable | dev:A
famous | noted | ambiguous | - | prev=he,she,they,researchers,authors,scientists,experts,who,also,it,report,study,examine,analysis,and,additionally,we,consultants,professor,writer,creator | family:A editor
fascinated | interested | ambiguous | - | | family:A editor
fashionable | modern | ambiguous | - | next=people,humans,medicine,drugs,science,times,era,day,society,world,technology,know-how,life,history,birds,crocodiles,species,forms,populations,inhabitants,agriculture,farming,cities,warfare | dev:A editor
fashioned | formed | ambiguous | - | | dev:A
fashions | models | ambiguous | - | !near=fashion*,clothing,designer*,dress*,wear,runway,trend* | dev:A editor
federal companies | federal agencies | fingerprint | - | | family:A editor
final | last | ambiguous | - | next=week,month,yr,year,12,summer,winter,spring,fall,autumn,night,weekend,monday,tuesday,wednesday,thursday,friday,saturday,sunday,time !prev=the,its,their,his,her,a,this,that,in,of,each | dev:A editor
final 12 months | last year | fingerprint | - | | family:A editor
final yr | last year | fingerprint | - | | family:A editor
financial institution | bank | ambiguous | n | | dev:A
financial system | economy | fingerprint | - | | family:A editor
finest | best | ambiguous | - | | dev:A editor
firm | company | ambiguous | n | !next=hand,grip,belief,commitment,evidence,conclusion,conclusions,answer,answers,date,stance,ground,foundation,footing,control | family:A editor
first creator | first author | fingerprint | - | | seed dev:A
firstly of | at the beginning of | fingerprint | - | | family:A editor
flare-up | outbreak | fingerprint | n | | family:I editor
folks | people | ambiguous | - | | dev:A dev:S
folks's | people's | fingerprint | - | | family:A editor
food regimen | diet | fingerprint | - | | family:A editor
for instance | for example | ambiguous | - | | dev:A editor
for the aim of | for the purpose of | fingerprint | - | | seed dev:A
for the reason that | since | ambiguous | - | | family:A editor
for those who | if you | ambiguous | - | | dev:A
forestall | prevent | ambiguous | v | | family:A family:I editor
fortunate | lucky | ambiguous | - | | dev:A
fortunate barely any | lucky few | fingerprint | - | | dev:I
fossil gasoline | fossil fuel | fingerprint | n | | family:A editor
fossilized stays | fossilized remains | fingerprint | - | | family:A editor
fungal an infection | fungal infection | fingerprint | - | | family:A editor
gasoline | fuel | ambiguous | - | | family:A editor
generally used | commonly used | ambiguous | - | | seed dev:A
gentle | mild | ambiguous | - | next=symptoms,signs,cognitive,depression,melancholy,anxiety,nervousness,covid,covid-19,illness,disease,infection,case,cases,circumstances,instances,side,unwanted,form,forms,to,or,hypertension,impairment,traumatic,reactions,reaction,fever,pain,ache | dev:A editor
gentle years | light years | fingerprint | - | | family:A editor
gentle-years | light-years | fingerprint | - | | family:A editor
geophysical analysis letters | Geophysical Research Letters | fingerprint | - | | family:A editor
getting older inhabitants | aging population | fingerprint | n | | family:A editor
giant | large | ambiguous | - | next=quantity,quantities,variety,number,numbers,scale,pattern,sample,examine,study,research,trial,cohort,portion,proportion,percentage,share,amounts,amount,doses,dose,language,datasets,enough,sufficient,group,hadron | dev:A editor
girls's | women's | fingerprint | - | | family:A editor
glorious | excellent | ambiguous | - | | family:A editor
go away | leave | ambiguous | - | | family:A editor
go looking | search | ambiguous | - | !next=for | dev:A
graduate scholar | graduate student | fingerprint | n | | family:A editor
grasp whether or not | understand whether | fingerprint | - | | seed dev:A
greater than | more than | ambiguous | - | !prev=is,are,was,were,be,much,far,significantly,considerably,slightly,times,no,occasions,any | dev:A editor
greenhouse fuel | greenhouse gas | fingerprint | n | | family:A editor
grew to become | became | fingerprint | - | | family:A editor
gross sales | sales | fingerprint | - | | family:A editor
grow to be | become | ambiguous | - | | family:A editor
grownup | adult | fingerprint | n | | seed dev:A
had an effect on | affected | ambiguous | - | | family:A editor
had been | were | ambiguous | - | | dev:A editor
handle | manage | ambiguous | v | near=pain,ache,symptom*,signs,condition*,circumstances,disease*,illness*,diabetes,stress,weight,blood,anxiety,nervousness | seed dev:A
has a task in | has a role in | fingerprint | - | | seed dev:A
has an effect on | affects | ambiguous | - | | family:A editor
have an effect on | affect | ambiguous | - | | family:A editor
have been a significant concern | were a major concern | fingerprint | - | | seed dev:A
hazard | risk | ambiguous | n | next=of,factor,factors or prev=expanded,increased,higher,lower,greater,more,less,diminished,decreased,reduced,elevated | dev:I editor
healthcare suppliers | healthcare providers | fingerprint | - | | family:A editor
high quality of life | quality of life | fingerprint | - | | family:A editor
historical past | history | fingerprint | - | | family:A editor
hiv an infection | HIV infection | fingerprint | - | | family:A editor
house | space | ambiguous | - | next=station,agency,telescope,exploration,flight,shuttle,program,programme,mission,missions,debris,weather,race,tourism,travel,industry,probe,craft,rock,rocks,dust,environment or prev=outer,deep | dev:A editor
house company | space agency | fingerprint | - | | family:A editor
house pressure | space force | fingerprint | - | | dev:A
house station | space station | fingerprint | - | | family:A editor
house telescope | space telescope | fingerprint | - | | family:A editor
houses | homes | ambiguous | - | prev=their,own,possess,your,our,my | dev:A
however | but | ambiguous | - | !next=much,many,long,small,large,big,hard,far,you,often,good,bad,slight,minor | dev:A dev:D
however now not | but not | fingerprint | - | | dev:A
human stays | human remains | fingerprint | - | | family:A editor
hypertension | high blood pressure | ambiguous | - | prev=hypertension | editor
identified with | diagnosed with | ambiguous | - | next=most,a,an,diabetes,cancer,covid,covid-19,dementia,autism,adhd,melancholy,nervousness,depression,anxiety,breast,lung,prostate,colon,colorectal,pancreatic,ovarian,skin,pores,sort,hiv,alzheimer's,parkinson's,coronary,kidney,heart,schizophrenia,bipolar,early,late,stage,superior,advanced,persistent,continual,power,chronic,lengthy,long,hypertension,weight,obesity,an,one | family:A editor
illness | disease | ambiguous | - | prev=alzheimer's,parkinson's,heart,coronary,kidney,liver,lung,cardiovascular,infectious,autoimmune,celiac,crohn's,huntington's,lyme,rare,sickle,inflammatory,bowel,neurodegenerative,genetic,gum,periodontal,respiratory,metabolic,vascular,coronavirus,covid-19,19,this,the,persistent,power,continual,cell,motor,neuron,thyroid,heart,illness,pulmonary,obstructive,arterial,artery,fatty,chagas,legionnaires',kawasaki,prion,graves',addison's,infectious,contagious,tropical,zoonotic,foot-and-mouth,of or next=management,control,outbreaks,outbreak,development,progression,burden,danger,risk,severity,transmission,unfold,spread,prevention,mechanisms,fashions,models,modeling,modelling | dev:A editor
illness management | disease control | fingerprint | - | | family:A editor
illnesses | diseases | ambiguous | - | prev=infectious,chronic,persistent,continual,power,cardiovascular,autoimmune,rare,neurodegenerative,genetic,respiratory,metabolic,inflammatory,tropical,zoonotic,vaccine-preventable,of,such,other,different,many,these,those,preventable,non-communicable,noncommunicable,communicable,contagious,sexually,transmitted,major,main,deadly,lethal,fatal,serious,critical,extreme,severe,age-related,associated,related,heart,lung,liver,kidney,skin,pores,eye,bone | dev:A editor
imaginative and prescient | vision | fingerprint | - | | family:A editor
impacted | affected | ambiguous | - | prev=was,were,been,be,is,are,being,most,negatively,severely,adversely,directly,disproportionately,significantly,those,people,communities,individuals | editor
impacts | affects | ambiguous | - | prev=it,that,which,this,how,also,directly,negatively,significantly,considerably,severely,adversely,melancholy,depression,illness,disease,stress | dev:A editor
imperial school london | Imperial College London | fingerprint | - | | family:A editor
impression | impact | ambiguous | - | prev=an,significant,vital,big,major,huge,large,giant,positive,optimistic,negative,destructive,environmental,economic,potential,attainable,its,their,lasting,long-term,direct,little,no,minimal,real,actual or next=on | editor
in a position to | able to | ambiguous | - | | family:A editor
in accordance with | according to | ambiguous | - | near=examine,study,research,researchers,analysis,survey,report,data,knowledge,ballot,poll,scientists,authors | editor
in actual fact | in fact | ambiguous | - | | family:A editor
in addition to | as well as | ambiguous | - | | family:A editor
in all probability | probably | fingerprint | - | | family:A editor
in an effort to | in order to | ambiguous | - | | family:A editor
in contrast to | unlike | ambiguous | - | | family:A editor
in keeping with | according to | ambiguous | - | | dev:A editor
in keeping with day | per day | fingerprint | - | | dev:A
in order that | so that | ambiguous | - | | family:A editor
in position | in place | ambiguous | - | !next=to | dev:A
in regards to | about | ambiguous | - | | family:A editor
in search of | seeking | ambiguous | - | | dev:A
in some unspecified time in the future | at some point | fingerprint | - | | dev:A editor
in the event that | if | fingerprint | - | | dev:I editor
in the meantime | meanwhile | ambiguous | - | | family:A editor
in the past | ago | ambiguous | - | prev=years,months,weeks,days,decades,centuries,hours,minutes,year,month,week,day,decade,century,000,million,billion | dev:A editor
in truth | in fact | ambiguous | - | | dev:H editor
incessantly | frequently | ambiguous | - | | family:A editor
inconceivable | impossible | ambiguous | - | | family:A editor
info functions | information purposes | fingerprint | - | | seed dev:A
inform | tell | ambiguous | - | !next=patients,clinicians,policy,policies,decisions,decision,practice,treatment,future,public,research,efforts,strategies,design,development,care,guidelines,clinical,the,our,their,how,about,on,of | dev:A
information company | news agency | fingerprint | - | | family:A editor
information convention | news conference | fingerprint | n | | family:A editor
information launch | news release | fingerprint | n | | family:A editor
information outlet | news outlet | fingerprint | n | | family:A editor
ingesting | drinking | ambiguous | - | | family:A editor
inhabitants | population | ambiguous | - | !next=of | dev:A editor
initially of | at the beginning of | fingerprint | - | | family:A editor
inner medication | internal medicine | fingerprint | - | | family:A editor
inoculation | vaccination | ambiguous | n | | editor
inside | within | ambiguous | - | | dev:A
instantly | immediately | ambiguous | - | | family:A editor
institute of expertise | Institute of Technology | fingerprint | - | | family:A editor
institute of know-how | Institute of Technology | fingerprint | - | | family:A editor
institute on getting older | Institute on Aging | fingerprint | - | | family:A editor
intently | closely | ambiguous | - | | dev:A
intercourse hormones | sex hormones | fingerprint | - | | family:A editor
intercourse variations | sex differences | fingerprint | - | | family:A editor
interminable torment | chronic pain | fingerprint | - | | family:I editor
international locations | countries | fingerprint | - | | family:A editor
international warming | global warming | fingerprint | - | | family:A editor
intestine micro organism | gut bacteria | fingerprint | - | | family:A editor
intestine microbiome | gut microbiome | fingerprint | - | | family:A editor
introduced | announced | ambiguous | - | !prev=been,be,being,is,are,was,were,newly,recently,first,species,invasive !next=into,to,in | dev:A
investigation | study | ambiguous | - | prev=the,a,new,this,latest,recent or next=distributed,published,found,discovered,proposes,indicated,showed | editor
irritation | inflammation | ambiguous | - | | editor
issue | problem | ambiguous | - | !prev=special,latest,current,same,this,journal,the,an,key,central,important,major,big,hot-button,contentious !next=of | dev:A
it is | it's | ambiguous | - | | dev:A dev:S
jama community open | JAMA Network Open | fingerprint | - | | family:A editor
journal of geophysical analysis | Journal of Geophysical Research | fingerprint | - | | family:A editor
joyful | happy | ambiguous | - | | family:A editor
just isn't | is not | ambiguous | - | | seed dev:A
keep up | maintain | ambiguous | - | !next=with | dev:A
kids's | children's | fingerprint | - | | family:A editor
kilos | pounds | ambiguous | - | | family:A editor
king's school london | King's College London | fingerprint | - | | family:A editor
know-how | technology | ambiguous | - | !prev=technical,scientific,practical,local,specialist,expert,engineering,manufacturing | editor
knowledge | data | ambiguous | - | prev=the,new,more,genetic,genomic,clinical,scientific,health,well,patient,affected,satellite,observational,survey,ballot,census,statistical,large,big,raw,real-world,actual-world,such,these,our,their,publicly,available,collected,analyzed,analysed,existing,preliminary,early,your,personal,medical,of,from,using,utilizing,with,on,trial or next=from,collected,set,sets,science,scientist,scientists,analysis,evaluation,assortment,collection,present,show,recommend,counsel,point,have,was,were,revealed,confirmed | dev:A editor
knowledgeable | expert | ambiguous | n | | family:A editor
known as | called | ambiguous | - | !prev=also,well,better,best,commonly,widely,otherwise,collectively,formerly,previously,affectionately,popularly,be,been | dev:A editor
laborious | hard | ambiguous | - | | family:A editor
ladies | women | ambiguous | - | | editor
language fashions | language models | fingerprint | - | | dev:A
language mannequin | language model | fingerprint | - | | family:A editor
lastly | finally | ambiguous | - | | dev:A
lately | recently | ambiguous | - | | family:A editor
ldl cholesterol | cholesterol | fingerprint | - | | family:A editor
lead writer | lead author | ambiguous | n | near=examine,study,research,paper,analysis,journal,revealed,printed,professor,college,university | family:A editor
lecturers | teachers | ambiguous | - | | family:A editor
legal guidelines | laws | fingerprint | - | | family:A editor
lengthy | long | ambiguous | - | prev=not,too,so,how,as,very | dev:A
lengthy covid | long COVID | fingerprint | - | | family:A editor
lengthy-term | long-term | fingerprint | - | | family:A editor
life-style | lifestyle | ambiguous | n | | family:A editor
lifeless | dead | ambiguous | - | | family:A editor
liked one | loved one | fingerprint | n | | dev:A editor
likely one of the | one of the | ambiguous | - | | dev:A
listening to aids | hearing aids | fingerprint | - | | family:A editor
listening to loss | hearing loss | fingerprint | - | | family:A editor
listening to support | hearing aid | fingerprint | n | | family:A editor
liver most cancers | liver cancer | fingerprint | - | | family:A editor
local weather | climate | ambiguous | - | !next=conditions,forecast,forecasts,station,stations,office,service | editor
local weather change | climate change | fingerprint | - | | family:A editor
local weather disaster | climate crisis | fingerprint | - | | family:A editor
loss of life charge | death rate | fingerprint | n | | family:A editor
loss of life toll | death toll | fingerprint | - | | family:A editor
lots of of | hundreds of | fingerprint | - | | family:A editor
lovely | beautiful | ambiguous | - | | family:A editor
lower than | less than | ambiguous | - | !prev=is,are,was,were,be,been,much,significantly,slightly,far,considerably,even,levels,ranges,rates,charges,scores,risk,danger,prices,costs,temperatures | dev:A editor
lung most cancers | lung cancer | fingerprint | - | | family:A editor
machine studying | machine learning | fingerprint | - | | family:A editor
main depressive dysfunction | major depressive disorder | fingerprint | - | | family:A editor
make you are feeling | make you feel | fingerprint | - | | dev:A
making an attempt | trying | fingerprint | - | | dev:A
males | men | ambiguous | - | | family:A editor
males's | men's | fingerprint | - | | family:A editor
management group | control group | fingerprint | n | | family:A editor
mannequin | model | ambiguous | n | !near=fashion*,clothing,shop*,store*,window*,dress*,display* | editor
massive | large | ambiguous | - | next=language,quantity,quantities,scale,pattern,sample,cohort,proportion,datasets,hadron | dev:A editor
meals and drug administration | Food and Drug Administration | fingerprint | - | | family:A editor
meals provide | food supply | fingerprint | - | | family:A editor
meals security | food security | fingerprint | - | | family:A editor
medical doctors | doctors | fingerprint | - | | family:A editor
medical middle | medical center | fingerprint | n | | family:A editor
medical neighborhood | medical community | fingerprint | - | | family:A editor
medical scholar | medical student | fingerprint | n | | family:A editor
medication | medicine | ambiguous | - | prev=nature,internal,inner,precision,personalized,personalised,translational,regenerative,emergency,sports,veterinary,family,preventive,tropical,traditional,nuclear,molecular,genomic,experimental,evidence-based | editor
medicine | drugs | ambiguous | - | prev=of,bunch,group,new,these,those,anti-inflammatory,antiviral,antidepressant,psychedelic,prescription,weight-loss,weight,blood,diabetes,cancer,most,cholesterol,such,the,other,different,taking,take,took,two,three,many,some,certain,sure,existing,present,current,common,widespread,similar,comparable,approved,accredited,authorized,generic,off-label or next=like,akin,corresponding,reminiscent,equivalent,such,that,which,including,together,are,were,have,had,can,may,might,could,for,to,used,utilized | seed dev:A editor
mediterranean food plan | Mediterranean diet | fingerprint | - | | family:A editor
melancholy | depression | ambiguous | - | | dev:A editor
melancholy and nervousness | depression and anxiety | fingerprint | - | | family:A editor
members | participants | ambiguous | - | near=trial*,stud*,involv*,enrol*,recruit*,survey*,research*,examine,randomi*,placebo,adult,grownup,cohort | seed dev:A dev:I
mentioned | said | ambiguous | - | !next=in,above,earlier,before,previously,below,by,as,it,the,a,an,this,these,those,him,her,them,his,their,its,is,are,was,were,here,there !prev=was,were,been,be,is,are,being,not,also,already,never,briefly,frequently,often,repeatedly,rarely,commonly,above,previously,earlier,widely,the,a,an,first,last | dev:A editor
methodological high quality | methodological quality | fingerprint | - | | seed dev:A
methodology | method | ambiguous | - | prev=new,novel,a,brand,simple,easy,cheap,low-cost,promising,different,alternative | dev:A editor
metropolis | city | ambiguous | - | | family:A editor
micro organism | bacteria | fingerprint | - | | family:A editor
migraine complications | migraine headaches | fingerprint | - | | family:A editor
mind receptors | brain receptors | fingerprint | - | | seed dev:A
misplaced | lost | ambiguous | - | | family:A editor
modifications | changes | ambiguous | - | | family:A editor
modified | changed | ambiguous | - | !prev=genetically,chemically | dev:A
month-to-month notices | Monthly Notices | fingerprint | - | | family:A editor
more durable | harder | ambiguous | - | | family:A editor
more established | older | fingerprint | - | | family:I editor
more healthy | healthier | ambiguous | - | | family:A editor
more youthful | younger | fingerprint | - | | family:I editor
mortality charge | mortality rate | fingerprint | n | | family:A editor
mortality fee | mortality rate | fingerprint | n | | family:A editor
most cancers | cancer | ambiguous | n | !next=are,have,can,do,were,will,develop,arise,start,grow,begin,respond,is | dev:H family:A editor
most cancers analysis | cancer research | fingerprint | - | | family:A editor
most cancers cells | cancer cells | fingerprint | - | | family:A editor
most cancers danger | cancer risk | fingerprint | - | | dev:H editor
most cancers middle | cancer center | fingerprint | n | | family:A editor
most cancers remedy | cancer treatment | fingerprint | - | | family:A editor
most cancers sufferers | cancer patients | fingerprint | - | | family:A editor
most cancers therapy | cancer treatment | fingerprint | - | | family:A editor
most likely | probably | ambiguous | - | | family:A editor
mother and father | parents | fingerprint | - | | family:A editor
much less doubtless | less likely | fingerprint | - | | family:A editor
much less seemingly | less likely | fingerprint | - | | family:A editor
must haves | necessities | ambiguous | - | | dev:A
Nationwide | National | ambiguous | cs | next=institutes,institute,science,sleep,academy,academies,health,well,cancer,most,oceanic,aeronautics,laboratory,laboratories,lab,labs,center,centre,heart,eye,human,library,museum,park,parks,weather,hurricane,bureau,statistics,survey,trust,audit,guard,assembly,university,college,school,autonomous,medical,research,analysis,renewable,energy,power,ignition,high,magnetic,radio,optical,astronomy,snow,ice,data,information,register,registry,cohort,youth,children's,women's,alliance,association,affiliation,society,council,network,programme,program,basis,foundation,sleep,poison,safety,security,highway,transportation,center,centers,facilities,middle,heart,blood,kidney,diabetes,eye,space,house,aviation,geographic,public,radio,cancer | dev:A editor
nationwide academy of sciences | National Academy of Sciences | fingerprint | - | | family:A editor
nationwide institutes of well being | National Institutes of Health | fingerprint | - | | family:A editor
nationwide most cancers institute | National Cancer Institute | fingerprint | - | | family:A editor
nationwide oceanic and atmospheric administration | National Oceanic and Atmospheric Administration | fingerprint | - | | family:A editor
nationwide science basis | National Science Foundation | fingerprint | - | | family:A editor
nationwide well being service | National Health Service | fingerprint | - | | family:A editor
nature drugs | Nature Medicine | fingerprint | - | | family:A editor
nearer | closer | ambiguous | - | | dev:A
necessity | need | ambiguous | - | prev=the,a next=to,for | dev:A
nerve ache | nerve pain | fingerprint | - | | seed dev:A
nervousness | anxiety | ambiguous | - | | editor
nervousness and melancholy | anxiety and depression | fingerprint | - | | family:A editor
nervousness dysfunction | anxiety disorder | fingerprint | n | | family:A editor
nervousness issues | anxiety disorders | fingerprint | - | | family:A editor
neural community | neural network | fingerprint | n | | family:A editor
neuroscience analysis australia | Neuroscience Research Australia | fingerprint | - | | family:A seed
nevertheless | however | ambiguous | - | | dev:A editor
new examine | new study | fingerprint | - | | family:A editor
newsletter | publication | ambiguous | - | near=remark,comment,reaction,response,request | dev:A
nice | great | ambiguous | - | next=deal,many,success,importance,interest,concern,potential,promise,significance,extent,example,majority,britain,lakes,barrier,wall,apes,depression,recession,escape,leap,leaps,strides,care,risk,danger,number,variety,distance,depth,depths,detail or prev=too | dev:A editor
nicely | well | ambiguous | - | | family:A editor
night time | night | ambiguous | - | | dev:A editor
night time's | night's | ambiguous | - | | dev:A
no half could also be reproduced | no part may be reproduced | fingerprint | - | | seed dev:A
no matter | whatever | ambiguous | - | !next=how,what,where,who,when,why,which,whether,the,their,his,her,its,your,our | family:A editor
no research that | no studies that | ambiguous | - | | seed dev:A
not less than | at least | ambiguous | - | !prev=no,nothing,is,was,be,are,were | family:A editor
not like | unlike | ambiguous | - | !prev=do,does,did,would,i,we,they,you,might,may,will,people,just,really,certainly,definitely,is,are,was,were,could,should,that,it,he,she,feel,felt,looks,look,looked,seem,seems,seemed,sound,sounds | dev:A
not possible | impossible | ambiguous | - | | family:A editor
not too long ago | recently | fingerprint | - | | family:A editor
now not | no longer | ambiguous | - | | dev:A editor
nursing house | nursing home | fingerprint | n | | family:A editor
nutritional vitamins | vitamins | fingerprint | - | | family:A editor
obtain | receive | ambiguous | - | next=a,the,treatment,therapy,remedy,care,placebo,vaccine,dose,doses,response,reaction,funding,reply | dev:A editor
occasions | times | ambiguous | - | next=extra,more,greater,larger,bigger,increased,higher,tougher,harder,sooner,faster,quicker,as,per,a,than,decrease,lower,smaller,much,larger | dev:A editor
offended | angry | ambiguous | - | | family:A editor
officers | officials | ambiguous | - | prev=health,being,public,government,authorities,state,federal,city,county,local,native,election,administration,us,u.s,white,house,chinese,russian,european,american,school,college,university,wildlife,trade,military,senior,hospital,authorities | dev:A editor
on account of | because of | ambiguous | - | | editor
on common | on average | ambiguous | - | !next=ground | family:A editor
on condition that | given that | ambiguous | - | | family:A editor
on the finish of | at the end of | fingerprint | - | | family:A editor
on the identical time | at the same time | fingerprint | - | | family:A editor
on the market | out there | ambiguous | - | !near=sale*,sell*,price*,product*,buy*,stock*,investor*,shares,drug*,launch* | dev:A
on the similar time | at the same time | fingerprint | - | | family:A editor
on the very least | at the very least | fingerprint | - | | family:A editor
on-line | online | ambiguous | - | | family:A editor
once in a while | on occasion | ambiguous | - | | dev:A
once more | again | ambiguous | - | | dev:A
one of many | one of the | ambiguous | - | next=most,largest,longest,biggest,first,best,finest,greatest,worst,main,key,few,only,earliest,highest,lowest,oldest,strongest,fastest,leading,primary,top,largest,smallest,commonest | dev:A editor
one thing | something | ambiguous | - | !prev=the,only,just,another,any,every,one,no,last,first,least | dev:A
onerous | hard | ambiguous | - | | family:A editor
opposed occasions | adverse events | fingerprint | - | | family:A editor
opposed reactions | adverse reactions | fingerprint | - | | family:A editor
opposed results | adverse effects | fingerprint | - | | family:A editor
or perhaps | or even | ambiguous | - | | dev:A
organic getting older | biological aging | fingerprint | - | | family:A editor
organic intercourse | biological sex | fingerprint | - | | family:A editor
other folks | people | fingerprint | - | | dev:A
outcome | result | ambiguous | - | prev=the,this,that,a,an,end,net,direct,one !next=of,for,measure,measures | dev:A editor
outcomes | results | ambiguous | - | prev=the,these,their,its,our,preliminary,early,first,examine,study,trial,survey,ballot,poll,check,test,promising,encouraging,previous,past,his,her,latest,new,attainable,possible,experimental,similar,comparable,disappointing,combined,mixed !next=of,for,in,among,amongst | dev:A editor
outer house | outer space | fingerprint | - | | family:A editor
ovarian most cancers | ovarian cancer | fingerprint | - | | family:A editor
p.c | percent | fingerprint | cs | | family:A editor
pace of sunshine | speed of light | fingerprint | - | | family:A editor
pancreatic most cancers | pancreatic cancer | fingerprint | - | | family:A editor
parking storage | parking garage | fingerprint | - | | dev:A
parkinson's illness | Parkinson's disease | fingerprint | - | | family:A editor
parkinson's infection | Parkinson's disease | fingerprint | - | | family:A editor
pattern dimension | sample size | fingerprint | n | | family:A editor
pattern measurement | sample size | fingerprint | n | | family:A editor
pc | computer | ambiguous | n | !prev=per,p.c | dev:A editor
per yr | per year | fingerprint | - | | family:A editor
perceive | understand | ambiguous | v | | family:A editor
perception | insight | ambiguous | n | next=into | dev:A
perpetually | forever | ambiguous | - | | dev:A
persistent ache | chronic pain | fingerprint | - | | seed dev:A
persistent illness | chronic disease | fingerprint | n | | family:A editor
persistent irritation | chronic inflammation | fingerprint | - | | family:A editor
persistent kidney illness | chronic kidney disease | fingerprint | - | | family:A editor
personal examine | private study | fingerprint | - | | seed dev:A
pharmaceutical trade | pharmaceutical industry | fingerprint | - | | family:A editor
phd scholar | PhD student | fingerprint | n | | family:A editor
photo voltaic | solar | fingerprint | - | | family:A editor
photographs | photos | ambiguous | - | | family:A editor
physical action | physical activity | fingerprint | - | | family:I editor
physician | doctor | ambiguous | n | prev=a,the,your,my,his,her,their,family,any,every,each,one,local,primary,treating,attending,another,different,other,no or next=who,said,stated,mentioned,explained,told,advised,says,at,in,with,and | dev:A editor
physique | body | ambiguous | - | | family:A editor
physique mass index | body mass index | fingerprint | - | | family:A editor
picture | image | ambiguous | n | | dev:A
placebo-managed | placebo-controlled | fingerprint | - | | family:A editor
play a task in | play a role in | fingerprint | v | | family:A editor
play an element in | play a part in | fingerprint | v | | family:A editor
pointers | guidelines | ambiguous | - | | family:A editor
poisonous | toxic | ambiguous | - | | family:A editor
pores and skin | skin | fingerprint | - | | family:A editor
pores and skin most cancers | skin cancer | fingerprint | - | | family:A editor
postpartum melancholy | postpartum depression | fingerprint | - | | family:A editor
power | energy | ambiguous | - | prev=renewable,clean,solar,kinetic,thermal,dark,darkish,green,inexperienced,low-carbon,geothermal,tidal,save,saving or next=storage,consumption,effectivity,efficiency,utilization,provide,sources,demand,sector,density,ranges,levels,transition,payments,bills,output,wants,needs,safety,security | dev:A editor
power illness | chronic disease | fingerprint | n | | family:A editor
powerful | strong | ambiguous | - | | dev:A
practically | nearly | ambiguous | - | | family:A editor
precisely | exactly | ambiguous | - | | family:A editor
pregnant ladies | pregnant women | fingerprint | - | | family:A editor
present | show | ambiguous | - | prev=research,studies,outcomes,results,findings,knowledge,data,information,figures,numbers,statistics,surveys,trials,experiments,they,these,which,fashions,models,photographs,images,pictures,maps,scans | seed dev:A editor
Present Biology | Current Biology | fingerprint | cs | | family:A editor
present biology | Current Biology | fingerprint | cs | | family:A editor
present no clear | show no clear | fingerprint | - | | seed dev:A
presently | currently | ambiguous | - | | family:A family:I editor
press convention | press conference | fingerprint | n | | dev:A editor
press launch | press release | fingerprint | n | | family:A editor
previous | past | ambiguous | - | !prev=years,months,weeks,days,year,month,week,decades,centuries | dev:A
principally | mainly | ambiguous | - | | family:A editor
printed | published | ambiguous | - | next=in,within,on,online,monday,tuesday,wednesday,thursday,friday,saturday,sunday,today,yesterday,earlier,last,this,final,lately,recently or prev=examine,research,paper,papers,article,findings,analysis,study,studies,journal,report | dev:A editor
printed within the | published in the | fingerprint | - | | family:A editor
processed meals | processed foods | fingerprint | - | | family:A editor
profession | career | ambiguous | - | prev=a,his,her,their,my,your,scientific,research,whole,entire,long,lengthy,academic,early,later,illustrious,successful,profitable | dev:A
professor of drugs | professor of medicine | fingerprint | - | | family:A editor
professor of medication | professor of medicine | fingerprint | - | | family:A editor
profit | benefit | ambiguous | n | prev=of,clear,no,any,potential,attainable,possible,clinical,net,health,being,survival,meaningful,significant,little,real near=evidence,proof,harm*,risk*,danger*,treatment,therapy,remedy,drug*,medicine*,patients,sufferers,ketamine,vaccine,trial | seed dev:A
proof | evidence | ambiguous | - | !near=theorem*,conjecture*,mathemat*,lemma,prove*,bulletproof,waterproof,alcohol | seed dev:A
proper | right | ambiguous | - | next=away,here,there,after,before,into,side,hand,facet,aspect,down | dev:A editor
proper now | right now | fingerprint | - | | dev:A editor
proposes | suggests | ambiguous | - | prev=study,examination,research,discoveries,findings,proof,evidence,information,data,this,which,that,it | editor
prostate most cancers | prostate cancer | fingerprint | - | | family:A editor
psychological | mental | ambiguous | - | next=illness,illnesses,sickness,disorders,disorder,dysfunction,dysfunctions,problems,issues,decline,capacity,hospital,hospitals,healthcare,wellness,wellbeing,exhaustion,state,toll,deterioration | dev:A editor
psychological sickness | mental illness | fingerprint | - | | dev:A editor
psychological sicknesses | mental illnesses | fingerprint | - | | family:A editor
psychological well being | mental health | fingerprint | - | | dev:A editor
pure | natural | ambiguous | - | next=language,gas,fuel,selection,disasters,disaster,world,history,resources,habitat,habitats,light,products,immunity,killer,enemies,predators,sciences,phenomena,phenomenon,causes,experiment,variation,sources,environment,ecosystems,areas,compounds,remedies,treatments | dev:A editor
pure choice | natural selection | fingerprint | - | | family:A editor
pure disasters | natural disasters | fingerprint | - | | family:A editor
pure fuel | natural gas | fingerprint | - | | family:A editor
pure historical past | natural history | fingerprint | - | | family:A editor
pure language | natural language | fingerprint | - | | dev:A
pure sources | natural resources | fingerprint | - | | family:A editor
pure world | natural world | fingerprint | - | | family:A editor
purple blood cells | red blood cells | fingerprint | - | | family:A editor
purple meat | red meat | fingerprint | - | | family:A editor
put together | prepare | ambiguous | v | | dev:A
puts of worship | places of worship | fingerprint | - | | dev:A
quantity | number | ambiguous | - | next=of !prev=small,large,sheer,unknown,known,measurable,physical,conserved,vector,scalar | dev:A
query | question | ambiguous | - | prev=the,a,this,that,an,separate,important,key,open,central,big,fundamental,burning,lingering,remaining | dev:A editor
quick meals | fast food | fingerprint | - | | family:A editor
quotation: | Citation: | fingerprint | - | line-start | seed dev:A
randomised managed trial | randomised controlled trial | fingerprint | n | | family:A editor
randomized managed trial | randomized controlled trial | fingerprint | n | | family:A editor
ranges | levels | ambiguous | - | prev=blood,sugar,glucose,cholesterol,oxygen,carbon,co2,dioxide,sea,water,stress,hormone,insulin,testosterone,estrogen,vitamin,protein,antibody,activity,exercise,excessive,high,low,greater,larger,higher,increased,elevated,decrease,lower,decreased,serum,plasma,pollution,noise,radiation,anxiety,nervousness,income,revenue,poverty,education,record,file,unprecedented,ozone,methane,mercury,arsenic,nutrient,iron,zinc,calcium,sodium,salt,potassium,alcohol,caffeine,dopamine,serotonin,cortisol,melatonin,their,its,these,those,similar,comparable,completely,different | dev:A editor
reaction | response | ambiguous | - | prev=a,no,immediate near=comment,remark,request,newsletter,publication | dev:A
ready room | waiting room | fingerprint | - | | dev:A
ready rooms | waiting rooms | fingerprint | - | | dev:A
really helpful | recommended | ambiguous | - | prev=the,a,daily,widely,currently,officially,strongly,generally,not | dev:A editor
reasonable | moderate | ambiguous | - | next=to,exercise,train,physical,bodily,depression,melancholy,symptoms,signs,alcohol,drinking,consuming,intensity,depth,activity,amounts,quantities,levels,ranges,or,risk,danger | dev:A editor
reasonable train | moderate exercise | fingerprint | - | | family:A editor
reasons most cancers | causes cancer | fingerprint | - | | dev:H
recent people | modern humans | ambiguous | - | | dev:A
recommended | suggested | ambiguous | - | !prev=the,a,daily,widely,currently,officially,strongly,generally,not,is,are,was,were,be,been,dose,doses,amount,amounts,limit,limits,level,levels | dev:A dev:H
recurrently | regularly | fingerprint | - | | family:A editor
referred to as | called | ambiguous | - | !prev=also,commonly,widely,otherwise,collectively,formerly,previously,affectionately,popularly | dev:A editor
regarded on the | looked at the | fingerprint | - | | seed dev:A
regardless of | despite | ambiguous | - | | family:A editor
regulations | rules | ambiguous | - | | dev:A
remark | comment | ambiguous | - | near=newsletter,publication,request,requests,reaction,response,contacted,reached,obtain,receive,respond,reply | dev:A
remedies | treatments | ambiguous | - | | editor
remedy | treatment | ambiguous | n | | seed dev:A editor
reminiscence | memory | ambiguous | n | | family:A editor
reminiscence loss | memory loss | fingerprint | - | | family:A editor
reminiscent of | such as | ambiguous | - | | family:A editor
renewable power | renewable energy | fingerprint | - | | family:A editor
reply | respond | ambiguous | - | prev=to,they,we,he,she,did,not,may,might,can,could,would,will,patients,sufferers,cells,people,individuals | dev:A
requested | asked | ambiguous | - | | family:A editor
research | studies | ambiguous | - | next=have,has,present,recommend,counsel,point,indicate,recommended,counsel,discovered,revealed,confirmed,involving,discovering,are,were,displaying,exhibiting or prev=two,three,four,five,six,several,many,numerous,these,those,multiple,few,earlier,previous,prior,other,different,some,observational,animal,quite,a,whole,bunch | dev:A dev:H editor
resolve | solve | ambiguous | v | | dev:A
results | effects | ambiguous | - | prev=side,antagonistic,opposed,adverse,harmful,dangerous,damaging,detrimental,long-term,short-term,protecting,therapeutic,useful,placebo,poisonous,psychological,cognitive,physiological,lasting,lingering,cumulative,being,health,its,their,optimistic,destructive,unfavorable,helpful,beneficial or next=on | seed dev:A editor
revealed | published | ambiguous | - | next=in,within,on,online,monday,tuesday,wednesday,thursday,friday,saturday,sunday,today,yesterday,earlier,last,this,final,lately,recently or prev=examine,research,paper,papers,article,findings,analysis,study,studies,journal,report | dev:A dev:H editor
revealed within the | published in the | fingerprint | - | | seed dev:A
right this moment | today | fingerprint | - | | family:A editor
sadly | unfortunately | ambiguous | - | | dev:A
school of drugs | School of Medicine | fingerprint | - | | family:A editor
school of medication | School of Medicine | fingerprint | - | | family:A editor
science of the complete atmosphere | Science of the Total Environment | fingerprint | - | | family:A editor
scientific follow | clinical practice | fingerprint | - | | family:A editor
scientific neighborhood | scientific community | fingerprint | - | | family:A editor
scientific psychologist | clinical psychologist | fingerprint | n | | family:A editor
scientific stories | Scientific Reports | fingerprint | - | | family:A editor
scientific trial | clinical trial | fingerprint | n | | family:A editor
scientific trials | clinical trials | fingerprint | - | | family:A editor
sea ranges | sea levels | fingerprint | - | | family:A editor
sea stage | sea level | fingerprint | n | | family:A editor
security | safety | ambiguous | - | near=drug,vaccine,patient*,sufferers,efficacy,effectiveness,side,trial*,food,meals,astronauts,crew,road,fire,workplace | dev:A editor
seems to be at | looks at | fingerprint | - | | family:A editor
seems to be for | looks for | fingerprint | - | | dev:A
seems to be like | looks like | fingerprint | - | | family:A editor
self-confinement | self-isolation | fingerprint | - | | family:I editor
senior writer | senior author | ambiguous | n | near=examine,study,research,paper,analysis,journal,revealed,printed,professor,college,university | family:A editor
shedding | losing | ambiguous | - | !prev=viral,virus,cell,cells | family:A editor
shoppers | consumers | ambiguous | - | | family:A editor
shortly | quickly | ambiguous | - | !next=after,before,afterwards,thereafter | family:A editor
signs | symptoms | ambiguous | - | prev=depressive,the,of,these,their,his,her,its,your,with,flu-like,chilly,cold,physical,bodily,mild,delicate,gentle,severe,extreme,worsening,persistent,lingering,lengthy,long,covid,covid-19,19,early,psychological,mental,withdrawal,menopausal,common,widespread,frequent,gastrointestinal,respiratory,neurological,psychotic,key,main,major,most,no,any,reported,such,whose,unexplained,typical,similar,related,associated,motor,anxiety,nervousness,melancholy,depression,ptsd,adhd,autism,allergy,asthma,cognitive,behavioral,behavioural,dementia,stroke,illness,disease,infection,an or next=of,akin,corresponding,including,together,such,like,in,and,or,improved,worsened,disappeared,resolved,began,started,embody,include,similar | seed dev:A editor
signs of melancholy | symptoms of depression | fingerprint | - | | family:A editor
simply | just | ambiguous | - | | dev:A editor
situation | condition | ambiguous | - | prev=medical,health,being,heart,skin,rare,genetic,underlying,pre-existing,continual,persistent,chronic,serious,critical,neurological,psychological,psychiatric,inflammatory,autoimmune,their,his,her | dev:A editor
situations | conditions | ambiguous | - | prev=medical,health,being,heart,skin,rare,genetic,underlying,pre-existing,continual,persistent,chronic,serious,critical,neurological,psychological,psychiatric,inflammatory,autoimmune,living,dwelling,working or next=like,akin,corresponding,such,including,together | dev:A editor
skeletal stays | skeletal remains | fingerprint | - | | family:A editor
skilled | experienced | ambiguous | - | prev=who,they,had,have,has,also,additionally,we,people,individuals,sufferers,patients,participants,members,contributors,adults,ladies,women,which,that,never,ever,previously,beforehand | editor
sleep high quality | sleep quality | fingerprint | - | | family:A editor
sluggish | slow | ambiguous | - | | family:A editor
social removing | social distancing | fingerprint | - | | family:I editor
software program | software | fingerprint | - | | family:A editor
solely | only | ambiguous | - | !next=responsible,on,by,for,due,because,based | family:A editor
somebody | someone | ambiguous | - | | family:A editor
sooner or later | eventually | ambiguous | - | | family:A editor
sophisticated regional ache syndrome | complex regional pain syndrome | fingerprint | - | | seed dev:A
sort 1 diabetes | type 1 diabetes | fingerprint | - | | family:A editor
sort 2 diabetes | type 2 diabetes | fingerprint | - | | family:A editor
staff | team | ambiguous | n | prev=analysis,research,international,worldwide,multidisciplinary,interdisciplinary,whose or next=led,discovered,found,used,utilized,analyzed,analysed,developed,created,designed,studied,examined,additionally,also | dev:A editor
stated | said | ambiguous | - | !prev=was,were,been,be,is,are,being,clearly,explicitly,previously,as,the,a,their,its,his,her,of,united,u.s,member,other,different | seed dev:A dev:K
statistically important | statistically significant | fingerprint | - | | family:A editor
statistically vital | statistically significant | fingerprint | - | | family:A editor
steered | suggested | ambiguous | - | | family:A editor
straight away | immediately | ambiguous | - | | family:A editor
strategy | approach | ambiguous | - | | dev:A dev:S
studying and reminiscence | learning and memory | fingerprint | - | | family:A editor
studying disabilities | learning disabilities | fingerprint | - | | family:A editor
sturdy | strong | ambiguous | - | | dev:A editor
subsequent | next | ambiguous | - | next=day,week,month,12,yr,year,step,steps,era,generation,phase,decade,morning,time,few,two,three !prev=in | dev:A editor
subsequent 12 months | next year | fingerprint | - | !prev=the | family:A editor
subsequent yr | next year | fingerprint | - | | family:A editor
sufferers | patients | ambiguous | - | | seed dev:A
sufferers' | patients' | ambiguous | - | | family:A editor
sufficient | enough | ambiguous | - | prev=vital,important,sturdy,strong,giant,large,massive,big,fortunate,lucky,good,excellent,lengthy,long,robust,excessive,high,low,quick,fast,previous,old,outdated,sensible,smart,secure,safe,shut,close,far,effectively,well,dangerous,bad,severe,critical,necessary,small,sick,ailing,ill,simple,easy | dev:A editor
supplied by | Provided by | fingerprint | - | line-start line-end | seed dev:A
supplied for info | provided for information | fingerprint | - | | seed dev:A
suppliers | providers | ambiguous | - | prev=care,healthcare,health,being,medical,service,insurance | editor
sure | certain | ambiguous | - | next=mind,brain,kinds,types,forms,cells,genes,conditions,circumstances,people,individuals,folks,foods,drugs,medicine,medicines,medications,proteins,areas,regions,situations,sorts,varieties,cancers,species,patients,sufferers,groups,teams,features,options,ways,elements,factors,components,receptors,bacteria,viruses,populations,behaviors,behaviours,chemicals,substances,molecules,diseases,illnesses,ailments,circumstances,psychotherapists,traits,parts,sorts | seed dev:A
surgical procedure | surgery | fingerprint | n | | family:A editor
survival charge | survival rate | fingerprint | n | | family:A editor
survival fee | survival rate | fingerprint | n | | family:A editor
synthetic intelligence | artificial intelligence | fingerprint | - | | family:A editor
systematic opinions | systematic reviews | fingerprint | - | | seed dev:A
tainted | infected | ambiguous | - | near=virus,infection,covid*,coronavirus,disease,patients,people,individuals | editor
take a look at | check out | ambiguous | v | | dev:A editor
take a look at outcomes | test results | fingerprint | - | | family:A editor
taking part | participating | ambiguous | - | | dev:A
tales | stories | ambiguous | - | | family:A editor
temper | mood | ambiguous | - | near=sleep,melancholy,depression,nervousness,anxiety,emotions,disorder*,dysfunction*,swings,stabiliz*,low | dev:A editor
textual content | text | fingerprint | - | | family:A editor
the an infection | the infection | fingerprint | - | | family:A editor
the contemplate | the study | fingerprint | - | | editor
the examine | the study | fingerprint | - | !next=of,whether,how,the,a,an,what,why,if,their,his,her,its,these,those,this,that,our,your,it,them,new,data,each,closely,patients | family:A editor
the getting older course of | the aging process | fingerprint | - | | family:A editor
the identical | the same | ambiguous | - | !next=twins,twin,copy,copies | family:A editor
the next danger | a higher risk | fingerprint | - | | family:A editor
the next threat | a higher risk | fingerprint | - | | family:A editor
the truth that | the fact that | fingerprint | - | | dev:A editor
the unfold of | the spread of | fingerprint | - | | family:A editor
therapy | treatment | ambiguous | n | prev=ache,pain,most,cancers,cancer,affected,patient,melancholy,depression,nervousness,anxiety,disease,illness,an,infection,first-line,commonplace,standard,obtainable,efficient,effective,new,novel,potential,attainable,such,the,a,their,his,her,for,of,receiving,obtained,acquired,early,timely,preventive,antibiotic,drug,medical,emergency,surgical,hospital,sufficient,adequate,present,current,future,optimum,optimal,best,finest,greatest,higher,better,further,additional,extra,this,that,these,those,any,no,further,common,widespread,customary,traditional,typical | dev:A editor
there is | there's | ambiguous | - | | dev:A
they're | they are | ambiguous | - | | dev:A
this 12 months | this year | fingerprint | - | | dev:A editor
this yr | this year | fingerprint | - | | family:A editor
thought-about | considered | fingerprint | - | | dev:A editor
thousands and thousands | millions | fingerprint | - | | family:A editor
threat elements | risk factors | fingerprint | - | | family:A editor
threat issue | risk factor | fingerprint | n | | family:A editor
threat of loss of life | risk of death | fingerprint | - | | family:A editor
thrice | three times | ambiguous | - | | dev:A
thriller | mystery | ambiguous | n | | dev:A
throughout numerous | across various | fingerprint | - | | seed dev:A
till | until | ambiguous | - | | dev:A editor
to be able to | in order to | ambiguous | - | | dev:A
to deal with | to treat | ambiguous | - | near=pain,ache,disease,condition*,symptom*,patient*,sufferers | seed dev:A
together with | including | ambiguous | - | !prev=and,work,working,worked,works,live,lived,living,come,came,coming,get,got,getting,bring,brought,put,putting,stick,band,pull,pulled,piece,pieced,group,grouped | dev:A editor
torment | pain | ambiguous | - | | editor
totally different | different | ambiguous | - | | family:A editor
train routine | exercise routine | fingerprint | n | | family:A editor
trendy | modern | ambiguous | - | | family:A editor
trigger | cause | ambiguous | v | !prev=the,a,gun,hair | dev:A editor
troublesome | difficult | ambiguous | - | | family:A family:I editor
truthful dealing | fair dealing | fingerprint | - | | seed dev:A
trying | looking | ambiguous | - | next=at,into,forward,ahead,extra | dev:A
trying into | looking into | fingerprint | - | | dev:A
turns into | becomes | ambiguous | - | | dev:A
U.Okay | U.K | fingerprint | cs | | dev:A
ultimate | final | ambiguous | - | | dev:A
unbelievable | incredible | ambiguous | - | | family:A editor
uncovered that | found that | ambiguous | - | | editor
unfold | spread | ambiguous | - | prev=virus,viruses,disease,diseases,illness,illnesses,infection,infections,germs,bacteria,micro,cancer,most,cancers,community,rapid,speedy,fast,further,global,prevent,preventing,slow,slowing,stop,stopping,limit,limiting,curb,curbing,halt,reduce,reducing,cut,its,the,can,could,may,might,will,would | family:A editor
unhappy | sad | ambiguous | - | | family:A editor
unhealthy | bad | ambiguous | - | next=night,news,information,luck,thing,idea,cholesterol,mood,temper,day,days,sleep | dev:A
unimaginable | incredible | ambiguous | - | | family:A editor
untimely getting older | premature aging | fingerprint | - | | family:A editor
unwanted side effects | side effects | ambiguous | n | | seed dev:A
urge for food | appetite | fingerprint | - | | dev:A editor
utterly | completely | ambiguous | - | | dev:A editor
vaccination charge | vaccination rate | fingerprint | n | | family:A editor
vaccination fee | vaccination rate | fingerprint | n | | family:A editor
variety of | number of | ambiguous | - | prev=the,total,growing,rising,increasing,small,large,giant,high,excessive,low,same,average,median,whole,record,greater,larger,decrease,lower,huge,actual,precise,elevated,increased,decreased,lowered,diminished | dev:A editor
vegetation | plants | ambiguous | - | | family:A editor
velocity of sunshine | speed of light | fingerprint | - | | family:A editor
viral an infection | viral infection | fingerprint | - | | family:A editor
virtually | almost | ambiguous | - | | dev:A editor
vital care | critical care | fingerprint | - | | dev:A
vitality | energy | ambiguous | - | | editor
vivid | bright | ambiguous | - | | family:A editor
want | need | ambiguous | - | !next=to | dev:A
wanting | looking | ambiguous | - | next=at,into,forward,ahead,extra | dev:A
wanting into | looking into | fingerprint | - | | dev:A
warmth | heat | ambiguous | - | !prev=human,emotional,personal,his,her,their,its,kindness | family:A editor
warmth stress | heat stress | fingerprint | - | | family:A editor
warmth wave | heat wave | fingerprint | - | | family:A editor
warmth waves | heat waves | fingerprint | - | | family:A editor
water high quality | water quality | fingerprint | - | | family:A editor
web site | website | ambiguous | n | | family:A editor
weight achieve | weight gain | fingerprint | - | | family:A editor
weight loss plan | diet | fingerprint | n | | family:A editor
weight problems | obesity | fingerprint | - | | dev:A editor
weight problems charges | obesity rates | fingerprint | - | | family:A editor
weight-reduction plan | diet | fingerprint | - | | family:A editor
well being | health | fingerprint | - | !prev=as | dev:A dev:H editor
well being care | health care | fingerprint | - | | family:A editor
well being care suppliers | health care providers | fingerprint | - | | family:A editor
well being companies | health agencies | fingerprint | - | | family:A editor
well being officers | health officials | fingerprint | - | | family:A editor
whereas | while | ambiguous | - | | seed dev:A
whether or not | whether | ambiguous | - | | seed dev:A
who're | who are | ambiguous | - | | dev:A
wholesome | healthy | ambiguous | - | | editor
wholesome getting older | healthy aging | fingerprint | - | | family:A editor
will increase the danger | increases the risk | fingerprint | - | | family:A editor
with out | without | ambiguous | - | !prev=do,does,did,doing,done,go,goes,went,going,gone,make,made,making,manage,managed,live,lived,living | family:A editor
with out the | without the | fingerprint | - | | seed dev:A
within | in | ambiguous | - | | dev:A
within the | in the | ambiguous | - | !prev=is,are,was,were,be,falls,fall,fell,lies,lie,lay,remain,remains,remained,stay,stays,stayed,well,both,work,working,found,somewhere,everything,anything,something,change,changes,variation,variations,and,or,live,lives,living,located,situated,exists,exist,existed,contained,hidden,embedded,buried,deep,deeply !next=next,past,last,first,same,limits,range,ranges,bounds,boundaries,scope,framework,context,confines,window,normal,realm,span,hour,week,month,year,decade,following | seed dev:A editor
workforce | team | ambiguous | n | prev=analysis,research,international,worldwide,multidisciplinary,interdisciplinary,whose,the,a,his,her,their,our or next=led,discovered,found,used,utilized,analyzed,analysed,developed,created,designed,studied,examined,additionally,also | editor
working reminiscence | working memory | fingerprint | - | | family:A editor
world warming | global warming | fingerprint | - | | family:A editor
world well being group | World Health Organization | fingerprint | - | | family:A editor
worldwide company for analysis on most cancers | International Agency for Research on Cancer | fingerprint | - | | family:A editor
worldwide house station | International Space Station | fingerprint | - | | family:A editor
wouldn't | would not | ambiguous | - | | dev:A
writer | author | ambiguous | n | prev=lead,senior,first,corresponding,co-senior,last,principal,examine,study,paper's | editor
years outdated | years old | fingerprint | - | | family:A editor
years previous | years old | ambiguous | - | | family:A editor
you are feeling | you feel | ambiguous | - | | dev:A
you will need to | it is important to | ambiguous | - | | dev:A
you're | you are | ambiguous | - | | dev:A
you're feeling | you feel | ambiguous | - | | dev:A
youngsters | children | ambiguous | - | | dev:A editor
youngsters's | children's | fingerprint | - | | family:A editor
your self | yourself | fingerprint | - | | dev:A
youthful | younger | ambiguous | - | | family:A editor
yr | year | ambiguous | n | | family:A editor
