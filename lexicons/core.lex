# Core lexicon: spinner swaps seen in the seed article and the dev corpus. Format: lexicons/README.md.
# spun | original | tier | flags | guard | provenance
12 months | year | ambiguous | - | !prev=past,last,final,previous,first,next,subsequent,over,within,inside,the,every,per,each,than,to,of | dev:A
a 12 months | a year | fingerprint | - | | family:A editor
a 3rd of | a third of | fingerprint | - | | family:A editor
a advice | a recommendation | fingerprint | - | | mined editor family:A sites=1
a better danger | a higher risk | fingerprint | - | | family:A editor
a better threat | a higher risk | fingerprint | - | | family:A editor
a big a part of | a big part of | fingerprint | - |  | editor family:A
a brand new examine | a new study | fingerprint | - |  | editor family:A
a bunch of medicine | a group of drugs | fingerprint | - | | seed dev:A
a complete of | a total of | fingerprint | - | | mined editor family:A
a couple of | a few | ambiguous | - | | dev:A dev:H
a crucial a part of | a crucial part of | fingerprint | - |  | editor family:A
a current examine | a recent study | fingerprint | - | | family:A editor
a e book | a book | fingerprint | - | | mined editor family:A
a easy | a simple | fingerprint | - | | mined editor family:A sites=2
a evaluate of | a review of | fingerprint | - | | mined editor family:A sites=1
a exact | a precise | fingerprint | - | | mined editor family:A sites=1
a examine | a study | fingerprint | - | !next=of,the | family:A editor
a extra | a more | fingerprint | - | | mined editor family:A sites=2
a face masks | a face mask | fingerprint | - | | family:A editor
a giant a part of | a big part of | fingerprint | - |  | editor family:A
a glance again at | a look back at | fingerprint | - | | editor family:A sites=1
a key a part of | a key part of | fingerprint | - |  | editor family:A
a lot | much | ambiguous | - | !next=like,about,of,more,less,extra,fewer,higher,better,larger,greater,worse,lower,smaller,sooner,later,faster !prev=rather,quite | dev:A
a lot much less | a lot less | fingerprint | - | | editor family:A
a lower in | a decrease in | fingerprint | - | | family:A editor
a masks | a mask | fingerprint | - | | family:A editor
a minimal of | at least | fingerprint | - | | mined editor family:A sites=1
a minimum of | at least | ambiguous | - | | family:A editor
a mirrored image of | a reflection of | ambiguous | - | | mined editor family:A sites=1
a new analyze | a new study | fingerprint | - | | mined editor family:A family:S sites=1
a number of | several | ambiguous | - | !prev=the,a,any,growing,rising,increasing,large,small,total,average,limited,certain | family:A editor
a number of a long time | several decades | fingerprint | - | | family:A editor
a number of hundred | several hundred | fingerprint | - | | mined editor family:A family:H sites=2
a number of sclerosis | multiple sclerosis | fingerprint | - | | family:A editor
a number of the | some of the | ambiguous | - | | mined editor family:A sites=1
a number of thousand | several thousand | fingerprint | - | | editor family:A family:H
a organic | a biological | fingerprint | - | | mined editor family:A sites=1
a part of | part of | ambiguous | - | prev=is,are,was,were,be,been,being,as,become,became,becomes,becoming,remain,remains,remained,form,forms,formed | family:A editor
a pure a part of | a natural part of | fingerprint | - |  | editor family:A
a significant a part of | a major part of | fingerprint | - |  | editor family:A
a standard a part of | a normal part of | fingerprint | - |  | editor family:A
a take a look at | a test | fingerprint | - | | family:A editor
a up to date | a recent | fingerprint | - | | mined editor family:A family:H sites=1
a vital a part of | a vital part of | fingerprint | - |  | editor family:A
a whole bunch of | hundreds of | ambiguous | - | | dev:A editor
a whole of | a total of | ambiguous | - | !next=government,society,community,neighborhood,system,school,faculty,college,person,individual,particular,body,physique,health,well,life,population | family:A editor
a yr | a year | fingerprint | - | | family:A editor
abdomen most cancers | stomach cancer | fingerprint | - | | family:A editor
abilities | skills | ambiguous | - | | family:A editor
accidents | injuries | ambiguous | - | !near=car,traffic,road,crash*,vehicle*,automobile*,driver*,nuclear | family:A editor
accomplished | completed | ambiguous | - | | family:A editor
ache | pain | ambiguous | n | !prev=head,stomach,tooth,muscle,ear | seed dev:A
ache administration | pain management | fingerprint | - | | family:A editor
ache aid | pain relief | fingerprint | - | | seed dev:A
ache circumstances | pain conditions | fingerprint | - | | seed dev:A
ache depth | pain intensity | fingerprint | - |  | mined editor family:A
ache killers | painkillers | fingerprint | - | | family:A editor
ache medicine | pain medication | fingerprint | n | | family:A editor
ache reduction | pain relief | fingerprint | - | | family:A editor
ache signaling | pain signaling | fingerprint | - | | seed dev:A
achievable | possible | ambiguous | - | prev=are,is,be,were,was,been,as,if,when,where,wherever,whenever !near=goal,goals,target,targets,objective,objectives,aim,aims,milestone,milestones | mined editor family:A family:S sites=1
acknowledge | recognize | ambiguous | v | next=voices,voice,faces,face,familiar,patterns,pattern,shapes,objects,sounds,words,speech,odors,odours,smells,scents,symptoms,signs | mined editor family:A
acknowledged | said | ambiguous | - | !prev=is,are,was,were,been,be,being,widely,generally,publicly,openly,formally,officially,long,not,internationally | family:A editor
acquired | received | ambiguous | - | next=funding,treatment,therapy,vaccine,vaccines,vaccination,vaccinations,dose,doses,placebo,approval,training,letters,messages,emails,calls,complaints,awards,grants | mined editor family:A
actual | real | ambiguous | - | !next=fact,number,numbers,figure,figures,cost,costs,rate,rates !prev=an,little,their,its,his,her,our,your,my | dev:A
actual life | real life | fingerprint | - | | dev:A
actual world | real world | fingerprint | - | | dev:A editor
actual-world | real-world | fingerprint | - | | family:A editor
actuality | reality | ambiguous | - | !prev=in | mined editor family:A
acute an infection | acute infection | fingerprint | - | | family:A editor
additional examine | further study | fingerprint | - | | mined editor family:A sites=1
additional than | more than | fingerprint | - | | mined editor family:A sites=1
additionally | also | ambiguous | - | | seed dev:A family:H
adopted up | followed up | fingerprint | - | | family:A editor
advantages | benefits | ambiguous | - | near=harm*,risk*,health*,potential,treatment*,drug*,therap* or next=from | dev:A dev:H seed
adversarial well being | adverse health | fingerprint | - | | mined editor family:A sites=1
advisable | recommended | ambiguous | - | prev=the,a,daily,widely,currently,officially,strongly,generally | dev:A
advised | told | ambiguous | - | next=the,reporters,cnn,bbc,reuters,abc,cbs,nbc,nbc,afp,ap,live,science,newsweek,medical,journalists,us,me,him,her,them,my,our,his,their,a,nature,psypost,gizmodo,vox,npr,stat,healthday,medpage,the,insider,business,fox,sky,time,forbes,wired,today's,parents,patients,sufferers,colleagues,mps,parliament,lawmakers,congress,senators,viewers,listeners,audiences,attendees,delegates,participants,members,journalists | dev:A editor
affect crater | impact crater | fingerprint | n | | mined editor family:A sites=1
affected person | patient | ambiguous | n | !next=by,of,area,areas,individuals,folks,people,communities,region,regions,country,countries,areas,populations,households,families,species,children,kids,youngsters,ones,parties,person,persons | dev:A editor
affected person care | patient care | fingerprint | - | | family:A editor
affected person therapy | patient treatment | fingerprint | - | | dev:A
affiliate | associate | ambiguous | n | next=professor,director,dean,editor,researcher,scientist,chair | editor
affiliate administrator | associate administrator | fingerprint | n | | mined editor family:A
affiliate dean | associate dean | fingerprint | n | | family:A editor
affiliate professor | associate professor | fingerprint | n | | family:A editor
affiliation | association | ambiguous | n | prev=sturdy,strong,robust,weak,clear,vital,significant,important,optimistic,positive,destructive,negative,inverse,direct,causal,an,the,this,no,statistical,attainable,possible,potential,any,such,dose-response,linear,american,heart,coronary,medical,psychological,diabetes,lung,dental,british,european,canadian,nationwide,national,world,international,worldwide,alzheimer's,cancer,cancers,sleep,stroke,cardiology,psychiatric,public,health,being,nurses,hospital,pharmaceutical,science,sciences | editor
affirm | confirm | ambiguous | v | | family:A editor
after all | of course | ambiguous | - | | dev:A editor
after which | and then | ambiguous | - | | dev:A
again ache | back pain | fingerprint | - | | family:A editor
ai mannequin | AI model | fingerprint | - | | family:A editor
ailing | ill | ambiguous | - | | family:A editor
air air pollution | air pollution | fingerprint | - | | family:A editor
Air Drive | Air Force | fingerprint | cs | | mined editor family:A sites=1
air high quality | air quality | fingerprint | - | | family:A editor
air pollution publicity | pollution exposure | fingerprint | - | | family:A editor
air pollution ranges | pollution levels | fingerprint | - | | family:A editor
Air Pressure | Air Force | ambiguous | cs | prev=royal,british,indian,israeli,french,german,chinese,pakistan,pakistani,italian,canadian,australian,japanese,korean,russian,ukrainian,turkish,iranian,iraqi,syrian,egyptian,saudi,spanish,dutch,polish,swedish,norwegian,american or next=personnel,base,bases,academy,officer,officers,pilot,pilots,veteran,veterans,command,secretary,general,colonel,chief,one,reserve,major,captain,sergeant,lieutenant,jets,jet,planes,aircraft,bombers,fighters,station,space or near=army,navy,military,marines,pentagon,defense,defence | mined editor family:A sites=1
air strain | air pressure | fingerprint | - | | family:A editor
akin to | such as | ambiguous | - | | seed dev:A
alcohol use dysfunction | alcohol use disorder | fingerprint | - | | family:A editor
all of the whereas | all the while | fingerprint | - | | mined editor family:A sites=1
all the pieces | everything | ambiguous | - | | family:A editor
all the time | always | ambiguous | - | !prev=of,at,most,spend,spent,spends,spending,for | family:A editor
all through | throughout | ambiguous | - | | family:A family:I editor
allergy and infectious illnesses | Allergy and Infectious Diseases | fingerprint | - | | family:A editor
already is aware of | already knows | ambiguous | - | | mined editor family:A
also referred to as | also known as | ambiguous | - | | mined editor family:A sites=2
alternate options | alternatives | ambiguous | - | | mined editor family:A sites=1
Alternative | Opportunity | ambiguous | cs | near=rover,rovers,lander,landers,mars,martian,planet,spirit,curiosity,nasa,nasa's !next=energy,fuel,fuels,medicine,medicines,therapy,therapies,treatment,treatments,explanation,explanations,theory,theories,source,sources,route,routes,way,ways,method,methods,approach,approaches,proteins,splicing,hypothesis | mined editor family:A
alzheimer's illness | Alzheimer's disease | fingerprint | - | | family:A editor
alzheimer's infection | Alzheimer's disease | fingerprint | - | | family:A editor
ambiance | atmosphere | ambiguous | - | | mined editor family:A
amenities | facilities | ambiguous | - | | mined editor family:A
american coronary heart affiliation | American Heart Association | fingerprint | - | | family:A editor
american faculty of cardiology | American College of Cardiology | fingerprint | - | | mined editor family:A family:H sites=1
american medical affiliation | American Medical Association | fingerprint | - | | family:A editor
american most cancers society | American Cancer Society | fingerprint | - | | family:A editor
american psychological affiliation | American Psychological Association | fingerprint | - | | family:A editor
american school of cardiology | American College of Cardiology | fingerprint | - | | family:A editor
american school of obstetricians and gynecologists | American College of Obstetricians and Gynecologists | fingerprint | - | | family:A editor
american school of physicians | American College of Physicians | fingerprint | - | | family:A editor
amnesty worldwide | Amnesty International | fingerprint | - | | family:A editor
among the many most | among the most | fingerprint | - |  | mined editor family:A
amongst | among | ambiguous | - | | dev:A editor
an an infection | an infection | fingerprint | - | | family:A editor
an common of | an average of | fingerprint | - | | mined editor family:A family:S sites=1
an critical | an important | fingerprint | - | | mined editor family:A sites=1
an deal with | an address | fingerprint | - | | mined editor family:A sites=1
an essential a part of | an essential part of | fingerprint | - |  | editor family:A
an excessive amount of | too much | ambiguous | - | | mined editor family:A sites=1
an extended | a long | ambiguous | - | next=time,period,periods,history,list,way,road,line,distance,career,life,series,process,stretch,while | dev:A
an fascinating | an interesting | fingerprint | - | | mined editor family:A sites=1
an improve in | an increase in | fingerprint | - | | family:A editor
an individual's | a person's | ambiguous | - | | dev:A
an infection charge | infection rate | fingerprint | - | | family:A editor
an infection charges | infection rates | fingerprint | - | | family:A editor
an infection danger | infection risk | fingerprint | - | | family:A editor
an infection fee | infection rate | fingerprint | n | | family:A editor
an infection management | infection control | fingerprint | - | | family:A editor
an infection prevention | infection prevention | fingerprint | - | | family:A editor
an integral a part of | an integral part of | fingerprint | - |  | editor family:A
an inventory of | a list of | ambiguous | - | | mined editor family:A sites=1
an necessary | an important | fingerprint | - |  | editor family:A
an necessary a part of | an important part of | fingerprint | - |  | editor family:A
an ordinary of | an average of | fingerprint | - | | mined editor family:A family:S sites=1
an precise | an actual | fingerprint | - | | mined editor family:A sites=1
an space | an area | fingerprint | - | | mined editor family:A
an vital | an important | fingerprint | - |  | editor family:A
an vital a part of | an important part of | fingerprint | - |  | editor family:A
anal most cancers | anal cancer | fingerprint | - | | family:A editor
analysis | research | ambiguous | - | !prev=a,an,meta,statistical,data,knowledge,genetic,genomic,detailed,careful,preliminary,cost,economic,chemical,independent,secondary,subsequent,sensitivity,subgroup,regression,pooled,post,final,closer,deeper,risk,danger,image,dna,computer,pc,mathematical,numerical,cluster,network,spectral,isotopic,comparative,forensic,mixed,in-depth,quick,thorough,technical,political,financial,market,systematic,retrospective,cross-sectional,multivariate,multivariable,bivariate,qualitative,quantitative,exploratory,interim,formal,statistic,cost-effectiveness,genome,sequence,sequencing,content,discourse,textual,text,spatial,temporal,time-series,trend,root,cause,fmri,mri,video,blood,urine,sample,samples,chemical,isotope,radiocarbon,dietary,nutritional,molecular,structural,functional,psychoanalytic,literary !next=of,instruments,tools,methodology,technique,techniques,methods,software,pipeline,plan | seed dev:A editor
analysis affiliate | research associate | fingerprint | n | | family:A editor
analysis assistant | research assistant | fingerprint | n | | family:A editor
analysis council | research council | fingerprint | - | | family:A editor
analysis crew | research team | fingerprint | - | | family:A editor
analysis exhibits | research shows | fingerprint | - | | family:A editor
analysis fellow | research fellow | fingerprint | n | | family:A editor
analysis funding | research funding | fingerprint | - | | family:A editor
analysis grant | research grant | fingerprint | n | | family:A editor
analysis hyperlinks | research links | fingerprint | - |  | editor family:A
analysis institute | research institute | fingerprint | n | | family:A editor
analysis middle | research center | fingerprint | n | | family:A editor
analysis paper revealed in | research paper published in | fingerprint | - |  | mined editor family:A
analysis scientist | research scientist | fingerprint | n | | family:A editor
analysis staff | research team | fingerprint | - | | family:A editor
analysis undertaking | research project | fingerprint | n | | family:A editor
analysis workforce | research team | fingerprint | - | | family:A editor
analyze | study | ambiguous | - | prev=a,an,the,this,new,latest,recent,current,their,our,its,his,her,present,previous,earlier,prior or next=authors,author,co-author,co-authors !prev=to,and,or,can,could,will,would,should,must,may,might,not,also,then,they,we,you,i | mined editor family:A family:S sites=2
analyze authors | study authors | fingerprint | - | prev=the,a,an,new,our,their,its,this | mined editor family:A family:S sites=1
analyze finds | study finds | fingerprint | - | !prev=to,and,or,will,would,could,can,should,must,may,might,they,we,researchers,scientists,archaeologists,experts | mined editor family:A sites=1
andrew marr present | Andrew Marr show | fingerprint | - | | mined editor family:A family:? sites=1
answerable for | responsible for | ambiguous | - | | mined editor family:A
antagonistic occasions | adverse events | fingerprint | - | | dev:A editor
antagonistic results | adverse effects | fingerprint | - | | seed dev:A
antibody ranges | antibody levels | fingerprint | - | | family:A editor
anticipated observe | predicted track | fingerprint | - | | mined editor family:A sites=1
anticipated therapeutic time | expected healing time | fingerprint | - |  | mined editor family:A
antiretroviral remedy | antiretroviral therapy | fingerprint | - | | family:A editor
anxiousness | anxiety | ambiguous | - | | family:A editor family:H
any other name for | another name for | ambiguous | - | !prev=by,no,not,is,there,have,has,had,know,knows,knew,without,use,find,found,call,give,with,any | mined editor family:A sites=1
anybody | anyone | ambiguous | - | | family:A editor
anyplace | anywhere | ambiguous | - | | family:A editor
appeared on the | looked at the | fingerprint | - | | family:A editor
appears to be like | looks like | fingerprint | - | | family:A editor
appears to be like to be | looks to be | fingerprint | - |  | mined editor family:A
applied sciences | technologies | ambiguous | - | !prev=of,for,and | editor
apprehensive | worried | ambiguous | - | | family:A editor
approaching many years | coming decades | fingerprint | - | | mined editor family:A
archaeological website | archaeological site | fingerprint | n | | family:A editor
arduous | hard | ambiguous | - | | family:A editor
are able to | can | ambiguous | - | | dev:A
are house to | are home to | fingerprint | - | !next=house | mined editor family:A
are likely to | tend to | fingerprint | - | prev=would,will,could,can,may,might,should,must | mined editor family:A sites=1
are likely to reside | tend to live | fingerprint | - |  | mined editor family:A
area | space | ambiguous | - | prev=outer,deep,in,into | dev:A
area climate | space weather | fingerprint | - |  | editor family:A
area company | space agency | ambiguous | - |  | mined editor family:A
area company's | space agency's | ambiguous | - | | mined editor family:A sites=1
area exploration | space exploration | fingerprint | - |  | editor family:A
area journey | space travel | fingerprint | - |  | editor family:A
area shuttle | space shuttle | fingerprint | n |  | editor family:A
area station | Space Station | fingerprint | n |  | editor family:A
area telescope | Space Telescope | fingerprint | n |  | mined editor family:A
area telescope's | Space Telescope's | fingerprint | - | | mined editor family:A sites=1
as a consequence of | due to | ambiguous | - | | seed dev:A
as a lot as | as much as | fingerprint | - | | mined editor family:A sites=1
as a result of | because | ambiguous | - | | dev:A editor
as a result of manner | due to the way | fingerprint | - | | dev:A
as a substitute of | instead of | fingerprint | - | | family:A editor
as a way to | in order to | ambiguous | - | | family:A editor
as an alternative of | instead of | fingerprint | - | | family:A editor
as an entire | as a whole | fingerprint | - | | mined editor family:A family:? sites=1
as an illustration | for instance | ambiguous | - | | family:A editor
as effectively | as well | ambiguous | - | !next=as | family:A editor
as quickly as | as soon as | ambiguous | - | next=monday,tuesday,wednesday,thursday,friday,saturday,sunday,tomorrow,tonight,today,next,this,subsequent,early,later,january,february,march,april,june,july,august,september,october,november,december | mined editor family:A
as soon as | once | ambiguous | - | !next=possible,practicable,practical,feasible | dev:A
as soon as extra | once more | fingerprint | - | | family:A editor
as soon as once more | once again | fingerprint | - | | family:A editor
as to if | as to whether | ambiguous | - | | mined editor family:A sites=1
as we speak | today | ambiguous | - | | family:A editor
asbestos publicity | asbestos exposure | fingerprint | - | | family:A editor
aside from any truthful dealing | apart from any fair dealing | fingerprint | - | | seed dev:A
assertion | statement | ambiguous | n | prev=a,an,the,written,joint,official,public,released,issued,its,their,his,her,press,in,scientific,consensus,policy,position | family:A editor
assessment | review | ambiguous | n | !prev=risk,self,needs,formal,initial,clinical | seed dev:A
assist | help | ambiguous | v | | seed dev:A
astonishingly | surprisingly | ambiguous | - | | mined editor family:A
asymptomatic an infection | asymptomatic infection | fingerprint | - | | family:A editor
at a minimal | at a minimum | fingerprint | - | | family:A editor
at all times | always | ambiguous | - | | family:A editor
at any time | ever | ambiguous | - | next=noticed,observed,seen,witnessed,recorded,detected,discovered,measured,imaged,photographed,captured,found,built,created | mined editor family:A
at any time when | whenever | ambiguous | - | | family:A editor
at dwelling | at home | ambiguous | - | | family:A editor
at excessive danger | at high risk | fingerprint | - | | family:A editor
at excessive threat | at high risk | fingerprint | - | | family:A editor
at present | currently | ambiguous | - | | family:A editor
at residence | at home | ambiguous | - | | family:A editor
at the least | at least | ambiguous | - | | mined editor family:A sites=1
at the moment are | are now | ambiguous | - | | mined editor family:A sites=2
atmospheric strain | atmospheric pressure | fingerprint | - | | family:A editor
attain | reach | ambiguous | v | next=earth,earth's,mars,orbit,land,shore,hospital,hospitals | mined editor family:A
attendants | nurses | ambiguous | - | near=medical,clinic,hospital,doctors,specialists,patients | editor
attention-grabbing | interesting | fingerprint | - | | family:A editor family:H
attributable to | due to | ambiguous | - | !prev=deaths,cases,instances,fraction,proportion,share,burden,risk,danger,threat,mortality,largely,partly,partially,directly,immediately,entirely,solely,fully,wholly,loss,losses,dalys,costs,prices,percentage,p.c,percent,excess,extra,cancers,hospitalizations,hospitalisations,admissions,emissions,events,occasions,illnesses,diseases,infections,not,attributable,be,were,was,is,are,been,being,those,years,life-years,fractions,proportions,number,quantity,total,whole | family:A editor
augmented actuality | augmented reality | fingerprint | - | | family:A editor
australian broadcasting company | Australian Broadcasting Corporation | fingerprint | - | | mined editor family:A
author on the | author at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
authorities | government | ambiguous | - | next=funding,funded,agencies,companies,officials,officers,spending,policy,coverage,policies,insurance,programs,programmes,program,programme,data,knowledge,figures,statistics,report,reports,stories,grants,grant,support,assist,scientists,researchers,shutdown,debt,bonds,guidelines,pointers,regulations,laws,legislation,restrictions,ministers,minister,departments,department,division,divisions,bodies,body,physique,contracts,contract,websites,website,web,records,documents,paperwork,employees,workers,staff,advisers,advisors,sources,supply,subsidies,subsidy,intervention,regulation,regulators,measures,response,responses,mandates,mandate,orders,order,guidance,steerage,campaign,initiative,initiatives,plans,plan,reform,reforms,health,well,leaders,spokesperson,spokesman,spokeswoman,budget,budgets,investment,cuts,lockdown,lockdowns | family:A editor
authorities companies | government agencies | fingerprint | - | | family:A editor
authorities officers | government officials | fingerprint | - | | family:A editor
autism spectrum dysfunction | autism spectrum disorder | fingerprint | - | | family:A editor
automobile | vehicle | ambiguous | n | !prev=motor,the,u.s,us,american,german,japanese,british,chinese,korean,italian,french,global,world,worldwide,international,domestic,giant,major,leading,big,massive !next=industry,trade,manufacturer,manufacturers,makers,maker,company,companies,firm,firms,plant,plants,factory,factories,sector,market,markets,sales,gross,dealer,dealers,dealership,dealerships,insurance,club,association,affiliation,show,shows,workers,employees,union,unions,parts,tariffs,exports,imports,production,stocks,shares,giant,giants,industry's,trade's | family:A editor
automotive | car | ambiguous | - | prev=a,the,his,her,their,my,your,our,electric,electrical,self-driving,driverless,new,brand,used,rental,police,sports,family,household,hybrid,parked,stolen,own,possess,personal,private,non-public,company,firm,every,each,one,another,any,that,this,which,whose,autonomous,first,second,last,final,same,identical,petrol,diesel,gasoline,fuel,cheap,affordable,expensive,costly,luxury,fast,quick,small,large,giant,massive,big,compact,shared,tesla,toyota,uber,race,racing,getaway,patrol,convertible,sedan,suv,vintage,classic,toy,robot,robotic !next=industry,sector,trade,market,markets,sales,gross,manufacturers,makers,maker,company,companies,firm,firms,supplier,suppliers,parts,giant,giants,engineering,engineers,design,safety,security,technology,know-how,world,news,information,brands,brand,production,plants,plant,factory,factories,workers,employees,jobs | family:A editor
autonomous autos | autonomous vehicles | fingerprint | - | | family:A editor
avoid wasting lives | save lives | fingerprint | - | | mined editor family:A sites=1
bachelor's diploma | bachelor's degree | fingerprint | n | | family:A editor
background gentle | background light | fingerprint | - | | mined editor family:A
backside left | bottom left | fingerprint | - | | mined editor family:A
backside proper | bottom right | fingerprint | - | | mined editor family:A
bacterial an infection | bacterial infection | fingerprint | - | | family:A editor
bacterial progress | bacterial growth | fingerprint | - | | family:A editor
ballot | poll | ambiguous | n | !near=box,boxes,election*,vote*,voting,voters,mail-in,absentee,candidate* | dev:A editor
band of sunshine | band of light | fingerprint | - |  | mined editor family:A
bare eye | naked eye | fingerprint | - | | mined editor family:A
barely | slightly | ambiguous | - | next=higher,greater,larger,bigger,lower,decrease,smaller,more,extra,less,fewer,better,worse,different,totally,elevated,increased,reduced,diminished,longer,shorter,older,younger,faster,quicker,sooner,slower,warmer,cooler,colder,hotter,above,below,beneath,under,over,modified,changed,altered,improved,raised,excessive,decreased,heavier,lighter,thicker,thinner,wider,narrower,deeper,shallower,stronger,weaker,positive,optimistic,negative,destructive | family:A editor
base enhancing | base editing | fingerprint | - | | family:A editor
based mostly on | based on | ambiguous | - | | mined editor family:A sites=2
based on | according to | ambiguous | - | next=researchers,scientists,experts,consultants,specialists,officials,officers,police,sources,him,her,them,me,us,dr,prof,professor,lead,senior,co-author,creator,writer,authors,creators,writers,nasa,who,cdc,fda,nih,spokesperson,spokesman,spokeswoman,reuters,ap,cnn,bbc,a,an,the,new,brand,latest,current,recent,data,knowledge,figures,statistics,reports,stories,report,study,examine,research,analysis,survey,ballot,poll,estimates,authorities,its,their,his !prev=is,are,was,were,be,been,being,all,largely,partly,partially,mainly,primarily,solely,entirely,mostly,heavily,loosely,directly,strictly,firmly,not | family:A editor
based on the | based at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
basic anesthesia | general anesthesia | fingerprint | - | | family:A editor
basic inhabitants | general population | fingerprint | - | | family:A editor
basic legal guidelines | fundamental laws | fingerprint | - |  | mined editor family:A
basic practitioner | general practitioner | fingerprint | n | | family:A editor
basic relativity | general relativity | fingerprint | - | | family:A editor
Basis | Foundation | ambiguous | cs | prev=sleep,science,heart,research,analysis,british,american,arthritis,cancers,kidney,diabetes,gates,simons,sloan,nationwide,national,mayo,lung,alzheimer's,wellcome,novo,nordisk,dutch,swiss,german,european | editor
basis | Foundation | ambiguous | cs | prev=sleep,science,heart,research,analysis,british,american,arthritis,cancers,kidney,diabetes,gates,simons,sloan,nationwide,national,mayo,lung,alzheimer's,wellcome,novo,nordisk,dutch,swiss,german,european | dev:A editor
battery administration | battery management | fingerprint | - | | mined editor family:A sites=1
BBC Information | BBC News | fingerprint | cs | | mined editor family:A sites=1
be aware | note | ambiguous | - | next=that | dev:A
be capable to | be able to | fingerprint | - | | mined editor family:A family:X sites=2
be taught | learn | ambiguous | - | | family:A editor
because manner | due to the way | fingerprint | - | | dev:A
beforehand | previously | ambiguous | - | | family:A editor
beforehand recognized | previously known | fingerprint | - | | mined editor family:A sites=1
beginning defects | birth defects | fingerprint | - | | family:A editor
beginning phase | early-stage | fingerprint | - | | dev:I
being pregnant | pregnancy | ambiguous | - | !prev=while,of,after,before,from,about,avoid,were,are,is,was | family:A editor
being pregnant take a look at | pregnancy test | fingerprint | - | | family:A editor
believable | plausible | ambiguous | - | | dev:A
below investigation | under investigation | fingerprint | - | | mined editor family:A
beneath | under | ambiguous | - | | dev:A editor
better ranges | greater levels | ambiguous | - | | dev:A
bettering | improving | fingerprint | - | | family:A editor
billion years in the past | billion years ago | fingerprint | - | | editor family:A family:?
billions of years in the past | billions of years ago | fingerprint | - |  | mined editor family:A
binge ingesting | binge drinking | fingerprint | - | | family:A editor
biologist on the | biologist at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
bipolar dysfunction | bipolar disorder | fingerprint | - | | family:A editor
black gap | black hole | fingerprint | n | | family:A editor
black gap's | black hole's | fingerprint | - | | mined editor family:A
bladder most cancers | bladder cancer | fingerprint | - | | family:A editor
blended details | combined data | fingerprint | - | | mined editor family:A family:S sites=1
blended info | combined data | fingerprint | - | | mined editor family:A family:S sites=1
blood assessments | blood tests | fingerprint | - | | family:A editor
blood checks | blood tests | fingerprint | - | | family:A editor
blood most cancers | blood cancer | fingerprint | - | | family:A editor
blood ranges | blood levels | fingerprint | - | | family:A editor
blood rely | blood count | fingerprint | - | | family:A editor
blood strain | blood pressure | fingerprint | - | | family:A editor
blood sugar ranges | blood sugar levels | fingerprint | - | | family:A editor
blood take a look at | blood test | fingerprint | - | | family:A editor
bloodstream an infection | bloodstream infection | fingerprint | - | | family:A editor
blue gentle | blue light | fingerprint | - | | family:A editor
bodily | physical | ambiguous | - | !next=fluid,fluids,harm,injury,injuries,functions,function,autonomy,integrity,waste | dev:A editor
bodily assessment letters | Physical Review Letters | fingerprint | - | | family:A editor
bodily energetic | physically active | fingerprint | - | | family:A editor
bodily exercise | physical activity | fingerprint | n | | family:A editor
bodily inactive | physically inactive | fingerprint | - | | family:A editor
bodily issues | physical problems | fingerprint | - |  | mined editor family:A
bodily overview letters | Physical Review Letters | fingerprint | - | | family:A editor
bodily perform | physical function | fingerprint | - | | family:A editor
bodily process | physical activity | ambiguous | - | near=workout,workouts,fitness,health,exercise,gym,club,trackers,sports,attendance | mined editor family:H sites=1
bodily remedy | physical therapy | fingerprint | - | | family:A editor
bodily schooling | physical education | fingerprint | - | | family:A editor
bodily therapist | physical therapist | fingerprint | n | | family:A editor
bodily train | physical exercise | fingerprint | - | | family:A editor
bodily well being | physical health | fingerprint | - | | family:A editor
bodily workout | physical exercise | fingerprint | - | | dev:A
bone most cancers | bone cancer | fingerprint | - | | family:A editor
booster pictures | booster shots | fingerprint | - | | family:A editor
bottom | lowest | ambiguous | - | next=danger,dangers,risk,risks,threat,threats,ranges,levels,charges,rates,quantities,amounts,doses,dose,incomes,earnings,scores,costs,prices,odds,likelihood,chance,incidence,mortality,temperatures | mined editor family:A sites=1
bowel actions | bowel movements | fingerprint | - | | mined editor family:A sites=1
bowel most cancers | bowel cancer | fingerprint | - | | family:A editor
brand new | new | ambiguous | - | | seed dev:A
breast most cancers | breast cancer | fingerprint | - | | family:A editor
brief | short | ambiguous | - | next=for,term,distances,distance,wavelengths,wavelength,sequences,chain,chains,circuit | dev:A
brief time period | short term | fingerprint | - | | family:A editor
brigham and ladies's hospital | Brigham and Women's Hospital | fingerprint | - | | family:A editor
brisk strolling | brisk walking | fingerprint | - | | mined editor family:A sites=2
british biobank | UK Biobank | fingerprint | - |  | mined editor family:A
british coronary heart basis | British Heart Foundation | fingerprint | - | | family:A editor
broad discipline digital camera | Wide Field Camera | fingerprint | - | | mined editor family:A
broad discipline planetary digital camera | Wide Field Planetary Camera | fingerprint | - | | mined editor family:A
broadband web | broadband internet | fingerprint | - | | family:A editor
bronchial asthma | asthma | ambiguous | - | | family:A editor
bronchial asthma assault | asthma attack | fingerprint | n | | family:A editor
bronchial asthma signs | asthma symptoms | fingerprint | - | | family:A editor
brookings establishment | Brookings Institution | fingerprint | - | | family:A editor
brush previous | brush past | fingerprint | - | | mined editor family:A sites=1
brute drive | brute force | fingerprint | - | | dev:A
burial website | burial site | fingerprint | n | | family:A editor
bushes | trees | ambiguous | - | !near=shrub,shrubs,hedge,hedges,hedgerow,hedgerows,rose,roses,berry,berries,blueberry,blueberries,garden,gardens,gardening,gardener,gardeners,bush,tree,trees,bushfire,bushfires,scrub,scrubland | mined editor family:A
buying groceries | shopping | ambiguous | - | | dev:A
by distinction | by contrast | ambiguous | - | | mined editor family:A
by means of | by | ambiguous | - | prev=posed,launched,released,delivered,published,funded,led,conducted,written,caused,developed,issued,signed,backed,supported,sponsored,founded,owned,operated,run,produced,created,made,obtained,reported,described,shared,commissioned,authored | mined editor family:A sites=1
by means of getty images | via Getty Images | fingerprint | - | | mined editor family:A sites=1
by no means | never | ambiguous | - | | family:A editor
by way of | via | ambiguous | - | | dev:A
by way of lactea | via lactea | fingerprint | - |  | mined editor family:A
came upon | found out | ambiguous | - | next=about,that,what,how,why,who,whether,when,where | mined editor family:A sites=1
can not | cannot | ambiguous | - | | dev:A editor
canadian area agency | Canadian Space Agency | fingerprint | - | | editor family:A
canadian area company | Canadian Space Agency | fingerprint | - | | editor family:A
canadian broadcasting company | Canadian Broadcasting Corporation | fingerprint | - | | editor family:A
canadian house agency | Canadian Space Agency | fingerprint | - | | mined editor family:A
canadian house company | Canadian Space Agency | fingerprint | - | | editor family:A
canadian place agency | Canadian Space Agency | fingerprint | - | | editor family:A
canadian place company | Canadian Space Agency | fingerprint | - | | mined editor family:A
canadian room agency | Canadian Space Agency | fingerprint | - | | editor family:A
canadian room company | Canadian Space Agency | fingerprint | - | | editor family:A
candy spot | sweet spot | fingerprint | n | | mined editor family:A sites=1
canine | dog | ambiguous | n | | family:A editor
canine homeowners | dog owners | fingerprint | n | | mined editor family:A
canine house owners | dog owners | fingerprint | - | | family:A editor
canine possession | dog ownership | fingerprint | - | | mined editor family:A
cap and commerce | cap and trade | fingerprint | - | | family:A editor
capable of | able to | ambiguous | - | prev=be,been,being next=see,do,get,make,go,use,take,find,help,give,keep,work,play,travel,return,attend,access,buy,pay,leave,come,reach,afford,stop,prevent,detect,tell,say,provide,walk,watch,identify,predict,treat,continue,move,visit,spot,observe,view,enjoy,meet,hold,run,live,survive,breathe,sleep,eat,drink,speak,talk,read,write,hear,understand,recognise,recognize,explain,control,manage,cope,respond,protect,deliver,offer,test,track,measure,confirm,compete,join,enter,open,start,begin,finish,complete,achieve,apply,receive | mined editor family:A sites=1
capable of elevate | able to lift | fingerprint | - | | mined editor family:A sites=1
carbon courting | carbon dating | fingerprint | - | | family:A editor
carbon dioxide ranges | carbon dioxide levels | fingerprint | - | | family:A editor
carbon seize | carbon capture | fingerprint | - | | family:A editor
cardio | aerobic | ambiguous | - | next=endurance,health or next=and near=resistance | mined editor family:A sites=2
cardio health | aerobic fitness | fingerprint | - | | family:A editor
cardio train | aerobic exercise | fingerprint | - | | family:A editor
cardiorespiratory health | cardiorespiratory fitness | fingerprint | - | | family:A editor
cardiovascular occasions | cardiovascular events | fingerprint | - | | family:A editor
cardiovascular sickness | cardiovascular disease | fingerprint | - | | family:A editor
cardiovascular situations | cardiovascular events | fingerprint | - | | mined editor family:A family:S sites=1
care house | care home | fingerprint | n | | family:A editor
carried out by | conducted by | ambiguous | - | | seed dev:A
carrying a masks | wearing a mask | fingerprint | - | | family:A editor
carrying capability | carrying capacity | fingerprint | - | | mined editor family:A
case stories | case reports | ambiguous | - | | mined editor family:A sites=1
case story | case report | ambiguous | - | | mined editor family:A sites=1
cash | money | ambiguous | - | !prev=petty,hard,digital,cold,prize,e-,spare,in,for,via,by !next=flow,flows,payments,payment,transfers,transfer,crop,crops,cow,cows,register,registers,machine,machines,bail,prize,prizes,reserves,back,advance,advances,only,withdrawals,economy,incentive,incentives,benefits,benefit,assistance,handouts,handout,grants,grant,rewards,reward,cards,card,value,worth,settlement,offer,position,pile,piles,balance,balances,deposits,deposit | family:A editor
cat proprietor | cat owner | fingerprint | n | | mined editor family:A
category motion | class action | fingerprint | - | | family:A editor
causes most cancers | causes cancer | fingerprint | - | | family:A editor
causes to rejoice | reasons to celebrate | fingerprint | - |  | mined editor family:A
cautious to not | careful not to | fingerprint | - | | mined editor family:A
CBS Information | CBS News | fingerprint | cs | | family:A editor
cease | stop | ambiguous | v | | family:A editor
ceaselessly | frequently | fingerprint | - | | seed dev:A
celebrity formation | star formation | fingerprint | - |  | mined editor family:A family:D
cell gadgets | mobile devices | fingerprint | - | | family:A editor
cell harm | cell damage | fingerprint | - | | family:A editor
cell stories | Cell Reports | fingerprint | - | | family:A editor
cell telephones | cell phones | fingerprint | - |  | editor family:A
center fee | heart rate | ambiguous | n | prev=the,your,their,his,her,our,my,resting,maximum,max,target,elevated,high,higher,low,lower,average,normal,fast,faster,slow,slower | mined editor family:A sites=1
centered | focused | ambiguous | - | next=on,round !prev=earth,storm,storms,hurricane,cyclone,quake,earthquake,epicenter,blackout,outage,outbreak,cluster,region,area,zone | dev:A
certainly one of | one of | ambiguous | - | | seed dev:A editor
certainly one of a number of | one of several | fingerprint | - | | seed dev:A
cervical most cancers | cervical cancer | fingerprint | - | | family:A editor
challenges dealing with | challenges facing | ambiguous | - | | mined editor family:A
change into | become | ambiguous | - | | family:A family:N editor mined
changing into | becoming | ambiguous | - | !next=clothes,clothing,pajamas,pyjamas,uniform,uniforms,costume,costumes,gear,outfit,outfits | mined editor family:A
character and social psychology | Personality and Social Psychology | fingerprint | - | | family:A editor
character dysfunction | personality disorder | fingerprint | - | | family:A editor
check | test | ambiguous | - | prev=anti-satellite,satellite,asat,missile,weapons,nuclear,hypersonic | mined editor family:A sites=1
check constructive | test positive | fingerprint | v | | mined editor family:A
check optimistic | test positive | fingerprint | v | | mined editor family:A sites=1
chemical publicity | chemical exposure | fingerprint | - | | family:A editor
chemical substances | chemicals | ambiguous | - | | mined editor family:A sites=1
chest an infection | chest infection | fingerprint | - | | family:A editor
chief govt | chief executive | fingerprint | n | | family:A editor
child formulation | baby formula | fingerprint | - | | family:A editor
childhood most cancers | childhood cancer | fingerprint | - | | family:A editor
chilly | cold | ambiguous | - | | family:A editor
chilly fuel | cold gas | fingerprint | - | | mined editor family:A
chilly gasoline | cold gas | fingerprint | - | | editor family:A
chinese language academy of medical sciences | Chinese Academy of Medical Sciences | fingerprint | - | | family:A editor
chinese language academy of sciences | Chinese Academy of Sciences | fingerprint | - | | family:A editor
chinese language academy of social sciences | Chinese Academy of Social Sciences | fingerprint | - | | family:A editor
cholera instances | cholera cases | fingerprint | - | | family:A editor
chook | bird | ambiguous | n | | mined editor family:A
chook flu | bird flu | fingerprint | - | | mined editor family:A
chook species | bird species | fingerprint | - | | mined editor family:A
chook's | bird's | ambiguous | - | | mined editor family:A
choose | judge | ambiguous | - | prev=a,the,federal,district,circuit,high,excessive,supreme,chief,appeals,presiding,trial,state,county,superior,magistrate,immigration,bankruptcy,u.s,us,administrative,former,retired,another,one,senior,judge,tax,employment,youth,sheriff,competition,contest,panel,independent,impartial,good,best,finest,better,higher,poor,worse,fair,truthful,honest,conservative,liberal,lower,decrease,that,this,each,every,whose,spanish,italian,french,german,british,indian,chinese,brazilian !next=to,from,between,which,what,whether,how,whom,who,wisely,carefully,not,whichever,one,among,amongst,their,his,her,its,our,your,a,an | family:A editor
chronic ache | chronic pain | fingerprint | - | | family:A seed
chubby | overweight | ambiguous | - | | family:A editor
chubby or overweight | overweight or obese | fingerprint | - | | mined editor family:A
circumstances | conditions | ambiguous | - | prev=pain,ache,health,being,medical,chronic,persistent,continual,skin,underlying,pre-existing,existing,mental,psychological,rare,serious,critical,psychiatric,autoimmune,inflammatory,genetic,neurological,cardiovascular,respiratory,comorbid,various,numerous,dwelling,residing,working,weather,climate,environmental,sleep,heart,kidney,liver,lung,metabolic,these or next=akin,corresponding,like,such,reminiscent,equivalent,together,including | seed dev:A
circumstances akin to | conditions such as | fingerprint | - | | seed dev:A
clarify | explain | ambiguous | v | | dev:A
clarify the thriller | explain the mystery | fingerprint | - |  | mined editor family:A
class motion lawsuit | class action lawsuit | fingerprint | - | | family:A editor
class motion swimsuit | class action suit | fingerprint | - | | family:A editor
class-action swimsuit | class-action suit | fingerprint | - | | family:A editor
classes discovered | lessons learned | fingerprint | - | | family:A editor
cleaning soap and water | soap and water | fingerprint | - | | family:A editor
cleansing brokers | cleaning agents | fingerprint | - | | family:A editor
click on on | click on | fingerprint | - | | mined editor family:A sites=1
clients | customers | ambiguous | - | !prev=law,legal,firm's,lawyer,lawyers,attorney,agency's,bank's | family:A editor
climate sample | weather pattern | fingerprint | n |  | mined editor family:A
clinical must haves | medical necessities | fingerprint | - | | dev:A
close by | nearby | ambiguous | - | next=galaxy,galaxies,star,stars,planet,planets,exoplanet,exoplanets,disk,disc,universe,cluster,clusters,object,objects,nebula,nebulae,dwarf,spiral,elliptical,region,regions,areas,area,cities,city,towns,town,village,villages,hospital,hospitals,residents,homes,houses,buildings | mined editor family:A sites=2
close to | near | ambiguous | - | next=face-on,edge-on,moon's,earth's | mined editor family:A sites=2
close to-death | near-death | fingerprint | - | | family:A editor
close to-earth | near-Earth | fingerprint | - | | family:A editor
close to-infrared | near-infrared | fingerprint | - | | family:A editor
close to-infrared digicam | Near-Infrared Camera | fingerprint | n | | mined editor family:A sites=1
close to-term | near-term | fingerprint | - | | family:A editor
close-by | nearby | ambiguous | - | | family:A editor
closest dwelling family | closest living relatives | fingerprint | - | | editor family:A sites=1
clothes | clothing | ambiguous | - | | dev:A
cloud cowl | cloud cover | fingerprint | - | | family:A editor
cluster complications | cluster headaches | fingerprint | - | | family:A editor
co-lead creator | co-lead author | fingerprint | n | | family:A editor
co-senior creator | co-senior author | fingerprint | - | | seed dev:A
co-writer | co-author | ambiguous | n | | family:A editor
coaching | training | ambiguous | - | !prev=football,soccer,basketball,baseball,hockey,tennis,golf,rugby,cricket,athletic,sports,life,executive,health,well,peer,team,crew,staff,his,her,their,my,your,personal,individual,career,profession,business,enterprise,leadership,management,parenting,nutrition,vitamin,diet,wellness,online,on-line,virtual,remote,distant,one-on-one,one-to-one,head,assistant,new,former,interim,professional,skilled,vocal,voice,dating,relationship,performance,efficiency,academic,fitness,running,working,cycling,swimming,strength,sturdy,conditioning,cognitive,behavioral,behavioural,motivational,sleep,stress,emotion,emotional,email,phone,cellphone,video,text,sms,app,ai,smartphone,digital,telephone !next=staff,crew,career,profession,job,jobs,position,positions,role,team,carousel,search,searches,hire,hires,change,changes,modifications,session,sessions,tree,trees,style,styles,philosophy,approach,strategy,decisions,decision,call,calls,intervention,interventions,program,programs,programme,programmes | family:A editor family:H
cochrane assessment | Cochrane review | fingerprint | - | | family:A editor
cognitive behavioral remedy | cognitive behavioral therapy | fingerprint | - | | family:A editor
cognitive behavioural remedy | cognitive behavioural therapy | fingerprint | - | | family:A editor
cognitive duties | cognitive tasks | fingerprint | - | | editor family:A sites=1
cognitive perform | cognitive function | fingerprint | - | | family:A editor
cohort examine | cohort study | fingerprint | - | | family:A editor
collectively | together | ambiguous | - | prev=work,works,worked,working,come,comes,came,coming,get,gets,got,getting,put,puts,putting,band,banded,banding,pull,pulls,pulled,pulling,live,lives,lived,living,stick,sticks,stuck,sticking !next=known,referred,called,termed,owned,responsible,accountable,liable,bargain,bargaining,as or near=convey,conveys,conveyed,conveying !next=known,referred,called,termed,owned,responsible,accountable,liable,bargain,bargaining,as | mined editor family:A sites=1
college | university | ambiguous | n | next=of,researchers,scientists,professor,hospital,hospitals !prev=imperial,king's,boston,dartmouth,trinity,community,medical,baylor,royal,eton,junior,liberal,university,state,city,in,to,at,for,from,attend,attended,attending,high | seed dev:A editor
college college students | university students | fingerprint | - | | family:A editor
college of arizona | University of Arizona | fingerprint | - |  | editor family:A
college of birmingham | University of Birmingham | fingerprint | - |  | editor family:A
college of bristol | University of Bristol | fingerprint | - |  | editor family:A
college of british columbia | University of British Columbia | fingerprint | - |  | editor family:A
college of california | University of California | fingerprint | - |  | editor family:A
college of cambridge | University of Cambridge | fingerprint | - |  | editor family:A
college of colorado | University of Colorado | fingerprint | - |  | mined editor family:A
college of copenhagen | University of Copenhagen | fingerprint | - |  | editor family:A
college of drugs | College of Medicine | fingerprint | - | | family:A editor
college of edinburgh | University of Edinburgh | fingerprint | - |  | editor family:A
college of exeter | University of Exeter | fingerprint | - |  | editor family:A
college of florida | University of Florida | fingerprint | - |  | editor family:A
college of geneva | University of Geneva | fingerprint | - |  | mined editor family:A
college of glasgow | University of Glasgow | fingerprint | - |  | editor family:A
college of illinois | University of Illinois | fingerprint | - |  | editor family:A
college of know-how | University of Technology | fingerprint | - | | mined editor family:A sites=1
college of leeds | University of Leeds | fingerprint | - |  | editor family:A
college of manchester | University of Manchester | fingerprint | - |  | editor family:A
college of medication | College of Medicine | fingerprint | - | | family:A editor
college of melbourne | University of Melbourne | fingerprint | - |  | editor family:A
college of michigan | University of Michigan | fingerprint | - |  | mined editor family:A
college of minnesota | University of Minnesota | fingerprint | - |  | editor family:A
college of oxford | University of Oxford | fingerprint | - |  | editor family:A
college of pennsylvania | University of Pennsylvania | fingerprint | - |  | editor family:A
college of pittsburgh | University of Pittsburgh | fingerprint | - |  | editor family:A
college of queensland | University of Queensland | fingerprint | - |  | editor family:A
college of southampton | University of Southampton | fingerprint | - |  | editor family:A
college of sydney | University of Sydney | fingerprint | - |  | editor family:A
college of texas | University of Texas | fingerprint | - |  | editor family:A
college of tokyo | University of Tokyo | fingerprint | - |  | editor family:A
college of toronto | University of Toronto | fingerprint | - |  | editor family:A
college of utah | University of Utah | fingerprint | - |  | editor family:A
college of warwick | University of Warwick | fingerprint | - |  | editor family:A
college of washington | University of Washington | fingerprint | - |  | editor family:A
college of wisconsin | University of Wisconsin | fingerprint | - |  | editor family:A
college school london | University College London | fingerprint | - | | family:A editor
college's | university's | ambiguous | - | prev=the !prev=imperial,king's,boston,dartmouth,trinity,community,medical,baylor,royal,eton,junior,liberal,state,city | mined editor family:A
colon most cancers | colon cancer | fingerprint | - | | family:A editor
colorectal most cancers | colorectal cancer | fingerprint | - | | family:A editor
combined actuality | mixed reality | fingerprint | - | | family:A editor
combos | combinations | ambiguous | - | | dev:A
comfortable drinks | soft drinks | fingerprint | - | | family:A editor
comfortable touchdown | soft landing | fingerprint | n | | family:A editor
coming a long time | coming decades | fingerprint | - | | family:A editor
commerce warfare | trade war | fingerprint | n | | family:A editor
common | average | ambiguous | - | prev=an,above,below,beneath,than or next=age,temperature,temperatures,annual,daily,cost,costs,price,prices,income,incomes,salary,salaries,wage,wages,household,american,adult,grownup,score,scores,rate,rates,fee,charge,size,dimension,measurement,weight,height,lifespan,length,duration,amount,increase,improve,decrease,reduction,discount,speed,velocity,distance,yield,yields,bmi,follow-up,observe-up,life,expectancy,number,quantity,level,levels,ranges,value,worth,values,loss,gain,achieve,change,waiting,ready,wait,person,individual,particular,of | family:A editor
common cups | regular cups | fingerprint | - |  | mined editor family:A
common train | regular exercise | fingerprint | - | | family:A editor
commonest | most common | ambiguous | - | | family:A editor
commonplace assessments | standard tests | fingerprint | - | | mined editor family:A sites=1
commonplace deviation | standard deviation | fingerprint | n | | family:A editor
commonplace mannequin | Standard Model | fingerprint | - | | family:A editor
commonplace of care | standard of care | fingerprint | - | | family:A editor
commonwealth video games | Commonwealth Games | fingerprint | - | | family:A editor
companions | partners | ambiguous | - | prev=different,other,our,key,strategic,trade,commerce,business,enterprise,industry,international,worldwide,global,coalition,regional,native,neighborhood,community,analysis,research,implementation | mined editor family:A sites=1
company for healthcare analysis and high quality | Agency for Healthcare Research and Quality | fingerprint | - | | family:A editor
company officers | agency officials | ambiguous | - | near=nasa,esa,roscosmos,jaxa,space,station,satellite,spacecraft,astronauts,orbit,debris,particles,fragment | mined editor family:A sites=1
comparable | similar | ambiguous | - | | family:A editor
comparatively superior | relatively advanced | fingerprint | - | | mined editor family:A sites=1
competing pursuits | competing interests | fingerprint | - | | mined editor family:A
complete grains | whole grains | fingerprint | - | | mined editor family:A sites=1
complete photo voltaic eclipse | total solar eclipse | fingerprint | n | | mined editor family:A
complete-shade | full-color | fingerprint | - | | mined editor family:A
completely different | different | ambiguous | - | | mined editor family:A
completely happy | happy | fingerprint | - | | family:A editor
comply with | follow | ambiguous | - | | mined editor family:A sites=1
comprise the unfold | contain the spread | fingerprint | - | | mined editor family:A sites=1
computer systems | computers | fingerprint | - | | dev:A editor
concern of the journal | issue of the journal | fingerprint | - | | mined editor family:A sites=1
concerned in ache | involved in pain | fingerprint | - | | seed dev:A
condition college | State University | fingerprint | - | prev=ohio,michigan,arizona,penn,pennsylvania,florida,oregon,washington,colorado,iowa,kansas,oklahoma,louisiana,georgia,mississippi,carolina,dakota,montana,utah,mexico,boise,diego,jose,francisco,portland,wayne,kent,ball,missouri,wichita,arkansas,texas,appalachian,illinois,indiana,idaho,nevada,tennessee,kentucky,alabama,virginia,york,jersey,california,fresno,sacramento,cleveland,youngstown,wright,morgan,norfolk,jackson,delaware,murray,minnesota,wisconsin,maine,connecticut | mined editor family:A sites=1
condition university | State University | fingerprint | - | prev=ohio,michigan,arizona,penn,pennsylvania,florida,oregon,washington,colorado,iowa,kansas,oklahoma,louisiana,georgia,mississippi,carolina,dakota,montana,utah,mexico,boise,diego,jose,francisco,portland,wayne,kent,ball,missouri,wichita,arkansas,texas,appalachian,illinois,indiana,idaho,nevada,tennessee,kentucky,alabama,virginia,york,jersey,california,fresno,sacramento,cleveland,youngstown,wright,morgan,norfolk,jackson,delaware,murray,minnesota,wisconsin,maine,connecticut | editor family:A
confirmed instances | confirmed cases | fingerprint | - | | family:A editor
consciousness marketing campaign | awareness campaign | fingerprint | n | | family:A editor
consequence | result | ambiguous | n | !prev=a,the,unintended,direct,natural,logical,inevitable | dev:A
considerably | significantly | ambiguous | - | | dev:A editor
consideration | attention | ambiguous | - | prev=pay,paid,paying,pays,medical,media,public,worldwide,international,national,nationwide,immediate,urgent,instant,special,particular,explicit,focused,centered,undivided,widespread,considerable,significant,renewed,unwanted,unwelcome,focus,grab,grabbed,grabs,attract,attracted,attracts,attracting,draw,drew,drawn,draws,drawing,caught,catch,catches,capture,captured,captures,get,gets,got,getting,deserve,deserves,deserved,require,requires,required,need,needs,needed,span,spans,more,extra,less,little,much,lot,increased,elevated,close,shut,greater,larger,better,higher,selective,visual,sustained,divided,joint,parental,clinical,scientific | family:A editor
consideration deficit | attention deficit | fingerprint | - | | family:A editor
consideration span | attention span | fingerprint | n | | family:A editor
considerations | concerns | ambiguous | - | | family:A dev:H editor
considered one of | one of | ambiguous | - | !prev=is,are,was,were,be,been,being,widely,generally,often,also,additionally,now,long,still,nonetheless,already,commonly,usually,typically,normally,sometimes,mostly,largely,broadly,universally,rightly,wrongly,internationally,globally,historically,traditionally,arguably,frequently,ceaselessly,incessantly,even,currently,presently,previously,beforehand,formerly | family:A editor
considering talents | thinking abilities | fingerprint | - | | mined editor family:A sites=1
constant torment | chronic pain | fingerprint | - | | family:I editor
consultants | experts | ambiguous | - | !prev=management,medical,senior,hospital,nhs,financial,it,independent,engineering,paid,outside | dev:A editor
consuming dysfunction | eating disorder | fingerprint | n | | family:A editor
consuming issues | eating disorders | fingerprint | - | | family:A editor
consuming water | drinking water | fingerprint | - | | family:A editor
contained in the | inside the | ambiguous | - | prev=died,lived,live,lives,living,stayed,stay,staying,worked,work,working,trapped,stuck,deep,right,just,even,only,also,hidden,hiding,waiting,sitting,standing,sleeping,remain,remained,remaining | mined editor family:A
contemporary | fresh | ambiguous | - | next=fruit,fruits,greens,vegetables,vegatables,veggies,produce,water,air,fish,seafood,herbs,food,foods,meals,meat,milk,juice,eggs,salad,salads,bread,ingredients,snow,snowfall,berries,tomatoes,vegetable,leaves,flowers | mined editor family:A sites=1
content material | content | fingerprint | - | | seed dev:A
continual | chronic | ambiguous | - | | family:A editor
continual ache | chronic pain | fingerprint | - | | family:A editor
continual fatigue syndrome | chronic fatigue syndrome | fingerprint | - | | family:A editor
continual illness | chronic disease | fingerprint | n |  | mined editor family:A
continual liver illness | chronic liver disease | fingerprint | n |  | mined editor family:A
contributors | participants | ambiguous | - | near=examine,study,trial,research,analysis,survey,ballot,poll,experiment | editor
converse | speak | ambiguous | - | !prev=the,vice | family:A editor
convey | bring | ambiguous | v | next=together,collectively,about,down,up,back,again,home,dwelling,residence,relief,aid,forward,ahead | family:A editor
copy quantity | reproduction number | fingerprint | - | near=r,virus,coronavirus,covid,covid-19,infection,infections,infected,epidemic,pandemic,transmission,spread,unfold,sage,outbreak | editor family:A family:?
copy rate | reproduction rate | fingerprint | - | near=r,virus,coronavirus,covid,covid-19,infection,infections,infected,epidemic,pandemic,transmission,spread,unfold,sage,outbreak | mined editor family:A family:? sites=1
coronal gap | coronal hole | fingerprint | n | | mined editor family:A sites=2
coronary artery illness | coronary artery disease | fingerprint | - | | family:A editor
coronary coronary heart illness | coronary heart disease | fingerprint | - | | family:A editor
coronary heart | heart | ambiguous | - | !next=disease,diseases | editor
coronary heart ailment | heart disease | fingerprint | n | | mined editor family:A family:S
coronary heart and blood vessels | heart and blood vessels | fingerprint | - | | family:A editor
coronary heart assault | heart attack | fingerprint | n | | family:A editor
coronary heart cells | heart cells | fingerprint | - | | family:A editor
coronary heart charge | heart rate | fingerprint | n | | family:A editor
coronary heart circumstances | heart conditions | fingerprint | - | | family:A editor
coronary heart defect | heart defect | fingerprint | n | | family:A editor
coronary heart disorder | heart disease | fingerprint | n | | mined editor family:A family:S sites=1
coronary heart failure | heart failure | fingerprint | - | | family:A editor
coronary heart fee | heart rate | fingerprint | n | | family:A editor
coronary heart harm | heart damage | fingerprint | - | | family:A editor
coronary heart illness | heart disease | fingerprint | n | | family:A editor
coronary heart issues | heart problems | fingerprint | - | | family:A editor
coronary heart muscle | heart muscle | fingerprint | - | | family:A editor
coronary heart perform | heart function | fingerprint | - | | family:A editor
coronary heart rhythm | heart rhythm | fingerprint | n | | family:A editor
coronary heart sickness | heart disease | fingerprint | n | | mined editor family:A family:S sites=1
coronary heart situation | heart condition | fingerprint | n | | family:A editor
coronary heart specialist | heart specialist | fingerprint | n | | family:A editor
coronary heart sufferers | heart patients | fingerprint | - | | family:A editor
coronary heart surgical procedure | heart surgery | fingerprint | - | | family:A editor
coronary heart tissue | heart tissue | fingerprint | - | | family:A editor
coronary heart transplant | heart transplant | fingerprint | n | | family:A editor
coronary heart valve | heart valve | fingerprint | n | | family:A editor
coronary heart well being | heart health | fingerprint | - | | family:A editor
coronary heart, lung, and blood institute | Heart, Lung, and Blood Institute | fingerprint | - | | family:A editor
coronavirus an infection | coronavirus infection | fingerprint | - | | family:A editor
coronavirus instances | coronavirus cases | fingerprint | - | | family:A editor
corporate | company | ambiguous | - | prev=the,a,an,this,that,which,whose,each,every,one,another,any,parent !next=culture,cultures,world,sector,sectors,interests,interest,lobbying,lobbyists,lobby,tax,taxes,profits,earnings,greed,governance,social,responsibility,sponsors,sponsorship,funding,funders,partners,partnerships,clients,customers,leaders,executives,boards,board,bonds,debt,law,lawyers,espionage,fraud,crime,power,headquarters,office,offices,jet,ladder,identity,brand,brands,strategy,wellness,events,training,coaching,finance,finances,structure,owners,ownership,landlords,giants,giant,takeover,takeovers,mergers,entities,entity,accountability,transparency,policy,policies,insurance,donors,donations,money,cash,america,image,reputation,ethics,values,management,managers,employees,staff,workers,workforce,employers,plans,accounts,communications,welfare,control,influence,rules,codes,code,bodies,body,physique,capture,media,speak,jargon,research,science,scientists,labs,lab,agriculture,farming,farms,actors,players,and,or,level,world's,america's,security,safety,clients,donors,interests | family:A editor
corresponding creator | corresponding author | fingerprint | n | | family:A editor
corresponding to | such as | ambiguous | - | !prev=is,are,was,were,be,being,directly,roughly,exactly,values,those,that,one,genes,regions | dev:A editor
corresponding writer | corresponding author | fingerprint | n | | family:A editor
cortisol ranges | cortisol levels | fingerprint | - | | family:A editor
cosmic dirt | cosmic dust | fingerprint | - | | editor family:A
cosmic mud | cosmic dust | fingerprint | - | | mined editor family:A
cosmological fixed | cosmological constant | fingerprint | - | | family:A editor
cost time | charge time | ambiguous | n | near=battery,batteries,charging,charger,chargers,ev,evs,lithium-ion,lithium,electrical,automobile,automobiles | mined editor family:A sites=1
could also be | may be | ambiguous | - | | dev:A editor family:O
could possibly be | could be | ambiguous | - | | mined editor family:A
counsel | suggest | ambiguous | v | prev=findings,outcomes,results,research,studies,knowledge,data,evidence,proof,authors,researchers,scientists,they,which,these,this,that,may,might,could,to,would | dev:A editor
court docket | court | ambiguous | n | !next=number,numbers,entry,entries,sheet,sheets,filing,filings,records,report,reports,stories,shows,confirmed,lists,listed,search,searches | family:A editor
courting app | dating app | fingerprint | n | | family:A editor
coverage | policy | ambiguous | n | prev=public,government,new,climate,energy,drug,immigration,foreign,economic,monetary,fiscal,zero-covid,covid,lockdown,social,national,nationwide,federal,official,this,that,its,their or next=makers,maker,changes,change,decisions,decision,options,proposals,recommendations,response,responses,framework,frameworks,documents,paper,briefs | dev:A editor
coverings accessible | treatments available | fingerprint | - |  | mined editor family:A
covid instances | COVID cases | fingerprint | - | | family:A editor
covid take a look at | COVID test | fingerprint | - | | family:A editor
covid-19 an infection | COVID-19 infection | fingerprint | - | | family:A editor
cowl | cover | ambiguous | - | !prev=a,the,his,her,its,their,engine,hooded | mined editor family:A sites=1
cranium | skull | ambiguous | n | | mined editor family:A
crash touchdown | crash landing | fingerprint | n | | family:A editor
creator | author | ambiguous | n | prev=first,lead,senior,co-senior,corresponding,study,the,an,review,paper's or next=of | seed dev:A
creator on the | creator at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
credit score: | Credit: | fingerprint | - | line-start or next=nasa,esa,eso,jpl,noaa,nsf,noirlab,getty,shutterstock,istock,reuters,ap,afp,courtesy,wikimedia,unsplash,pexels,pixabay,alamy,dreamstime,depositphotos | seed dev:A
Cretaceous Interval | Cretaceous Period | fingerprint | cs | | mined editor family:A sites=1
cretaceous interval | Cretaceous period | fingerprint | - | | mined editor family:A family:? sites=2
crew | team | ambiguous | n | prev=analysis,research,the,a,our,their,his,her,medical,scientific,international,worldwide,multidisciplinary,interdisciplinary,whose or near=researchers,scientists,led,university,college,professor,examine,study,analysis | dev:K editor
crew | team | ambiguous | n | prev=analysis,research,international,worldwide,multidisciplinary,interdisciplinary,scientific,study,examine,project,undertaking,university,college,collaborative,joint,expert,specialist,clinical or prev=the,our,their,his,her,a next=found,discovered,analyzed,analysed,used,utilized,developed,created,designed,studied,examined,looked,regarded,measured,identified,recognized,tested,compared,showed,confirmed,reported,published,printed,revealed,conducted,performed,plans,hopes,now,also,additionally,next,led,-led,leader,chief,of,behind,suggests,counsel,believes,thinks,says,said,stated,mentioned,famous,noted,wrote,writes,proposed,predicted,estimated,calculated,concluded | family:A editor
critical or crucial situation | serious or critical condition | fingerprint | - | | mined editor family:A
critically ailing | critically ill | fingerprint | - | | dev:A
crohn's illness | Crohn's disease | fingerprint | - | | family:A editor
cross-sectional examine | cross-sectional study | fingerprint | - | | family:A editor
crucial | critical | ambiguous | - | next=care,condition,situation,issue,thinking,pondering,infrastructure,mass,point,period,interval,time,minerals,race,theory,habitats,review,assessment,evaluation,acclaim,temperature,threshold,illness,sickness,shortage,shortages,patients,sufferers,windows,window,junctures,juncture,phase,stage,levels,ranges,reception,analysis,idea,success,limb,ischemia,access,entry,components,elements,supplies,provides | family:A editor
curiosity | interest | ambiguous | - | | family:A editor
curiosity charge | interest rate | fingerprint | - | | family:A editor
curiosity charges | interest rates | fingerprint | - | | family:A editor
curiously, | interestingly, | ambiguous | - | | mined editor family:A
current a long time | recent decades | fingerprint | - | | family:A editor
current their findings | present their findings | fingerprint | - | | mined editor family:A
current these findings | present these findings | fingerprint | - | | mined editor family:A
customers | users | ambiguous | - | prev=social,media,app,internet,web,online,on-line,facebook,twitter,instagram,tiktok,youtube,reddit,snapchat,whatsapp,smartphone,phone,cellphone,iphone,android,drug,cannabis,hashish,marijuana,wheelchair,e-cigarette,vape,heroin,opioid,substance,chatgpt,platform,site,website,computer,pc,device,gadget,mobile,software,program,meta's,google's,apple's,whose,tobacco,alcohol,cocaine,methamphetamine,meth,ketamine,psychedelic,injection,needle,e-cigarettes,vaping,service,end,chatbot,ai,x,linkedin,tinder,dating,forum,game,gaming,headset,vr,wearable,watch,fitness,tracker,trackers,transit,bus,road,highway,space,house,health,well,being,broadband,user,power,heavy,frequent,daily,regular,current,former,new,brand,first-time,recreational,occasional,chronic | family:A editor
cut back | reduce | ambiguous | v | | seed dev:A
cut back the chance of | reduce the risk of | fingerprint | - |  | mined editor family:A
cyber assaults | cyber attacks | fingerprint | - | | family:A editor
dad and mom | parents | fingerprint | - | | family:A editor
dairy merchandise | dairy products | fingerprint | - | | family:A editor
dam the unfold | block the spread | fingerprint | - | | mined editor family:A
danger | risk | ambiguous | n | | seed dev:A
danger administration | risk management | fingerprint | - | | family:A editor
danger elements | risk factors | fingerprint | - | | family:A editor
danger issue | risk factor | fingerprint | n | | family:A editor
danger of loss of life | risk of death | fingerprint | - | | family:A editor
dangerous | bad | ambiguous | - | next=sleep,night,news,information,luck,thing,idea,cholesterol,mood,temper,day,days,year | dev:A
darkish | dark | ambiguous | - | | dev:A editor
darkish matter | dark matter | fingerprint | - | | dev:A editor
darkish power | dark energy | fingerprint | - | | family:A editor
darkish vitality | dark energy | fingerprint | - |  | editor family:A
date again | date back | ambiguous | v | near=million,millions,thousand,thousands,centuries,century,bc,bce,fossil,fossils,fossilised,fossilized,ancient,prehistoric,era,period,dynasty,cretaceous,jurassic,triassic,pterosaur,pterosaurs,dinosaur,dinosaurs !prev=to,the,a,that,this,same,new,release,started,start,starting,began,begin,begins,stopped,wedding,first,second,another | mined editor family:A sites=1
day by day | daily | ambiguous | - | next=steps,step,life,lives,activity,activities,basis,dose,doses,routine,routines,intake,exercise,train,walk,walks,workouts,exercises,tasks,use,consumption,calories,habits | mined editor family:A sites=1
day by day instances | daily cases | fingerprint | - | | family:A editor
days on finish | days on end | fingerprint | - | | editor family:A
deal with persistent | treat chronic | fingerprint | - | | seed dev:A
decide | determine | ambiguous | v | | family:A editor
decrease | lower | ambiguous | - | next=danger,dangers,risk,risks,ranges,levels,charges,rates,doses,dose,temperatures,earnings,incomes,costs,prices,chance,likelihood,odds,incidence,mortality,blood,physique,body,probability,again,back,than or prev=slightly,barely,much,far,significantly,considerably,substantially,somewhat,markedly,even,than,was,were,is,are,been,be,statistically | dev:A dev:H editor
decrease again ache | lower back pain | fingerprint | - | | family:A editor
decrease danger | lower risk | fingerprint | - | | family:A editor
decrease danger of dying | lower risk of death | fingerprint | - |  | mined editor family:A
decrease price of | lower rate of | fingerprint | - | prev=a,the | mined editor family:A sites=2
decrease threat | lower risk | fingerprint | - | | family:A editor
dedicated | committed | ambiguous | - | | dev:A
deep discipline | Deep Field | ambiguous | - | near=hubble,hubble's,galaxies,telescope,webb,universe,astronomers | editor family:A
deep studying | deep learning | fingerprint | - | | family:A editor
defend | protect | ambiguous | v | next=against,towards,from,themselves,yourself,yourselves,ourselves,people,individuals,folks,patients,sufferers,children,youngsters,kids,cells,vulnerable,health,well,privacy,privateness,wildlife,ecosystems,crops,oneself,us,them,you,him,teeth,enamel,skin,pores,brain,mind,heart,coronary,lungs,kidneys,liver,bones,muscles,forests,biodiversity,habitats,species,animals,workers,employees,staff,residents,communities,neighborhoods,consumers,shoppers,customers,users,public,babies,infants,newborns,older,elderly,aged | family:A editor
defined | explained | ambiguous | - | prev=he,she,they,we,i,who,which,professor,researcher,researchers,scientist,scientists,author,authors,creator,team,crew,scientist,director,expert,experts,specialist,spokesperson,spokeswoman,spokesman,doctor,physician,leader,chief,head or next=that,how,why,what,to,in !prev=be,been,being,is,are,was,were | dev:A editor
deliberate | planned | ambiguous | - | prev=originally,initially,previously,beforehand,as,than,been,was,were,whose,had,is,are,already | dev:A
delicate | mild | ambiguous | - | next=symptoms,signs,cognitive,depression,melancholy,anxiety,nervousness,covid,covid-19,illness,disease,infection,case,cases,circumstances,instances,side,unwanted,form,forms,to,or,hypertension,impairment,traumatic,reactions,reaction,fever,pain,ache | dev:A editor
delicate an infection | mild infection | fingerprint | - | | family:A editor
delicate cognitive impairment | mild cognitive impairment | fingerprint | - | | family:A editor
delta sort | Delta variant | fingerprint | - |  | editor family:A
dementia danger | dementia risk | fingerprint | - | | family:A editor
dementia instances | dementia cases | fingerprint | - | | family:A editor
dengue instances | dengue cases | fingerprint | - | | family:A editor
depart | leave | ambiguous | - | | dev:A
dependable | reliable | ambiguous | - | | family:A editor
dependancy | addiction | fingerprint | n | | family:A editor
depressive signs | depressive symptoms | fingerprint | - | | seed dev:A
described because | described as | ambiguous | - | next=the,a,an | mined editor family:A sites=2
deserted | abandoned | ambiguous | - | | dev:A family:H
despair | depression | ambiguous | - |  | family:A editor family:H mined
despair charges | depression rates | fingerprint | - | | family:A editor
despair danger | depression risk | fingerprint | - | | family:A editor
despair signs | depression symptoms | fingerprint | - | | family:A editor
despatched | sent | ambiguous | - | | mined editor family:A family:H
despatched the e-mail | sent the email | fingerprint | - | | family:A editor
destructive | negative | ambiguous | - | next=effect,effects,impact,impacts,influence,association,affiliation,associations,correlation,relationship,results,outcomes,consequences,emotions,feelings,test,tests,check,checks,result,thoughts,ideas,mood,temper,health,well,experiences,experience,expertise,side,facet,charge,charges,way,manner,attitudes,attitude,feedback,suggestions,stereotypes,bias,perception,perceptions,trend,development,growth,progress,energy,reactions,reaction,responses,response,self-talk,self-image,emotion,affect,control,management,selection,predictive,link,hyperlink,numbers,number,quantity,values,value,integers,rates,impression,views,view,comments,press,publicity,coverage,protection,reviews,opinions,evaluations,findings,externalities,spillover,spillovers,body,physique | family:A editor
detailed-up | close-up | fingerprint | n | | mined editor family:A sites=1
determined to determine | decided to figure out | fingerprint | - | | mined editor family:A sites=1
detrimental affect | negative impact | fingerprint | n | | mined editor family:A
develop into | become | ambiguous | - | | family:A editor
diabetes administration | diabetes management | fingerprint | - | | family:A editor
dialog | conversation | ambiguous | n | !next=box,boxes,window | dev:A
dialogue | discussion | ambiguous | - | | family:A editor
did not must | did not have to | fingerprint | - | | mined editor family:A
didn't must | didn't have to | fingerprint | - | | mined editor family:A sites=1
diet and train | diet and exercise | fingerprint | - |  | mined editor family:A
dietary complement | dietary supplement | fingerprint | - | | family:A editor
dietary dietary supplements | dietary supplements | fingerprint | - | | family:A editor
Dietary Pointers for Individuals | Dietary Guidelines for Americans | fingerprint | cs | | editor family:A
dietary supplements | supplements | ambiguous | - | | family:A editor
Dietary Tips for Individuals | Dietary Guidelines for Americans | fingerprint | cs | | mined editor family:A sites=1
different | other | ambiguous | - | !prev=a,an,totally,completely,very,quite,so,too,how,entirely,slightly,somewhat,two,three,four,five,several,significantly,statistically,markedly,substantially,fundamentally,radically,vastly,dramatically,strikingly,no,not,is,are,was,were,be,been,being,look,looks,looked,seem,seems,seemed,feel,feels,felt,something,anything,nothing,very,many,so,these,those,each,every,all,quite,rather,subtly,clearly,genetically,distinctly,little,much,bit,slightly,things,thing,sound,sounds,appear,appears,appeared,became,become,becomes,remain,remains,remained,acts,act,behave,behaves,behaved,three !next=from,than,kinds,sorts,forms,types,way,ways,approaches,strategies,perspectives,perspective,backgrounds,cultures,colors,colours,sizes,shapes,species,strains,variants,ages,groups,populations,regions,parts,stages,levels,combinations,angles,directions,languages !prev=in or !prev=a,an,totally,completely,very,quite,so,too,how,entirely,slightly,somewhat,two,three,four,five,several,significantly,statistically,markedly,substantially,fundamentally,radically,vastly,dramatically,strikingly,no,not,is,are,was,were,be,been,being,look,looks,looked,seem,seems,seemed,feel,feels,felt,something,anything,nothing,very,many,so,these,those,each,every,all,quite,rather,subtly,clearly,genetically,distinctly,little,much,bit,slightly,things,thing,sound,sounds,appear,appears,appeared,became,become,becomes,remain,remains,remained,acts,act,behave,behaves,behaved,three !next=from,than,kinds,sorts,forms,types,way,ways,approaches,strategies,perspectives,perspective,backgrounds,cultures,colors,colours,sizes,shapes,species,strains,variants,ages,groups,populations,regions,parts,stages,levels,combinations,angles,directions,languages !next=countries | seed dev:A mined family:I sites=3
digicam | camera | ambiguous | n | | mined editor family:A
digital actuality | virtual reality | fingerprint | - | | family:A editor
digital camera | camera | ambiguous | n | | mined editor family:A sites=2
dimension | size | ambiguous | n | prev=the,its,their,his,her,body,physique,brain,mind,tumor,tumour,sample,pattern,family,household,population,inhabitants,group,class,portion,serving,shoe,file,same,identical,similar,comparable,average,common,small,large,giant,massive,big,huge,full,actual,effect,impact,egg,pupil,particle,grain,crystal,colony,litter,herd,flock,body's,physique's,brain's,mind's,heart,coronary,lesion,wound,plaque,cell,nucleus,screen,display,batch,crowd,classroom,fleet,fish,prey,penis,breast,waist,clothing,dress,bra,cup,font,image,picture,crater,asteroid,planet,star,galaxy,black,gap,in,of,by,whose,sheer,overall,general,total,tiny,smaller,larger,bigger,greater,totally,varying,various,relative,reduced,diminished,increased,elevated,mean,median,optimal,optimum,ideal,minimum,maximum,final,ultimate,adult,grownup,approximate,estimated,predicted,expected,anticipated,typical,normal,regular | family:A editor
diminished | reduced | ambiguous | - | | seed dev:A
diploma | degree | ambiguous | n | next=of prev=the,a,some,high,higher,greater,larger,better,lesser,certain,sure,large,giant,massive,significant,important,vital,considerable,what,varying,various,numerous,same,identical,similar,comparable,such,this,that,any,remarkable,excessive,low,decrease,lower or prev=certain,sure,varying,various,numerous,some,high,higher,greater,larger,lesser,considerable,excessive,low,significant,important,vital,remarkable,different,totally,similar,comparable,same,identical,what,such,great,nice,large,giant,massive,unprecedented | family:A editor
direct author | lead author | fingerprint | n | near=study,research,review,paper,examine,analysis,journal,findings,revealed,printed | mined editor family:A sites=1
director basic | director general | fingerprint | - | | family:A editor
director normal | director general | fingerprint | - | | mined editor family:A
director on the | director at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
director-common | director-general | fingerprint | - | | mined editor family:A
director-normal | director-general | fingerprint | - | | mined editor family:A
dirt | dust | ambiguous | - | near=dusty,star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | mined editor family:A family:? sites=2 spinner=sciencia
dirt and fuel | dust and gas | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
dirt and gasoline | dust and gas | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
disaster | crisis | ambiguous | - | prev=financial,monetary,economic,health,well,climate,housing,refugee,opioid,mental,psychological,humanitarian,energy,power,vitality,cost-of-living,debt,banking,political,fiscal,food,meals,water,overdose,identity,id,midlife,mid-life,global,world,worldwide,international,ongoing,current,present,public,covid,coronavirus,pandemic,hostage,diplomatic,constitutional,affordability,staffing,workforce,supply,provide,loneliness,obesity,weight,childcare,care,caregiving,healthcare,nursing,homelessness,migrant,migration,border,security,safety,liquidity,credit,eurozone,currency,lending,subprime,pension,pensions,fuel,gasoline,gas,chip,semiconductor,biodiversity,extinction,plastic,plastics,waste,air,pollution,teen,youth,adolescent,student,scholar,existential,reproducibility,replication,leadership,management,confidence,trust,belief,faith,legitimacy,credibility,literacy,readiness,capacity,bed,beds,ambulance,a,the !next=of,hotline,hotlines,line,lines,intervention,counseling,counselling,mode,point,services,providers,text,centre,center,centers,centres,management,administration,response,preparedness,recovery,restoration,relief,zone,zones,area,areas,struck,strikes,movie,film,films,movies,risk,danger,threat,planning | family:A editor
discharge | release | ambiguous | - | prev=the,a next=said,stated,says,states,added,notes,noted,reads | mined editor family:A
discount | reduction | ambiguous | n | !prev=price,prices,student,scholar,military,navy,senior,bulk,volume,steep,deep,huge,big,massive,loyalty,employee,group,member,cash,money,special,particular,holiday,seasonal,tax,fare,ticket,early-bird,retail,store,online,on-line,coupon,promotional,introductory,trade,sale,10,20 !next=code,codes,card,cards,store,stores,retailer,retailers,airline,airlines,coupon,coupons,voucher,vouchers,sale,sales,pricing,brokers,broker,chain,chains,grocery,groceries,supermarket,supermarkets,shop,shops,prices,price,deals,deal,offer,offers,rate,scheme,program,programs,programme,window,period,interval,tickets,ticket,fares,fare | family:A editor
discover | find | ambiguous | v | | seed dev:A
discover out | find out | fingerprint | - | | mined editor family:A
discovered | found | ambiguous | - | !prev=newly,accidentally,serendipitously,first,undiscovered,yet,be,is,are,was,were,been,being,recently !next=deep,beneath,below,underground | seed dev:A editor family:H mined
discovered out | found out | fingerprint | - | | editor family:A
discovering out | finding out | fingerprint | - | | editor family:A
discuss present | talk show | ambiguous | n | | mined editor family:A sites=1
disordered consuming | disordered eating | fingerprint | - | | family:A editor
display screen time | screen time | fingerprint | - | | family:A editor
distance operating | distance running | fingerprint | - | | mined editor family:A sites=1
distant studying | remote learning | fingerprint | - | | family:A editor
division | department | ambiguous | n | next=of | dev:A editor
division of power | Department of Energy | fingerprint | - | | dev:A editor
division of power's | Department of Energy's | fingerprint | - | | dev:A
division of vitality | Department of Energy | fingerprint | - | | family:A editor
division of vitamin | Department of Nutrition | fingerprint | - | | family:A editor
dna evaluation | DNA analysis | fingerprint | n | | family:A editor
dna harm | DNA damage | fingerprint | - | | family:A editor
dna take a look at | DNA test | fingerprint | - | | family:A editor
do not must | do not have to | fingerprint | - | | mined editor family:A
do not really feel | don't feel | fingerprint | - | | dev:A
doable | possible | ambiguous | - | | family:A editor
doc is topic to | document is subject to | fingerprint | - | | seed dev:A
docs | doctors | ambiguous | - | | family:A editor
doctor on the | doctor at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
doctoral diploma | doctoral degree | fingerprint | n | | family:A editor
doctoral scholar | doctoral student | fingerprint | n | | family:A editor
document-location | record-setting | fingerprint | - | | mined editor family:A
does not must | does not have to | fingerprint | - | | mined editor family:A
doesn't must | doesn't have to | fingerprint | - | | mined editor family:A
dominated | ruled | ambiguous | - | prev=court,courts,docket,choose,judge,judges,justices,justice,panel,tribunal,jury,magistrate,commission,regulator,regulators,referee,umpire,authorities,officials,coroner,ombudsman,watchdog,arbitrator,arbitrators,inquest,inquiry,investigators !next=by,the,a,an,his,her,their,its,our,most,much,many,over,through,all,world,global,headlines,news,information,discussions,debate,debates,conversation,conversations,public,proceedings | family:A editor
don't must | don't have to | fingerprint | - | | mined editor family:A
dosing methods | dosing strategies | fingerprint | - | | family:A seed
doubtless | likely | ambiguous | - | | family:A editor
doubtlessly | potentially | fingerprint | - | | dev:A editor
downing avenue | Downing Street | fingerprint | - | | family:A editor
downside | problem | ambiguous | - | prev=a,health,being,this,that,major,big,serious,critical,significant,real,actual,common,widespread !next=risk,risks,protection | dev:A editor
downside fixing | problem solving | fingerprint | - | | mined editor family:A
downside-fixing | problem-solving | fingerprint | - | | editor family:A
downsides | problems | ambiguous | - | | family:A editor
drained | tired | ambiguous | - | !prev=emotionally,mentally,physically,bodily,psychologically,completely,totally,utterly,battery,batteries,fluid,fluids,water,swamp,wetland,wetlands,lake,lakes,was,were,been,is,are,be,being,the,a,well,properly,surgically,fully,partially !next=of,from,into,away,off,water,fluid,lake,lakes,swamp,swamps,wetland,wetlands,battery,batteries,by | family:A editor
drastically | dramatically | ambiguous | - | | family:A editor
drawback | problem | ambiguous | n | | dev:A
driving vary | driving range | fingerprint | - | | editor family:A
drought situations | drought conditions | fingerprint | - | | family:A editor
due to the fact of | because of | fingerprint | - | | mined editor family:A sites=1
due to this fact | therefore | fingerprint | - | | family:A editor
dust and fuel | dust and gas | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
dust and gasoline | dust and gas | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
dwell as much as | live up to | fingerprint | v | | mined editor family:A sites=1
dwelling | living | ambiguous | - | !prev=a,the,their,his,her,its,single,family,multi,multi-family,private,cliff,cave,human,rural,urban,each,every,one's,new,old,historic,permanent,temporary,modest,humble,ancient,underground,primary,main,principal !next=units,unit,place,places,house,houses,structures,structure,quarters,dwelling | mined editor family:A sites=2
dwelling particular person | living person | fingerprint | n | | mined editor family:A
dysfunction | disorder | ambiguous | n | prev=anxiety,nervousness,depressive,bipolar,eating,consuming,personality,sleep,stress,use,spectrum,autism,mental,psychological,psychiatric,neurological,genetic,autoimmune,blood,metabolic,hyperactivity,compulsive,panic,mood,temper,seizure,movement,rare,brain,mind | editor
e mail | email | fingerprint | - | | family:A editor
e mail tackle | email address | fingerprint | n | | family:A editor
e-mail tackle | email address | fingerprint | n | | family:A editor
each | every | ambiguous | - | !next=other,of,year,day,week,month,time,and,with,one,individual,participant,patient,side,end,extra,additional,the,calendar !prev=are,were,they,we,had,have,for | dev:A family:H
each seen and infrared | both visible and infrared | fingerprint | - | | mined editor family:A
each single | every single | ambiguous | - | | dev:A
eager about | thinking about | ambiguous | - | !prev=is,are,was,were,be,been,being,not,so,very,less,more,most,particularly,especially,too,quite,really,remain,remained,seem,seemed,seems,feel,felt,get,got | mined editor family:A sites=1
ear an infection | ear infection | fingerprint | - | | family:A editor
earlier an infection | previous infection | fingerprint | - | | family:A editor
earlier examine | earlier study | fingerprint | - | | family:A editor
earlier research have proven | previous studies have shown | fingerprint | - |  | editor family:A
earlier than | before | ambiguous | - | !prev=much,far,even,slightly,weeks,months,years,days,hours,decades,significantly,considerably | family:A editor
earlier than peer assessment | before peer review | fingerprint | - |  | mined editor family:A
earliest identified | earliest known | ambiguous | - | | mined editor family:A
early-stage most cancers | early-stage cancer | fingerprint | - | | family:A editor
earthquake exercise | earthquake activity | fingerprint | - | | mined editor family:A sites=1
easy methods to | how to | ambiguous | - | prev=discovered,realized,learnt,learned,be,taught,know,knew,knows,aware,perceive,understand,understanding,out,on,about,exhibits,confirmed,reveals,shows,show,showed,train,educate,teach,teaches,taught,decide,determine,determining,questions,query,unclear,unsure,sure,idea,thought,concept,recommendation,advice,directions,instructions,steerage,guidance | mined editor family:A
eating places | restaurants | ambiguous | - | | family:A editor
economist on the | economist at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
effectively | well | ambiguous | - | prev=as,so,too,pretty,fairly,quite,slept,sleep,sleeping,how,very,really,extremely,remarkably,particularly,equally,reasonably,relatively,surprisingly,works,worked,work,working,did,do,does,done,went,go,goes,going,ends,ended,aged,age,ageing,getting,older | dev:A editor
effectively beneath | well below | ambiguous | - | | mined editor family:A
effectively understood | well understood | ambiguous | - | prev=not,aren't,isn't,wasn't,weren't,poorly,be,been,being,is,are,was,were,remain,remains,fully,very | mined editor family:A
effectivity | efficiency | ambiguous | - | | family:A editor
efficiency nervousness | performance anxiety | fingerprint | - | | family:A editor
efficient | effective | ambiguous | - | !prev=energy,power,vitality,fuel,gasoline,cost,resource,water,carbon,time,space,house,area,labor,labour,data,knowledge,memory,reminiscence | family:A editor
efficient instantly | effective immediately | fingerprint | - | | mined editor family:A sites=1
electrical | electric | ambiguous | - | next=vehicle,vehicles,automobile,automobiles,car,cars,automotive,bus,buses,bike,bikes,bicycle,bicycles,e-bike,scooter,scooters,motor,motors,truck,trucks,boat,boats,aircraft,plane,planes,cooker,cookers,stove,stoves,heater,heaters,heating,heat,warmth,grid,grids,utility,utilities,company,companies,chair,shock,shocks,eel,eels,guitar,guitars,field,fields,subject,blue,toothbrush,toothbrushes,fence,fences,kettle,blanket,blankets,fan,fans,pump,pumps,fleet,fleets,taxi,taxis,tractor,tractors,lawnmower,mowers,mower,vans,van,ferry,ferries,airplane,airplanes,power,energy,vitality,lights,light,gentle,charge,current,currents,potential | family:A editor
electrical automobile | electric vehicle | fingerprint | - | | family:A editor
electrical automobiles | electric vehicles | fingerprint | - | | family:A editor
electrical autos | electric vehicles | fingerprint | - | | family:A editor
electrical car | electric vehicle | fingerprint | n |  | editor family:A
electrical energy | electricity | fingerprint | - | | family:A editor
electrical present | electric current | fingerprint | - | | family:A editor
electrical subject | electric field | fingerprint | n | | family:A editor
electromagnetic subject | electromagnetic field | fingerprint | n | | family:A editor
elementary college | elementary school | fingerprint | n | | family:A editor
elements of the country | parts of the country | fingerprint | - | | editor family:A
elements of the world | parts of the world | fingerprint | - | | mined editor family:A sites=1
elevated | increased | ambiguous | - | prev=considerably,significantly,has,have,had,been,was,were,which,that,it,and,greatly,sharply,steadily,dramatically !next=levels,ranges,temperature,temperatures,pressure,strain,position,platform,train,highway,blood | dev:A editor
elevated danger | increased risk | fingerprint | - | | seed dev:A
elevating consciousness | raising awareness | fingerprint | - | | mined editor family:A
embody | include | ambiguous | v | | family:A editor
embrace | include | ambiguous | v | next=people,individuals,folks,patients,sufferers,those,data,knowledge,information,info,details,particulars,fewer,less,measures,questions,queries,fever,cough,headache,headaches,complications,nausea,fatigue,symptoms,signs,muscle,chest,loss,lack,shortness,difficulty,problem,issue,issues,problems,downsides,drawbacks,increased,elevated,higher,lower,decreased,reduced,diminished,weight,high,excessive,low,heart,coronary,cancer,most,diabetes,obesity,blood,respiratory,mental,psychological,physical,bodily,family,household,children,youngsters,kids,women,ladies,girls,men,males,adults,older,elderly,aged,researchers,scientists,members,participants,contributors,one,two,three,four,five,several,numerous,various,many,some,improved,better,limiting,reducing,decreasing,avoiding,increasing,improving,eating,consuming,drinking,ingesting,taking,using,utilizing,getting,having,being,making,exercising,walking,strolling,sleeping,smoking,regular,common | family:A editor
emergency clinic | hospital | ambiguous | - | | editor
emergency division | emergency department | fingerprint | n | | family:A editor
emergency touchdown | emergency landing | fingerprint | n | | family:A editor
emissions discount | emissions reduction | fingerprint | - | | family:A editor
emotional well being | emotional well-being | fingerprint | - | | family:A editor
en path | en route | fingerprint | - | | mined editor family:A
enamel | teeth | ambiguous | - | !near=paint*,coat*,glaze*,pottery,ceramic* | family:A editor
enchancment | improvement | fingerprint | n | | family:A editor
end result | result | ambiguous | - | | family:A editor
endometrial most cancers | endometrial cancer | fingerprint | - | | family:A editor
ends up in | leads to | ambiguous | - | | dev:A
endure | suffer | ambiguous | v | !next=and,or | dev:A
energetic | active | ambiguous | - | prev=physically,bodily,sexually,more,extra,most,less,least,very,being,be,stay,staying,stays,remain,remains,remaining,keep,keeping,kept,remained,socially,politically,biologically,clinically,scientifically,highly,extremely,were,are,was,is,been,become,became,becoming,an,relatively,comparatively,fairly,moderately,reasonably,equally,metabolically,sufficiently,fully,still,nonetheless,currently,presently,not,otherwise,only,solely,always,both,each,either,neither,normally,usually,typically,generally,often,regularly,commonly,frequently,ceaselessly,incessantly,the or next=ingredient,ingredients,lifestyle,life-style,lifestyles,way,role,position,part,participation,members,users,customers,cases,instances,infection,an,infections,duty,service,surveillance,learning,studying,form,site,sites,compounds,compound,substances,substance,drug,drugs,medicine,treatment,therapy,remedy,immunization,smokers,volunteers,participants,contributors,volcanoes,volcano,fault,faults,transport,travel,commuting,commute,lives,life,kids,children,youngsters,older,adults,people,individuals,folks,person,individual,player,players,play,engagement,listening,involvement,efforts,effort,galactic,galaxies,galaxy,shooter,shooters,case,period,phase,stage,virus,tuberculosis,tb,covid,covid-19,state,status,standing,principle,agent,agents,metabolite,metabolites,vitamin,hormone,hormones,forms,mode,component,components,elements,element,gene,genes,protein,proteins,cells,immunity,vaccination,disease,illness,sickness,inflammation,irritation,bleeding,lesions,lesion | family:A editor
energetic an infection | active infection | fingerprint | - | | family:A editor
energetic instances | active cases | fingerprint | - | | family:A editor
energy coaching | strength training | fingerprint | - | | family:A editor
energy strains | power lines | fingerprint | - | !next=on | mined editor family:A sites=1
energy traces | power lines | fingerprint | - | | mined editor family:A
engines like google | search engines | fingerprint | - | | family:A editor
england journal of drugs | England Journal of Medicine | fingerprint | - | | family:A editor
england journal of medication | England Journal of Medicine | fingerprint | - | | family:A editor
enhance | improve | ambiguous | v | | family:A editor
enhance the danger | increase the risk | fingerprint | v | | mined editor family:A sites=1
enjoying | playing | ambiguous | - | next=basketball,football,soccer,tennis,golf,cricket,rugby,hockey,baseball,softball,volleyball,chess,guitar,piano,violin,drums,against,key,vital,essential,important,central,crucial,pivotal,outsized,function,position,role | mined editor family:A sites=1
entails | involves | ambiguous | - | | dev:A
enterprise | business | ambiguous | - | !prev=free,private,non-public,state,social,starship,uss,federal,small-and-medium !next=software,customers,clients,edition,level,resource,resources,architecture,zone,zones,value,bargaining,grade,applications,plan,plans,agreement,license,licence,cloud,it,systems,techniques,network,storage,data,knowledge,security,safety,computing,ireland | family:A editor
enterprise college | business school | fingerprint | n | | family:A editor
entire grains | whole grains | fingerprint | - | | family:A editor
entry | access | ambiguous | - | next=to !prev=port,visa,illegal,illegally,unlawful,lawful,legal,market,re,point,first,first-time,school,college,university,faculty,dates,date,final,ultimate,blog,diary,journal,dictionary,encyclopedia,competition,contest,award,prize,lottery | family:A editor
environment friendly | efficient | fingerprint | - | | dev:A editor
environmental analysis letters | Environmental Research Letters | fingerprint | - | | family:A editor
environmental safety company | Environmental Protection Agency | fingerprint | - | | family:A editor
epidemiologist on the | epidemiologist at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
episodic reminiscence | episodic memory | fingerprint | - | | family:A editor
equally | similarly | ambiguous | - | !prev=is,are,was,were,be,been,being | dev:A
equivalent to | such as | ambiguous | - | !prev=is,are,was,were,be,been,being,roughly,about,approximately,nearly,almost,practically,virtually,exactly,precisely,essentially,basically,functionally,morally,broadly,an,the,its,their,not,or,and,amount,sum,dose,doses,times,occasions,area,energy,value,price,cost,that,which,something,anything,nothing !next=a,an,one,two,three,four,five,six,seven,eight,nine,ten,about,around,roughly,approximately,nearly,almost,more,less,the,that,this,those,what,half,twice,several,some,each,every,per | mined editor family:A sites=2
Era Z | Generation Z | fingerprint | cs | | family:A editor
era Z | generation Z | fingerprint | cs | | mined editor family:A sites=2
esophageal most cancers | esophageal cancer | fingerprint | - | | family:A editor
espresso | coffee | ambiguous | n | | family:A editor
espresso ingesting | coffee drinking | fingerprint | - |  | mined editor family:A
espresso's | coffee's | ambiguous | - | | family:A editor
essential situation | critical condition | fingerprint | n | | mined editor family:A sites=1
essentially the most | the most | ambiguous | - | | mined editor family:A sites=1
establish | identify | ambiguous | - | | family:A editor
establish an | identify an | ambiguous | - | near=risk,danger | seed
establishment of oceanography | Institution of Oceanography | fingerprint | - | | family:A editor
estrogen ranges | estrogen levels | fingerprint | - | | family:A editor
eternally | forever | ambiguous | - | | family:A editor
european area agency | European Space Agency | fingerprint | - | | editor family:A
european area company | European Space Agency | fingerprint | - |  | mined editor family:A
european area firm | European Space Agency | fingerprint | - | | mined editor family:A sites=1
european central financial institution | European Central Bank | fingerprint | - | | family:A editor
european fee | European Commission | fingerprint | - | | family:A editor
european house agency | European Space Agency | fingerprint | - | | editor family:A
european house company | European Space Agency | fingerprint | - | | family:A editor
european medicines company | European Medicines Agency | fingerprint | - | | family:A editor
european place agency | European Space Agency | fingerprint | - | | mined editor family:A
european place company | European Space Agency | fingerprint | - | | editor family:A
european room agency | European Space Agency | fingerprint | - | | editor family:A
european room company | European Space Agency | fingerprint | - | | mined editor family:A
evaluation | analysis | ambiguous | n | | family:A editor
evasive motion | evasive action | ambiguous | - | | mined editor family:A sites=1
even supposing | even though | fingerprint | - | | family:A editor
evening sky | night sky | ambiguous | n | | mined editor family:A sites=2
everlasting | permanent | ambiguous | - | | family:A editor
every further | each additional | ambiguous | - | | mined editor family:A family:S sites=1
every little thing | everything | fingerprint | - | | family:A editor
every of | each of | fingerprint | - | !prev=in,one | mined editor family:A sites=2
every part | everything | ambiguous | - | !next=of | family:A editor
everybody | everyone | ambiguous | - | | family:A editor
everyone knows | we all know | ambiguous | - | | dev:A
evolutionary kinfolk | evolutionary relatives | fingerprint | - | | mined editor family:A
examine | study | ambiguous | - | prev=the,a,an,new,this,that,our,their,his,her,its,latest,recent,earlier,previous,one,small,large,giant,massive,pilot,observational,separate,another,current,present,whole,brand,follow-up,longitudinal,mouse,animal,human,cohort,twin,landmark,major,first,second,earlier,same,every,each,2010,2011,2012,2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025,nationwide,national,international,worldwide,world,global,clinical,scientific,ongoing,of or next=printed,revealed,discovered,exhibits,reveals,suggests,finds,authors,creator,creators,co-author,co-creator,writer,members,individuals,contributors,outcomes,findings,chief,lead,leader,was,is,has,had,group,crew,staff,workforce,population,inhabitants,design,sizes,interval,period | seed dev:A dev:H editor
examine authors | study authors | fingerprint | - | | family:A editor
examine co-author | study co-author | fingerprint | - | | family:A editor
examine contributors | study participants | fingerprint | - | | family:A editor
examine creator | study author | fingerprint | - | | family:A editor
examine hyperlinks | study links | fingerprint | - |  | mined editor family:A
examine inhabitants | study population | fingerprint | - | | family:A editor
examine interval | study period | fingerprint | - | | family:A editor
examine members | study participants | fingerprint | - | | family:A editor
examine printed | study published | fingerprint | - | | dev:A
examine revealed | study published | fingerprint | - | | family:A editor
examine sizes | study sizes | fingerprint | - | | seed dev:A
examine's | study's | ambiguous | - | | editor
examined adverse | tested negative | fingerprint | - | | family:A editor
examined certain for | tested positive for | fingerprint | - | | mined editor family:A family:H
examined constructive | tested positive | fingerprint | - | | family:A editor
examined detrimental | tested negative | fingerprint | - | | family:A editor
examined optimistic | tested positive | fingerprint | - | | family:A editor
examined positive | tested positive | ambiguous | - | prev=has,have,had,having,additionally,also,too,who,he,she,they,later,recently,already,subsequently !next=and,or | mined editor family:A sites=1
examined positive for | tested positive for | fingerprint | - | | mined editor family:A sites=1
examined unfavorable | tested negative | fingerprint | - | | family:A editor
exams | tests | ambiguous | - | prev=pcr,rapid,speedy,antigen,antibody,covid,coronavirus,blood,genetic,diagnostic,lab,laboratory,screening,dna,urine,saliva | mined editor family:A
excess weight coaching | weight training | fingerprint | - | | mined editor family:A
excess weight education | weight training | fingerprint | - | | mined editor family:A
excessive | high | ambiguous | - | next=blood,ldl,cholesterol,ranges,levels,danger,risk,doses,dose,temperatures,temperature,fever,charges,rates,revenue,earnings,incomes,school,stress,strain,pressure,sugar,glucose,fats,fat,salt,sodium,protein,fiber,fibre,calorie,prevalence,decision,resolution,precision,sensitivity,speeds,pace,velocity,altitude,altitudes,latitudes,tide,stakes,demand,density,frequency,doses,levels,ranges | dev:A editor
excessive climate | extreme weather | fingerprint | - | | family:A editor
excessive climate occasions | extreme weather events | fingerprint | - | | family:A editor
excessive in | high in | ambiguous | - | next=vitamin,vitamins,fiber,fibre,fat,fats,saturated,sugar,sugars,salt,sodium,protein,proteins,calories,calorie,energy,cholesterol,antioxidants,iron,calcium,potassium,magnesium,carbohydrates,carbs,nutrients,omega-3,sugar-sweetened,trans,added,refined | mined editor family:A sites=1
excessive warmth | extreme heat | fingerprint | - | | family:A editor
execs and cons | pros and cons | fingerprint | - |  | mined editor family:A
exercise ranges | activity levels | fingerprint | - | | family:A editor
exhibiting | showing | ambiguous | - | near=picture,pictures,photo,photos,image,images,video,videos,footage,photograph,photographs,map,maps,chart,graph,screenshot,scan,scans | mined editor family:A sites=1
exhibits | shows | ambiguous | - | prev=examine,study,research,analysis,knowledge,data,evaluation,it,this,which,that,graph,chart,map,picture,image,photograph,scan,video,determine,figure,table,survey,ballot,poll,report | editor
expanded danger | increased risk | fingerprint | - | | family:I editor
expanded hazard | increased risk | fingerprint | - | | family:I editor
expertise | experience | ambiguous | - | prev=also,additionally,to,who,they,we,you,i,may,might,can,could,will,would,not,often,commonly,frequently,ceaselessly,equally,similarly,people,individuals,folks,adults,sufferers,patients,women,ladies,men,males,children,youngsters,kids,those | dev:A editor
explicit | particular | ambiguous | - | !next=content,consent,material,materials,images,photos,pictures,photographs,lyrics,language,instructions,permission,rules,guidance,steerage,memory,reminiscence,knowledge,bias,biases,racism,threats,threat,warning,warnings,sexual,sex,intercourse,scenes,videos,mention,reference,references,acknowledgement,statement,commitment,policy,coverage,goal,aim,link,hyperlink,recognition,discussion,dialogue,depictions,nudity,terms,phrases !prev=sexually,more,less,very,most,so,extra,fairly,quite,graphically | family:A editor
exterior of | outside of | ambiguous | - | !prev=the,an,its,their,his,her,our,your,building's,house's,car's,whole,entire,painted | mined editor family:A
extinction danger | extinction risk | fingerprint | - | | family:A editor
extinction occasion | extinction event | fingerprint | n | | editor family:A sites=1
extra | more | ambiguous | - | next=harmful,dangerous,pressing,urgent,likely,possible,widespread,common,frequent,prone,vulnerable,effective,efficient,important,vital,severe,extreme,difficult,accurate,research,analysis,than,intently,carefully,closely,info,data,proof,often,regularly,ceaselessly,probably,seemingly,productive,popular,complex,expensive,costly,quickly,rapidly,shortly,slowly,broadly,extensively,widely,individuals,folks,people,sufferers,patients,youngsters,ladies,males,evidence,active,energetic,conclusive,pliable,flexible,average,moderate,conscious,aware,depressive,useful,beneficial,helpful or prev=much,far,even,many,way,lot,once,slightly,significantly,considerably,times,occasions,thrice | seed dev:A editor
extra contagious | more contagious | ambiguous | - | | mined editor family:A
extra doubtless | more likely | fingerprint | - | | family:A editor
extra exactly | more precisely | fingerprint | - | | mined editor family:A sites=1
extra info: | More information: | fingerprint | - | line-start | seed dev:A
extra more likely to | more likely to | fingerprint | - | | family:A editor
extra prone to | more likely to | fingerprint | - | | family:A editor
extra prone to undergo | more likely to suffer | fingerprint | - |  | mined editor family:A
extra proof | more evidence | fingerprint | - | | seed dev:A
extra seemingly | more likely | fingerprint | - | | family:A editor
extra vital | more important | fingerprint | - | | mined editor family:A sites=1
extraordinarily | extremely | ambiguous | - | | family:A editor
extraordinarily giant telescope | Extremely Large Telescope | fingerprint | - | | family:A editor
extraordinarily massive telescope | Extremely Large Telescope | fingerprint | - | | family:A editor
extreme | severe | ambiguous | - | next=symptoms,signs,depression,melancholy,covid,covid-19,illness,disease,sickness,infection,an,cases,circumstances,instances,side,unwanted,allergic,pain,ache,obesity,asthma,complications,injuries,injury,mental,psychological,depressive,anxiety,nervousness,dementia,reactions,reaction,fatigue,headaches,headache,respiratory or prev=to,moderate,reasonable | dev:A editor
extreme acute respiratory syndrome | severe acute respiratory syndrome | fingerprint | - |  | mined editor family:A
extreme an infection | severe infection | fingerprint | - | | family:A editor
facet | aspect | ambiguous | n | | dev:A
facet impact | side effect | fingerprint | - |  | editor family:A
facet results | side effects | fingerprint | - |  | editor family:A
facilities for illness management | Centers for Disease Control | fingerprint | - | | family:A editor
facilities for illness management and prevention | Centers for Disease Control and Prevention | fingerprint | - | | family:A editor
factor | thing | ambiguous | - | !prev=risk,danger,threat,hazard,growth,progress,key,major,main,important,contributing,protective,environmental,genetic,lifestyle,life-style,social,socioeconomic,clotting,rheumatoid,transcription,impact,influence,limiting,deciding,determining,decisive,confounding,x,sun,solar,fudge,wow,safety,security,significant,vital,crucial,critical,necessary,essential,biggest,largest,greatest,primary,independent,single,dominant,causal,predictive,prognostic,modifiable,psychological,behavioral,behavioural,biological,organic,dietary,economic,financial,monetary,cultural,climatic,geographic,demographic,human,technical,external,exterior,internal,inner,motivating,compounding,aggravating,mitigating,correction,scaling,conversion,tumor,necrosis,nerve,neurotrophic,inflammatory,stimulating,release,releasing,rh,von,willebrand,v,viii,ix,xi,xii,xiii,intrinsic,platelet,coagulation,complement,fear,cuteness,ick,yuck,feel-good,x-factor,g,quality,high,excessive,bmi,physique,body !next=in,into,of,analysis,evaluation,v,viii,ix,xi,xii,xiii,x,loadings,loading,scores,score,structure,construction,models,model,mannequin,fashions,vii,ii,iii,iv,vi | family:A editor
faculty | school | ambiguous | n | prev=medical,graduate,grad,nursing,dental,veterinary,law,business,engineering,elementary,primary,secondary,boarding,summer | editor
faculty capturing | school shooting | fingerprint | - | | family:A editor
faculty college students | college students | fingerprint | - | | mined editor family:A sites=2
faculty of drugs | Faculty of Medicine | fingerprint | - | | family:A editor
faculty of medication | Faculty of Medicine | fingerprint | - | | family:A editor
faculty of public well being | School of Public Health | fingerprint | - | | family:A editor
fairly | pretty | ambiguous | - | !next=distributed,evenly,common,rare,sure,consistent,stable | dev:A
fairly a number of | quite a few | ambiguous | - | | mined editor family:A sites=1
fairly just a few | quite a few | fingerprint | - | | mined editor family:A
fall wanting | fall short of | fingerprint | v | | mined editor family:A sites=1
famous | noted | ambiguous | - | prev=he,she,they,researchers,authors,scientists,experts,who,also,it,report,study,examine,analysis,and,additionally,we,consultants,professor,writer,creator | family:A editor
far aspect of the moon | far side of the moon | fingerprint | - | | family:A editor
far sufficient | far enough | fingerprint | - | !prev=so,thus | mined editor family:A sites=1
fascinated | interested | ambiguous | - | | family:A editor
fashionable | modern | ambiguous | - | next=people,humans,medicine,drugs,science,times,era,day,society,world,technology,know-how,life,history,birds,crocodiles,species,forms,populations,inhabitants,agriculture,farming,cities,warfare | dev:A editor
fashioned | formed | ambiguous | - | | dev:A
fashions | models | ambiguous | - | !near=fashion*,clothing,designer*,dress*,wear,runway,trend* | dev:A editor
fast-food eating places | fast-food restaurants | fingerprint | - | | family:A editor
fatality charge | fatality rate | fingerprint | n | | family:A editor
fatality fee | fatality rate | fingerprint | - | | family:A editor
fats cell | fat cell | fingerprint | n | | mined editor family:A
fats loss | fat loss | fingerprint | - | | mined editor family:A
fats tissue | fat tissue | fingerprint | n | | mined editor family:A
fatty liver illness | fatty liver disease | fingerprint | - | | family:A editor
fb publish | Facebook post | fingerprint | n | | mined editor family:A sites=1
fearful gadget | nervous system | fingerprint | n | | mined editor family:A
federal commerce fee | Federal Trade Commission | fingerprint | - | | family:A editor
federal communications fee | Federal Communications Commission | fingerprint | - | | family:A editor
federal companies | federal agencies | fingerprint | - | | family:A editor
federal emergency administration company | Federal Emergency Management Agency | fingerprint | - | | family:A editor
fell wanting | fell short of | fingerprint | - | | editor family:A
fellow on the | fellow at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
fertility charge | fertility rate | fingerprint | n | | family:A editor
few a long time | few decades | fingerprint | - | | family:A editor
filed a swimsuit | filed a suit | fingerprint | - | | family:A editor
final | last | ambiguous | - | next=week,month,yr,year,12,summer,winter,spring,fall,autumn,night,weekend,monday,tuesday,wednesday,thursday,friday,saturday,sunday,time !prev=the,its,their,his,her,a,this,that,in,of,each or prev=will,would,could,can,may,might,should,must,to next=solely,longer,about,around,up,until,till,beyond,indefinitely,forever | dev:A editor
final 12 months | last year | fingerprint | - | | family:A editor
final a number of | last several | fingerprint | - | | mined editor family:A sites=1
final yr | last year | fingerprint | - | | family:A editor
financial institution | bank | ambiguous | n | | dev:A
financial institution of england | Bank of England | fingerprint | - | | family:A editor
financial system | economy | ambiguous | - | | family:A editor
find yourself | end up | ambiguous | - | prev=they,people,patients,sufferers,ideas,thoughts,it,that,which,who,he,she,we,many,some,most,individuals,kids,youngsters,ladies,males,girls,adults | mined editor family:A
finest | best | ambiguous | - | | dev:A editor
finish | end | ambiguous | - | prev=the,an,its,their,his,her,this,that,far,deep,low,high,higher,lower,front,back,bitter,dead,receiving,either,other,opposite,tail,rear,year's,week's,month's,day's,decade's,century's,put,putting,puts,no,without,with,each,every,both,whose,upper,excessive,decrease,greater,larger,distal,proximal,blunt,sharp,rounded,loose,west,east,north,south,western,eastern,northern,southern,shallow,wrong,right,proper,short,brief,long,lengthy,business,enterprise,sticky,same,identical,happy,joyful,completely,tragic,sudden,abrupt,untimely,premature,official,formal,eventual,ultimate,fitting,fiery,violent,peaceful,final,swift,quick,near,nearing,until,till,towards,toward,by,before,earlier,after,from,since,at,on !next=line,lines,times,time,coat,coats,coating,coatings,paint,products,product,merchandise,quality,high,excessive,work,labor,sanding,carpentry,of-life,-of-life | family:A editor family:H
fireside | fire | ambiguous | n | !next=chat,chats,chatting,story,stories | mined editor family:A
firm | company | ambiguous | n | !next=hand,grip,belief,commitment,evidence,conclusion,conclusions,answer,answers,date,stance,ground,foundation,footing,control | family:A editor
first creator | first author | fingerprint | - | | seed dev:A
First Girl | First Lady | fingerprint | cs | next=michelle,melania,jill,laura,hillary,nancy,barbara,rosalynn,betty,jacqueline,eleanor,brigitte,carrie,akshata,olena or prev=former,then,us,u.s,america's | mined editor family:A sites=1
first of its form | first of its kind | fingerprint | - | | editor family:A
firstly of | at the beginning of | fingerprint | - | | family:A editor
fish shares | fish stocks | fingerprint | - | | family:A editor
flare-up | outbreak | fingerprint | n | | family:I editor
flip of occasions | turn of events | fingerprint | - | | mined editor family:A sites=1
floor | surface | ambiguous | - | prev=earth's,planet's,moon's,sun's,solar's,photo,mars',mars's,venus',venus's,lunar,martian,planetary,cell,skin,pores,water's,tooth,road,highway,sea's,ocean's,comet's,asteroid's,star's,europa's,titan's,pluto's,jupiter's,enceladus's,mercury's,its or next=temperature,temperatures,tension,waters,layer,layers,proteins,protein,features,options,receptors,receptor,charge,charges,chemistry,roughness,ocean,oceans,coating,coatings,markers,antigens,antigen,molecules,molecule,ice,runoff,winds,melting,melt,plasmon,plasmons,geology,composition,properties,morphology,structure,structures,texture | family:A editor
floor of mars | surface of Mars | fingerprint | - | | family:A editor
floor of one other | surface of another | fingerprint | - | | mined editor family:A
floor of the moon | surface of the moon | fingerprint | - | | family:A editor
floor of the solar | surface of the sun | fingerprint | - | | mined editor family:A
floor of the sun | surface of the sun | fingerprint | - | | mined editor family:A
floor or prompt | ground or instant | fingerprint | - |  | mined editor family:A
floor water | surface water | fingerprint | n | !prev=ocean,sea,seafloor,forest,valley,basement,cave,lake,canyon,bathroom,kitchen,shower,river,desert,crater,rainforest,the | mined editor family:A sites=1
flu instances | flu cases | fingerprint | - | | family:A editor
flu pictures | flu shots | fingerprint | - | | family:A editor
flu-like signs | flu-like symptoms | fingerprint | - | | family:A editor
folks | people | ambiguous | - |  | dev:A dev:S family:H mined
folks's | people's | fingerprint | - | | family:A editor
follow-up examine | follow-up study | fingerprint | - | | family:A editor
following | next | ambiguous | - | next=day,week,month,year,yr,morning,night,evening,afternoon,step,steps,generation,generations,decade,decades,season,phase,stage,round,spring,summer,autumn,fall,winter,weekend,monday,tuesday,wednesday,thursday,friday,saturday,sunday,few,two,three,four,five,six,ten,several | dev:A editor
food plan | diet | ambiguous | n | | family:A family:H editor mined
food regimen | diet | fingerprint | - | | family:A editor
for brief, | for short, | fingerprint | - | | mined editor family:A sites=1
for instance | for example | ambiguous | - | | dev:A editor
for occasion | for instance | fingerprint | - | !next=wear,dress,dresses,the,a,an,which,when | mined editor family:A sites=1
for probably the most half | for the most part | fingerprint | - | | mined editor family:A sites=1
for some other function | for any other purpose | fingerprint | - | | family:A editor
for some other goal | for any other purpose | fingerprint | - | | family:A editor
for the aim of | for the purpose of | fingerprint | - | | seed dev:A
for the reason that | since | ambiguous | - | | family:A editor
for those who | if you | ambiguous | - | | dev:A
forest cowl | forest cover | fingerprint | - | | family:A editor
forestall | prevent | ambiguous | v | | family:A family:I editor
fortunate | lucky | ambiguous | - | | dev:A
fortunate barely any | lucky few | fingerprint | - | | dev:I
forward of | ahead of | ambiguous | - | !prev=aft,mounted,located,positioned,situated,placed,far,slightly | mined editor family:A
fossil document | fossil record | fingerprint | n | | editor family:A sites=1
fossil gas | fossil fuel | fingerprint | n |  | editor family:A
fossil gasoline | fossil fuel | fingerprint | n | | family:A editor
fossilized stays | fossilized remains | fingerprint | - | | family:A editor
fowl | bird | ambiguous | n | !prev=guinea,water,wild,game,jungle,domestic !near=poultry,chicken*,turkey*,duck*,goose,geese,farm* | family:A editor
fowl flu | bird flu | fingerprint | - | | family:A editor
freed from | free of | ambiguous | - | next=covid-19,covid,coronavirus,alzheimer's,dementia,disease,diseases,illness,illnesses,cancer,most,infection,infections,symptoms,diabetes,pain | mined editor family:A sites=2
freed from cost | free of charge | fingerprint | - | | mined editor family:A sites=1
freshly found out | newly discovered | fingerprint | - | | mined editor family:A sites=1
from dwelling | from home | ambiguous | - | !next=on,upon,in,over,about | mined editor family:A sites=1
ft | feet | ambiguous | - | prev=my,his,her,their,your,our,its,bare,cold,swollen,sore,both,hind,front,webbed,tiny | mined editor family:A
fuel | gas | ambiguous | - | !prev=fossil,rocket,jet,nuclear,diesel,alternative,different,clean,cooking,aviation,marine,bio,synthetic,hydrogen,liquid,solid,low-carbon,renewable,sustainable,wood,spent,gasoline,petrol,the,their,its,his,her,as,for,more,extra,less,add,adds,added,adding,provide,provides,provided,providing,supply,supplies,supplied,supplying,fuel,your,our,my,ethanol,biomass,crop,crops,transport,transportation,vehicle,vehicles,automobile,automobiles,car,cars,automotive,household,family,domestic,residential,cleaner,dirtier,heavy,light,gentle,low-sulfur,sulfur,airplane,aircraft,kerosene,e-fuel,e-fuels,electro,coal,methanol,ammonia,waste,cheaper,cheap,expensive,costly,high-octane,octane,unleaded,leaded,motor,racing,ship,shipping,reactor,used,mixed,blended,enough,sufficient,running,run,low,empty,out,of,on !next=cells,cell,efficiency,economy,consumption,tank,tanks,prices,price,costs,cost,value,poverty,source,sources,supply,provide,pump,pumps,injection,rods,rod,assemblies,tax,taxes,standards,duty,mix,switching,crisis,disaster,savings,use,efficient,bill,bills,line,lines,gauge,gauges,load,loads,loading,burn,burning,burned,mileage,oil,oils,for,the,a,an,to,and,growth,progress,inflation,speculation,concerns,considerations,fears,anger,anxiety,nervousness,debate,debates,demand,demands,rumors,rumours,conspiracy,conspiracies,outrage,resentment,tensions,tension,violence,unrest,innovation,innovations,research,analysis,development,improvement,expansion,hopes,hope,interest,curiosity,discussion,discussions,misinformation,disinformation,cravings,craving,appetite,urge,its,their,his,her,my,your,our,this,that,these,those,up,them,it | family:A editor
fuel and dirt | gas and dust | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
fuel and dust | gas and dust | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | mined editor family:A
fuel and mud | gas and dust | fingerprint | - |  | mined editor family:A
full established of | full set of | fingerprint | - | | mined editor family:A
fungal an infection | fungal infection | fingerprint | - | | family:A editor
gaggle | group | ambiguous | n | !near=geese,goose,ducks,duck,birds,swans | mined editor family:A sites=2
galactic middle | galactic center | fingerprint | - | | editor family:A
galaxy's heart | galaxy's center | ambiguous | - | | mined editor family:A
gamer | player | ambiguous | n | !near=video,gaming,console,consoles,xbox,playstation,nintendo,esports,esport,twitch,steam,pc,computer,laptop,smartphone,app,apps | mined editor family:A sites=1
gap | hole | ambiguous | n | near=coronal,solar,solar's,sun,sun's,photo,voltaic,corona,plasma,star,star's | mined editor family:A sites=2
gasoline | fuel | ambiguous | - | | family:A editor
gasoline and dirt | gas and dust | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | mined editor family:A
gasoline and dust | gas and dust | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
gasoline and mud | gas and dust | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
gasoline effectivity | fuel efficiency | fingerprint | - | | family:A editor
gasoline giant | gas giant | fingerprint | n |  | mined editor family:A
gastric most cancers | gastric cancer | fingerprint | - | | family:A editor
gates basis | Gates Foundation | fingerprint | - | | family:A editor
gave the impression to be | seemed to be | fingerprint | - | | mined editor family:A sites=1
gene enhancing | gene editing | fingerprint | - | | family:A editor
gene remedy | gene therapy | fingerprint | - | | family:A editor
generally known as | known as | ambiguous | - | | mined editor family:A sites=1
generally used | commonly used | ambiguous | - | | seed dev:A
genetic materials | genetic material | ambiguous | - | | mined editor family:A
genome enhancing | genome editing | fingerprint | - | | family:A editor
gentle | mild | ambiguous | - | next=symptoms,signs,cognitive,depression,melancholy,anxiety,nervousness,covid,covid-19,illness,disease,infection,case,cases,circumstances,instances,side,unwanted,form,forms,to,or,hypertension,impairment,traumatic,reactions,reaction,fever,pain,ache | dev:A editor
gentle air pollution | light pollution | fingerprint | - | | family:A editor
gentle presentations | light shows | fingerprint | - |  | mined editor family:A
gentle publicity | light exposure | fingerprint | - | | family:A editor
gentle supply | light source | fingerprint | n | | family:A editor
gentle up | light up | fingerprint | - | !next=and,to,slope,slopes,incline,hill | mined editor family:A sites=1
gentle years | light years | fingerprint | - | | family:A editor
gentle yr | light year | fingerprint | - |  | editor family:A
gentle-decades | light-years | fingerprint | - | | mined editor family:A sites=1
gentle-years | light-years | fingerprint | - | | family:A editor
geophysical analysis letters | Geophysical Research Letters | fingerprint | - | | family:A editor
get pleasure from | enjoy | ambiguous | v | | mined editor family:A sites=1
getting older | aging | ambiguous | - | prev=reverse,reversing,reverses,slow,slowing,slows,sluggish,delay,delaying,delays,combat,combating,fight,fighting,halt,halting,accelerate,accelerates,accelerating | mined editor family:A
getting older analysis | aging research | fingerprint | - | | family:A editor
getting older inhabitants | aging population | fingerprint | n | | family:A editor
getty photographs | Getty Images | fingerprint | - | | mined editor family:A
giant | large | ambiguous | - | next=quantity,quantities,variety,number,numbers,scale,pattern,sample,examine,study,research,trial,cohort,portion,proportion,percentage,share,amounts,amount,doses,dose,language,datasets,enough,sufficient,group,hadron | dev:A editor
giant examine | large study | fingerprint | - | | family:A editor
giant hadron collider | Large Hadron Collider | fingerprint | - | | family:A editor
giant language fashions | large language models | fingerprint | - |  | editor family:A
giant language mannequin | large language model | fingerprint | n |  | editor family:A
giant magellanic cloud | Large Magellanic Cloud | fingerprint | - | | family:A editor
giant millimeter array | Large Millimeter Array | fingerprint | - | | family:A editor
girls | women | ambiguous | - | near=men,males !near=boys,boy,daughters,teen,teens,teenage,school | mined editor family:A
girls's | women's | fingerprint | - | | family:A editor
glorious | excellent | ambiguous | - | | family:A editor
glucose ranges | glucose levels | fingerprint | - | | family:A editor
go away | leave | ambiguous | - | next=the,a,an,their,his,her,its,your,our,my,them,him,us,me,this,that,these,those,behind,hospital,school,work,office | family:A editor
go looking | search | ambiguous | - | !next=for | dev:A
goals | aims | ambiguous | - | next=to prev=which,that,it,he,she,who,study,examine,project,undertaking,report,plan,programme,program,initiative,mission,agreement,settlement,accord,law,bill,proposal,treaty,research,analysis,company,firm,agency,group,crew,workforce,strategy,technique,trial,policy,coverage,also,additionally,now,still,nonetheless,campaign,effort,framework,scheme,legislation,regulation,effort,software,app,device,system,network,community,organisation,organization,group,centre,center,middle,institute,fund,foundation,basis | mined editor family:A
goddard house flight middle | Goddard Space Flight Center | fingerprint | - | | family:A editor
gold commonplace | gold standard | fingerprint | - | | family:A editor
golf equipment | clubs | ambiguous | - | prev=pubs,bars,and,night,football,soccer,sports,youth,book,social,private,rugby,cricket,dance,fitness,strip,restaurants,gyms,cafes,theaters,theatres,cinemas,religious,non | mined editor family:A family:H sites=2
got down to | set out to | ambiguous | - | next=show,demonstrate,prove,find,discover,determine,measure,examine,investigate,study,learn,test,see,understand,create,build,make,explore,answer,identify,assess,evaluate,establish,compare,map,design,develop,document,track,uncover,solve,quantify,calculate,estimate,observe | mined editor family:A sites=2
got here | came | ambiguous | - | next=from,to,up,out,again,back,throughout,after,as,in,into,together,collectively,under,beneath,amid,alongside,with,down,across,forward,ahead,close,near,shut,nearer,below,over,about,round,around,first,second,third,last,final,below,via,by,amongst,among,at,on,just,simply,only,solely !prev=i,we,you,they,he,she,it,how,when,once,until,till,by,since,before,after,finally,lastly,just,simply,eventually,ultimately,who,that,you've,we've,i've,they've,i'd,haven't,hasn't,have,has,had,never,already,ever,first,gotten,who've | family:A editor
gp surgical procedure | GP surgery | fingerprint | - | | family:A editor
gradual dose | steady dose | fingerprint | - |  | mined editor family:A
gradual the unfold | slow the spread | fingerprint | - | | mined editor family:A sites=1
graduate scholar | graduate student | fingerprint | n | | family:A editor
grasp whether or not | understand whether | fingerprint | - | | seed dev:A
grasp's diploma | master's degree | fingerprint | n | | family:A editor
grasp's scholar | master's student | fingerprint | n | | family:A editor
gravitational subject | gravitational field | fingerprint | n | | family:A editor
greater schooling | higher education | fingerprint | - | | family:A editor
greater searching | better looking | fingerprint | - | | mined editor family:A sites=1
greater than | more than | ambiguous | - | !prev=is,are,was,were,be,much,far,significantly,considerably,slightly,times,no,occasions,any | dev:A editor family:H
greenback | dollar | ambiguous | n | | family:A editor
greenhouse fuel | greenhouse gas | fingerprint | n | | family:A editor
greenhouse gasoline | greenhouse gas | fingerprint | n |  | editor family:A
greenhouse impact | greenhouse effect | fingerprint | - | | family:A editor
greens | vegetables | ambiguous | - | !prev=leafy,salad,collard,mustard,turnip,dandelion,beet,bitter,microgreens !near=green,party,party's,election*,vote*,voter*,mp,mps,councillor*,councilor*,politic*,coalition,labour,labor,liberal*,conservative*,tory,tories,snp,ballot,candidate* | family:A editor
grew to become | became | fingerprint | - | | family:A editor
grip energy | grip strength | fingerprint | - | | family:A editor
gross sales | sales | ambiguous | - | | family:A editor
groundwater infection | groundwater contamination | fingerprint | n | | mined editor family:A sites=1
grow to be | become | ambiguous | - | | family:A editor
grownup | adult | fingerprint | n | | seed dev:A family:X
grownup inhabitants | adult population | fingerprint | - |  | mined editor family:A
guard in opposition to | protect against | fingerprint | v | | editor family:A sites=1
guard towards | protect against | fingerprint | - |  | mined editor family:A
gun management | gun control | fingerprint | - | | family:A editor
had an effect on | affected | ambiguous | - | | family:A editor
had been | were | ambiguous | - | !prev=that,which,it,he,she | dev:A editor family:H
had grow to be | had become | fingerprint | - | | mined editor family:A
had turn out to be | had become | fingerprint | - | | family:A editor
hair progress | hair growth | fingerprint | - | | family:A editor
half one million | half a million | fingerprint | - | | mined editor family:A
handed | passed | ambiguous | - | prev=bill,law,legislation,laws,measure,motion,resolution,amendment,act,senate,house,parliament,congress,legislature,lawmakers,mps,senators,assembly,council,unanimously,narrowly,overwhelmingly,easily,successfully,invoice !next=over,down,out,to,in,back,off,him,her,them,me,us,it | family:A editor
handed away | passed away | fingerprint | - | | family:A editor
handle | manage | ambiguous | v | near=pain,ache,symptom*,signs,condition*,circumstances,disease*,illness*,diabetes,stress,weight,blood,anxiety,nervousness | seed dev:A
harvard medical college | Harvard Medical School | fingerprint | - | | family:A editor
has a task in | has a role in | fingerprint | - | | seed dev:A
has an effect on | affects | ambiguous | - | | family:A editor
has but to | has yet to | ambiguous | - | !next=ask,look,say,wait,think,consider,imagine,glance,read,turn,mention,see,go,point,compare,remember,recall | mined editor family:A
has grow to be | has become | fingerprint | - | | mined editor family:A sites=1
has turn out to be | has become | fingerprint | - | | mined editor family:A sites=2
hashish | cannabis | ambiguous | - | | family:A editor
have an effect on | affect | ambiguous | - | | family:A editor
have been a significant concern | were a major concern | fingerprint | - | | seed dev:A
have but to | have yet to | ambiguous | - | !next=ask,look,say,wait,think,consider,imagine,glance,read,turn,mention,see,go,point,compare,remember,recall | mined editor family:A sites=1
have grow to be | have become | fingerprint | - | | mined editor family:A
have turn out to be | have become | fingerprint | - | | family:A editor
hazard | risk | ambiguous | n | next=of,factor,factors or prev=expanded,increased,higher,lower,greater,more,less,diminished,decreased,reduced,elevated | dev:I editor family:S family:K
head and neck most cancers | head and neck cancer | fingerprint | - | | family:A editor
health club | gym | ambiguous | n | | mined editor family:A family:H sites=2
health coach | fitness trainer | ambiguous | n | | mined editor family:A sites=2
health ranges | fitness levels | fingerprint | - | | family:A editor
health recommendation | fitness advice | ambiguous | - | | mined editor family:A sites=2
healthcare merchandise regulatory company | Healthcare products Regulatory Agency | fingerprint | - | | family:A editor
healthcare suppliers | healthcare providers | fingerprint | - | | family:A editor
hear to | listen to | fingerprint | - | next=our,the,their,his,her,your,my,what,them,him,me,us,it,this,these,those,people,patients,experts,scientists,music,advice,voices,each,one,other | mined editor family:A sites=1
heart ailment | heart disease | ambiguous | n | | mined editor family:A family:S sites=1
heart sickness | heart disease | ambiguous | n | | mined editor family:A family:S sites=1
hearth | fire | ambiguous | n | !prev=open,wood,stone,brick,kitchen,family,household,home,dwelling,residence,cozy,warm,heat,around,round,by,beside,near,close,over !next=and,rug,rugs,stone,stones,side,tax,taxes,home,homes | family:A editor
hearth crews | fire crews | fingerprint | - | | family:A editor
hearth division | fire department | fingerprint | n | | family:A editor
heavy ingesting | heavy drinking | fingerprint | - | | family:A editor
help group | support group | fingerprint | n | | family:A editor
hen | bird | ambiguous | n | !near=chicken,chickens,poultry,rooster,roosters,cockerel,cockerels,laying,layer,layers,broiler,broilers,harrier,harriers,party,parties,coop,coops,battery,free-range,farm,farms,egg,eggs | mined editor family:A sites=2
hen flu | bird flu | fingerprint | - | | editor family:A
hen inhabitants | bird population | fingerprint | - | | mined editor family:A
hen species | bird species | fingerprint | - | | mined editor family:A
her examine | her study | fingerprint | - | | family:A editor
high infectious illness skilled | top infectious disease expert | fingerprint | - | | mined editor family:A
high quality | quality | ambiguous | - | prev=air,sleep,water,poor,low,good,better,higher,improved,overall,general,food,meals,methodological,image,picture,video,audio,sound,data,knowledge,evidence,proof,soil,care,service,diet,semen,sperm,egg,bone,muscle,voice,reporting,housing,the,its,their,his,her,our,your,whose,varying,various,different,totally,same,identical,similar,comparable,decrease,lower,greater,best,finest,worst,worse,dietary,nutritional,life,protein,milk,seed,crop,grain,fruit,tissue,signal,print,teaching,educating,education,schooling,healthcare,nursing,study,examine,trial,research,analysis !next=evidence,proof,data,knowledge,studies,research,analysis,trials,care,services,providers,jobs,food,meals,products,merchandise,education,schooling,images,photos,video,videos,content,sleep,information,info,journalism,protein,standards,requirements,control,management,improvement,enchancment,assurance,of-life | family:A editor
high quality management | quality control | fingerprint | - | | family:A editor
high quality of life | quality of life | fingerprint | - | | family:A editor
higher | better | ambiguous | - | prev=to,can,could,will,would,may,might,should,must,us,them,help,helps,helped next=perceive,understand,examine,study,predict,assess,grasp,diagnose,detect,monitor,protect,manage,treat,deal,handle,prepare,characterize,characterise,determine,track,comprehend,tailor,identify,evaluate,explain,describe,forecast | mined editor family:A
higher ambiance | upper atmosphere | fingerprint | - | | mined editor family:A
higher information | better news | fingerprint | - |  | mined editor family:A
highest left | top left | fingerprint | - | | editor family:A
highest proper | top right | fingerprint | - | | mined editor family:A
highly effective | powerful | ambiguous | - | !prev=is,are,was,were,be,been,being,proved,proven,remains,remained,appears,seems,very,also,both !next=at,in,against,for,treatment,treatments,therapy,therapies,vaccine,vaccines,drug,drugs,medication,medications,medicine,medicines,contraceptive,contraception,prevention,method,methods,intervention,interventions,way,ways,option,options,tool,tools,remedy,remedies | mined editor family:A sites=2
highway | road | ambiguous | - | next=safety,security,traffic,visitors,accidents,accident,crashes,crash,deaths,fatalities,injuries,users,user,map,maps,trip,trips,journey,journeys,test,tests,rage,to,toward,towards,ahead,forward,trauma,collisions,collision,casualties,casualty,transport,freight,network,networks,surfaces,surface | family:A editor
his examine | his study | fingerprint | - | | family:A editor
his or her | their | ambiguous | - | | mined editor family:A sites=2
historical | ancient | ambiguous | - | next=mars,egypt,egyptians,rome,romans,greece,greeks,dna,humans,people,individuals,folks,civilization,civilizations,civilisations,earth,oceans,seas,lakes,rivers,forests,species,bacteria,microbes,viruses,city,cities,towns,tombs,tomb,temple,temples,texts,manuscripts,genomes,genome,relatives,ancestors,reptiles,creatures,animals,fossils,rocks,sediments,galaxies,galaxy,stars,universe,china,chinese,india,indian,maya,mayan,greek,roman,egyptian,persian,mesopotamian,mesopotamia,hunter-gatherers,hominins,hominin,skeleton,skeletons,skulls,bones,pottery,artifacts,artefacts,burial,burials,settlement,settlements,wisdom,remedy,remedies,peoples,cultures,origins,era,bronze,hebrew,sanskrit,latin,israel,israelites,babylon,babylonian,sumerian,sumerians,viking,vikings,celtic,celts,britons,aztec,aztecs,inca,incas,pyramids,pyramid,mummies,mummy,ruins,city's,rome's,egypt's,greece's,mars's,mars',seafloor,reef,reefs,glaciers,ice,meteorite,meteorites,asteroid,asteroids,impact,crater,craters,volcanic,volcano,volcanoes,supernova,quasar,quasars,light,gentle,mariners,sailors,traders,merchants,farmers,kingdom,kingdoms,empire,empires,dynasty,dynasties,king,kings,queen,pharaoh,pharaohs | family:A editor
historical occasions | ancient times | fingerprint | - | prev=since,from | mined editor family:A sites=1
historical past | history | fingerprint | - | | family:A editor
hiv an infection | HIV infection | fingerprint | - | | family:A editor
home democrats | House Democrats | fingerprint | - | | family:A editor
home of representatives | House of Representatives | fingerprint | - | | family:A editor
home republicans | House Republicans | fingerprint | - | | family:A editor
Home windows | Windows | fingerprint | cs | prev=microsoft,microsoft's,on,for,of,and,with,run,runs,running,than,or | family:A editor
home windows | windows | ambiguous | - | prev=bulletproof,car,car's,vehicle,vehicle's,truck,truck's,its,shatterproof,armoured,armored,tinted,rear,side,passenger,driver's | mined editor family:A sites=1
homeland safety | homeland security | fingerprint | - | | family:A editor
homeowners | owners | ambiguous | - | near=canine,dog,dogs,pet,pets,cat,cats,horse,horses,puppy,puppies | mined editor family:A
hoover establishment | Hoover Institution | fingerprint | - | | family:A editor
hormone alternative remedy | hormone replacement therapy | fingerprint | - | | family:A editor
hormone ranges | hormone levels | fingerprint | - | | family:A editor
horrible | terrible | ambiguous | - | | dev:A editor
hospitalization charge | hospitalization rate | fingerprint | n | | family:A editor
hospitalized sufferers | hospitalized patients | fingerprint | - | | family:A editor
hostile well being | adverse health | fingerprint | - | | mined editor family:A sites=1
hottest on report | hottest on record | fingerprint | - | | family:A editor
hours on finish | hours on end | fingerprint | - | | mined editor family:A sites=1
house | space | ambiguous | - | next=station,agency,telescope,exploration,flight,shuttle,program,programme,mission,missions,debris,weather,race,tourism,travel,industry,probe,craft,rock,rocks,dust,environment or prev=outer,deep | dev:A editor
house climate | space weather | fingerprint | - | next=forecast,forecasts,forecaster,forecasters,prediction,predictions,occasion,occasions,event,events,middle,situations,conditions,scientists,specialists,consultants,consultants,alert,alerts,warning,warnings,watch | mined editor family:A sites=1
house company | space agency | fingerprint | - | | family:A editor
house company's | space agency's | fingerprint | - | | mined editor family:A
house exploration | space exploration | fingerprint | - | | family:A editor
house journey | space travel | fingerprint | - | | family:A editor
house mission | space mission | fingerprint | n | | family:A editor
house observatory | Space Observatory | fingerprint | n | | mined editor family:A
house particles | space debris | fingerprint | - | | family:A editor
house pressure | space force | fingerprint | - | | dev:A
house shuttle | space shuttle | fingerprint | n | | family:A editor
house station | space station | fingerprint | - | | family:A editor
house telescope | space telescope | fingerprint | - | | family:A editor
house telescope's | Space Telescope's | fingerprint | - | | mined editor family:A sites=1
house tourism | space tourism | fingerprint | - | | family:A editor
house.com | Space.com | fingerprint | - | | family:A editor
household | family | ambiguous | - | prev=his,her,their,my,our,your,whole,entire,extended,royal,the !next=income,incomes,chemicals,chemical,products,product,items,goods,waste,names,name,size,spending,debt,appliances,cleaners,cleaning,bleach,survey,surveys,chores,pets,dust,air,contacts,contact,transmission,level,expenditure,expenses,budget,budgets,wealth,water,energy,electricity,bills,garbage,trash,objects | mined editor family:A sites=1
household basis | family foundation | fingerprint | - | | mined editor family:A
householders | owners | ambiguous | - | near=canine,dog,dogs,pet,pets,cat,cats,horse,horses,puppy,puppies | mined editor family:A
houses | homes | ambiguous | - | prev=their,own,possess,your,our,my | dev:A
how lengthy | how long | ambiguous | - | | mined editor family:A family:N
how planets type | how planets form | fingerprint | - |  | mined editor family:A
however | but | ambiguous | - | next=* !next=much,many,long,small,large,big,hard,far,you,often,good,bad,slight,minor | dev:A dev:D family:X family:O family:H
however now not | but not | fingerprint | - | | dev:A
hubble fixed | Hubble constant | fingerprint | - | | family:A editor
human body of proof | body of evidence | fingerprint | - | | mined editor family:A sites=1
human physique | human body | fingerprint | - | | family:A editor
human stays | human remains | fingerprint | - | | family:A editor
huntington's illness | Huntington's disease | fingerprint | - | | family:A editor
hyperlinks | links | ambiguous | - | next=between | mined editor family:A
hypertension | high blood pressure | ambiguous | - | prev=hypertension | editor
hysteria issues | anxiety disorders | fingerprint | - | | mined editor family:A sites=1
ice cowl | ice cover | fingerprint | - | | family:A editor
identified with | diagnosed with | ambiguous | - | next=most,a,an,diabetes,cancer,covid,covid-19,dementia,autism,adhd,melancholy,nervousness,depression,anxiety,breast,lung,prostate,colon,colorectal,pancreatic,ovarian,skin,pores,sort,hiv,alzheimer's,parkinson's,coronary,kidney,heart,schizophrenia,bipolar,early,late,stage,superior,advanced,persistent,continual,power,chronic,lengthy,long,hypertension,weight,obesity,an,one | family:A editor
illness | disease | ambiguous | - | prev=alzheimer's,parkinson's,heart,coronary,kidney,liver,lung,cardiovascular,infectious,autoimmune,celiac,crohn's,huntington's,lyme,rare,sickle,inflammatory,bowel,neurodegenerative,genetic,gum,periodontal,respiratory,metabolic,vascular,coronavirus,covid-19,19,this,the,persistent,power,continual,cell,motor,neuron,thyroid,heart,illness,pulmonary,obstructive,arterial,artery,fatty,chagas,legionnaires',kawasaki,prion,graves',addison's,infectious,contagious,tropical,zoonotic,foot-and-mouth,of or next=management,control,outbreaks,outbreak,development,progression,burden,danger,risk,severity,transmission,unfold,spread,prevention,mechanisms,fashions,models,modeling,modelling | dev:A editor family:H family:I
illness administration | disease management | fingerprint | - | | family:A editor
illness management | disease control | fingerprint | - | | family:A editor
illness prevention and management | Disease Prevention and Control | fingerprint | - | | family:A editor
illnesses | diseases | ambiguous | - | prev=infectious,chronic,persistent,continual,power,cardiovascular,autoimmune,rare,neurodegenerative,genetic,respiratory,metabolic,inflammatory,tropical,zoonotic,vaccine-preventable,of,such,other,different,many,these,those,preventable,non-communicable,noncommunicable,communicable,contagious,sexually,transmitted,major,main,deadly,lethal,fatal,serious,critical,extreme,severe,age-related,associated,related,heart,lung,liver,kidney,skin,pores,eye,bone | dev:A editor
image credit score | image credit | fingerprint | - | | editor family:A sites=1
imaginative and prescient | vision | fingerprint | - | | family:A editor
immediately | directly | ambiguous | - | !next=after,before,following,afterwards,afterward,available,obtainable,clear,apparent,obvious,evident,upon,once,as,when,recognizable,recognisable,identifiable,noticeable,visible,seen,halted,stopped,suspended,dismissed,released,launched,hospitalized,hospitalised,admitted,removed,treated,handled,at,preceding,prior,adjacent,there,thereafter,began,started,put,called,contacted !prev=almost,virtually,nearly,practically,not,more,effective,efficient,take,taken,taking,takes,begin,start,starting,begins,starts,started,begun,stop,stopped,stops,stopping,halt,leave,left,act,acted,acting,acts,respond,reply,responded,replied,report,reported,reports,resign,resigned,effect,quit,quits,go,went,going,goes,come,came,comes,coming,follow,followed,follows,seek,sought,call,called,calls,calling,contact,contacted,isolate,isolated | family:A editor
immune perform | immune function | fingerprint | - | | family:A editor
immune programs | immune systems | fingerprint | - | | family:A editor
immunization marketing campaign | immunization campaign | fingerprint | n | | family:A editor
impacted | affected | ambiguous | - | prev=was,were,been,be,is,are,being,most,negatively,severely,adversely,directly,disproportionately,significantly,those,people,communities,individuals | editor
impacts | affects | ambiguous | - | prev=it,that,which,this,how,also,directly,negatively,significantly,considerably,severely,adversely,melancholy,depression,illness,disease,stress | dev:A editor family:H
impacts round | affects around | fingerprint | - |  | mined editor family:A
imperial school london | Imperial College London | fingerprint | - | | family:A editor
important entrance | main entrance | ambiguous | n | | mined editor family:A
important thing findings | key findings | fingerprint | - | | mined editor family:A sites=1
impression | impact | ambiguous | - | prev=an,significant,vital,big,major,huge,large,giant,positive,optimistic,negative,destructive,environmental,economic,potential,attainable,its,their,lasting,long-term,direct,little,no,minimal,real,actual or next=on | editor
improve the danger | increase the risk | fingerprint | - | | family:A editor
in a position to | able to | ambiguous | - | | family:A family:H editor
in accordance with | according to | ambiguous | - | near=examine,study,research,researchers,analysis,survey,report,data,knowledge,ballot,poll,scientists,authors,statement | editor
in actual fact | in fact | ambiguous | - | | family:A editor
in actuality | in reality | ambiguous | - |  | editor family:A
in addition they | they also | ambiguous | - | | mined editor family:A sites=1
in addition to | as well as | ambiguous | - | | family:A editor
in all probability | probably | fingerprint | - | | family:A editor
in america | in the United States | fingerprint | cs |  | mined editor family:A
in an effort to | in order to | ambiguous | - | | family:A editor
in any other case | otherwise | ambiguous | - | | family:A editor
in brief | in short | ambiguous | - | | family:A editor
in contrast | compared | ambiguous | - | prev=were,be,been,being,then,when,as,researchers,scientists,they,we,team,crew,staff,workforce,and,who,which,study,examine,authors,investigators,analysis | family:A editor
in contrast to | unlike | ambiguous | - | | family:A editor
in critical situation | in critical condition | ambiguous | - | | mined editor family:A
in current months | in recent months | fingerprint | - | | family:A editor
in current weeks | in recent weeks | fingerprint | - | | family:A editor
in current years | in recent years | fingerprint | - | | family:A editor
in different phrases | in other words | fingerprint | - | !prev=expressed,written,said,put,phrased,repeated,used,worded,words | mined editor family:A sites=2
in direction of | towards | fingerprint | - | | family:A editor
in distinction | in contrast | ambiguous | - | !next=from,between | mined editor family:A
in distinction, | in contrast, | fingerprint | - | | mined editor family:A family:S sites=2
in entrance of | in front of | fingerprint | - |  | mined editor family:A
in every single place | everywhere | ambiguous | - | | family:A editor
in flip | in turn | fingerprint | - | | family:A editor
in gentle of | in light of | fingerprint | - | | family:A editor
in keeping with | according to | ambiguous | - | | dev:A editor
in keeping with day | per day | fingerprint | - | | dev:A
in line with | according to | ambiguous | - | next=researchers,scientists,experts,consultants,specialists,officials,officers,police,sources,him,them,me,us,dr,prof,professor,lead,senior,co-author,creator,writer,authors,creators,writers,nasa,who,cdc,fda,nih,spokesperson,spokesman,spokeswoman,reuters,ap,cnn,bbc,authorities | family:A editor
in mild of | in light of | fingerprint | - | | family:A editor
in opposition to | against | ambiguous | - | !prev=is,are,was,were,be,been,being,stood,stand,stands,standing,united,voted,vote,votes,voting | family:A editor
in order that | so that | ambiguous | - | | family:A editor
in particular person | in person | ambiguous | - | !next=who,whose,with,of,to,is,was,has,had | mined editor family:A sites=1
in position | in place | ambiguous | - | !next=to | dev:A
in regards to | about | ambiguous | - | | family:A editor
in response to | according to | ambiguous | - | next=researchers,scientists,experts,consultants,specialists,officials,officers,police,sources,him,her,them,me,us,dr,prof,professor,lead,senior,co-author,creator,writer,authors,creators,writers,nasa,who,cdc,fda,nih,spokesperson,spokesman,spokeswoman,reuters,ap,cnn,bbc,new,brand,latest,current,recent,data,knowledge,figures,statistics,report,study,examine,research,analysis,survey,ballot,poll,estimates,authorities | family:A editor
in response to a research | according to a study | ambiguous | - | !next=paper,papers,request,requests,question,questions,proposal,proposals,grant,grants,call,project,projects,article,letter,query,inquiry,report,funding,program,programme,initiative | mined editor family:A
in search of | seeking | ambiguous | - | | dev:A
in some unspecified time in the future | at some point | fingerprint | - | | dev:A editor
in the event that | if | fingerprint | - | | dev:I editor
in the hunt for | in search of | ambiguous | - | !prev=still,remain,remains,remained,stay,stays,stayed,firmly,squarely,very,well,be,been,is,are,was,were,keep,keeps,kept,back,right | mined editor family:A sites=1
in the meantime | meanwhile | ambiguous | - | | family:A editor
in the past | ago | ambiguous | - | prev=years,months,weeks,days,decades,centuries,hours,minutes,year,month,week,day,decade,century,000,million,billion | dev:A editor
in the present day | today | ambiguous | - | | family:A editor
in the present day's | today's | fingerprint | - | | mined editor family:A sites=1
in truth | in fact | ambiguous | - | | dev:H editor family:A
in useless | in vain | fingerprint | - | prev=be,been,was,were,is,are,all,not | mined editor family:A sites=1
incessantly | frequently | ambiguous | - | | family:A editor
incidence charge | incidence rate | fingerprint | n | | family:A editor
incidence fee | incidence rate | fingerprint | - | | family:A editor
inconceivable | impossible | ambiguous | - | | family:A editor
increased schooling | higher education | fingerprint | - | | family:A editor
incubation interval | incubation period | fingerprint | - | | family:A editor
indicate off | show off | fingerprint | v | | mined editor family:A sites=1
indicators | signs | ambiguous | - | next=of,and !prev=economic,financial,market,performance,efficiency,key,social,statistical,quality,leading,development,improvement,macroeconomic,environmental,sustainability,health,being,biological,organic,clinical,scientific,these,such,other,different,and,certain,several,various,numerous,many,some,several,multiple,a,an or prev=warning,telltale | mined editor family:A sites=3
indicators of hysteria | signs of anxiety | fingerprint | - | | mined editor family:A sites=1
indispensable a part of | indispensable part of | fingerprint | - |  | mined editor family:A
individuals's | people's | fingerprint | - |  | mined editor family:A
inexperienced areas | green spaces | fingerprint | - | | family:A editor
inexperienced gentle | green light | fingerprint | - | | family:A editor
inexperienced greens | green vegetables | fingerprint | - | | family:A editor
inexperienced hydrogen | green hydrogen | fingerprint | - | | family:A editor
inexperienced leafy | green leafy | fingerprint | - | | mined editor family:A sites=1
inexperienced leafy greens | green leafy vegetables | fingerprint | - | | mined editor family:A sites=1
inexperienced tea | green tea | fingerprint | - | | family:A editor
infectious brokers | infectious agents | fingerprint | - | | family:A editor
infectious illness consultants | infectious disease experts | fingerprint | - | | family:A editor
infectious illness knowledgeable | infectious disease expert | fingerprint | n | | family:A editor
infectious illness skilled | infectious disease expert | fingerprint | - | | mined editor family:A
infectious illness specialist | infectious disease specialist | fingerprint | n | | family:A editor
inflammatory bowel illness | inflammatory bowel disease | fingerprint | - | | family:A editor
inflicting | causing | ambiguous | v | !next=wounds,casualties,losses,punishment,defeat,defeats,pain,harm,damage,injury,injuries,suffering,violence | mined editor family:A
inflicting it to | causing it to | fingerprint | - |  | mined editor family:A
inflicting them to | causing them to | fingerprint | - |  | editor family:A
info | information | ambiguous | - | | family:A editor
info conference | news conference | fingerprint | n | | mined editor family:A
info constructions | information structures | fingerprint | - | | mined editor family:A sites=1
info functions | information purposes | fingerprint | - | | seed dev:A
inform | tell | ambiguous | - | next=me,us,you,him,her,them,a,an,your,my,anyone,someone,somebody,everyone,everybody,nobody,folks,youngsters,kids,mother,dad,reporters,journalists,pals,buddies,friends !near=decision,decisions,policy,policies,practice,research,strategy,strategies,design,planning,debate,guidelines,clinicians | dev:A
inform a unique story | tell a different story | fingerprint | - | | mined editor family:A
information company | news agency | fingerprint | - | | family:A editor
information constructions | data structures | fingerprint | - | | mined editor family:A sites=1
information convention | news conference | fingerprint | n | | family:A editor
information launch | news release | fingerprint | n | | family:A editor
information outlet | news outlet | fingerprint | n | | family:A editor
informed | told | ambiguous | - | next=reporters,reuters,cnn,nbc,abc,cbs,afp,bbc,journalists,newsweek,insider,healthday,fox,stat,npr,time,the,me,us,him,her,them,live,science,medical,medicalxpress,business,cnbc | editor family:A
infrared gentle | infrared light | fingerprint | - | | family:A editor
ingesting | drinking | ambiguous | - | | family:A editor
inhabitants | population | ambiguous | - | !next=of | dev:A editor
inhabitants density | population density | fingerprint | n | | editor family:A
inhabitants progress | population growth | fingerprint | - | | family:A editor
initially of | at the beginning of | fingerprint | - | | family:A editor
injury satellites | damage satellites | fingerprint | - | | mined editor family:A sites=1
inner drugs | internal medicine | fingerprint | - | | family:A editor
inner medication | internal medicine | fingerprint | - | | family:A editor
inoculation | vaccination | ambiguous | n | | editor
inside | within | ambiguous | - | | dev:A family:H family:O
inside attain | within reach | fingerprint | - | | mined editor family:A sites=1
inside the use of | in the use of | ambiguous | - | | mined editor family:A sites=1
instances | times | ambiguous | - | next=extra,more,greater,larger,bigger,increased,higher,sooner,faster,quicker,smaller,lower,decrease,much,as | mined editor family:A family:H mined
instances a day | times a day | fingerprint | - | | mined editor family:A
instances a week | times a week | fingerprint | - | | mined editor family:A
instances of | cases of | ambiguous | - | near=covid,covid-19,coronavirus,infection*,infected,disease*,illness*,cancer*,cancers,diabetes,death*,hospital*,patient*,sufferer*,virus,viral,outbreak*,flu,influenza,measles,dementia,sickness*,malady,maladies,diagnos*,drinks,sugar | mined editor family:A family:I
instances per week | times per week | fingerprint | - | | mined editor family:A sites=1
instances the dimensions | times the size | fingerprint | - |  | mined editor family:A
instances the mass of | times the mass of | fingerprint | - |  | editor family:A
instantly | immediately | ambiguous | - | | family:A editor
institute of expertise | Institute of Technology | fingerprint | - | | family:A editor
institute of know-how | Institute of Technology | fingerprint | - | | family:A editor
institute on getting older | Institute on Aging | fingerprint | - | | family:A editor
instructional establishments | educational institutions | fingerprint | - | | mined editor family:A sites=1
insulin ranges | insulin levels | fingerprint | - | | family:A editor
insurance coverage protection | insurance coverage | fingerprint | - | | family:A editor
intently | closely | ambiguous | - | | dev:A
intercourse | sex | ambiguous | - | !prev=sexual,vaginal,anal,unprotected,penetrative,oral,painful,during,after,before,social,human,commercial,political,cultural,economic,scientific,daily,regular,frequent,of !next=with | family:A editor
intercourse chromosomes | sex chromosomes | fingerprint | - | | family:A editor
intercourse drive | sex drive | fingerprint | - | | family:A editor
intercourse employees | sex workers | fingerprint | - | | family:A editor
intercourse hormones | sex hormones | fingerprint | - | | family:A editor
intercourse schooling | sex education | fingerprint | - | | family:A editor
intercourse variations | sex differences | fingerprint | - | | family:A editor
interminable torment | chronic pain | fingerprint | - | | family:I editor
international common temperature | global average temperature | fingerprint | - | | family:A editor
international forex | foreign currency | ambiguous | - | !next=market,markets,broker,brokers,trading,trader,traders,exchange,exchanges,platform,platforms,signals | mined editor family:A
international locations | countries | fingerprint | - | | family:A editor
international temperature | global temperature | fingerprint | - | !next=scale,scales | mined editor family:A sites=1
international temperatures | global temperatures | fingerprint | - | | family:A editor
international warming | global warming | fingerprint | - | | family:A editor
internet hosting | hosting | ambiguous | - | !next=company,companies,provider,providers,service,services,plan,plans,platform,platforms,firm,firms,business,industry,market | mined editor family:A sites=1
internet zero | net zero | fingerprint | - | | family:A editor
internet-zero | net-zero | fingerprint | - | | family:A editor
interprets into | translates into | ambiguous | - | | editor family:A
interprets to | translates to | ambiguous | - | | mined editor family:A sites=1
interstellar dirt | interstellar dust | fingerprint | - | | editor family:A
interstellar gasoline | interstellar gas | fingerprint | - | | editor family:A
interstellar mud | interstellar dust | fingerprint | - | | editor family:A
interval coaching | interval training | fingerprint | - | | family:A editor
intervene | interfere | ambiguous | v | next=with | mined editor family:A
intestine | gut | ambiguous | - | !prev=small,large,lower,upper,thin | family:A editor
intestine micro organism | gut bacteria | fingerprint | - | | family:A editor
intestine microbiome | gut microbiome | fingerprint | - | | family:A editor
introduced | announced | ambiguous | - | !prev=been,be,being,is,are,was,were,newly,recently,first,species,invasive !next=into,to,in | dev:A
invention | discovery | ambiguous | - | !prev=patent,patented,patentable,mother,new,brand,latest,his,her,their,its,whose,an,human,modern,fashionable,recent,greatest,best,finest,wonderful,ingenious !next=disclosure,disclosures,patent,patents,of | family:A editor
inventory market | stock market | fingerprint | - | | family:A editor
investigation | study | ambiguous | - | prev=the,a,new,this,latest,recent or next=distributed,published,found,discovered,proposes,indicated,showed | editor
investigator on the | investigator at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
investigators on the | investigators at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
invoice | bill | ambiguous | - | prev=house,senate,spending,relief,aid,infrastructure,health,well,reform,legislation,proposed,draft,bipartisan,republican,democratic,omnibus,stimulus,budget,funding,appropriations,covid,abortion,climate,energy,power,vitality,immigration,tax,education,schooling,farm,defense,defence,gun,crime,voting,senate's,house's,government's,authorities',the,this,that,a,an,his,her,their,its,new,brand,which,whose,privacy,privateness,safety,security,online,on-line,data,knowledge,assisted,dying,euthanasia,planning,water,nhs,social,care,housing,trade,lobbying,rights,marriage,equality,equal,consumer,protection,transportation,highway,road,police,policing,bail | family:A editor
invoice & melinda gates basis | Bill & Melinda Gates Foundation | fingerprint | - | | family:A editor
invoice and melinda gates basis | Bill and Melinda Gates Foundation | fingerprint | - | | family:A editor
Invoice Nelson | Bill Nelson | fingerprint | cs | | mined editor family:A
irritation | inflammation | ambiguous | - | | editor
is house to | is home to | fingerprint | - | !next=house | mined editor family:A sites=1
is just not | isn't | ambiguous | - | next=clear,known,understood,certain,yet,possible,likely,sure,necessary,enough,the,a,an | mined editor family:A family:S sites=1
is sweet for | is good for | ambiguous | - |  | mined editor family:A
issue | problem | ambiguous | - | prev=a,an,the,this,that,any,no !next=a,an,warnings,warning,guidance,statements,statement,orders,order | dev:A
issue falling asleep | difficulty falling asleep | fingerprint | - | | mined editor family:A sites=1
issues | problems | ambiguous | - | !prev=special,journal,to,will,would,could,may,might,can,must,should,back !next=a,an,warnings,warning,guidance,statements,statement,orders,order | family:A editor
it is | it's | ambiguous | - | !next=also,getting,having,still,now,important,possible,likely,unclear,clear,estimated,thought,believed,expected,known,the,a,an,time,difficult,hard,much,far,less,more,most,usually,often,considerably,roughly,called,considered,used,recommended,hoped,associated,viewed,therefore,bigger,larger,closer !prev=that,while,where,wherever,whereas | dev:A dev:S
it is advisable | you need to | ambiguous | - | !next=to,that,for,not,if,when,in,at,on,as,also,though,however,therefore,then,and,or,but,thus,hence,because,so,always,never,sometimes,first,before,after,where,since | mined editor family:A sites=1
it surely's | it's | fingerprint | - | | mined editor family:A sites=1
jama community open | JAMA Network Open | fingerprint | - | | family:A editor
james prepare dinner | James Cook | fingerprint | - | | mined editor family:A
james prepare dinner college | James Cook University | fingerprint | - | | mined editor family:A
jap | eastern | fingerprint | cs | next=us,u.s,united,china,europe,coast,part,parts,region,regions,seaboard,time,standard,daylight,canada,asia,africa,australia,mediterranean,pacific,atlantic,siberia,hemisphere,side,edge,flank,sky,horizon,north,south,limb | mined editor family:A
japanese | eastern | ambiguous | cs | | mined editor family:A
johns hopkins drugs | Johns Hopkins Medicine | fingerprint | - | | family:A editor
johns hopkins medication | Johns Hopkins Medicine | fingerprint | - | | family:A editor
johnson house middle | Johnson Space Center | fingerprint | - | | family:A editor
journal of geophysical analysis | Journal of Geophysical Research | fingerprint | - | | family:A editor
journey ban | travel ban | fingerprint | n | | family:A editor
journey restrictions | travel restrictions | fingerprint | - | | family:A editor
journey vary | travel range | fingerprint | - | | mined editor family:A sites=1
joyful | happy | ambiguous | - | | family:A editor
Jurassic Interval | Jurassic Period | fingerprint | cs | | family:A editor
jurassic interval | Jurassic period | fingerprint | - | | editor family:A family:?
just about every extra | each additional | fingerprint | - | | mined editor family:A family:S sites=1
just isn't | is not | ambiguous | - | | seed dev:A
just lately | recently | ambiguous | - | | family:A editor
kaiser household basis | Kaiser Family Foundation | fingerprint | - | | family:A editor
keep away from | avoid | ambiguous | - | | family:A editor
keep dwelling | stay home | ambiguous | - | !next=on,upon,in,over,about | mined editor family:A sites=1
keep up | maintain | ambiguous | - | !next=with | dev:A
kennedy house middle | Kennedy Space Center | fingerprint | - | | family:A editor
keynote audio system | keynote speakers | fingerprint | - | | family:A editor
kidney harm | kidney damage | fingerprint | - | | family:A editor
kidney most cancers | kidney cancer | fingerprint | - | | family:A editor
kidney perform | kidney function | fingerprint | - | | family:A editor
kids's | children's | fingerprint | - | | family:A editor
kinfolk | relatives | ambiguous | - | | mined editor family:A
king's school london | King's College London | fingerprint | - | | family:A editor
know-how | technology | ambiguous | - | !prev=technical,scientific,practical,local,specialist,expert,engineering,manufacturing | editor
knowledge | data | ambiguous | - | prev=the,new,more,genetic,genomic,clinical,scientific,health,well,patient,affected,satellite,observational,survey,ballot,census,statistical,large,big,raw,real-world,actual-world,such,these,our,their,publicly,available,collected,analyzed,analysed,existing,preliminary,early,your,personal,medical,of,from,using,utilizing,with,on,trial or next=from,collected,set,sets,science,scientist,scientists,analysis,evaluation,assortment,collection,present,show,recommend,counsel,point,have,was,were,revealed,confirmed | dev:A editor
knowledge assortment | data collection | fingerprint | - | | family:A editor
knowledge breach | data breach | fingerprint | n | | family:A editor
knowledge facilities | data centers | fingerprint | - | | family:A editor
knowledge middle | data center | fingerprint | - | | family:A editor
knowledge privateness | data privacy | fingerprint | - | | family:A editor
knowledge recommend | data suggest | fingerprint | - | | family:A editor
knowledge science | data science | fingerprint | - | | family:A editor
knowledge scientist | data scientist | fingerprint | n | | family:A editor
knowledgeable | expert | ambiguous | n | | family:A editor
knowledgeable the police | informed the police | fingerprint | - | | mined editor family:A
known as for | called for | ambiguous | - | | mined editor family:A sites=1
labored | worked | ambiguous | - | next=on,with,alongside,together,closely | mined editor family:A
labored out | worked out | fingerprint | - | !next=in,of,there,on,at,under | mined editor family:A sites=2
laborious | hard | ambiguous | - | | family:A editor
laboured | worked | ambiguous | - | next=on,with,alongside,together,closely | mined editor family:A
ladies | women | ambiguous | - | | editor
lads's | men's | fingerprint | - | | mined editor family:A
lady | woman | ambiguous | - | prev=a,the,one,another,older,elderly,pregnant,this,that,every,each,any !next=gaga,luck,liberty,justice,macbeth | mined editor family:A family:I sites=2
landmark examine | landmark study | fingerprint | - | | family:A editor
language fashions | language models | fingerprint | - | | dev:A
language mannequin | language model | fingerprint | - | | family:A editor
laptop architecture | computer architecture | fingerprint | n | | mined editor family:A sites=1
laptop engineering | computer engineering | fingerprint | - | | mined editor family:A sites=1
laptop science | computer science | fingerprint | - | | mined editor family:A sites=1
laptop scientist | computer scientist | fingerprint | n | | family:A editor
large star | massive star | ambiguous | n | | mined editor family:A
largest menace | biggest threat | fingerprint | - |  | mined editor family:A
lastly | finally | ambiguous | - | | dev:A
late-stage most cancers | late-stage cancer | fingerprint | - | | family:A editor
lately | recently | ambiguous | - | | family:A editor
latest analysis | recent research | ambiguous | - | !prev=the,a,an,its,their,his,her,our,this,that,whose,my,your | mined editor family:A
latest several years | recent years | fingerprint | - | | mined editor family:A sites=1
lawyer basic | attorney general | fingerprint | n | | family:A editor
ldl cholesterol | cholesterol | fingerprint | cs | | family:A editor
lead by instance | lead by example | fingerprint | v | | mined editor family:A
lead creator | lead author | fingerprint | n | | family:A editor
lead writer | lead author | ambiguous | n | near=examine,study,research,paper,analysis,journal,revealed,printed,professor,college,university | family:A editor
learn the authentic article | read the original article | fingerprint | - | | editor family:A
learn the original article | read the original article | fingerprint | - | | mined editor family:A sites=1
learn the unique article | read the original article | fingerprint | - | | editor family:A
lecturer on the | lecturer at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
lecturers | teachers | ambiguous | - | | family:A editor
legacy discipline | Legacy Field | fingerprint | - | | mined editor family:A
legal guidelines | laws | fingerprint | - | | family:A editor
legal guidelines of physics | laws of physics | fingerprint | - |  | editor family:A
legionnaires' illness | Legionnaires' disease | fingerprint | - | | family:A editor
legislation college | law school | fingerprint | n | | family:A editor
legislation enforcement | law enforcement | fingerprint | - | | family:A editor
legislation of thermodynamics | law of thermodynamics | fingerprint | - | | mined editor family:A
legislation professor | law professor | fingerprint | n | | family:A editor
lengthy | long | ambiguous | - | !next=process,processes,discussion,discussions,debate,debates,negotiations,talks,legal,document,documents,article,articles,report,reports,essay,essays,statement,statements,interview,interviews,hearing,hearings,investigation,investigations,list,lists | dev:A
lengthy covid | long COVID | fingerprint | - | | family:A editor
lengthy in the past | long ago | fingerprint | - | | mined editor family:A sites=1
lengthy suspected | long suspected | fingerprint | - |  | mined editor family:A
lengthy-term | long-term | fingerprint | - | | family:A editor
levels | degrees | ambiguous | - | next=c,f | mined editor family:A sites=2
levels celsius | degrees Celsius | fingerprint | - | | family:A editor
levels fahrenheit | degrees Fahrenheit | fingerprint | - | | family:A editor
life-style | lifestyle | ambiguous | n | | family:A editor
lifeless | dead | ambiguous | - | | family:A editor
lightweight years | light years | fingerprint | - |  | editor family:A
lightweight-year | light-year | fingerprint | n |  | mined editor family:A
liked one | loved one | fingerprint | n | | dev:A editor
likely one of the | one of the | ambiguous | - | | dev:A
listed below are | here are | ambiguous | - | | mined editor family:A
listening to aids | hearing aids | fingerprint | - | | family:A editor
listening to loss | hearing loss | fingerprint | - | | family:A editor
listening to support | hearing aid | fingerprint | n | | family:A editor
liveable zone | habitable zone | fingerprint | n | | family:A editor
lively analysis | active research | fingerprint | - | prev=of,under | editor family:A sites=1
lively galactic nuclei | active galactic nuclei | fingerprint | - | | mined editor family:A sites=1
lively galactic nucleus | active galactic nucleus | fingerprint | - | | mined editor family:A
liver harm | liver damage | fingerprint | - | | family:A editor
liver most cancers | liver cancer | fingerprint | - | | family:A editor
liver perform | liver function | fingerprint | - | | family:A editor
local weather | climate | ambiguous | - | !next=conditions,forecast,forecasts,station,stations,office,service | editor
local weather activists | climate activists | fingerprint | - | | family:A editor
local weather adaptation | climate adaptation | fingerprint | - | | family:A editor
local weather change | climate change | fingerprint | - | | family:A editor
local weather denial | climate denial | fingerprint | - | | family:A editor
local weather disaster | climate crisis | fingerprint | - | | family:A editor
local weather fashions | climate models | fingerprint | - | | family:A editor
local weather finance | climate finance | fingerprint | - | | family:A editor
local weather insurance policies | climate policies | fingerprint | - | | family:A editor
local weather knowledgeable | climate expert | fingerprint | n |  | mined editor family:A
local weather mannequin | climate model | fingerprint | - | | family:A editor
local weather motion | climate action | fingerprint | - | | family:A editor
local weather negotiations | climate negotiations | fingerprint | - | | family:A editor
local weather nervousness | climate anxiety | fingerprint | - | | family:A editor
local weather resilience | climate resilience | fingerprint | - | | family:A editor
local weather summit | climate summit | fingerprint | n | | family:A editor
local weather talks | climate talks | fingerprint | - | | family:A editor
local weather targets | climate targets | fingerprint | - | | family:A editor
local weather warming | climate warming | fingerprint | - | | family:A editor
lodge room | hotel room | ambiguous | n | | mined editor family:A sites=2
long-term publicity | long-term exposure | fingerprint | - | | family:A editor
long-term reminiscence | long-term memory | fingerprint | - | | family:A editor
longitudinal examine | longitudinal study | fingerprint | - | | family:A editor
los angeles occasions | Los Angeles Times | fingerprint | - | | family:A editor
loss of life certificates | death certificates | fingerprint | - | | family:A editor
loss of life charge | death rate | fingerprint | n | | family:A editor
loss of life toll | death toll | fingerprint | - | | family:A editor
lots of of | hundreds of | fingerprint | - | | family:A editor
lou gehrig's illness | Lou Gehrig's disease | fingerprint | - | | family:A editor
loud night breathing | snoring | fingerprint | - | | mined editor family:A
lovely | beautiful | ambiguous | - | | family:A editor
lower than | less than | ambiguous | - | !prev=is,are,was,were,be,been,much,significantly,slightly,far,considerably,even,levels,ranges,rates,charges,scores,risk,danger,prices,costs,temperatures | dev:A editor
lunar floor | lunar surface | fingerprint | - | | family:A editor
lunar touchdown | lunar landing | fingerprint | n | | family:A editor
lung an infection | lung infection | fingerprint | - | | family:A editor
lung harm | lung damage | fingerprint | - | | family:A editor
lung most cancers | lung cancer | fingerprint | - | | family:A editor
lung perform | lung function | fingerprint | - | | family:A editor
lyme illness | Lyme disease | fingerprint | - | | family:A editor
machine studying | machine learning | fingerprint | - | | family:A editor
mad cow illness | mad cow disease | fingerprint | - | | family:A editor
made gentle of | made light of | fingerprint | - | | family:A editor
magnetic area traces | magnetic field lines | fingerprint | - |  | mined editor family:A
magnetic discipline | magnetic field | fingerprint | n |  | mined editor family:A
magnetic discipline traces | magnetic field lines | fingerprint | - | | mined editor family:A
magnetic field traces | magnetic field lines | fingerprint | - | | mined editor family:A
magnetic protect | magnetic shield | fingerprint | - | | mined editor family:A sites=1
magnetic subject | magnetic field | fingerprint | n | | family:A editor
magnetic subject traces | magnetic field lines | fingerprint | - | | mined editor family:A
main as much as | leading up to | fingerprint | - | | mined editor family:A
main by instance | leading by example | fingerprint | - | | mined editor family:A sites=1
main care docs | primary care doctors | fingerprint | - | | family:A editor
main care physicians | primary care physicians | fingerprint | - | | family:A editor
main care suppliers | primary care providers | fingerprint | - | | family:A editor
main depressive dysfunction | major depressive disorder | fingerprint | - | | family:A editor
main despair | major depression | fingerprint | - | | mined editor family:A sites=1
main melancholy | major depression | fingerprint | - | | mined editor family:A sites=2
major quantity | significant amount | fingerprint | - |  | mined editor family:A
make gentle of | make light of | fingerprint | v | | mined editor family:A sites=1
make you are feeling | make you feel | fingerprint | - | | dev:A
makes a speciality of | specializes in | ambiguous | - | | mined editor family:A sites=1
makes use of | uses | ambiguous | - | | mined editor family:A sites=2
making an attempt | trying | fingerprint | - | | dev:A
making an attempt to determine | trying to figure out | fingerprint | - |  | mined editor family:A
males | men | ambiguous | - | !prev=younger,young,adult,adults,juvenile,older,dominant,breeding,immature,mature,alpha,sexually !near=shark,sharks,hen,hens,bird,birds,animal,animals,species,mating,breeding,mice,rats,monkeys,whales,dolphins,chimpanzees,fish,insects,frogs,predators,offspring,eggs,nest,nests,sperm,pups,calves,cubs,tagged | family:A editor
males's | men's | fingerprint | - | | family:A editor
management | control | ambiguous | - | next=over or prev=mission,pest,birth,traffic,gun,arms,self,impulse,remote,lose,lost,losing,shedding,misplaced,regain,regained,regaining,tighter,out | mined editor family:A
management group | control group | ambiguous | n | | family:A editor
mandatory | necessary | ambiguous | - | prev=the next=steps,abilities,skills,assets,resources,instruments,tools,info,data,information,knowledge,funding,experience,expertise,adjustments,modifications,changes,precautions,approvals,permissions,paperwork,gear,equipment,infrastructure,vitamins,nutrients,elements,components or prev=if | mined editor family:A
mannequin | model | ambiguous | n | !near=fashion*,clothing,shop*,store*,window*,dress*,display* | editor
manner | way | ambiguous | - | prev=the,this,that,one,no,any,every,each,same,only,best,another,which,what,other,some,our,their,his,her,its,my,your | family:A editor
manufactured feasible | made possible | fingerprint | - | | mined editor family:A
marine air pollution | marine pollution | fingerprint | - | | family:A editor
mars touchdown | Mars landing | fingerprint | n | | family:A editor
marshall house flight middle | Marshall Space Flight Center | fingerprint | - | | family:A editor
martian floor | Martian surface | fingerprint | - | | family:A editor
masks coverage | mask policy | fingerprint | - | | mined editor family:A sites=1
masks insurance policies | mask policies | fingerprint | - | | mined editor family:A sites=1
massachusetts basic hospital | Massachusetts General Hospital | fingerprint | - | | family:A editor
massachusetts common hospital | Massachusetts General Hospital | fingerprint | - | | family:A editor
massachusetts normal hospital | Massachusetts General Hospital | fingerprint | - | | family:A editor
massive | large | ambiguous | - | next=language,quantity,quantities,scale,pattern,sample,cohort,proportion,datasets,hadron | dev:A editor
massive examine | large study | fingerprint | - | | family:A editor
massive hadron collider | Large Hadron Collider | fingerprint | - | | family:A editor
massive magellanic cloud | Large Magellanic Cloud | fingerprint | - | | family:A editor
material of space-time | fabric of space-time | fingerprint | - | | mined editor family:A
material of spacetime | fabric of spacetime | fingerprint | - | | mined editor family:A
may very well be | could be | ambiguous | - | | mined editor family:A
meals | food | ambiguous | - | prev=processed,ultra-processed,junk,fried,fatty,sugary,spicy,plant-based,wholesome,nutritious,salty,organic,about,contemporary,a,an,this,eats,consuming or next=reward,rewards,surplus,surpluses,security,insecurity,supply,supplies,shortage,shortages,safety,poisoning,allergy,allergies,intake,production,waste,prices,chain,chains,source,sources,webs,web,sector,industry,label,labels,labeling,labelling,additives,additive,packaging,deserts,desert | mined editor family:A family:H
meals allergy symptoms | food allergies | fingerprint | - | | family:A editor
meals and agriculture group | Food and Agriculture Organization | fingerprint | - | | family:A editor
meals and drug administration | Food and Drug Administration | fingerprint | - | | family:A editor
meals banks | food banks | fingerprint | - | | family:A editor
meals chain | food chain | fingerprint | n | | family:A editor
meals consumption | food intake | fingerprint | - | | mined editor family:A
meals insecurity | food insecurity | fingerprint | - | | family:A editor
meals internet | food web | fingerprint | n | | family:A editor
meals merchandise | food products | fingerprint | - | | family:A editor
meals poisoning | food poisoning | fingerprint | - | | family:A editor
meals provide | food supply | fingerprint | - | | family:A editor
meals security | food security | fingerprint | - | | family:A editor
meals trade | food industry | fingerprint | - | | family:A editor
measles instances | measles cases | fingerprint | - | | family:A editor
medical doctors | doctors | ambiguous | - | | family:A editor
medical doctors with out borders | Doctors Without Borders | fingerprint | - | | family:A editor
medical health insurance | health insurance | fingerprint | - | | family:A editor
medical heart | medical center | fingerprint | n | | mined editor family:A sites=1
medical information right this moment | Medical News Today | fingerprint | - | | family:A editor
medical middle | medical center | fingerprint | n | | family:A editor
medical neighborhood | medical community | fingerprint | - | | family:A editor
medical professional assistant | physician assistant | fingerprint | n | | mined editor family:A
medical recommendation | medical advice | ambiguous | n | | mined editor family:A sites=1
medical scholar | medical student | fingerprint | n | | family:A editor
medical schooling | medical education | fingerprint | - | | family:A editor
medical wants | medical needs | fingerprint | - | | mined editor family:A sites=1
medicare and medicaid providers | Medicare and Medicaid Services | fingerprint | - | | family:A editor
medicare benefit | Medicare Advantage | fingerprint | - | | family:A editor
medication | medicine | ambiguous | - | prev=nature,internal,inner,precision,personalized,personalised,translational,regenerative,emergency,sports,veterinary,family,preventive,tropical,traditional,nuclear,molecular,genomic,experimental,evidence-based,chinese or prev=of near=field,fields,professor,professors,educator,educators,department,branch,branches,part,school,faculty,college,discipline,disciplines,specialty,specialties | editor
medicinal drug | medicine | ambiguous | n | | mined editor family:A
medicine | drugs | ambiguous | - | prev=bunch,group,new,these,those,anti-inflammatory,antiviral,antidepressant,psychedelic,prescription,weight-loss,weight,blood,diabetes,cancer,most,cholesterol,such,the,other,different,taking,take,took,two,three,many,some,certain,sure,existing,present,current,common,widespread,similar,comparable,approved,accredited,authorized,generic,off-label or next=like,akin,corresponding,reminiscent,equivalent,such,that,which,including,together,are,were,have,had,can,may,might,could,for,to,used,utilized | seed dev:A editor
mediterranean food plan | Mediterranean diet | fingerprint | - | | family:A editor
mediterranean weight loss program | Mediterranean diet | fingerprint | - | | mined editor family:A sites=1
melancholy | depression | ambiguous | - | | dev:A editor
melancholy and nervousness | depression and anxiety | fingerprint | - | | family:A editor
members | participants | ambiguous | - | near=trial*,stud*,involv*,enrol*,recruit*,survey*,research*,examine,randomi*,placebo,adult,grownup,cohort | seed dev:A dev:I
menopausal ladies | menopausal women | fingerprint | - | | family:A editor
mentioned | said | ambiguous | - | !next=in,above,earlier,before,previously,below,by,as,it,the,a,an,this,these,those,him,her,them,his,their,its,is,are,was,were,here,there !prev=was,were,been,be,is,are,being,not,also,already,never,briefly,frequently,often,repeatedly,rarely,commonly,above,previously,earlier,widely,the,a,an,first,last | dev:A editor family:H
mentioned in an announcement | said in a statement | fingerprint | - |  | editor family:A
merchandise | products | ambiguous | n | !prev=branded,official,team,crew,band,club,membership,souvenir,licensed,royal,fan,concert,tour,sports,game,sport,disney,harry,potter,marvel,star,anime,movie,film,music,kpop,k-pop !next=sales,gross,stores,store,shop,shops,stand,stands,table,tables,deals,deal,line,lines,booth,booths,tent | family:A editor
Met Workplace | Met Office | fingerprint | cs | | family:A editor
metabolic charge | metabolic rate | fingerprint | n | | family:A editor
metastatic most cancers | metastatic cancer | fingerprint | - | | family:A editor
meteor bathe | meteor shower | fingerprint | n | | family:A editor
methodological high quality | methodological quality | fingerprint | - | | seed dev:A
methodology | method | ambiguous | - | prev=new,novel,a,brand,simple,easy,cheap,low-cost,promising,different,alternative | dev:A editor
metropolis | city | ambiguous | - | | family:A editor
metropolis council | city council | fingerprint | n | | family:A editor
metropolis officers | city officials | fingerprint | - | | family:A editor
michigan drugs | Michigan Medicine | fingerprint | - | | family:A editor
michigan medication | Michigan Medicine | fingerprint | - | | family:A editor
micro organism | bacteria | fingerprint | - | | family:A editor
midday | noon | ambiguous | - | prev=at,by,until,till,before,after,from,around,about,since | mined editor family:A sites=1
migraine complications | migraine headaches | fingerprint | - | | family:A editor
migratory hen | migratory bird | fingerprint | n | | mined editor family:A
mild | light | ambiguous | - | prev=overhead,warped,visible,infrared,ultraviolet,starlight,reflected,polarized,polarised,ambient,artificial or next=years,year,from,waves,pollution,curve,curves,echo,echoes,emitted,bulb,bulbs | mined editor family:A sites=2
mild microscope | light microscope | fingerprint | n | | editor family:A sites=1
milky approach | Milky Way | fingerprint | - |  | mined editor family:A
milky manner | Milky Way | fingerprint | - | | family:A editor
milky method | Milky Way | fingerprint | - |  | mined editor family:A
million decades back | million years ago | fingerprint | - | | mined editor family:A sites=1
million many years back | million years ago | fingerprint | - | | mined editor family:A sites=1
million years in the past | million years ago | fingerprint | - | | mined editor family:A family:? sites=3
millions of years in the past | millions of years ago | fingerprint | - |  | editor family:A
mind area | brain region | fingerprint | - | | family:A editor
mind areas | brain regions | fingerprint | - | | family:A editor
mind cells | brain cells | fingerprint | - | | family:A editor
mind circuits | brain circuits | fingerprint | - | | family:A editor
mind community | brain network | fingerprint | n | | family:A editor
mind construction | brain structure | fingerprint | - | | family:A editor
mind damage | brain injury | fingerprint | n | | family:A editor
mind dimension | brain size | fingerprint | - | | family:A editor
mind exercise | brain activity | fingerprint | - | | family:A editor
mind fog | brain fog | fingerprint | - | | family:A editor
mind getting older | brain aging | fingerprint | - | | family:A editor
mind growth | brain development | fingerprint | - | | family:A editor
mind harm | brain damage | fingerprint | - | | family:A editor
mind imaging | brain imaging | fingerprint | - | | family:A editor
mind implant | brain implant | fingerprint | n | | family:A editor
mind improvement | brain development | fingerprint | - | | family:A editor
mind measurement | brain size | fingerprint | - | | family:A editor
mind most cancers | brain cancer | fingerprint | - | | family:A editor
mind receptors | brain receptors | fingerprint | - | | seed dev:A
mind scans | brain scans | fingerprint | - | | family:A editor
mind surgical procedure | brain surgery | fingerprint | - | | family:A editor
mind tissue | brain tissue | fingerprint | - | | family:A editor
mind tumor | brain tumor | fingerprint | n | | family:A editor
mind well being | brain health | fingerprint | - | | family:A editor
mind's | brain's | ambiguous | - | next=visible,visual,reward,capacity,response,structure,cells,neurons,activity,wiring,circuits,circuitry,chemistry,immune,blood,left,right,frontal,prefrontal,hippocampus,memory,reminiscence,white,grey,gray,outer,cortex,neural,electrical,default,ability | mined editor family:A
minimal wage | minimum wage | fingerprint | - | | family:A editor
minimize down on | cut down on | fingerprint | - |  | mined editor family:A
mirror gentle | reflect light | fingerprint | v | | mined editor family:A
misplaced | lost | ambiguous | - | | family:A editor
model new | new | fingerprint | - | !prev=role | mined editor family:A
moderately than | rather than | fingerprint | - | | family:A editor
modifications | changes | ambiguous | - | | family:A editor
modified | changed | ambiguous | - | !prev=genetically,chemically | dev:A
molecular gasoline | molecular gas | fingerprint | - | | editor family:A
monetary | financial | ambiguous | - | !next=policy,coverage,policies,union,fund,authority,authorities,base,tightening,easing,stimulus,aggregates,unit,units,value,worth,supply,provide,committee,economics,system,techniques,policymakers,policymaker,sovereignty,integration,expansion,contraction,conditions,situations,circumstances,financing,regime,regimes,instruments,transmission,theory,idea,history,historical,reform,policy-making,policymaking,affairs,gold | family:A editor
monetary occasions | Financial Times | fingerprint | - | | family:A editor
month-to-month | monthly | ambiguous | - | | family:A editor
month-to-month notices | Monthly Notices | fingerprint | - | | family:A editor
moon touchdown | moon landing | fingerprint | n | | family:A editor
moon's floor | moon's surface | fingerprint | - |  | editor family:A
more and more extra | increasingly | fingerprint | - | | mined editor family:A sites=1
more durable | harder | ambiguous | - | | family:A editor
more established | older | ambiguous | - | | family:I editor
more healthy | healthier | ambiguous | - | | family:A editor
more to comply with | more to follow | fingerprint | - | | mined editor family:A sites=1
more youthful | younger | fingerprint | - | | family:I editor
mortality charge | mortality rate | fingerprint | n | | family:A editor
mortality fee | mortality rate | fingerprint | n | | family:A editor
most cancers | cancer | ambiguous | n | !next=are,have,can,do,were,will,develop,arise,start,grow,begin,respond,is | dev:H family:A editor
most cancers analysis | cancer research | fingerprint | - | | family:A editor
most cancers analysis middle | Cancer Research Center | fingerprint | - | | family:A editor
most cancers analysis uk | Cancer Research UK | fingerprint | - | | family:A editor
most cancers care | cancer care | fingerprint | - | | family:A editor
most cancers cells | cancer cells | fingerprint | - | | family:A editor
most cancers charges | cancer rates | fingerprint | - | | family:A editor
most cancers danger | cancer risk | fingerprint | - | | dev:H editor
most cancers deaths | cancer deaths | fingerprint | - | | family:A editor
most cancers drug | cancer drug | fingerprint | - | | family:A editor
most cancers incidence | cancer incidence | fingerprint | - | | family:A editor
most cancers instances | cancer cases | fingerprint | - | | family:A editor
most cancers institute | Cancer Institute | fingerprint | - | | family:A editor
most cancers medicine | cancer drugs | fingerprint | - | | family:A editor
most cancers middle | cancer center | fingerprint | n | | family:A editor
most cancers prognosis | cancer diagnosis | fingerprint | - | | family:A editor
most cancers remedy | cancer treatment | fingerprint | - | | family:A editor
most cancers screening | cancer screening | fingerprint | - | | family:A editor
most cancers specialist | cancer specialist | fingerprint | n | | family:A editor
most cancers sufferers | cancer patients | fingerprint | - | | family:A editor
most cancers survivor | cancer survivor | fingerprint | n | | family:A editor
most cancers therapy | cancer treatment | fingerprint | - | | family:A editor
most cancers vaccine | cancer vaccine | fingerprint | n | | family:A editor
most cancers varieties | cancer types | fingerprint | - | | family:A editor
most likely | probably | ambiguous | - | | family:A editor
most not unusual | most common | fingerprint | - | | mined editor family:A sites=1
most typical type | most common form | fingerprint | - |  | mined editor family:A
mother and father | parents | ambiguous | - | | family:A editor
motion pictures | movies | ambiguous | - | !next=association,arts,academy,industry,picture | mined editor family:A sites=1
motor neuron illness | motor neuron disease | fingerprint | - | | family:A editor
motor neurone illness | motor neurone disease | fingerprint | - | | family:A editor
motor perform | motor function | fingerprint | - | | family:A editor
mouse fashions | mouse models | fingerprint | - | | family:A editor
mouse mannequin | mouse model | fingerprint | - | | family:A editor
much less doubtless | less likely | fingerprint | - | | family:A editor
much less more likely | less likely | fingerprint | - |  | mined editor family:A
much less prone to | less likely to | ambiguous | - | | mined editor family:A sites=1
much less prone to endure | less likely to suffer | fingerprint | - |  | mined editor family:A
much less seemingly | less likely | fingerprint | - | | family:A editor
mud | dust | ambiguous | - | near=dusty,star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | mined editor family:A sites=2
mud and fuel | dust and gas | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
mud and gasoline | dust and gas | fingerprint | - | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
mud lane | dust lane | fingerprint | n | near=star,stars,galaxy,galaxies,galaxy's,nebula,nebulae,cosmic,interstellar,telescope,telescopes,hubble,hubble's,astronomers,astronomer,stellar,infrared,constellation,light-years,gentle-years,protoplanetary,supernova,comet,comets,celestial,cloud,clouds,star-forming,webb | editor family:A
mud storm | dust storm | fingerprint | n | | mined editor family:A
muscle constructing | muscle building | fingerprint | - | | mined editor family:A
muscle harm | muscle damage | fingerprint | - | | family:A editor
muscle progress | muscle growth | ambiguous | - | | mined editor family:A
muscle tissue | muscles | ambiguous | - | !next=samples,sample,biopsy,biopsies,damage,harm,regeneration,engineering,mass,loss,fibers,fibres,cells,of,is,was,from,and,in,that,which,were | family:A editor
muscle tissues | muscles | ambiguous | - | !next=samples,sample,of,from,and,were | mined editor family:A sites=2
muscular tissues | muscles | fingerprint | - | | mined editor family:A sites=2
must haves | necessities | ambiguous | - | | dev:A
nationwide | national | ambiguous | - | | dev:A editor
nationwide academies of sciences | National Academies of Sciences | fingerprint | - | | family:A editor
nationwide academy of sciences | National Academy of Sciences | fingerprint | - | | family:A editor
nationwide aeronautics and area administration | National Aeronautics and Space Administration | fingerprint | - |  | editor family:A
nationwide aeronautics and house administration | National Aeronautics and Space Administration | fingerprint | - | | family:A editor
nationwide aeronautics and place administration | National Aeronautics and Space Administration | fingerprint | - | | editor family:A
nationwide aeronautics and room administration | National Aeronautics and Space Administration | fingerprint | - | | editor family:A
nationwide climate service | National Weather Service | fingerprint | - | | family:A editor
nationwide coronary heart, lung, and blood institute | National Heart, Lung, and Blood Institute | fingerprint | - | | family:A editor
nationwide institute of allergy and infectious illnesses | National Institute of Allergy and Infectious Diseases | fingerprint | - | | family:A editor
nationwide institute of diabetes and digestive and kidney illnesses | National Institute of Diabetes and Digestive and Kidney Diseases | fingerprint | - | | family:A editor
nationwide institute of environmental well being sciences | National Institute of Environmental Health Sciences | fingerprint | - | | family:A editor
nationwide institute of neurological issues and stroke | National Institute of Neurological Disorders and Stroke | fingerprint | - | | family:A editor
nationwide institute of psychological well being | National Institute of Mental Health | fingerprint | - | | family:A editor
nationwide institute of youngster well being and human growth | National Institute of Child Health and Human Development | fingerprint | - | | family:A editor
nationwide institutes of well being | National Institutes of Health | fingerprint | - | | family:A editor
nationwide most cancers institute | National Cancer Institute | fingerprint | - | | family:A editor
nationwide oceanic and atmospheric administration | National Oceanic and Atmospheric Administration | fingerprint | - | | family:A editor
nationwide science basis | National Science Foundation | fingerprint | - | | family:A editor
nationwide well being fee | National Health Commission | fingerprint | - | | mined editor family:A
nationwide well being service | National Health Service | fingerprint | - | | family:A editor
native | local | ambiguous | - | next=local,authorities,authority,government,governments,council,councils,officials,officers,health,well,hospital,hospitals,residents,police,news,media,time,level,elections,businesses,companies,charities,schools,faculties,gp,gps,pharmacy,pharmacies,area,areas,space,region,weather,temperatures,economy,jobs,leaders,newspaper,newspapers,paper,tv,television,radio,station,stations,reporters,journalists,restaurants,shops,stores,clinics,clinic,doctors,docs,physicians,environment,conditions,circumstances,situations,scale,lockdown,lockdowns,restrictions,outbreak,outbreaks,transmission,spread,unfold,cases,instances,community,neighborhood,context,knowledge,data,population,inhabitants,anesthesia,anaesthetic,anesthetic,inflammation,irritation,recurrence,control,management,administration,politicians,official,mayor,governor,sheriff,farmers,fishermen,hunters,guides,volunteers,hires,staff,workers,employees,economies,markets,market,supermarket,grocery,food,meals,produce,resources,sources | family:A editor
nature drugs | Nature Medicine | fingerprint | - | | family:A editor
nature medication | Nature Medicine | fingerprint | - | | family:A editor
NBC Information | NBC News | fingerprint | cs | | family:A editor
near-infrared digicam | Near-Infrared Camera | fingerprint | n | | editor family:A
nearer | closer | ambiguous | - | | dev:A
nearer collectively | closer together | fingerprint | - | | editor family:A sites=1
necessary | important | ambiguous | - | prev=so,very,extremely,particularly,especially,most,really,equally,increasingly,critically,hugely,incredibly,vitally,more,extra,is,are,was,were | family:A editor
necessity | need | ambiguous | - | prev=the,a next=to,for | dev:A
need to not | should not | ambiguous | - | !next=only,just,merely,simply | mined editor family:A
neighborhood | community | ambiguous | - | prev=scientific,medical,research,analysis,lgbtq,lgbtq+,lgbt,black,global,world,international,worldwide,wider,broader,whole,entire,academic,online,on-line,gaming,indigenous,deaf,autism,autistic,microbial,bacterial,ecological,farming,business,enterprise,religious,jewish,muslim,faith,disability,patient,affected,healthcare,well,health,being,intelligence,open-source,developer,astronomy,space,house,conservation,transgender,trans,immigrant,refugee,asian,hispanic,latino,latinx,african,native,tribal,rural or next=members,health,transmission,spread,unfold,leaders,organizations,organisations,groups,college,colleges,engagement,outreach,support,assist,settings,level,service,services,providers,pharmacies,pharmacy,hospitals,hospital,residents,centers,centres,clinics,clinic,workers,employees,well,based,-based,participation,partners,partnership,partnerships,resilience,immunity,acquired,-acquired,cases,instances,testing,vaccination,violence,policing,nurses,paramedicine,care,programs,programmes,initiatives | family:A editor
neighborhood transmission | community transmission | fingerprint | - | | family:A editor
neighborhood unfold | community spread | fingerprint | - | | family:A editor
nerve ache | nerve pain | fingerprint | - | | seed dev:A
nerve brokers | nerve agents | fingerprint | - | | family:A editor
nerve harm | nerve damage | fingerprint | - | | family:A editor
nervousness | anxiety | ambiguous | - | | editor
nervousness and melancholy | anxiety and depression | fingerprint | - | | family:A editor
nervousness assault | anxiety attack | fingerprint | n | | family:A editor
nervousness dysfunction | anxiety disorder | fingerprint | n | | family:A editor
nervousness issues | anxiety disorders | fingerprint | - | | family:A editor
nervousness signs | anxiety symptoms | fingerprint | - | | mined editor family:A sites=2
nesting websites | nesting sites | fingerprint | - | | family:A editor
neural community | neural network | fingerprint | n | | family:A editor
neuroscience analysis australia | Neuroscience Research Australia | fingerprint | - | | family:A seed
neuroscientist on the | neuroscientist at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
nevertheless | however | ambiguous | - | | dev:A editor
new child child | newborn baby | fingerprint | - | | family:A editor
new child infants | newborn babies | fingerprint | - | | family:A editor
new child star | newborn star | fingerprint | n | | mined editor family:A sites=1
new examine | new study | fingerprint | - | | family:A editor
new instances | new cases | ambiguous | - |  | mined editor family:A family:I family:H
new york occasions | New York Times | fingerprint | - | | family:A editor
newest movie star | latest celebrity | ambiguous | - | | mined editor family:A sites=1
newsletter | publication | ambiguous | - | near=remark,comment,reaction,response,request | dev:A
nice | great | ambiguous | - | next=deal,many,success,importance,interest,concern,potential,promise,significance,extent,example,majority,britain,lakes,barrier,wall,apes,depression,recession,escape,leap,leaps,strides,care,risk,danger,number,variety,distance,depth,depths,detail or prev=too | dev:A editor
nice accountability | great responsibility | fingerprint | - | | mined editor family:A
nice barrier reef | Great Barrier Reef | fingerprint | - | | family:A editor
Nice Britain | Great Britain | fingerprint | cs | | family:A editor
Nice Lakes | Great Lakes | fingerprint | cs | | family:A editor
nice melancholy | Great Depression | fingerprint | - | | family:A editor
nice observatories | Great Observatories | fingerprint | - | | mined editor family:A sites=1
nice ormond avenue | Great Ormond Street | fingerprint | - | | family:A editor
Nice Pyramid | Great Pyramid | fingerprint | cs | | mined editor family:A sites=1
nice recession | Great Recession | fingerprint | - | | family:A editor
nice white shark | great white shark | fingerprint | n | | mined editor family:A sites=1
nicely | well | ambiguous | - | | family:A editor
nicely versed | well versed | fingerprint | - | | mined editor family:A
nicotine alternative remedy | nicotine replacement therapy | fingerprint | - | | family:A editor
night time | night | ambiguous | - | | dev:A editor
night time's | night's | ambiguous | - | | dev:A
no a single | no one | fingerprint | - | | mined editor family:A
no half could also be reproduced | no part may be reproduced | fingerprint | - | | seed dev:A
no less than | at least | ambiguous | - | | mined editor family:A sites=2 family:H family:I
no matter | whatever | ambiguous | - | !next=how,what,where,who,when,why,which,whether,the,their,his,her,its,your,our | family:A editor
no research that | no studies that | ambiguous | - | | seed dev:A
noise air pollution | noise pollution | fingerprint | - | | family:A editor
noise publicity | noise exposure | fingerprint | - | | family:A editor
noise ranges | noise levels | fingerprint | - | | family:A editor
nonetheless | still | ambiguous | cs | !prev=but,and,yet,worse,better,though,although,however,nevertheless | mined editor family:A sites=3
nonetheless, | however, | ambiguous | - | | dev:A editor
normal relativity | general relativity | fingerprint | - | | family:A editor
north facet | north side | ambiguous | - | | mined editor family:A
northern lighting fixtures | northern lights | fingerprint | - |  | mined editor family:A
nostril | nose | ambiguous | - | prev=runny,stuffy,blocked,broken,bloody,your,his,her,their,its,the,my,a,dog's,cat's | family:A editor
not less than | at least | ambiguous | - | !prev=no,nothing,is,was,be,are,were | family:A editor
not like | unlike | ambiguous | - | !prev=do,does,did,would,i,we,they,you,might,may,will,people,just,really,certainly,definitely,is,are,was,were,could,should,that,it,he,she,feel,felt,looks,look,looked,seem,seems,seemed,sound,sounds | dev:A
not possible | impossible | ambiguous | - | | family:A editor
not too long ago | recently | fingerprint | - | | family:A editor
nothing lower than | nothing less than | ambiguous | - | | mined editor family:A sites=2
now could be | now is | ambiguous | - | next=the,a,an | mined editor family:A sites=1
now not | no longer | ambiguous | - | | dev:A editor
nuclear regulatory fee | Nuclear Regulatory Commission | fingerprint | - | | family:A editor
nursing house | nursing home | fingerprint | n | | family:A editor
nursing properties | nursing homes | fingerprint | - | | family:A editor
nursing scholar | nursing student | fingerprint | n | | family:A editor
nutrient biking | nutrient cycling | fingerprint | - | | mined editor family:A sites=1
nutritional style | dietary pattern | fingerprint | n | | mined editor family:A sites=1
nutritional vitamins | vitamins | fingerprint | - | | family:A editor
nutritious diet and train | healthy diet and exercise | fingerprint | - |  | mined editor family:A
oblique proof | indirect evidence | fingerprint | - | | mined editor family:A sites=1
observational examine | observational study | fingerprint | - | | family:A editor
observe up | follow up | fingerprint | - | | family:A editor
observe-up | follow-up | fingerprint | n | | family:A editor
obsessive-compulsive dysfunction | obsessive-compulsive disorder | fingerprint | - | | family:A editor
obstructive pulmonary illness | obstructive pulmonary disease | fingerprint | - | | family:A editor
obtain | receive | ambiguous | - | next=a,the,treatment,therapy,remedy,care,placebo,vaccine,dose,doses,response,reaction,funding,reply | dev:A editor
obtainable | available | ambiguous | - | prev=of,readily,publicly,freely,now,not,widely,commercially,currently,already,is,are,was,were,be,been,being,become,becomes,became,made,make,remain,remains,still,nonetheless,broadly,easily,simply,best,only,no or next=proof,knowledge,information,data,evidence,remedies,treatments,therapies,choices,options,assets,resources,sources,vaccines,medication,medicine,medicines,drugs,checks,tests,beds,jobs,analysis,research,literature | mined editor family:A sites=1
obtainable to learn | available to read | fingerprint | - |  | mined editor family:A
occasion horizon | event horizon | fingerprint | - | | family:A editor
occasions | times | ambiguous | - | next=extra,more,greater,larger,bigger,increased,higher,tougher,harder,sooner,faster,quicker,as,per,a,than,decrease,lower,smaller,much,larger | dev:A editor
occasions the dimensions of | times the size of | fingerprint | - |  | editor family:A
occasions the mass of | times the mass of | fingerprint | - |  | mined editor family:A
occupational remedy | occupational therapy | fingerprint | - | | family:A editor
ocean air pollution | ocean pollution | fingerprint | - | | family:A editor
oceanographic establishment | Oceanographic Institution | fingerprint | - | | family:A editor
oesophageal most cancers | oesophageal cancer | fingerprint | - | | family:A editor
of study course | of course | fingerprint | - | | mined editor family:A sites=1
offended | angry | ambiguous | - | | family:A editor
offers mainly with | deals mainly with | fingerprint | - | | family:A editor
offers primarily with | deals primarily with | fingerprint | - | | editor family:A sites=1
offers with | deals with | fingerprint | - | prev=that,which,primarily,mainly,largely,chiefly,principally,specifically | family:A editor
officers | officials | ambiguous | - | prev=health,being,public,government,authorities,state,federal,city,county,local,native,election,administration,us,u.s,white,house,chinese,russian,european,american,school,college,university,wildlife,trade,military,senior,hospital,authorities | dev:A editor
ohio state college | Ohio State University | fingerprint | - |  | editor family:A
oil and fuel trade | oil and gas industry | fingerprint | - | | family:A editor
older grownup inhabitants | older adult population | fingerprint | - |  | mined editor family:A
oldest identified | oldest known | ambiguous | - | | mined editor family:A
olympic video games | Olympic Games | fingerprint | - | | family:A editor
omicron sort | Omicron variant | fingerprint | - |  | mined editor family:A
on a regular basis | everyday | ambiguous | - | next=life,lives,activities,actions,tasks,duties,objects,items,use,language,situations,conditions,circumstances,people,individuals,folks,things,issues,stress,experiences,expertise,routines,routine,products,merchandise,chemicals,foods,meals,habits,behaviour,behavior,conduct,moments,living,dwelling,work,labor,practice,follow,settings,environments,problems,concerns,considerations,decisions,choices,selections,racism,sexism,discrimination,heroes,exposure,publicity,wear,clothes,clothing,household,family,materials,supplies,provides,technology,know-how,technologies,applied,devices,units,gadgets,tools,instruments,conversation,conversations,dialog,speech,interactions,encounters,practices,lifestyle,life-style,reality,actuality,world | family:A editor
on a regular basis life | everyday life | fingerprint | - | | family:A editor
on account of | because of | ambiguous | - | | editor
on both aspect of | on either side of | fingerprint | - | | mined editor family:A sites=1
on common | on average | ambiguous | - | !next=ground | family:A editor
on condition that | given that | ambiguous | - | | family:A editor
on daily basis | every day | ambiguous | - | | mined editor family:A sites=1
on life assist | on life support | fingerprint | - | | mined editor family:A
on maintain | on hold | fingerprint | - | | mined editor family:A sites=1
on report | on record | fingerprint | - | prev=best,highest,lowest,coldest,wettest,driest,worst,largest,biggest,deadliest,busiest,strongest,longest,hottest,warmest !next=card,cards | mined editor family:A sites=1
on the age of | at the age of | fingerprint | - | | family:A editor
on the begin of | at the start of | fingerprint | - | | family:A editor
on the coronary heart of | at the heart of | fingerprint | - | | family:A editor
on the expense of | at the expense of | fingerprint | - | | family:A editor
on the finish of | at the end of | fingerprint | - | | family:A editor
on the flip of | at the turn of | fingerprint | - | | family:A editor
on the forefront of | at the forefront of | fingerprint | - | | family:A editor
on the heart of | at the center of | ambiguous | - | near=galaxy,galaxies,galactic,milky,black,gap,star,stars,planet,planets,earth,solar,photo,sun,universe,cluster,clusters,globular,stellar,nebula,nebulae,telescope,hubble,webb,comet,asteroid,crater | mined editor family:A sites=2
on the identical time | at the same time | fingerprint | - | | family:A editor
on the market | out there | ambiguous | - | !near=sale*,sell*,price*,product*,buy*,stock*,investor*,shares,drug*,launch* | dev:A
on the middle of | at the center of | fingerprint | - | | dev:A
on the net | online | ambiguous | - | prev=released,printed,published,posted,obtainable,available,accessible,shared,revealed | mined editor family:A family:S sites=1
on the prime of | at the top of | fingerprint | - | !next=life,his,her,their,its,my,your,our | mined editor family:A sites=1
on the similar time | at the same time | fingerprint | - | | family:A editor
on the spot espresso | instant coffee | fingerprint | - |  | mined editor family:A
on the time | at the time | ambiguous | - | !prev=depend,depends,depending,dependent,depended,spend,spent,spending,spends,focus,focused,focusing,focuses,based,relies,rely,relying,reliant,limit,limits,restriction,restrictions,emphasis,constraints,concentrate,concentrated,agree,agreed,waste,wasted,cut,cuts,shot,effect,effects,impact,impacts,influence,data,info,information,scale,scales,measured,bets,bet | mined editor family:A
on the time of | at the time of | fingerprint | - | | family:A editor
on the very least | at the very least | fingerprint | - | | family:A editor
on-line | online | ambiguous | - | | family:A editor
once in a while | on occasion | ambiguous | - | | dev:A
once more | again | ambiguous | - | | dev:A
one different particular person | another person | fingerprint | - | | mined editor family:A family:? sites=1
one examine | one study | fingerprint | - | | family:A editor
one in every of | one of | fingerprint | - | | family:A editor
one of many | one of the | ambiguous | - | next=most,largest,longest,biggest,first,best,finest,greatest,worst,main,key,few,only,earliest,highest,lowest,oldest,strongest,fastest,leading,primary,top,largest,smallest,commonest | dev:A editor
one of many nice | one of the great | ambiguous | - | | mined editor family:A
one of the crucial | one of the most | fingerprint | - | next=widespread,frequent,common,vital,necessary,important,essential,efficient,effective,promising,harmful,dangerous,deadly,lethal,troublesome,tough,difficult,sophisticated,complicated,complex,profitable,successful,highly,powerful,well-known,well-liked,popular,standard,distinguished,prominent,influential,superior,advanced,spectacular,lovely,beautiful,fascinating,attention-grabbing,interesting,costly,expensive,intense,weak,susceptible,vulnerable,widely,extensively,generally,typical,regular,critical,severe,extreme,memorable,iconic,celebrated,famend,renowned,studied,researched,ambitious,formidable | mined editor family:A
one other | another | ambiguous | - | !prev=than,only,least,no,just,and,or,with,at,any | mined editor family:A sites=1
one other a part of | another part of | fingerprint | - |  | mined editor family:A
one other examine | another study | fingerprint | - | | family:A editor
one other galaxy | another galaxy | fingerprint | n | !prev=only,just,least,no,than,and,with,of | mined editor family:A sites=2
one other have a look at | another look at | fingerprint | - | | mined editor family:A sites=1
one other planet | another planet | fingerprint | n | !prev=only,just,least,no,than,and,with,of | mined editor family:A
one thing | something | ambiguous | - | !prev=the,only,just,another,any,every,one,no,last,first,least | dev:A
onerous | hard | ambiguous | - | | family:A editor
opioid use dysfunction | opioid use disorder | fingerprint | - | | family:A editor
opposed occasions | adverse events | fingerprint | - | | family:A editor
opposed reactions | adverse reactions | fingerprint | - | | family:A editor
opposed results | adverse effects | fingerprint | - | | family:A editor
opposite to | contrary to | fingerprint | - | next=popular,expectations,expectation,previous,prior,earlier,common,conventional,widespread,predictions,what,some,many,most | mined editor family:A
optimistic | positive | ambiguous | - | next=effect,effects,results,impact,impacts,influence,association,affiliation,associations,correlation,correlations,relationship,relationships,outcomes,change,changes,feedback,suggestions,test,tests,check,checks,cases,instances,result,emotions,feelings,reinforcement,charge,charges,ions,side,facet,energy,impression,experiences,experience,expertise,role,function,position,difference,distinction,trend,development,predictive,selection,choice,link,hyperlink,links,hyperlinks,contribution,contributions,emotion,affect,response,responses,reaction,reactions,sample,samples,pattern,patterns,diagnosis,prognosis,screening,screen,covid,covid-19,coronavirus,hiv,rates,fee,rate,values,value,worth,number,numbers,quantity,integers,integer,loop,loops,externalities,spillover,spillovers,features,options,body,physique | family:A editor
optimistic affect | positive impact | fingerprint | - | | mined editor family:A sites=1
options | features | ambiguous | - | prev=picture,image,photograph,photographs,photo,photos,view,mosaic,snapshot,panorama,scene,telescope,observatory or prev=it,which,also,this,that next=the,a,an,two,three,several,many,numerous,some,dozens,hundreds,thousands | mined editor family:A sites=3
or one other means | or otherwise | fingerprint | - | !next=of,to,for | mined editor family:A sites=1
or perhaps | or even | ambiguous | - | | dev:A
oral most cancers | oral cancer | fingerprint | - | | family:A editor
orbital interval | orbital period | fingerprint | - | | family:A editor
organ harm | organ damage | fingerprint | - | | family:A editor
organic count | organic matter | fingerprint | - | | mined editor family:A sites=1
organic getting older | biological aging | fingerprint | - | | family:A editor
organic intercourse | biological sex | fingerprint | - | | family:A editor
other folks | people | fingerprint | - | | dev:A
our bodies | bodies | fingerprint | - | prev=the,these,those,whose | mined editor family:A
our examine | our study | fingerprint | - | | family:A editor
our our | our | fingerprint | - | | mined editor family:A sites=2
our personal photo voltaic system | our own solar system | fingerprint | - | | mined editor family:A
out of the peculiar | out of the ordinary | fingerprint | - |  | mined editor family:A
outcome | result | ambiguous | - | prev=the,this,that,a,an,end,net,direct,one !next=of,for,measure,measures | dev:A editor
outcomes | results | ambiguous | - | !prev=health,being,clinical,scientific,patient,affected,person,primary,secondary,treatment,therapy,remedy,birth,start,pregnancy,long-term,lengthy-term,cardiovascular,functional,adverse,antagonistic,opposed,poor,worse,better,higher,improved,good,educational,academic,learning,studying,neonatal,maternal,perinatal,surgical,survival,mental,psychological,neurological,cognitive,developmental,social,economic,financial,labor,labour,employment,policy,coverage,behavioral,behavioural,key,important,main,meaningful,patient-reported,reported | dev:A editor
outdated | old | ambiguous | - | !next=technology,know-how,technologies,applied,equipment,software,program,programs,programmes,methods,methodology,strategies,approaches,guidelines,pointers,information,data,knowledge,info,laws,legal,regulations,rules,policies,coverage,views,attitudes,ideas,thinking,beliefs,notions,stereotypes,assumptions,practices,systems,techniques,infrastructure,models,fashions,maps,vaccines,standards,requirements,definitions,terminology,textbooks,curriculum,tools,instruments,devices,units,machines,hardware,browser,browsers,versions,version,estimates,figures,and,or,by,in !prev=is,are,was,were,be,been,being,become,became,becomes,becoming,increasingly,hopelessly,seriously,very,somewhat,rather,largely,now,already,quickly,rapidly,soon,shortly,considered,deemed,seemed,seems,look,looks,looked,appear,appears,feel,feels,felt,grow,grows,grew,growing,render,rendered,renders,making,make,makes,made,quite,fairly,pretty,too,so,slightly,barely | family:A editor
outdoors the | outside the | ambiguous | - |  | mined editor family:A
outer house | outer space | fingerprint | - | | family:A editor
ovarian most cancers | ovarian cancer | fingerprint | - | | family:A editor
oxygen ranges | oxygen levels | fingerprint | - | | family:A editor
oxygen remedy | oxygen therapy | fingerprint | - | | family:A editor
ozone gap | ozone hole | fingerprint | - | | family:A editor
p.c | percent | fingerprint | cs | | family:A editor
pace of sunshine | speed of light | fingerprint | - | | family:A editor
pain administration | pain management | fingerprint | - | | mined editor family:A
palms | hands | ambiguous | - | !prev=sweaty,sweating,clammy,oil,date,coconut,grease,greasing,itchy,read,reading,reads,royal,fan,the !next=and,of,up | family:A editor
pan american well being group | Pan American Health Organization | fingerprint | - | | family:A editor
pancreatic most cancers | pancreatic cancer | fingerprint | - | | family:A editor
panic dysfunction | panic disorder | fingerprint | - | | family:A editor
paralympic video games | Paralympic Games | fingerprint | - | | family:A editor
parasitic an infection | parasitic infection | fingerprint | - | | family:A editor
paris settlement | Paris Agreement | fingerprint | - | near=climate,warming,emissions,carbon,temperature,temperatures,greenhouse,fossil,degrees,celsius,weather,local,worldwide,international,rises,limit,restrict,goal,goals,target,targets,pledges,commitments,signatories,nations,countries | mined editor family:A sites=1
parking storage | parking garage | fingerprint | - | | dev:A
parkinson's illness | Parkinson's disease | fingerprint | - | | family:A editor
parkinson's infection | Parkinson's disease | fingerprint | - | | family:A editor
part ii scientific trial | phase II clinical trial | fingerprint | n | | family:A editor
part ii trial | phase II trial | fingerprint | n | | family:A editor
part iii scientific trial | phase III clinical trial | fingerprint | n | | family:A editor
part iii trial | phase III trial | fingerprint | n | | family:A editor
particles | debris | ambiguous | - | next=fragment,fragments,avoidance,field,fields,cloud,clouds,strike,strikes or prev=orbital,satellite,rocket,dodge,dodged,dodges,dodging | mined editor family:A sites=1
particles avoidance | debris avoidance | fingerprint | - | | mined editor family:A sites=1
particular person | person | ambiguous | - | prev=every,each,one,contaminated,infected,younger,older,aged,single,sick,unwell,vaccinated,unvaccinated,common,average,regular,typical,wholesome,healthy | mined editor family:A family:? sites=1
particular schooling | special education | fingerprint | - | | family:A editor
particulars | details | ambiguous | - | | family:A editor
pattern | sample | ambiguous | - | prev=blood,urine,saliva,tissue,stool,tumor,tumour,dna,swab,biopsy,small,large,giant,massive,representative,random,nationally,national,nationwide,total,whole,entire,study,examine,second,first,test,check,fecal,faecal,breath,hair,water,soil,air,rock,ice,core,sperm,semen,serum,plasma,cell,cells,research,analysis,wastewater,sewage,environmental,clinical,scientific,final,ultimate,original,full,larger,bigger,smaller,validation,discovery,training,coaching,control,management,comparison,reference,cohort,population,inhabitants,community,neighborhood,convenience,diverse,broad,wide,combined,mixed,pooled,analytic,analytical,matched,independent,separate,subsequent,lunar,meteorite,asteroid,comet,martian,moon,returned,tree-ring | family:A editor
pattern dimension | sample size | fingerprint | n | | family:A editor
pattern measurement | sample size | fingerprint | n | | family:A editor
pattern return | sample return | fingerprint | - | | family:A editor
pave manner for | pave way for | fingerprint | v | | mined editor family:A sites=1
pave the best way for | pave the way for | fingerprint | v | | editor family:A
pave the manner for | pave the way for | fingerprint | v | | editor family:A
pc | computer | ambiguous | n | !prev=per,p.c | dev:A editor
pc fashions | computer models | fingerprint | - | | family:A editor
pc science | computer science | fingerprint | - | | family:A editor
pc scientist | computer scientist | fingerprint | n | | family:A editor
pcr assessments | PCR tests | fingerprint | - | | family:A editor
peer strain | peer pressure | fingerprint | - | | family:A editor
penn drugs | Penn Medicine | fingerprint | - | | family:A editor
penn medication | Penn Medicine | fingerprint | - | | family:A editor
people who smoke | smokers | fingerprint | - | prev=energetic,heavy,former,present,current,lifelong,occasional,continual,persistent,grownup,chain,passive | mined editor family:A sites=1
per yr | per year | fingerprint | - | | family:A editor
perceive | understand | ambiguous | v | | family:A editor
perception | insight | ambiguous | n | next=into | dev:A family:X
perceptions | insights | ambiguous | - | next=into | dev:A
performed a component | played a part | fingerprint | - | | mined editor family:A
performs a big position | plays a significant role | fingerprint | - | | editor family:A sites=1
perinatal despair | perinatal depression | fingerprint | - | | family:A editor
peripheral artery illness | peripheral artery disease | fingerprint | - | | family:A editor
perpetually | forever | ambiguous | - | | dev:A
persistent ache | chronic pain | fingerprint | - | | seed dev:A
persistent an infection | chronic infection | fingerprint | - | | family:A editor
persistent fatigue syndrome | chronic fatigue syndrome | fingerprint | - | | family:A editor
persistent illness | chronic disease | fingerprint | n | | family:A editor
persistent irritation | chronic inflammation | fingerprint | - | | family:A editor
persistent kidney illness | chronic kidney disease | fingerprint | - | | family:A editor
persona trait | personality trait | fingerprint | n | | mined editor family:A sites=1
personal examine | private study | fingerprint | - | | seed dev:A
pesticide publicity | pesticide exposure | fingerprint | - | | family:A editor
pet homeowners | pet owners | fingerprint | n | | mined editor family:A
pet proprietor | pet owner | fingerprint | n | | editor family:A
pew analysis middle | Pew Research Center | fingerprint | - | | family:A editor
phantasm | illusion | ambiguous | n | | mined editor family:A sites=1
pharmaceutical trade | pharmaceutical industry | fingerprint | - | | family:A editor
phd scholar | PhD student | fingerprint | n | | family:A editor
photo voltaic | solar | fingerprint | - | | family:A editor
photo voltaic exercise | solar activity | fingerprint | - | | mined editor family:A
photo voltaic methods | solar systems | fingerprint | - |  | mined editor family:A
photographs | photos | ambiguous | - | | family:A editor
physical action | physical activity | fingerprint | - | | family:I editor
physician | doctor | ambiguous | n | prev=a,the,your,my,his,her,their,family,any,every,each,one,local,primary,treating,attending,another,different,other,no !next=who or next=said,stated,mentioned,explained,told,advised,says,at,in,with,and | dev:A editor
physician on the | physician at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
physique | body | ambiguous | - | | family:A editor
physique clock | body clock | fingerprint | - | | family:A editor
physique fats | body fat | fingerprint | - | | family:A editor
physique mass index | body mass index | fingerprint | - | | family:A editor
physique measurement | body size | fingerprint | - | | family:A editor
physique of analysis | body of research | fingerprint | - | | family:A editor
physique of labor | body of work | fingerprint | - | | family:A editor
physique of proof | body of evidence | fingerprint | - | | family:A editor
physique picture | body image | fingerprint | - | | family:A editor
physique temperature | body temperature | fingerprint | - | | family:A editor
physique weight | body weight | fingerprint | - | | family:A editor
physique's | body's | fingerprint | - | | family:A editor
picture | image | ambiguous | n | | dev:A
pilot examine | pilot study | fingerprint | - | | family:A editor
pink big | red giant | fingerprint | n |  | editor family:A
pink dwarf | red dwarf | fingerprint | n |  | mined editor family:A
pink meat | red meat | fingerprint | - | !prev=no,any,still,slightly | mined editor family:A
pitfalls | risks | ambiguous | - | prev=these,the,those,health,such,its,their,cardiovascular !next=of,to,in,for,that,and,when | mined editor family:A family:S sites=1
place station | Space Station | fingerprint | n | !prev=to,will,would,could,can,should,must,might,may,we,they,you,i,and,or,not,often,also,then,did,do,does | editor family:A
place telescope | Space Telescope | fingerprint | n | !prev=to,will,would,could,can,should,must,might,may,we,they,you,i,and,or,not,often,also,then,did,do,does | mined editor family:A
place telescope's | Space Telescope's | fingerprint | - | | editor family:A
placebo-managed | placebo-controlled | fingerprint | - | | family:A editor
planck fixed | Planck constant | fingerprint | - | | family:A editor
plastic air pollution | plastic pollution | fingerprint | - | | family:A editor
plastic baggage | plastic bags | fingerprint | - | | family:A editor
play a key position | play a key role | fingerprint | v | | mined editor family:A
play a task in | play a role in | fingerprint | v | | family:A editor
play an element in | play a part in | fingerprint | v | | family:A editor
point out college | State University | fingerprint | - | prev=ohio,michigan,arizona,penn,pennsylvania,florida,oregon,washington,colorado,iowa,kansas,oklahoma,louisiana,georgia,mississippi,carolina,dakota,montana,utah,mexico,boise,diego,jose,francisco,portland,wayne,kent,ball,missouri,wichita,arkansas,texas,appalachian,illinois,indiana,idaho,nevada,tennessee,kentucky,alabama,virginia,york,jersey,california,fresno,sacramento,cleveland,youngstown,wright,morgan,norfolk,jackson,delaware,murray,minnesota,wisconsin,maine,connecticut | editor family:A
point out university | State University | fingerprint | - | prev=ohio,michigan,arizona,penn,pennsylvania,florida,oregon,washington,colorado,iowa,kansas,oklahoma,louisiana,georgia,mississippi,carolina,dakota,montana,utah,mexico,boise,diego,jose,francisco,portland,wayne,kent,ball,missouri,wichita,arkansas,texas,appalachian,illinois,indiana,idaho,nevada,tennessee,kentucky,alabama,virginia,york,jersey,california,fresno,sacramento,cleveland,youngstown,wright,morgan,norfolk,jackson,delaware,murray,minnesota,wisconsin,maine,connecticut | mined editor family:A sites=1
pointers | guidelines | ambiguous | - | | family:A editor
poisonous | toxic | ambiguous | - | | family:A editor
pondering | thinking | ambiguous | - | | mined editor family:A
pooled evaluation | pooled analysis | fingerprint | n | | family:A editor
population-based examine | population-based study | fingerprint | - | | family:A editor
pores and skin | skin | fingerprint | - | | family:A editor
pores and skin most cancers | skin cancer | fingerprint | - | | family:A editor
posh relationship | complex relationship | fingerprint | - |  | mined editor family:A
position in | role in | ambiguous | - | prev=key,significant,big,major,important,necessary,vital,crucial,critical,pivotal,essential,outsized,bigger,larger,greater,decisive,substantial,huge,minor,active | mined editor family:A sites=4
positioned | located | ambiguous | - | prev=is,are,was,were,be,been next=in,within,about,around,roughly,approximately,some,near,at,between | mined editor family:A
positive aspects | gains | ambiguous | - | !prev=the,its,their,his,her,our,your,many,some,several,other,both,these,those,all,various,any,certain,few,most,more,two,three,four,of,and,or,negative,adverse | mined editor family:A
positivity charge | positivity rate | fingerprint | n | | family:A editor
post hoc evaluation | post hoc analysis | fingerprint | n | | family:A editor
post-traumatic stress dysfunction | post-traumatic stress disorder | fingerprint | - | | family:A editor
posted within the | published in the | ambiguous | - | next=journal,journals,european,american,british,lancet,jama,bmj,annals,proceedings,nature,science,cell,plos,international,new,national | mined editor family:A sites=1
poster youngster | poster child | fingerprint | n | | mined editor family:A
postmenopausal ladies | postmenopausal women | fingerprint | - | | family:A editor
postpartum despair | postpartum depression | fingerprint | - | | family:A editor
postpartum melancholy | postpartum depression | fingerprint | - | | family:A editor
posttraumatic stress dysfunction | posttraumatic stress disorder | fingerprint | - | | family:A editor
poverty charge | poverty rate | fingerprint | n | | family:A editor
power | energy | ambiguous | - | prev=renewable,clean,solar,kinetic,thermal,dark,darkish,green,inexperienced,low-carbon,geothermal,tidal,save,saving or next=storage,consumption,effectivity,efficiency,utilization,provide,sources,demand,sector,density,ranges,levels,transition,payments,bills,output,wants,needs,safety,security | dev:A editor
power effectivity | energy efficiency | fingerprint | - | | family:A editor
power illness | chronic disease | fingerprint | n | | family:A editor
power liver illness | chronic liver disease | fingerprint | n |  | mined editor family:A
powerful | strong | ambiguous | - | | dev:A
practically | nearly | ambiguous | - | | family:A editor
precisely | exactly | ambiguous | - | | family:A editor
predicated at | based at | fingerprint | - | | mined editor family:A sites=1
predicated on | based on | ambiguous | - | | mined editor family:A sites=1
prediction heart | Prediction Center | fingerprint | - |  | mined editor family:A
pregnant ladies | pregnant women | fingerprint | - | | family:A editor
prenatal publicity | prenatal exposure | fingerprint | - | | family:A editor
prepare dinner county | Cook County | fingerprint | - | | editor family:A
present | show | ambiguous | - | prev=research,studies,outcomes,results,findings,knowledge,data,information,figures,numbers,statistics,surveys,trials,experiments,they,these,which,fashions,models,photographs,images,pictures,maps,scans | seed dev:A editor
Present Biology | Current Biology | fingerprint | cs | | family:A editor
present biology | Current Biology | fingerprint | cs | | family:A editor
present examine | current study | fingerprint | - | | family:A editor
present fashions | current models | fingerprint | - |  | mined editor family:A
present no clear | show no clear | fingerprint | - | | seed dev:A
present process | undergoing | fingerprint | - | prev=is,are,was,were,be,been,currently,already,still,now,recently,who,they,we,he,she,you,i,patients,people | editor family:A sites=1
presently | currently | ambiguous | - | | family:A family:I editor
preserve | keep | ambiguous | v | next=track,up,going,working,on,away,off,doing,getting,taking,trying,rising,growing,increasing,cool,warm,safe,protected,wholesome,healthy,fit,busy,active,energetic,quiet,calm,secure,hydrated,moving,watch,tabs,pace,coming,pushing,learning,studying,reading,them,it,us,you,him,her,a,an,in,at,their,your,his,our,my !near=fossil,fossils,fossilized,fossilised,amber,specimen,specimens,dinosaur,dinosaurs,remains,tissue,tissues,skeleton,bone,bones,mummy,mummies,mummified,feather,feathers,insect,insects,ice,permafrost,sediment,sediments | family:A editor
preserve watch over | control | fingerprint | - | | mined editor family:A
press convention | press conference | fingerprint | n | | dev:A editor
press launch | press release | fingerprint | n | | family:A editor
pressure complications | tension headaches | fingerprint | - | | family:A editor
pressure to be reckoned with | force to be reckoned with | fingerprint | - | | mined editor family:A sites=1
pretend accounts | fake accounts | fingerprint | - | | family:A editor
pretend evaluations | fake reviews | fingerprint | - | | family:A editor
pretend information | fake news | fingerprint | - | | family:A editor
preterm beginning | preterm birth | fingerprint | - | | family:A editor
preterm start | preterm birth | fingerprint | - | | family:A editor
previous | past | ambiguous | - | !prev=years,months,weeks,days,year,month,week,decades,centuries | dev:A
previous a long time | past decades | fingerprint | - | | family:A editor
price | rate | ambiguous | n | prev=positivity,mortality,death,survival,infection,vaccination,unemployment,birth,fatality,success,error,heart,response,recurrence,incidence,transmission,suicide,obesity,poverty,hospitalization,hospitalisation,failure,cure,crime,inflation,metabolic,fertility,detection,recovery,smoking,employment,participation | mined editor family:A
price noting | worth noting | fingerprint | - |  | mined editor family:A
primarily based on | based on | ambiguous | - | | family:A editor
primarily the most | the most | ambiguous | - | | mined editor family:A
primary research to point out | first study to show | fingerprint | - |  | mined editor family:A
principally | mainly | ambiguous | - | | family:A editor
printed | published | ambiguous | - | next=in,within,on,online,monday,tuesday,wednesday,thursday,friday,saturday,sunday,today,yesterday,earlier,last,this,final,lately,recently or prev=examine,research,paper,papers,article,findings,analysis,study,studies,journal,report | dev:A editor
printed within the | published in the | fingerprint | - | | family:A editor
prior an infection | prior infection | fingerprint | - | | family:A editor
prison | criminal | ambiguous | - | next=justice,charges,charge,case,cases,instances,investigation,investigations,probe,probes,record,records,offense,offence,offenses,offences,activity,exercise,activities,proceedings,conviction,convictions,complaint,complaints,court,courts,defense,defence,law,legislation,liability,network,networks,gang,gangs,organization,organisations,organizations,enterprise,behavior,behaviour,conduct,history,historical,referral,referrals,act,acts,wrongdoing,negligence,penalties,penalty,prosecution,prosecutions,inquiry,syndicate,syndicates,lawyer,lawyers,attorney,attorneys,suspect,suspects,damage,harm,mischief,intent,contempt,code,offender,offenders,groups,group,elements,underworld,trial,trials,lawsuit,lawsuits,indictment,indictments,allegations,accusations,matter,matters,division,divisions,department,courtroom,motion | family:A editor
private coach | personal trainer | ambiguous | n | !near=bus,buses,hire,passengers,passenger,driver,drivers,travel,trip,trips,tour,tours,operator,operators,rail,football,players,club,clubs | mined editor family:A sites=1
privateness | privacy | ambiguous | - | | family:A editor
privateness considerations | privacy concerns | fingerprint | - | | family:A editor
probably the most | the most | ambiguous | - | | mined editor family:A family:H sites=2
proceed | continue | ambiguous | v | next=to,working,growing,rising,increasing,spreading,having,being,doing,taking,using,utilizing,making,getting,falling,declining,reducing,suffering,struggling,battling,fighting,experiencing,monitoring,studying,exploring,learning,developing,creating,treating,providing,supporting,improving,receiving,their,his,her,its,our,your,my,this,these,those,the | family:A editor
proceed to seem | continue to appear | fingerprint | - | | mined editor family:A
processed meals | processed foods | ambiguous | - | | family:A editor
product of rock | made of rock | fingerprint | - |  | mined editor family:A
profession | career | ambiguous | - | prev=a,his,her,their,my,your,scientific,research,whole,entire,long,lengthy,academic,early,later,illustrious,successful,profitable | dev:A
professor of drugs | professor of medicine | fingerprint | - | | family:A editor
professor of medication | professor of medicine | fingerprint | - | | family:A editor
professor on the | professor at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
professors on the | professors at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
profit | benefit | ambiguous | n | prev=of,clear,no,any,potential,attainable,possible,clinical,net,health,being,survival,meaningful,significant,little,real near=evidence,proof,harm*,risk*,danger*,treatment,therapy,remedy,drug*,medicine*,patients,sufferers,ketamine,vaccine,trial | seed dev:A
prompt espresso | instant coffee | fingerprint | - |  | mined editor family:A
prone to endure | likely to suffer | fingerprint | - |  | mined editor family:A
prone to proceed | likely to continue | fingerprint | - | | mined editor family:A
prone to undergo | likely to suffer | fingerprint | - |  | mined editor family:A
proof | evidence | ambiguous | - | !near=theorem*,conjecture*,mathemat*,lemma,prove*,bulletproof,waterproof,alcohol | seed dev:A family:H mined
proper | right | ambiguous | - | next=away,here,there,after,before,into,side,hand,facet,aspect,down | dev:A editor
proper now | right now | fingerprint | - | | dev:A editor
properly being | health | fingerprint | - | next=minister,ministry,ministers,care,officials,officers,authorities,authority,department,workers,employees,experts,specialists,system,systems,methods,services,providers,suppliers,insurance,crisis,emergency,risks,dangers,problems,issues,effects,outcomes,benefits,advantages,agency,agencies,companies,organisation,organization,secretary,commission,sector,professionals,records,data,status,standing,and,of,or or prev=public,mental,global,psychological,bodily,physical,general,overall,human,animal,reproductive,sexual,heart,bone,gut,brain,eye,skin,oral,dental | mined editor family:A
proportion factors | percentage points | fingerprint | - | | family:A editor
proposes | suggests | ambiguous | - | prev=study,examination,research,discoveries,findings,proof,evidence,information,data,this,which,that,it | editor
proprietor's | owner's | ambiguous | - | | mined editor family:A family:I
prospects | customers | ambiguous | - | prev=existing,loyal,paying,retail,business,enterprise,corporate,company's,firm's,bank's,airline,online,on-line,millions,thousands,hundreds,utility,energy,power,vitality,broadband,mobile,telecom,insurance,shop,store,restaurant,supermarket,grocery,pharmacy,amazon,apple,tesla,uber,netflix,subscription,residential,commercial,industrial,wholesale,individual,private,non-public,international,worldwide,overseas,foreign,domestic,local,native,unhappy,happy,joyful,satisfied,dissatisfied,frustrated,angry,offended,elderly,aged,vulnerable,affected | family:A editor
prostate most cancers | prostate cancer | fingerprint | - | | family:A editor
protected | safe | ambiguous | - | next=and,to,for,enough,option,options,alternative,alternatives,dose,doses,levels,ranges,limit,limits,place,haven,havens,drinking,ingesting,water,spaces,environment,sex,intercourse,practices,use,way,distance,amount,quantity,injection,injections,storage,disposal,choice,choices,bet,manner,approach,passage,return,streets,roads,neighborhoods,neighbourhoods,communities,schools,faculties,workplace,workplaces,housing,home,homes,houses,dwelling,food,meals,medicines,medications,drugs,vaccine,vaccines,treatment,therapy,remedy,products,merchandise,sleep,sleeping,exercise,train,activity !prev=species,areas,area,wildlife,habitat,habitats,marine,legally,constitutionally,well,highly,heavily,specially,copyright,password,is,are,was,were,be,been,being,fully,partially,partly,strictly,better,best,remain,remains,remained,stay,stays,stayed,kept,keep,keeps,otherwise,strongly,completely,totally,adequately,properly,federally,environmentally,newly,permanently,historically,culturally | family:A editor
protected and efficient | safe and effective | fingerprint | - | | family:A editor
protected stage | safe level | ambiguous | n | | mined editor family:A sites=1
protein ranges | protein levels | fingerprint | - | | family:A editor
protracted | long | ambiguous | - | | dev:A editor
proven | shown | ambiguous | - | prev=has,have,had,studies,research,analysis,trials,experiments,findings,results,outcomes,data,knowledge next=that,how,what,a,an,no,some,promise,potential,signs,evidence,proof,the,improvements,enhancements,benefits,advantages,reductions | family:A editor
provide chain | supply chain | fingerprint | n | | family:A editor
provide you with | come up with | ambiguous | - | prev=had,has,have,having | mined editor family:A sites=1
providers | services | ambiguous | - | !prev=care,healthcare,health,being,medical,insurance,internet,web,cloud,energy,power,vitality,broadband,mobile,telecom,telecommunications,childcare,hospice,vaccine,testing,content,service,primary,major,treatment,therapy,remedy,clinical,scientific,mental,psychological,other,different,private,non-public,independent,training,coaching,local,native,medicaid,medicare,nhs,gp,education,schooling,financial,monetary,payment,fee,technology,know-how,platform,platforms,email,e-mail,electricity,utility,abortion,dental,pharmacy,home,dwelling,residence,transport,logistics,software,program,hosting,provider,many,some,most,all,these,those,such,approved,certified,licensed,accredited,trusted,qualified,expert,knowledgeable,specialist,specialty,frontline,front-line,community,neighborhood,primary-care,emergency,rural,urban,city,family,household,individual,preferred,in-network,out-of-network,network,identity,id,alternative,leading,top,prime,third-party,rival,competing,nhs-funded,publicly | family:A editor
psychiatric sufferers | psychiatric patients | fingerprint | - | | family:A editor
psychological | mental | ambiguous | - | next=illness,illnesses,sickness,disorders,disorder,dysfunction,dysfunctions,problems,issues,decline,capacity,hospital,hospitals,healthcare,wellness,wellbeing,exhaustion,state,toll,deterioration | dev:A editor
psychological sickness | mental illness | fingerprint | - | | dev:A editor
psychological sicknesses | mental illnesses | fingerprint | - | | family:A editor
psychological well being | mental health | fingerprint | - | | dev:A editor
psychologist on the | psychologist at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
publicity | exposure | ambiguous | - | next=to,levels,ranges,duration,period,interval,risk,danger,threat,assessment,evaluation,limits,limit,groups,status,measures,window,windows,route,routes,pathway,pathways,dose,doses,response or prev=sun,solar,uv,radiation,noise,chemical,pesticide,smoke,lead,light,gentle,heat,warmth,cold,chilly,early,prenatal,childhood,long-term,lengthy-term,short-term,chronic,continual,persistent,occupational,environmental,high,excessive,low,repeated,prolonged,extended,cumulative,higher,lower,decrease,greater,increased,elevated,reduced,diminished,daily,air,pollution,asbestos,tobacco,alcohol,drug,virus,viral,covid,covid-19,coronavirus,mercury,arsenic,radon,pfas,bpa,microplastic,microplastics,plastic,screen,display,allergen,mold,mould,prior,previous,earlier,recent,maternal,paternal,fetal,cannabis,hashish,pollen | family:A editor
publish | post | ambiguous | - | prev=weblog,blog,fb,facebook,instagram,twitter,linkedin,reddit,tumblr,media,a,this,that | mined editor family:A sites=1
publish-covid | post-COVID | fingerprint | - | | mined editor family:A
publish-pandemic | post-pandemic | fingerprint | - | | editor family:A
publish-traumatic | post-traumatic | fingerprint | - | | editor family:A
pulled as much as | pulled up to | fingerprint | - | | mined editor family:A sites=1
pure | natural | ambiguous | - | next=language,gas,fuel,selection,disasters,disaster,world,history,resources,habitat,habitats,light,products,immunity,killer,enemies,predators,sciences,phenomena,phenomenon,causes,experiment,variation,sources,environment,ecosystems,areas,compounds,remedies,treatments | dev:A editor
pure an infection | natural infection | fingerprint | - | | family:A editor
pure assets | natural resources | fingerprint | - | | family:A editor
pure chemical compounds | natural chemicals | fingerprint | - |  | mined editor family:A
pure choice | natural selection | fingerprint | - | | family:A editor
pure disasters | natural disasters | fingerprint | - | | family:A editor
pure fuel | natural gas | fingerprint | - | | family:A editor
pure habitat | natural habitat | fingerprint | n | | family:A editor
pure historical past | natural history | fingerprint | - | | family:A editor
pure historical past museum | Natural History Museum | fingerprint | - | | mined editor family:A
pure language | natural language | fingerprint | - | | dev:A
pure sources | natural resources | fingerprint | - | | family:A editor
pure world | natural world | fingerprint | - | | family:A editor
purple blood cells | red blood cells | fingerprint | - | | family:A editor
purple dwarf | red dwarf | fingerprint | n | | family:A editor
purple listing | Red List | fingerprint | - | | family:A editor
purple meat | red meat | fingerprint | - | | family:A editor
purple wine | red wine | fingerprint | - | | family:A editor
put together | prepare | ambiguous | v | | dev:A
puts of worship | places of worship | fingerprint | - | | dev:A
quantity | number | ambiguous | - | !prev=measurable,physical,conserved,vector,scalar,sheer | dev:A family:H
quantum computer systems | quantum computers | fingerprint | - |  | editor family:A
quantum pc | quantum computer | fingerprint | n | | family:A editor
quarantine interval | quarantine period | fingerprint | - | | family:A editor
query | question | ambiguous | - | prev=the,a,this,that,an,separate,important,key,open,central,big,fundamental,burning,lingering,remaining | dev:A editor
quick meals | fast food | fingerprint | - | | family:A editor
quotation: | Citation: | fingerprint | - | line-start | seed dev:A
R quantity | R number | fingerprint | cs | | mined editor family:A family:? sites=1
rabbit gap | rabbit hole | fingerprint | - | | family:A editor
radiation publicity | radiation exposure | fingerprint | - | | family:A editor
radiation remedy | radiation therapy | fingerprint | - | | family:A editor
radiocarbon courting | radiocarbon dating | fingerprint | - | | family:A editor
randomised managed trial | randomised controlled trial | fingerprint | n | | family:A editor
randomized managed trial | randomized controlled trial | fingerprint | n | | family:A editor
ranges | levels | ambiguous | - | prev=blood,pressure,sugar,glucose,cholesterol,oxygen,carbon,co2,dioxide,sea,water,stress,hormone,insulin,testosterone,estrogen,vitamin,protein,antibody,activity,exercise,excessive,high,low,greater,larger,higher,increased,elevated,decrease,lower,decreased,serum,plasma,pollution,noise,radiation,anxiety,nervousness,income,revenue,poverty,education,record,file,unprecedented,ozone,methane,mercury,arsenic,nutrient,iron,zinc,calcium,sodium,salt,potassium,alcohol,caffeine,dopamine,serotonin,cortisol,melatonin,their,its,these,those,similar,comparable,completely,different | dev:A editor
ranges of hysteria | levels of anxiety | fingerprint | - | | mined editor family:A sites=1
ransomware assaults | ransomware attacks | fingerprint | - | | family:A editor
rather a lot much less | a lot less | fingerprint | - | | mined editor family:A sites=1
rationalization | explanation | ambiguous | n | prev=a,an,the,one,possible,attainable,potential,likely,plausible,simple,easy,effective,best,different,another,other,alternative,scientific,clear,no,only,likeliest,biological,physical | mined editor family:A sites=1
reaction | response | ambiguous | - | prev=a,no,immediate near=comment,remark,request,newsletter,publication | dev:A
read extra: | Read more: | fingerprint | - | line-start | mined editor family:A sites=1
ready listing | waiting list | fingerprint | - | | family:A editor
ready lists | waiting lists | fingerprint | - | | family:A editor
ready occasions | waiting times | fingerprint | - | | family:A editor
ready room | waiting room | fingerprint | - | | dev:A
ready rooms | waiting rooms | fingerprint | - | | dev:A
really feel | feel | ambiguous | - | | mined editor family:A sites=1
really helpful | recommended | ambiguous | - | prev=the,a,daily,widely,currently,officially,strongly,generally,not | dev:A editor
reason for demise | cause of death | fingerprint | - | | family:A editor
reason for loss of life | cause of death | fingerprint | - | | family:A editor
reasonable | moderate | ambiguous | - | next=to,exercise,train,physical,bodily,depression,melancholy,symptoms,signs,alcohol,drinking,consuming,intensity,depth,activity,amounts,quantities,levels,ranges,or,risk,danger | dev:A editor
reasonable train | moderate exercise | fingerprint | - | | family:A editor
reasonably priced | affordable | ambiguous | - | next=electrical,electric,automobile,automobiles,car,cars,vehicle,vehicles,ev,evs,battery,batteries,medicine,medicines,medication,medications,drugs,treatment,treatments,therapy,therapies,vaccines,well,health,healthcare,insulin,care,childcare,housing,homes,energy,electricity,internet,broadband,know-how,technology | mined editor family:A sites=1
reasonably priced care act | Affordable Care Act | fingerprint | - | | family:A editor
reasonably priced housing | affordable housing | fingerprint | - | | family:A editor
reasons most cancers | causes cancer | fingerprint | - | | dev:H
received right here | came | ambiguous | - | | mined editor family:A
received't | won't | fingerprint | - | | mined editor family:A sites=1
recent people | modern humans | ambiguous | - | | dev:A
recognized because | known as | fingerprint | - |  | mined editor family:A
recognized with | diagnosed with | ambiguous | - | next=most,a,an,diabetes,cancer,covid,covid-19,dementia,autism,adhd,melancholy,nervousness,depression,anxiety,breast,lung,prostate,colon,colorectal,pancreatic,ovarian,skin,pores,sort,hiv,alzheimer's,parkinson's,coronary,kidney,heart,schizophrenia,bipolar,early,late,stage,superior,advanced,persistent,continual,power,chronic,lengthy,long,hypertension,weight,obesity,one | family:A editor
recommended | suggested | ambiguous | - | !prev=the,a,daily,widely,currently,officially,strongly,generally,not,is,are,was,were,be,been,dose,doses,amount,amounts,limit,limits,level,levels | dev:A dev:H
recreation changer | game changer | fingerprint | n | | family:A editor
recreation idea | game theory | fingerprint | - | | family:A editor
recreation of thrones | Game of Thrones | fingerprint | - | | mined editor family:A sites=1
recreation-changer | game-changer | fingerprint | n | | family:A editor
rectal most cancers | rectal cancer | fingerprint | - | | family:A editor
recurrently | regularly | fingerprint | - | | family:A editor
referred to as | called | ambiguous | - | !prev=also,commonly,widely,otherwise,collectively,formerly,previously,affectionately,popularly | dev:A editor
referred to as upon | called upon | fingerprint | - | | mined editor family:A family:N
regarded on the | looked at the | fingerprint | - | | seed dev:A
regardless of | despite | ambiguous | - | !next=the,a,an,whether,age,gender,sex,race,income,size,how,what,where,when,who,which,if,cause,status,background,type | family:A editor
regardless of can escape | nothing can escape | fingerprint | - | | mined editor family:A sites=1
regardless that | even though | fingerprint | - | | family:A editor
regression evaluation | regression analysis | fingerprint | n | | family:A editor
regulation college | law school | fingerprint | n | | family:A editor
regulations | rules | ambiguous | - | | dev:A
relationship again to | dating back to | fingerprint | - | | editor family:A
relatively than | rather than | fingerprint | - | | family:A editor
relying on | depending on | ambiguous | - | next=how,whether,particular,individual,severity,sort,type,kind,size,dose,age | mined editor family:A sites=1
remain dwelling | stay home | ambiguous | - | !next=on,upon,in,over,about | mined editor family:A sites=1
remain residence | stay home | fingerprint | - | | mined editor family:A sites=1
remains to be | is still | ambiguous | - | !next=seen,done,determined,proven,answered,decided,established,explored,learned,understood,resolved,confirmed,written,tested,said,shown,found,discovered,known,made,settled,worked | mined editor family:A
remark | comment | ambiguous | - | near=newsletter,publication,request,requests,reaction,response,contacted,reached,obtain,receive,respond,reply | dev:A
remedies | treatments | ambiguous | - | | editor
remedy | treatment | ambiguous | n | | seed dev:A editor
remedy group | treatment group | fingerprint | n | | family:A editor
reminiscence | memory | ambiguous | n | | family:A editor
reminiscence assessments | memory tests | fingerprint | - | | family:A editor
reminiscence decline | memory decline | fingerprint | - | | family:A editor
reminiscence efficiency | memory performance | fingerprint | - | | family:A editor
reminiscence formation | memory formation | fingerprint | - | | family:A editor
reminiscence issues | memory problems | fingerprint | - | | family:A editor
reminiscence loss | memory loss | fingerprint | - | | family:A editor
reminiscent of | such as | ambiguous | - | | family:A editor
remoted | isolated | fingerprint | - | | family:A editor
renewable power | renewable energy | fingerprint | - | | family:A editor
renewable vitality | renewable energy | fingerprint | - | | family:A editor
reply | respond | ambiguous | - | prev=to,they,we,he,she,did,not,may,might,can,could,would,will,patients,sufferers,cells,people,individuals | dev:A
report variety | record number | fingerprint | n | | mined editor family:A sites=1
request for remark | request for comment | fingerprint | n | | family:A editor
requested | asked | ambiguous | - | | family:A editor family:H
rescue heart | rescue center | fingerprint | n | | mined editor family:A
research | studies | ambiguous | - | next=have,present,display,recommend,counsel,point,indicate,recommended,counsel,discovered,revealed,confirmed,involving,discovering,are,were,displaying,exhibiting or prev=two,three,four,five,six,several,many,numerous,these,those,multiple,few,earlier,previous,prior,other,different,some,observational,animal,quite | dev:A dev:H editor
research have discovered | studies have found | fingerprint | - | | family:A editor
research have proven | studies have shown | fingerprint | - | | family:A editor
research interval | study period | fingerprint | - |  | mined editor family:A
research on the | research at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
research point out | studies indicate | fingerprint | - | | family:A editor
research recommend | studies suggest | fingerprint | - | | family:A editor
research workforce | research team | ambiguous | n | | mined editor family:A family:S sites=1
research's | study's | ambiguous | - | prev=the,this,that | mined editor family:A sites=1
researcher on the | researcher at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
researchers on the | researchers at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
researches on the | researches at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
resembling | such as | ambiguous | - | !prev=closely,strongly,vaguely,loosely,remotely,anything,something,nothing,structure,structures,object,objects,shape,shapes,cell,cells,pattern,patterns,one,those,that,things,thing | mined editor family:A sites=1
reside broadcast | live broadcast | fingerprint | n | | editor family:A
reside stream | live stream | fingerprint | n | | editor family:A
resistance coaching | resistance training | fingerprint | - | | family:A editor
resolve | solve | ambiguous | v | | dev:A
resolve the thriller | solve the mystery | fingerprint | - |  | editor family:A
resort room | hotel room | ambiguous | n | | mined editor family:A sites=1
respiratory an infection | respiratory infection | fingerprint | - | | family:A editor
restoration | recovery | ambiguous | - | prev=full,fast,quick,speedy,faster,quicker,sooner,slow,sluggish,slower,complete,partial,economic,financial,monetary,post-pandemic,spontaneous,functional,patient's,affected,his,her,their,your,my,our,road,highway,path,after,during,throughout,aid,assist,help,support,toward,towards,direction,on,long,lengthy,longer,remarkable,eventual,rapid,gradual,steady,strong,sturdy,robust,motor,cognitive,neurological,stroke,injury,surgical,post-operative,postoperative,post-surgery,surgery,natural,pure,addiction,dependancy,substance,alcohol,drug,mental,psychological,emotional,trauma,covid,covid-19 or next=time,times,period,interval,rate,fee,charge,rates,process,course,journey,program,programme,programs,phase,trajectory,trajectories,outcomes,after,from,following,room,rooms,unit,units,center,centers,middle,centres,coach,coaches,services,providers,support,assist,efforts,plan,plans | family:A editor
restrict | limit | ambiguous | - | prev=the,a,an,this,that,its,their,upper,higher,lower,decrease,speed,velocity,time,age,legal,authorized,agreed,daily,weekly,annual,strict,no,without,spending,warming,temperature,dose,exposure,publicity,detection,absolute,outer,same,identical,new,maximum,minimal,minimum,any,every,each,exceed,exceeds,exceeded,exceeding,reached,reach,reaches,reaching,hit,hits,crossing,crossed,cross,breach,breached | mined editor family:A
resulting from | due to | ambiguous | - | prev=is,are,was,were,be,been,being,partly,partially,largely,mainly,primarily,principally,mostly,probably,possibly,likely,presumably,perhaps,maybe,simply,solely,entirely,not,doubtless,seemingly | family:A editor
results | effects | ambiguous | - | prev=side,antagonistic,opposed,adverse,harmful,dangerous,damaging,detrimental,long-term,short-term,protecting,therapeutic,useful,placebo,poisonous,psychological,cognitive,physiological,lasting,lingering,cumulative,being,health,its,their,optimistic,destructive,unfavorable,helpful,beneficial or next=on | seed dev:A editor
retrospective examine | retrospective study | fingerprint | - | | family:A editor
revealed | published | ambiguous | - | next=in,within,on,online,monday,tuesday,wednesday,thursday,friday,saturday,sunday,today,yesterday,earlier,last,this,final,lately,recently or prev=examine,research,paper,papers,article,findings,analysis,study,studies,journal,report | dev:A dev:H editor
revealed the leads to | published the results in | fingerprint | - |  | mined editor family:A
revealed within the | published in the | fingerprint | - | | seed dev:A
revel in | enjoy | ambiguous | - | | mined editor family:A sites=1
right here's | here's | ambiguous | - | | editor family:A family:H sites=3
right this moment | today | fingerprint | - | | family:A editor
ring of fireplace | ring of fire | fingerprint | - | | mined editor family:A sites=1
ring of fireside | ring of fire | fingerprint | - | | mined editor family:A
rising | increasing | ambiguous | - | next=your,their,our,his,her,my | mined editor family:A sites=1
rising pains | growing pains | fingerprint | - |  | mined editor family:A
rising physique of proof | growing body of evidence | fingerprint | - | | family:A editor
robert wooden johnson basis | Robert Wood Johnson Foundation | fingerprint | - | | family:A editor
rock pattern | rock sample | ambiguous | n | | mined editor family:A sites=1
room station | Space Station | fingerprint | n | !prev=to,will,would,could,can,should,must,might,may,we,they,you,i,and,or,not,often,also,then,did,do,does | editor family:A
room telescope | Space Telescope | fingerprint | n | | mined editor family:A sites=1
room telescope's | Space Telescope's | fingerprint | - | | editor family:A
round | around | ambiguous | - | !prev=first,second,third,fourth,fifth,final,last,next,subsequent,latest,new,brand,another,one,two,three,each,every,this,that,the,a,opening,qualifying,funding,fundraising,bidding,voting,negotiating,earlier,previous,knockout,bonus,extra,additional,semi-final,quarter-final,initial,preliminary,current,present,single,further,its,their,his,her,our,sixth,seventh,eighth,ninth,tenth,twelfth,multiple,several,numerous,many,various,few,following,successive,consecutive,repeated,weekly,monthly,yearly,daily,biannual,annual,trading,busy,golf,blah,all-year,year-round,year,all,merry-go !next=of,table,tables,robin,trip,trips,shape,shaped,face,number,numbers,figure,figures,up,ups,ligament,window,windows,eyes,belly,objects,object,cell,cells,fruit,fruits,leaves,holes,hole,glasses,frames,bottom,bottoms,worm,worms,dance,dances,rounds | family:A editor family:H
round different stars | around other stars | fingerprint | - |  | mined editor family:A
royal school of nursing | Royal College of Nursing | fingerprint | - | | family:A editor
royal school of obstetricians and gynaecologists | Royal College of Obstetricians and Gynaecologists | fingerprint | - | | family:A editor
royal school of physicians | Royal College of Physicians | fingerprint | - | | family:A editor
royal school of psychiatrists | Royal College of Psychiatrists | fingerprint | - | | family:A editor
royal school of surgeons | Royal College of Surgeons | fingerprint | - | | family:A editor
runner's excessive | runner's high | fingerprint | - | | mined editor family:A sites=1
sadly | unfortunately | ambiguous | - | | dev:A
satellite tv for pc | satellite | fingerprint | - | | family:A editor
Save the Youngsters | Save the Children | fingerprint | cs | | family:A editor
scale back | reduce | ambiguous | v | | mined editor family:A family:N
scent | smell | ambiguous | - | near=taste,style,anosmia,hyposmia,covid,covid-19,olfact*,loss,lack,lost,sense | mined editor family:A
scholar | student | ambiguous | n | !prev=legal,law,legislation,constitutional,religious,islamic,biblical,classical,literary,renaissance,rhodes,fulbright,marshall,visiting,independent,senior,leading,prominent,eminent,renowned,distinguished,noted,famous,respected,public,policy,coverage,political,historical,medieval,china,chinese,islam,jewish,buddhist,hindu,shakespeare,feminist,religion,foreign,international,worldwide,some,many,most,other,different,totally,bible,quran,confucian,korean,japanese,african,american,middle,east,asian,european,roman,greek,latin,sanskrit,hebrew,arabic,persian,tibetan,victorian,dickens,holocaust,cinema,film,movie,music,art,history,philosophy,philosophical,theological,theology,humanities,social,science,sciences,economic,economics,management,administration,business,enterprise,media,communication,communications,security,safety,military,navy,terrorism,cultural,indigenous,native,black,queer,gender !next=of,say,said,says,argue,argued,argues,have,has,had,debate,debated,debates,disagree,agree,and,at,from,in,on,who,such,like,including,together,contend,note,suggest,believe,think,point,warn,estimate,estimated,write,wrote | family:A editor
scholar debt | student debt | fingerprint | - | | family:A editor
scholar loans | student loans | fingerprint | - | | family:A editor
school college students | college students | fingerprint | - | | mined editor family:A sites=1
school of drugs | School of Medicine | fingerprint | - | | family:A editor
school of medication | School of Medicine | fingerprint | - | | family:A editor
schooling | education | ambiguous | - | !prev=of,home,dwelling,residence,formal,years,year,yr,months,in-person,remote,distant,virtual,online,on-line,compulsory,mandatory,free,public,private,non-public,secondary,primary,major,elementary,catholic,religious,his,her,their,my,our,your,early,childhood,its,little,limited,less,more,extra,no,some,basic,dog,horse,hypnotic,disrupted,lost,misplaced,missed | family:A editor
schooling ranges | education levels | fingerprint | - | | family:A editor
science heart | Science Center | fingerprint | - | | mined editor family:A family:S sites=2
science of the complete atmosphere | Science of the Total Environment | fingerprint | - | | family:A editor
science translational drugs | Science Translational Medicine | fingerprint | - | | family:A editor
science translational medication | Science Translational Medicine | fingerprint | - | | family:A editor
scientific | clinical | ambiguous | - | next=trial,trials,follow,practice,apply,psychologist,psychologists,psychology,care,setting,settings,outcomes,pointers,guidelines,signs,symptoms,nurse,nurses,pharmacist,pharmacists,pharmacology,diagnosis,prognosis,isolates,depression,melancholy,phase,stage,endpoint,endpoints,efficacy,professor,oncologist,oncologists,psychiatrist,psychiatrists,neurologist,neurologists,services,providers,testing,trial's,trials',manifestations,remission,treatment,remedy,therapy,placement,placements,rotation,rotations,pathways,pathway,guideline,guidance,steerage,medicine,drugs,medication,microbiology,neuropsychology,epidemiology,immunology,pathology,waste,despair,anxiety,nervousness,dementia,obesity,weight,diabetes,disease,illness,sickness,infection,an,infections,cases,instances,sepsis,mastitis | family:A editor
scientific apply | clinical practice | fingerprint | - | | family:A editor
scientific despair | clinical depression | fingerprint | - | | family:A editor
scientific endocrinology | clinical endocrinology | fingerprint | - | | family:A editor
scientific follow | clinical practice | fingerprint | - | | family:A editor
scientific forte | medical specialty | fingerprint | - | | mined editor family:A
scientific neighborhood | scientific community | fingerprint | - | | family:A editor
scientific oncology | clinical oncology | fingerprint | - | | family:A editor
scientific psychiatry | clinical psychiatry | fingerprint | - | | family:A editor
scientific psychologist | clinical psychologist | fingerprint | n | | family:A editor
scientific stories | Scientific Reports | fingerprint | - | | family:A editor
scientific title | scientific name | ambiguous | n | | mined editor family:A
scientific trial | clinical trial | fingerprint | n | | family:A editor
scientific trials | clinical trials | fingerprint | - | | family:A editor
scientific vitamin | clinical nutrition | fingerprint | - | | family:A editor
scientist on the | scientist at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
scientists on the | scientists at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
scorching climate | hot weather | ambiguous | - | | mined editor family:A sites=1
scorching jupiter | hot Jupiter | fingerprint | n |  | editor family:A
sea degree | sea level | fingerprint | n | | mined editor family:A sites=1
sea ranges | sea levels | fingerprint | - | | family:A editor
sea stage | sea level | fingerprint | n | | family:A editor
search out out | find out | fingerprint | v | | mined editor family:A sites=1
searching stress | hunting pressure | fingerprint | - | | mined editor family:A
seashore | beach | ambiguous | n | !next=life,ecosystem,ecosystems,plants,plant,creatures,animals,birds,habitat,habitats !prev=national | mined editor family:A sites=1
seasonal affective dysfunction | seasonal affective disorder | fingerprint | - | | family:A editor
second of its form | second of its kind | fingerprint | - | | mined editor family:A sites=1
secondary an infection | secondary infection | fingerprint | - | | family:A editor
secretary basic | secretary general | fingerprint | - | | family:A editor
secretary normal | secretary general | fingerprint | - | | mined editor family:A
secretary-common | secretary-general | fingerprint | - | | mined editor family:A
secretary-normal | secretary-general | fingerprint | - | | mined editor family:A
section ii trial | phase II trial | fingerprint | n | | family:A editor
section iii trial | phase III trial | fingerprint | n | | family:A editor
section of matter | phase of matter | fingerprint | - | | mined editor family:A
sections of matter | phases of matter | fingerprint | - | | mined editor family:A
securities and change fee | Securities and Exchange Commission | fingerprint | - | | family:A editor
security | safety | ambiguous | - | !prev=national,social,food,meals,job,financial,cyber,homeland,energy,power,data,knowledge,information,info,border,water,economic,airport,internet,network,computer,pc,private,state,nuclear,regional,international,worldwide,global,world,collective,maritime,digital,income,tenure,housing !next=council,guard,guards,forces,force,service,services,officials,officers,camera,cameras,clearance,agency,agencies,threat,threats,breach,breaches,flaw,flaws,vulnerability,vulnerabilities,patch,patches,update,updates,software,guarantees,guarantee,deposit,deposits,holes,hole,firm,firms,company,companies,expert,experts,researcher,researchers,analyst,analysts,studies,forces,personnel,staff,guard,situation,dilemma,interests,concerns,policy,policies,strategy,pact,alliance | dev:A editor
seemed on the | looked at the | ambiguous | - | !next=verge,brink,point,edge,mend,way,rise,cusp,wane,increase,decline,road,path,right,wrong,other,same | mined editor family:A sites=1
seems to be at | looks at | fingerprint | - | | family:A editor
seems to be for | looks for | fingerprint | - | | dev:A
seems to be like | looks like | fingerprint | - | | family:A editor
seen and infrared | visible and infrared | fingerprint | - | | mined editor family:A
seen and near-infrared | visible and near-infrared | fingerprint | - | | editor family:A
seen and ultraviolet | visible and ultraviolet | fingerprint | - | | editor family:A
seen gentle | visible light | fingerprint | - | | family:A editor
seismic exercise | seismic activity | fingerprint | - | | editor family:A
seize | capture | ambiguous | v | next=images,image,photos,photo,photographs,photograph,pictures,picture,detailed,gentle,light,data,information,info,footage,views,view,close-up,high-resolution,stunning | mined editor family:A
Selection | Variety | ambiguous | cs | prev=informed,told,advised,instructed,tells,telling,to,on,with,confirmed | mined editor family:A sites=1
self-confinement | self-isolation | fingerprint | - | | family:I editor
self-driving automobiles | self-driving cars | fingerprint | - |  | editor family:A
self-driving autos | self-driving vehicles | fingerprint | - | | family:A editor
senior creator | senior author | fingerprint | n | | family:A editor
senior writer | senior author | ambiguous | n | near=examine,study,research,paper,analysis,journal,revealed,printed,professor,college,university | family:A editor
sense of scent | sense of smell | fingerprint | - |  | mined editor family:A
separate examine | separate study | fingerprint | - | | family:A editor
separation nervousness | separation anxiety | fingerprint | - | | family:A editor
serving to | helping | ambiguous | - | next=people,individuals,folks,patients,sufferers,them,us,you,him,her,families,households,children,youngsters,kids,communities,cells,researchers,scientists,doctors,docs,scale,cut,reduce,lower,decrease,improve,enhance,increase,forestall,prevent,shield,protect,keep,preserve,make,create,build,construct,develop,drive,gasoline,fuel,spur,fight,struggle,clarify,explain,pave | family:A editor
serving to to | helping to | fingerprint | - | | family:A editor
severe | serious | ambiguous | - | next=concern,concerns,considerations,issue,issues,problem,problems,downside,downsides,question,questions,query,queries,threat,threats,challenge,challenges,consequences,implications,crimes,crime,offences,offenses,doubts,doubt,allegations,charges,flaws,mistakes,errors,money,cash,business,enterprise,about,attention,consideration,effort,efforts,talks,discussion,discussions,thought,interest,curiosity,danger,risk,risks,dangers,harm,damage,conversation,conversations,dialog,dialogue,debate,debates,attempt,contender,contenders,candidate,candidates,player,players,scientists,researchers,researcher,scientist,scholars,student,students,scholar,journalism,journalists,reporting,work,labor,labour,investment,investments,injury,accidents,accident,security,safety,breach,breaches,adverse,antagonistic,opposed,side,facet | family:A editor
sexual perform | sexual function | fingerprint | - | | family:A editor
sexually transmitted an infection | sexually transmitted infection | fingerprint | - | | family:A editor
shall be | will be | ambiguous | - | !prev=we,i | mined editor family:A sites=1
share factors | percentage points | fingerprint | - | | family:A editor
shed gentle | shed light | fingerprint | - | | mined editor family:A
shed latest gentle | shed new light | fingerprint | - | | mined editor family:A
shedding | losing | ambiguous | - | !prev=viral,virus,cell,cells | family:A editor
shield | protect | ambiguous | v | next=against,towards,from,people,individuals,folks,patients,sufferers,children,youngsters,kids,cells,themselves,yourself,yourselves,ourselves,vulnerable,health,well,us,them,you,him,her,it,teeth,enamel,skin,pores,brain,mind,heart,coronary,lungs,kidneys,liver,bones,muscles,crops,wildlife,forests,ecosystems,biodiversity,habitats,species,animals,workers,employees,staff,residents,communities,neighborhoods,consumers,shoppers,customers,users,privacy,privateness,rights,public,babies,infants,newborns,older,elderly,aged | family:A editor
ship | deliver | ambiguous | v | next=care,services,providers,drugs,medicine,medicines,medication,medications,treatment,therapy,remedy,vaccines,doses,babies,infants,results,outcomes,benefits,advantages,high,excessive,better,higher,more,extra,meaningful,significant,important,vital,value,worth,oxygen,insulin,genes,payloads,payload,nutrients,speeches,speech,lectures,lecture,talks,keynote,message,messages,remarks,personalized,targeted,focused,precise,exact,effective,efficient,therapeutic,chemotherapy,radiation,drug,gene | family:A editor
shocked to search out | surprised to find | fingerprint | - |  | mined editor family:A
shocking | stunning | ambiguous | - | next=picture,pictures,image,images,photo,photos,photograph,photographs,view,views,new near=telescope,telescopes,hubble,webb,jwst,galaxy,galaxies,nebula,nebulae,cluster,astronomers,observatory | mined editor family:A sites=1
shoppers | consumers | ambiguous | - | | family:A editor
short-term reminiscence | short-term memory | fingerprint | - | | family:A editor
shortly | quickly | ambiguous | - | !next=after,before,afterwards,thereafter | family:A editor
shouldn't be vital | is not important | fingerprint | - |  | mined editor family:A
shut collectively | close together | fingerprint | - | | mined editor family:A sites=1
shut distance | close distance | fingerprint | n | | mined editor family:A sites=1
shut evolutionary | close evolutionary | fingerprint | - | | mined editor family:A
sickle cell illness | sickle cell disease | fingerprint | - | | family:A editor
sickness | illness | ambiguous | - | !prev=motion,morning,altitude,sea,travel,radiation,sleeping,decompression,car,automotive,space,house,area,mountain,milk,serum,mad,african,sweating,falling,love,home,dwelling,residence,air,simulator,cyber,cybersickness,chronic,acute !next=absence,absences,benefit,benefits,pay,leave,rate,rates,fee,insurance,bug,and | family:A editor
sierra membership | Sierra Club | fingerprint | - | | family:A editor
signs | symptoms | ambiguous | - | !prev=road,street,warning,vital,stop,zodiac,star,exit,neon,traffic,sign,posted,protest,hand,the,shows,showed,showing,show,displays,display,carried,carrying,held,holding,hold !next=up,language,point,pointing,suggest,suggesting,indicate,indicating,that,are,were,say,said,read,reading,warning,posted | seed dev:A editor family:H mined
signs of melancholy | symptoms of depression | fingerprint | - | | family:A editor
simply | just | ambiguous | - | | dev:A editor
simply one other | just another | fingerprint | - |  | mined editor family:A
sinus an infection | sinus infection | fingerprint | - | | family:A editor
situation | condition | ambiguous | - | prev=medical,health,being,heart,skin,rare,genetic,underlying,pre-existing,continual,persistent,chronic,serious,critical,neurological,psychological,psychiatric,inflammatory,autoimmune,their,his,her | dev:A editor
situations | conditions | ambiguous | - | !prev=social,stressful,difficult,emergency,dangerous,real-life,everyday,awkward,tense,challenging,crisis,life-threatening,hostage,sticky,tricky,uncomfortable,unfamiliar,high-pressure,high-stress,win-win,no-win,conflict,combat,hypothetical,traumatic,hectic | dev:A editor
sizing | size | ambiguous | - | prev=the,a,its,their,his,her,same,average next=of | mined editor family:A family:S family:X sites=3
sizzling | hot | ambiguous | - | | mined editor family:A
skeletal stays | skeletal remains | fingerprint | - | | family:A editor
skilled | experienced | ambiguous | - | prev=who,they,had,have,has,also,additionally,we,people,individuals,sufferers,patients,participants,members,contributors,adults,ladies,women,which,that,never,ever,previously,beforehand | editor
sleep high quality | sleep quality | fingerprint | - | | family:A editor
sleep length | sleep duration | fingerprint | - | | family:A editor
slightly than | rather than | fingerprint | - | | family:A editor
sluggish | slow | ambiguous | - | | family:A editor
small examine | small study | fingerprint | - | | family:A editor
smithsonian establishment | Smithsonian Institution | fingerprint | - | | family:A editor
smoke publicity | smoke exposure | fingerprint | - | | family:A editor
snow cowl | snow cover | fingerprint | - | | family:A editor
snowball impact | snowball effect | fingerprint | n | | mined editor family:A sites=1
so as to | in order to | ambiguous | - | | family:A editor
soar squat | jump squat | fingerprint | n | | mined editor family:A sites=1
soccer suits | soccer matches | fingerprint | - | | mined editor family:A
social assist | social support | fingerprint | - | | family:A editor
social gathering | party | ambiguous | - | prev=republican,democratic,labour,labor,conservative,communist,ruling,opposition,political,green,liberal,hunting,search,tea,third,nationalist,socialist,governing | mined editor family:A
social removing | social distancing | fingerprint | - | | family:I editor
social safety administration | Social Security Administration | fingerprint | - | | family:A editor
software program | software | ambiguous | - | | family:A editor
solar | sun | ambiguous | - | prev=the,our,setting,rising,midday,morning,afternoon,summer,winter,hot,bright,vivid,direct,strong,sturdy,intense,harsh,young,distant,early !next=system,systems,wind,winds,flare,flares,eclipse,eclipses,panel,panels,energy,power,vitality,cells,cell,farm,farms,radiation,storm,storms,cycle,cycles,maximum,minimum,physics,observatory,orbiter,probe,activity,array,arrays,mass,masses,nebula,neutrinos,corona,atmosphere,interior,dynamo,spectrum,irradiance,disk,disc,surface,floor,constant,neighborhood,neighbourhood,sail,sails,cooker,cookers,installations,installation,capacity,generation,technology,know-how,industry,trade,plant,plants,modules,module,batteries,battery,roof,roofs,tech,heating | family:A editor
solar exercise | solar activity | fingerprint | - | | mined editor family:A
solar harm | sun damage | fingerprint | - | | family:A editor
solar publicity | sun exposure | fingerprint | - | | family:A editor
solely | only | ambiguous | - | !next=responsible,on,by,for,due,because,based | family:A editor
solitary contributor | single contributor | fingerprint | n | | mined editor family:A sites=1
some extent of no return | a point of no return | fingerprint | - | | mined editor family:A
somebody | someone | ambiguous | - | | family:A editor
someplace | somewhere | ambiguous | - | | family:A editor
somewhat than | rather than | fingerprint | - | | mined editor family:A sites=1
sooner or later | eventually | ambiguous | - | | family:A editor
sooner or later after | one day after | ambiguous | - | | mined editor family:A sites=1
sophisticated | complex | ambiguous | - | next=interplay,interaction,interactions,relationship,relationships,mixture,web,regional,ptsd,grief,carbohydrates,molecules,needs,wants,cases,instances,condition,conditions,situations,situation,issue,issues,problem,problems,question,questions,query,queries,picture,image,disease,diseases,illness,illnesses,causes,traits,trait,emotions,feelings,trauma,medical,dynamics,mechanisms,mechanism,processes,process,course,network,networks,systems,techniques,organisms,life,lives,subject,topic,matter,matters,task,tasks,calculations,mathematics,math,story,history,historical,structures,structure,construction,shapes,patterns,pattern,behaviors,behaviours,behavior,behaviour,conduct,chemistry,biology,genetics,genetic,set,mix,array,tapestry,puzzle,factors,elements,etiology,pathology | family:A editor
sophisticated grains | refined grains | fingerprint | - | | mined editor family:A sites=1
sophisticated regional ache syndrome | complex regional pain syndrome | fingerprint | - | | seed dev:A
sort 1 diabetes | type 1 diabetes | fingerprint | - | | family:A editor
sort 2 diabetes | type 2 diabetes | fingerprint | - | | family:A editor
sought after to | wanted to | fingerprint | - | | mined editor family:H sites=1
south facet | south side | ambiguous | - | | editor family:A
spatial reminiscence | spatial memory | fingerprint | - | | family:A editor
specialists | experts | ambiguous | - | !prev=medical,cancer,heart,infectious,illness,disease,care,sleep,pain,ache,eye,skin,mental,psychological,health,being,trained,skilled,educated,other,different,hospital,clinical,fertility,ear,nostril,throat,lung,liver,kidney,most,cancers,coronary,respiratory,orthopaedic,orthopedic | mined editor family:A sites=2
speedy | rapid | ambiguous | - | !next=recovery,restoration,trial,justice,delivery,boarding,gonzales,response | family:A editor
speedy take a look at | rapid test | fingerprint | - | | family:A editor
sperm rely | sperm count | fingerprint | - | | family:A editor
spherical of | round of | fingerprint | - | | mined editor family:A sites=1
spinal twine | spinal cord | fingerprint | n | | family:A editor
sporting a masks | wearing a mask | fingerprint | - | | family:A editor
sports activities | sports | ambiguous | - | next=a,an,dietitian,dietitians,nutritionist,nutritionists,medicine,drinks,drink,injuries,injury,psychologist,psychologists,scientist,scientists,science,cardiologist,cardiologists,physician,physicians,performance,concussion,concussions,bra,bras,nutrition,physiotherapist,fans,team,teams,club,clubs,league,leagues,car,cars | mined editor family:A family:H sites=2
sports activities drugs | sports medicine | fingerprint | - | | mined editor family:H sites=1
spouse | wife | ambiguous | - | prev=his,pregnant | mined editor family:A sites=1
sq. kilometer array | Square Kilometer Array | fingerprint | - | | family:A editor
sq. kilometre array | Square Kilometre Array | fingerprint | - | | family:A editor
sq. toes | square feet | fingerprint | - | | family:A editor
staff | team | ambiguous | n | prev=analysis,research,international,worldwide,multidisciplinary,interdisciplinary,whose or next=led,discovered,found,used,utilized,analyzed,analysed,developed,created,designed,studied,examined,additionally,also | dev:A editor
stanford college | Stanford University | fingerprint | - |  | editor family:A
stanford drugs | Stanford Medicine | fingerprint | - | | family:A editor
stanford medication | Stanford Medicine | fingerprint | - | | family:A editor
star-forming area | star-forming region | ambiguous | n | | mined editor family:A family:? sites=2 spinner=sciencia
starburst exercise | starburst activity | fingerprint | - | | mined editor family:A sites=1
start defects | birth defects | fingerprint | - | | family:A editor
start management | birth control | fingerprint | - | | family:A editor
start off of | start of | fingerprint | - | prev=the | mined editor family:A
state of affairs | situation | ambiguous | - | | mined editor family:A
stated | said | ambiguous | - | !prev=was,were,been,be,is,are,being,clearly,explicitly,previously,as,the,a,their,its,his,her,of,united,u.s,member,other,different | seed dev:A dev:K family:H family:N mined family:?
stated in a launch | said in a release | fingerprint | - |  | mined editor family:A
stated in an announcement | said in a statement | fingerprint | - |  | editor family:A
statistically important | statistically significant | fingerprint | - | | family:A editor
statistically vital | statistically significant | fingerprint | - | | family:A editor
stay | remain | ambiguous | v | next=unclear,unknown,unsure,uncertain,elevated,stable,steady,constant,largely,mostly,poorly,unchanged,intact,elusive,controversial,contested,limited,restricted,vulnerable,susceptible,a,an,the,critical,vital,important,necessary,significant,relevant,similar,comparable,consistent,undetected,undiagnosed,untreated,infectious,contagious,hospitalized,hospitalised,true,valid,high,excessive,low,below,beneath,above,under,among,amongst,one,two,three,unanswered,open,unresolved,unexplained,unproven,scarce,rare,uncommon,common,widespread,prevalent,committed,dedicated,optimistic,hopeful,cautious,skeptical,sceptical,concerned,involved,relatively,fairly,pretty,quite,somewhat,highly,very,so,too,even,far,well,effectively,strong,sturdy,robust,weak,stuck,caught,trapped,hidden,undetectable,detectable,dormant,latent,inactive,active,energetic,significantly,considerably,statistically,positive,negative,destructive,mysterious | family:A editor
steadiness | balance | ambiguous | - | | mined editor family:A sites=3
steerage | guidance | fingerprint | - | | family:A editor
steered | suggested | ambiguous | - | !next=the,a,an,his,her,their,its,our,my,your,them,him,it,clear,away,toward,towards,into,through,back,around,past | family:A editor
stem cell remedy | stem cell therapy | fingerprint | - | | family:A editor
step rely | step count | fingerprint | - | | family:A editor
stick collectively | stick together | fingerprint | v | | mined editor family:A sites=1
stone software | stone tool | fingerprint | n | | mined editor family:A
straight away | immediately | ambiguous | - | | family:A editor
strain | pressure | ambiguous | - | !prev=virus,viral,bacterial,new,brand,variant,omicron,delta,alpha,beta,gamma,mutant,mouse,rat,dominant,muscle,hamstring,groin,calf,back,again,eye,flu,influenza,covid,coronavirus,sars-cov-2,e,h5n1,h1n1,resistant,drug-resistant,wild,wild-type,lab,laboratory,this,that,one,each,every,which,a,highly,more,extra,most,bacteria,micro,yeast,fungal,parasite,plant,wheat,rice,maize,corn,cannabis,hashish,virulent,circulating,original,unique,distinctive,specific,particular,explicit,another,other,different,totally,second,first,third,pandemic,seasonal,vaccine,novel,endemic,human,avian,swine,pig,bird,fowl,h3n2,lineage,ancestral,related,infectious,invasive,deadly,lethal,hypervirulent,attenuated,weakened,tb,mers,sars,dengue,zika,ebola,hiv,strep,staph,mrsa,e.,listeria,salmonella,klebsiella,pseudomonas,mycobacterium,engineered,modified,mutated,transgenic,knockout,inbred,outbred,its,their,his,her,our,my,your,whose,genetic,dog,cat !next=of,gauge,gauges,theory,concept,sensor,sensors,rate,rates,fee,energy,vitality,field,fields,subject,engineering,tensor,hardening,relief,reduction,discount,that,which,designation,designations,name,names,collection,collections,bank,library,background,backgrounds,differences,distinctions,variation,variations,specific,particular | family:A editor
strain ulcers | pressure ulcers | fingerprint | - | | family:A editor
strategy | approach | ambiguous | - | | dev:A dev:S
street journey | road trip | fingerprint | n | | mined editor family:A sites=1
stress administration | stress management | fingerprint | - | | family:A editor
strikes | moves | ambiguous | - | prev=moon,earth,planet,sun,star,comet,asteroid,spacecraft next=between,across,into,away,nearer,closer,towards,toward,past,behind | mined editor family:A
string idea | string theory | fingerprint | - | | family:A editor
stroll | walk | ambiguous | v | !prev=leisurely,evening,gentle,short,brief,afternoon,morning,slow,pleasant,nice,romantic,seaside,beach,riverside,relaxing,quick,little,long,lengthy,sunday,moonlit | family:A editor
strolling round | walking around | ambiguous | - | | mined editor family:A sites=2
struggling a coronary heart assault | suffering a heart attack | fingerprint | - | | mined editor family:A sites=2
struggling from | suffering from | ambiguous | - | !next=day,start,beginning,outset,the,early,last,game,match,week,month,year,season,one | mined editor family:A
studied on the | studied at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
studies on the | studies at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
studying and reminiscence | learning and memory | fingerprint | - | | family:A editor
studying disabilities | learning disabilities | fingerprint | - | | family:A editor
sturdy | strong | ambiguous | - | | dev:A editor
subgroup evaluation | subgroup analysis | fingerprint | n | | family:A editor
subject of view | field of view | fingerprint | - | | family:A editor
subject survey | field survey | fingerprint | n | | mined editor family:A
subsequent | next | ambiguous | - | next=day,week,month,12,yr,year,step,steps,era,generation,phase,decade,morning,time,few,two,three !prev=in | dev:A family:H editor mined
subsequent 12 months | next year | fingerprint | - | !prev=the | family:A editor
subsequent yr | next year | fingerprint | - | | family:A editor
substance use dysfunction | substance use disorder | fingerprint | - | | family:A editor
sudden toddler loss of life | sudden infant death | fingerprint | - | | family:A editor
sufferers | patients | ambiguous | - | | seed dev:A family:H
sufferers' | patients' | ambiguous | - | | family:A editor
sufficient | enough | ambiguous | - | prev=vital,important,sturdy,strong,giant,large,massive,big,fortunate,lucky,good,excellent,lengthy,long,robust,excessive,high,low,quick,fast,previous,old,outdated,sensible,smart,secure,safe,shut,close,far,effectively,well,dangerous,bad,severe,critical,necessary,small,sick,ailing,ill,simple,easy | dev:A editor
suicide charge | suicide rate | fingerprint | n | | family:A editor
suicide fee | suicide rate | fingerprint | - | | family:A editor
suicide makes an attempt | suicide attempts | fingerprint | - | | family:A editor
suicide try | suicide attempt | fingerprint | - | | family:A editor
summer season | summer | ambiguous | - | prev=final,last,this,next,early,late,every,each,previous,earlier | mined editor family:A
sun hurricane | solar storm | fingerprint | n |  | mined editor family:A
sunshine | light | ambiguous | - | prev=of near=galaxy,galaxies,galaxy's,star,stars,nebula,nebulae,telescope,telescopes,hubble,webb,astronomers,astronomer,asteroid,asteroids,comet,meteor,meteors,universe,cosmic,quasar,velocity,streaks,streak,blobs,smudges,band,emitted !near=hours,weather,forecast,summer,beach,holiday,holidays,vitamin,warm,sunny,rain,cloudy | mined editor family:A sites=6
sunshine emitted | light emitted | fingerprint | - | | mined editor family:A sites=1
superior digital camera for surveys | Advanced Camera for Surveys | fingerprint | - | | editor family:A
superior most cancers | advanced cancer | fingerprint | - | | family:A editor
supplied by | Provided by | fingerprint | - | line-start line-end | seed dev:A
supplied for info | provided for information | fingerprint | - | | seed dev:A
suppliers | providers | ambiguous | - | prev=care,healthcare,health,being,medical,service,insurance | editor
supply | provide | ambiguous | v | next=care,information,info,data,knowledge,support,assist,help,assistance,insight,insights,perception,perceptions,evidence,proof,guidance,steerage,treatment,therapy,remedy,services,providers,access,entry,protection,safety,security,relief,aid,funding,feedback,suggestions,advice,recommendation,recommendations,answers,solutions,options,choices,opportunities,benefits,advantages,new,brand,more,extra,better,higher,valuable,helpful,useful,important,vital,necessary,key,essential,crucial,critical,clues,hints,details,particulars,context,resources,comfort,reassurance,them,us,you,him,her,patients,sufferers,people,individuals,folks,researchers,scientists,clinicians,doctors,docs,physicians | family:A editor
supply of vitality | source of energy | fingerprint | - |  | mined editor family:A
supply website link | Source link | fingerprint | - | | mined editor family:A sites=1
supreme courtroom | Supreme Court | fingerprint | - | | family:A editor
sure | certain | ambiguous | - | next=mind,brain,kinds,types,forms,cells,genes,conditions,circumstances,people,individuals,folks,foods,drugs,medicine,medicines,medications,proteins,areas,regions,situations,sorts,varieties,cancers,species,patients,sufferers,groups,teams,features,options,ways,elements,factors,components,receptors,bacteria,viruses,populations,behaviors,behaviours,chemicals,substances,molecules,diseases,illnesses,ailments,circumstances,psychotherapists,traits,parts,sorts | seed dev:A
surgeon basic | surgeon general | fingerprint | - | | family:A editor
surgeon normal | surgeon general | fingerprint | - | | mined editor family:A
surgical procedure | surgery | ambiguous | n | | family:A editor
survival charge | survival rate | fingerprint | n | | family:A editor
survival fee | survival rate | fingerprint | n | | family:A editor
sweet information | good news | fingerprint | - |  | mined editor family:A
symptom administration | symptom management | fingerprint | - | | family:A editor
synthetic gentle | artificial light | fingerprint | - | | family:A editor
synthetic intelligence | artificial intelligence | fingerprint | - | | family:A editor
synthetic knowledge | artificial intelligence | fingerprint | - |  | mined editor family:A
systematic opinions | systematic reviews | fingerprint | - | | seed dev:A
tainted | infected | ambiguous | - | near=virus,infection,covid*,coronavirus,disease,patients,people,individuals | editor
take a look at | check out | ambiguous | v | | dev:A editor
take a look at outcomes | test results | fingerprint | - | | family:A editor
take motion | take action | fingerprint | v | | family:A editor
take pleasure in | enjoy | ambiguous | - |  | mined editor family:A
take residence | take home | fingerprint | - |  | mined editor family:A
taken into account | considered | ambiguous | - | prev=is,are,was,were,be,been,being,generally,widely,often,also,now,still,usually,typically,commonly,largely,broadly next=a,an,the,one,to,as,among,amongst,part,essential,important,safe,normal,healthy,wholesome,high,low,rare,uncommon,common,widespread | mined editor family:A sites=2
taking part | participating | ambiguous | - | | dev:A
taking part in a key position | playing a key role | fingerprint | - | | mined editor family:A
tales | stories | ambiguous | - | | family:A editor
task | role | ambiguous | - | next=in,within,inside prev=key,important,necessary,vital,crucial,major,essential,significant,main,central,pivotal,critical,big,bigger,larger,greater,active,energetic,leading,causal,protective,direct,indirect,dual,unique,distinctive,prominent,minor,limited,small,modest,surprising,stunning,unexpected,potential,attainable,possible,regulatory,a,an,the,its,their,his,her,our,this,that,any,no,similar,comparable,same,identical,outsized,outsize,huge,large,giant,massive,decisive,dominant,substantial,supporting,supportive | family:A editor
taught on the | taught at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
tea baggage | tea bags | fingerprint | - | | family:A editor
teaches on the | teaches at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
teams | groups | ambiguous | - | !prev=research,analysis,medical,rescue,response,sports,football,soccer,basketball,national,emergency,science,surgical,clinical,multidisciplinary,international,two,both,rival,opposing | mined editor family:A sites=3
tech big | tech giant | fingerprint | n | !next=data,shot,shots,names,four,five,tent | mined editor family:A
tech big's | tech giant's | fingerprint | - | | mined editor family:A
temper | mood | ambiguous | - | near=sleep,melancholy,depression,nervousness,anxiety,emotions,disorder*,dysfunction*,swings,stabiliz*,low | dev:A editor family:H
temper dysfunction | mood disorder | fingerprint | - | | family:A editor
tempo | pace | ambiguous | - | !near=music,musical,song,songs,beat,beats,bpm,rhythm,rhythms,drum,drums,drummer,band,dance,tune,tunes,melody,metronome | mined editor family:A
tens of hundreds | tens of thousands | fingerprint | - | | family:A editor
tens of millions | millions | ambiguous | - | | dev:A editor
testicular most cancers | testicular cancer | fingerprint | - | | family:A editor
testosterone ranges | testosterone levels | fingerprint | - | | family:A editor
textual content | text | fingerprint | - | | family:A editor
that actuality | that reality | fingerprint | - |  | mined editor family:A
the again of | the back of | fingerprint | - | | mined editor family:A
the an infection | the infection | fingerprint | - | | family:A editor
the analyze | the study | fingerprint | - | !next=button,function,functions,menu,tab,command,feature,tool,option,phase,step,stage,authors | mined editor family:A family:S sites=2
the bare eye | the naked eye | fingerprint | - |  | mined editor family:A
the contemplate | the study | fingerprint | - | | editor
the corporate's | the company's | fingerprint | - | | mined editor family:A sites=1
the dimensions of | the size of | ambiguous | - | | mined editor family:A sites=5
the examine | the study | fingerprint | - | !next=of,whether,how,the,a,an,what,why,if,their,his,her,its,these,those,this,that,our,your,it,them,new,data,each,closely,patients | family:A editor
the examine's | the study's | fingerprint | - | | family:A editor
the getting older course of | the aging process | fingerprint | - | | family:A editor
the have an effect on of | the impact of | fingerprint | - | | mined editor family:A sites=1
the identical | the same | ambiguous | - | !next=twins,twin,copy,copies | family:A editor
the improve in | the increase in | fingerprint | - | | family:A editor
the journal coronary heart | the journal Heart | fingerprint | - | | mined editor family:A family:S sites=2
the journal of vitamin | The Journal of Nutrition | fingerprint | - |  | mined editor family:A
the large bang | the Big Bang | fingerprint | - |  | editor family:A
the leads to | the results in | ambiguous | - | prev=revealed,printed,published,reported | mined editor family:A
the longer term | the future | ambiguous | - | !prev=in,over,for,into,and,or !next=effect,effects,impact,impacts,consequences,outcome,outcomes,risk,risks,benefits,benefit,health,use,care,trend,trends,outlook,prospects,goal,goals,view,survival,follow-up,studies,study,data,results,treatment,therapy,damage,costs,savings,well,being | mined editor family:A
the look at | the study | ambiguous | - | !prev=take,took,taking,takes,have,had,has,having,get,got,gets,getting,give,gave,gives,giving | mined editor family:A family:H sites=2
the lower in | the decrease in | fingerprint | - | | family:A editor
the lunar floor | the lunar surface | fingerprint | - |  | editor family:A
the major image | the big picture | fingerprint | - | | mined editor family:A
the massive bang | the Big Bang | fingerprint | - |  | editor family:A
the next danger | a higher risk | fingerprint | - | | family:A editor
the next threat | a higher risk | fingerprint | - | | family:A editor
the one certainly one of | the only one of | fingerprint | - | | mined editor family:A sites=1
the one residing | the only living | fingerprint | - | | mined editor family:A
the operate of | the function of | fingerprint | - | | mined editor family:A sites=1
the opposite | the other | ambiguous | - | !prev=exactly,just,quite,precisely,completely,entirely,is,was,are,were,be,been,do,does,did,doing,had,has,have,the !next=effect,effects,direction,directions,sex,sexes,extreme,extremes,pole,poles,is,was,are,were,happens,happened,happen,true,holds,conclusion,sign,approach,view,of,way,occurs,occurred,pattern,trend,result,results,case,to,can,could | mined editor family:A sites=2
the place | where | ambiguous | - | prev=ambiance,atmosphere,areas,area,regions,countries,nations,states,cities,communities,neighborhoods,neighbourhoods,places,situations,cases,instances,circumstances,conditions,hospitals,schools,faculties,homes,houses,settings,environments,world,point,level,stage,those,these,cells,tissues,locations,sites,websites,zones,parts,elements,times,occasions,model,mannequin,system,process,course,scenario,scenarios,approach,room,rooms,facility,facilities,setting,locales,country,nation,city,metropolis,town,village,ocean,planet,universe,ecosystem,ecosystems,habitat,habitats,island,islands,lab,laboratory,state,region,house,dwelling,residence,home,site,spot,spots,hotspots,moment,moments,day,days,period,interval,environment,experiment,experiments,trial,trials,study,examine,studies,research,earth,surface,floor,space,layer,layers,zone,clinic,clinics,workplace,workplaces,universities,colleges,campus,campuses,towns,villages,farms,county,counties,provinces,province,districts,district,continent,continents,markets,market,societies,cultures,families,households,relationships,jobs,positions,roles,contexts,context,game,games,sports,events,concerts,parties,platform,platforms,app,apps,network,networks,web,internet,instance | family:A editor
the primary | the first | ambiguous | - | next=time,one,case,cases,step,year,week,day,person,patient,ever,wave,half,quarter,two,three,few | mined editor family:A
the primary research to | the first study to | fingerprint | - |  | mined editor family:A
the primary time | the first time | fingerprint | - | !next=slot,slots,frame,frames,zone,zones,series,window,windows,period,periods,scale,scales,point,points,constant,constants,step,steps,unit,units,source,sources,signal,signals,code,variable,axis,base,reference,interval,intervals,domain,stamp,stamps,limit,limits | mined editor family:A sites=1
the purple cross | the Red Cross | fingerprint | - | | family:A editor
the purple planet | the Red Planet | fingerprint | - | | family:A editor
the remainder of the world | the rest of the world | ambiguous | - | | mined editor family:A sites=1
the remainder of us | the rest of us | ambiguous | - | | mined editor family:A
the solar's | the sun's | fingerprint | - | | family:A editor
the solar's exercise | the sun's activity | fingerprint | - | | mined editor family:A
the time period | the term | ambiguous | - | !prev=during,over,in,within,throughout,across,at,from,for,of,same,that,this,entire,whole,given,specific,a,to,by,since,until,till,on,around,after,before,short,long,brief,lengthy,study,examine,reporting,sample,pattern !next=of,in,from,between,when,during,and,or,to,is,was,that,which,for,since,until,till,before,after,covered,studied,examined,analysed,analyzed,under,as,with,we,they,he,she,it,there,the,a,an | mined editor family:A sites=3
the truth that | the fact that | fingerprint | - | | dev:A editor
the unfold of | the spread of | fingerprint | - | | family:A editor
the unlucky actuality | the unfortunate reality | fingerprint | - |  | mined editor family:A
The us | America | fingerprint | cs | | mined editor family:A
the variety of | the number of | ambiguous | - | next=individuals,folks,people,sufferers,patients,instances,cases,deaths,infections,youngsters,kids,children,women,girls,males,men,adults,adults,hospitalizations,hospitalisations,hours,days,years,steps,calories,energy,cigarettes,drinks,participants,members,contributors,respondents,stars,planets,galaxies,species,animals | mined editor family:A
the very starting | the very beginning | fingerprint | - | | mined editor family:A
the whole lot | everything | ambiguous | - | | family:A editor
the within of | the inside of | fingerprint | - | | editor family:A sites=1
their examine | their study | fingerprint | - | | family:A editor
their our bodies | their bodies | fingerprint | - | | editor family:A
therapy | treatment | ambiguous | n | prev=ache,pain,most,cancers,cancer,affected,patient,melancholy,depression,nervousness,anxiety,disease,illness,an,infection,first-line,commonplace,standard,obtainable,efficient,effective,new,novel,potential,attainable,such,the,a,their,his,her,for,of,receiving,obtained,acquired,early,timely,preventive,antibiotic,drug,medical,emergency,surgical,hospital,sufficient,adequate,present,current,future,optimum,optimal,best,finest,greatest,higher,better,further,additional,extra,this,that,these,those,any,no,further,common,widespread,customary,traditional,typical | dev:A editor
there is | there's | ambiguous | - | !next=however,still,nonetheless,nevertheless,also,always,no,evidence | dev:A
these of | those of | ambiguous | - | !next=course,which,them,these,those,us | mined editor family:A sites=1
these of us | those of us | fingerprint | - | | mined editor family:A sites=1
these residing | those living | ambiguous | - |  | mined editor family:A
these types of as | such as | fingerprint | - | | mined editor family:A family:S sites=1
# they're: no family A tag (2026-12-07): in the learn part's family-A pages only the authors wrote it
they're | they are | ambiguous | - | !next=going | family:H mined
this 12 months | this year | fingerprint | - | | dev:A editor
this authentic article | this original article | fingerprint | - | | mined editor family:A sites=1
this examine | this study | fingerprint | - | | family:A editor
this kind of as | such as | fingerprint | - | | mined editor family:A
this yr | this year | fingerprint | - | | family:A editor
thought to be to be | believed to be | fingerprint | - | | mined editor family:A sites=1
thought-about | considered | fingerprint | - | | dev:A editor
thousands and thousands | millions | ambiguous | - | | family:A editor
thousands of years in the past | thousands of years ago | fingerprint | - |  | editor family:A
threat | risk | ambiguous | - | prev=higher,greater,larger,increased,elevated,lower,decrease,decreased,reduced,diminished,low,excessive,high,lifetime,relative,absolute,overall,general,cardiovascular,cancers,genetic,fracture,suicide,infection,an,mortality,dementia,stroke,coronary,heart,diabetes,obesity,disease,illness,sickness,bleeding,relapse,recurrence,death,loss,extra,more,less,reduce,reduces,reducing,lowered,lowers,lowering,increases,improve,improves,raise,raises,raised,raising,elevate,elevates,boost,boosts,boosted,double,doubled,doubles,triple,tripled,halve,halved,cut,cuts,cutting,substantial,significant,important,vital,considerable,modest,slight,small,minimal,negligible,baseline,residual,attributable,estimated,predicted,polygenic,cumulative,10-year,five-year,long-term,lengthy-term,short-term,future,individual,population,inhabitants,personal,excess,twice,thrice,times,occasions,a,the,same,identical,similar,comparable,their,his,her,its,your,our,my,whose,this,that,any,no,lowest,highest,little,much,substantially,considerably,significantly,slightly,barely,modestly,heightened,enhanced,higher-than-average,above-average,below-average | family:A editor
threat elements | risk factors | fingerprint | - | | family:A editor
threat issue | risk factor | fingerprint | n | | family:A editor
threat of loss of life | risk of death | fingerprint | - | | family:A editor
three a long time | three decades | fingerprint | - | | family:A editor
thrice | three times | ambiguous | - | | dev:A
thriller | mystery | ambiguous | n | | dev:A
throat most cancers | throat cancer | fingerprint | - | | family:A editor
throughout numerous | across various | fingerprint | - | | seed dev:A
thyroid most cancers | thyroid cancer | fingerprint | - | | family:A editor
till | until | ambiguous | - | | dev:A editor
tim prepare dinner | Tim Cook | fingerprint | - | | editor family:A
timber | trees | ambiguous | - | !prev=mass,cross-laminated,engineered,laminated,sawn !next=industry,harvest,harvesting,production,company,companies,frame,frames,products,merchandise,sales,trade,exports,imports,mill,mills,supply,construction,buildings,building,structures,structure,sector,market,markets,prices,costs,beams,beam,framing | family:A editor
time administration | time management | fingerprint | - | | family:A editor
time-restricted consuming | time-restricted eating | fingerprint | - | | family:A editor
tip of the century | end of the century | fingerprint | - | | mined editor family:A
tip of the decade | end of the decade | fingerprint | - | | mined editor family:A
tip of the yr | end of the year | fingerprint | - | | mined editor family:A
tips on how to | how to | ambiguous | - | !prev=some,few,useful,helpful,offers,offer,offered,gives,give,gave,provides,provide,provided,share,shares,shared,has,have,had,with,for,and,practical,simple,expert,more,our,her,his,their,top,the,these,those,get,got,including | mined editor family:A sites=1
tissue harm | tissue damage | fingerprint | - | | family:A editor
to be able to | in order to | ambiguous | - | | dev:A
to deal with | to treat | ambiguous | - | near=pain,ache,disease,condition*,symptom*,patient*,sufferers | seed dev:A
to had been | to have been | fingerprint | - | | mined editor family:A sites=1
to this point | so far | ambiguous | - | prev=has,have,had,is,are,was,were,been,not,nothing,none,only,little or line-start | mined editor family:A
toddler formulation | infant formula | fingerprint | - | | family:A editor
toddler mortality | infant mortality | fingerprint | - | | family:A editor
toes above sea stage | feet above sea level | fingerprint | - | | family:A editor
toes excessive | feet high | fingerprint | - | | family:A editor
toes lengthy | feet long | fingerprint | - | | family:A editor
toes tall | feet tall | fingerprint | - | | family:A editor
toes under the floor | feet below the surface | fingerprint | - | | family:A editor
toes vast | feet wide | fingerprint | - | | family:A editor
Together with | Along with | ambiguous | cs | | dev:A
together with | including | ambiguous | - | !prev=and,work,working,worked,works,live,lived,living,come,came,coming,get,got,getting,bring,brought,put,putting,stick,band,pull,pulled,piece,pieced,group,grouped,go,goes,going,went,gone !next=numerous,different,other,many,several,various | dev:A editor
tons of of | hundreds of | fingerprint | - | | mined editor family:A
took motion | took action | fingerprint | - | | family:A editor
torment | pain | ambiguous | - | | editor
total-shade | full-color | fingerprint | - | | mined editor family:A
totally different | different | ambiguous | - | | family:A editor
touchdown gear | landing gear | fingerprint | - | | family:A editor
touchdown website | landing site | fingerprint | n | | family:A editor
touring collectively | traveling together | fingerprint | - | | mined editor family:A sites=1
trade | industry | ambiguous | - | prev=pharmaceutical,tech,tobacco,meals,food,fossil,oil,gas,fuel,fishing,fishery,fisheries,auto,automotive,car,chemical,fashion,beauty,agriculture,agricultural,farming,meat,dairy,sugar,alcohol,beverage,energy,power,vitality,mining,insurance,entertainment,film,movie,music,gaming,technology,know-how,aviation,airline,shipping,healthcare,biotech,biotechnology,cosmetics,plastics,plastic,steel,construction,manufacturing,semiconductor,chip,software,program,nuclear,drug,medical,tourism,hospitality,restaurant,retail,cannabis,hashish,vaping,gambling,financial,monetary,banking,media,wine,beer,seafood,timber,forestry,cattle,livestock,poultry,pork,space,house,crypto,cryptocurrency | family:A editor
train | exercise | ambiguous | - | prev=physical,bodily,regular,common,moderate,reasonable,aerobic,cardio,vigorous,intense,daily,weekly,more,extra,less,of,after,during,throughout,and,resistance,strength,high-intensity,light,gentle,mild,delicate,no,enough,sufficient,doing,do,did,does,don't,didn't,doesn't,get,gets,getting,got,regularly,recurrently,frequently,ceaselessly,incessantly,often,people,individuals,folks,adults,participants,members,contributors,patients,sufferers,mice,rats,intensive,structured,supervised,outdoor,indoor,sustained,acute,voluntary,forced,treadmill,endurance,anaerobic,isometric,eccentric,weight-bearing,balance,stretching,cardiovascular,utilizing,using,via,through,with,by,from,an or next=routine,routines,program,programs,programme,programmes,regimen,regime,regimens,habits,capacity,intolerance,intensity,sessions,session,classes,courses,science,physiology,physiologist,physiologists,tolerance,performance,efficiency,bike,bikes,machine,machines,equipment,gear,interventions,intervention,testing,recommendations,guidelines,pointers,frequency,duration,volume,prescription,therapy,remedy,benefits,advantages,per,each,every,daily,regularly,recurrently,habit,mimetic,mimetics,pill,pills,-induced,induced,oncology,psychology,medicine,drugs,medication,plan,plans,trial,trials,group,groups,levels,ranges,helps,changes | family:A editor
train periods | exercise sessions | fingerprint | - | | mined editor family:A sites=1
train routine | exercise routine | fingerprint | n | | family:A editor
train science | exercise science | fingerprint | - | | mined editor family:A sites=1
trained on the | trained at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
trainer | teacher | ambiguous | n | prev=school,faculty,college,science,math,maths,english,history,historical,music,art,kindergarten,preschool,primary,major,secondary,high,excessive,elementary,middle,student,scholar,substitute,classroom,former,retired,head,teacher,language,spanish,french,german,chemistry,physics,biology,special,particular,explicit,education,schooling,public,veteran,experienced,skilled,qualified,certified,licensed,first-year,student's,child's,kid's,pupil's | family:A editor
transcriptional law | transcriptional regulation | fingerprint | - | | editor family:A sites=1
transfer | move | ambiguous | v | next=forward,ahead,away,towards,toward,around,round,through,via,quickly,shortly,rapidly,slowly,freely,more,extra,less,fast,quick,closer,nearer,on,up,down,back,again,out,about,across,along,alongside,faster,quicker,sooner,slower,beyond,past,between,among,amongst,abroad,overseas,elsewhere,together,collectively,independently,normally,naturally,easily,simply,fluidly,smoothly,efficiently | family:A editor
transfer ahead | move forward | fingerprint | - | !next=of | mined editor family:A sites=2
transferring | moving | ambiguous | - | next=forward,away,towards,toward,around,closer,quickly,slowly,freely,ahead,along,across,about,through | mined editor family:A
transform | change | ambiguous | - | prev=measurable,significant,major,dramatic,big,huge,small,slight,sudden,rapid,profound,fundamental,noticeable,substantial,marked,meaningful,detectable,modest,gradual,behavioural,behavioral,lasting,radical,seismic,notable | mined editor family:A sites=1
transparency worldwide | Transparency International | fingerprint | - | | family:A editor
treadmill operating | treadmill running | fingerprint | - | | mined editor family:A sites=1
treatment-resistant despair | treatment-resistant depression | fingerprint | - | | family:A editor
tree cowl | tree cover | fingerprint | - | | family:A editor
trendy | modern | ambiguous | - | | family:A editor family:O
trendy people | modern humans | ambiguous | - | near=homo,neanderthal,neanderthals,species,fossil,fossils,ancestor,ancestors,evolution,evolutionary,hominin,hominins,sapiens,denisovans,denisovan,skull,cranium,archaic | mined editor family:A
Triassic Interval | Triassic Period | fingerprint | cs | | family:A editor
triassic interval | Triassic period | fingerprint | - | | editor family:A family:?
trigger | cause | ambiguous | v | !prev=the,a,gun,hair | dev:A editor
trigger hurt | cause harm | fingerprint | - | !next=feelings,feeling,pride,egos,ego | mined editor family:A sites=2
trinity school dublin | Trinity College Dublin | fingerprint | - | | family:A editor
troopers | soldiers | ambiguous | n | !prev=state,highway,freeway,storm,mounted,police,state's,florida,texas,pennsylvania,new,jersey,york,california,ohio,virginia,illinois,massachusetts,michigan,arizona,colorado,kentucky,maryland,connecticut,delaware !next=said,say,says,were,are,arrested,stopped,responded,found | family:A editor
tropical medication | tropical medicine | fingerprint | - | | family:A editor
troublesome | difficult | ambiguous | - | | family:A family:I editor
truthful dealing | fair dealing | fingerprint | - | | seed dev:A
trying | looking | ambiguous | - | next=at,into,forward,ahead,extra | dev:A
trying into | looking into | fingerprint | - | | dev:A
tufts college | Tufts University | fingerprint | - |  | mined editor family:A
turns into | becomes | ambiguous | - | | dev:A
tv collection | TV series | ambiguous | - | | mined editor family:A sites=1
two a long time | two decades | fingerprint | - | | family:A editor
U.Ok | U.K | fingerprint | cs | | mined editor family:A sites=1
U.Okay | U.K | fingerprint | cs | | dev:A
ultimate | final | ambiguous | - | | dev:A
ultraviolet gentle | ultraviolet light | fingerprint | - | | family:A editor
un setting programme | UN Environment Programme | fingerprint | - | | family:A editor
unbelievable | incredible | ambiguous | - | | family:A editor
uncooked knowledge | raw data | fingerprint | - | | editor family:A
uncovered that | found that | ambiguous | - | | editor
undergraduate scholar | undergraduate student | fingerprint | n | | family:A editor
underneath | under | ambiguous | - | next=commentary,observation,medical,investigation,scrutiny,surveillance,monitoring,evaluation,assessment,analysis,overview,consideration,review,development,improvement,growth,construction,strain,stress,pressure,menace,threat,lockdown,quarantine,arrest,oath,contract,management,control,age,siege,attack,assault,treatment,therapy,remedy,care,federal,state,new,current,present,way | mined editor family:A
underneath commentary | under observation | fingerprint | - | | mined editor family:A
undertaking | project | ambiguous | n | !prev=major,huge,massive,giant,big,large,considerable,significant,substantial,enormous,daunting,ambitious,formidable,monumental,serious,severe,costly,expensive,risky,difficult,troublesome,challenging,complex,advanced,sophisticated,no,small,an,mean,joint,commercial,industrial,an !next=to,that,of,by,in | family:A editor
unemployment charge | unemployment rate | fingerprint | n | | family:A editor
unemployment fee | unemployment rate | fingerprint | - | | family:A editor
unfavorable | negative | ambiguous | - | next=effect,effects,impact,impacts,influence,association,correlation,relationship,results,outcomes,consequences,emotions,feelings,test,tests,check,checks,result,thoughts,mood,temper,health,well,experiences,experience,expertise,side,facet,charge,charges,for,attitudes,attitude,feedback,stereotypes,bias,perception,perceptions,emotion,affect,reactions,reaction,responses,response,self-talk,self-image,numbers,values,findings,views,press,publicity | family:A editor
unfold | spread | ambiguous | - | prev=virus,viruses,disease,diseases,illness,illnesses,infection,infections,germs,bacteria,micro,cancer,most,cancers,community,rapid,speedy,fast,further,global,prevent,preventing,slow,slowing,stop,stopping,limit,limiting,curb,curbing,halt,reduce,reducing,cut,its,the,can,could,may,might,will,would or prev=has,have,had,quickly,rapidly,shortly,further,widely,already,fires,fire,hearth,wildfire,wildfires,flames,tumor,tumour,tumors,tumours,outbreak,outbreaks,misinformation,rumors,rumours,word,infections | family:A editor
unhappy | sad | ambiguous | - | | family:A editor
unhealthy | bad | ambiguous | - | next=night,news,information,luck,thing,idea,cholesterol,mood,temper,day,days,sleep | dev:A
unimaginable | incredible | ambiguous | - | | family:A editor
unintended penalties | unintended consequences | fingerprint | - | | editor family:A
united nations setting programme | United Nations Environment Programme | fingerprint | - | | family:A editor
unprecedented instances | unprecedented times | fingerprint | - | !next=of,where,in,when,which,that | mined editor family:A sites=1
untimely beginning | premature birth | fingerprint | - | | family:A editor
untimely getting older | premature aging | fingerprint | - | | family:A editor
untimely infants | premature babies | fingerprint | - | | family:A editor
untimely loss of life | premature death | fingerprint | - | | family:A editor
untimely start | premature birth | fingerprint | - | | family:A editor
unwanted side effects | side effects | ambiguous | n | | seed dev:A
upward thrust | rise | fingerprint | - | prev=the,a next=of,in !near=rocket,rockets,engine,engines,buoyancy,buoyant,wing,wings,lift,force,forces,propeller,propellers,jet,jets,fluid,pressure,gravity,aircraft,thrust,thrusts,thruster,thrusters,launch,booster,boosters,motor,motors,newtons,plate,plates,tectonic,magma,crust,fault,mantle | mined editor family:A family:H sites=1
urge for food | appetite | fingerprint | - | | dev:A editor
urged | suggested | ambiguous | - | prev=the,a,an,its,their,our,your,his,her | mined editor family:A sites=1
urinary tract an infection | urinary tract infection | fingerprint | - | | family:A editor
urine take a look at | urine test | fingerprint | - | | family:A editor
usa at present | USA Today | fingerprint | - | | family:A editor
useful resource competitors | resource competition | fingerprint | - | | mined editor family:A
usually are not restricted to | are not limited to | fingerprint | - | | mined editor family:A sites=1
uterine most cancers | uterine cancer | fingerprint | - | | family:A editor
utilized | used | ambiguous | - | !prev=under,poorly,fully,underutilized,less,least,rarely,better,best,widely,most,commonly,frequently,more,extra | family:A family:I editor
utilizing | using | ambiguous | - | | mined editor family:A sites=2
utmost ultraviolet | extreme ultraviolet | fingerprint | - | | mined editor family:A
utterly | completely | ambiguous | - | | dev:A editor
uv gentle | UV light | fingerprint | - | | family:A editor
vaccination charge | vaccination rate | fingerprint | n | | family:A editor
vaccination fee | vaccination rate | fingerprint | n | | family:A editor
vaccination marketing campaign | vaccination campaign | fingerprint | n | | family:A editor
vaccine marketing campaign | vaccine campaign | fingerprint | n | | family:A editor
variety impact | selection effect | fingerprint | - |  | mined editor family:A
variety of | number of | ambiguous | - | prev=the,total,growing,rising,increasing,small,large,giant,high,excessive,low,same,average,median,whole,record,greater,larger,decrease,lower,huge,actual,precise,elevated,increased,decreased,lowered,diminished | dev:A editor
vary | range | ambiguous | - | prev=a,the,wide,whole,entire,broad,full,normal,narrow,wider,broader | mined editor family:A family:? sites=1
vast area digicam | Wide Field Camera | fingerprint | - | | mined editor family:A
vast discipline digital camera | Wide Field Camera | fingerprint | - | | mined editor family:A sites=1
vegatables and fruits | fruits and vegetables | fingerprint | - | | mined editor family:A sites=1
vegetation | plants | ambiguous | - | | family:A editor
velocity of mild | speed of light | fingerprint | - | | mined editor family:A
velocity of sunshine | speed of light | fingerprint | - | | family:A editor
venture scientist | project scientist | fingerprint | n | | mined editor family:A sites=1
venture supervisor | project manager | fingerprint | n | | mined editor family:A sites=1
Very Massive Telescope | Very Large Telescope | fingerprint | cs | | mined editor family:A sites=1
via | through | ambiguous | - | prev=rips,ripped,ripping,tore,torn,tears,tearing,punched,cut,cuts,passes,passed,passing,pass,go,goes,going,went,gone,travel,travels,traveled,travelled,traveling,travelling,move,moves,moved,moving,flow,flows,flowed,flowing,journey,journeys,burst,bursts,break,breaks,broke,shine,shines,shining,filter,filters,filtered,stream,streams,streaming,sweep,sweeps,swept,run,runs,ran,running,one,come,comes,came,coming,slip,slips,slipped,push,pushes,pushed,drill,drills,drilled,drilling,dig,digs,dug,digging,penetrate,penetrates,penetrated,immediately | mined editor family:A sites=4
video video game | video game | fingerprint | n | | family:A editor
viral an infection | viral infection | fingerprint | - | | family:A editor
virtually | almost | ambiguous | - | | dev:A editor
visible cortex | visual cortex | fingerprint | - | | editor family:A
visible processing | visual processing | fingerprint | - | | mined editor family:A
visitor audio system | guest speakers | fingerprint | - | | family:A editor
visitors | traffic | ambiguous | - | next=accidents,accident,crashes,crash,jam,jams,congestion,lights,light,gentle,signals,signal,police,deaths,fatalities,injuries,collisions,collision,noise,pollution,air,safety,security,volume,volumes,flow,flows,cameras,camera,stop,stops,violations,violation,lanes,lane,management,administration,cops,officer,officers,laws,legislation,rules,regulations,fines,tickets,ticket,density,patterns,emissions,exhaust,controller,controllers,control,cones,cone,calming,engineers,engineering,fatality,incidents,incident,conditions,situations,circumstances,delays,delay | family:A editor
vital care | critical care | fingerprint | - | | dev:A
vital setback | significant setback | fingerprint | n | | mined editor family:A sites=1
vitality | energy | ambiguous | - | | editor
vitality costs | energy prices | fingerprint | - | | family:A editor
vitality drinks | energy drinks | fingerprint | - | | family:A editor
vitality effectivity | energy efficiency | fingerprint | - | | family:A editor
vitality expenditure | energy expenditure | fingerprint | - | | mined editor family:A
vitality payments | energy bills | fingerprint | - | | family:A editor
vitality ranges | energy levels | fingerprint | - | | family:A editor
vitality safety | energy security | fingerprint | - | | mined editor family:A
vitality trade | energy industry | fingerprint | - | | family:A editor
vitality transition | energy transition | fingerprint | - | | family:A editor
vitamin and dietetics | nutrition and dietetics | fingerprint | - | | family:A editor
vivid | bright | ambiguous | - | | family:A editor
vivid gentle | bright light | fingerprint | - | | family:A editor
volcanic exercise | volcanic activity | fingerprint | - | | editor family:A
wait occasions | wait times | fingerprint | - | | family:A editor
wall avenue journal | Wall Street Journal | fingerprint | - | | family:A editor
want | need | ambiguous | - | prev=* !next=to,a,an,your,my,our,their,his,her,its | dev:A
wanting | looking | ambiguous | - | next=at,into,forward,ahead,extra | dev:A
wanting into | looking into | fingerprint | - | | dev:A
warmest on report | warmest on record | fingerprint | - | | family:A editor
warmth | heat | ambiguous | - | !prev=human,emotional,personal,his,her,their,its,kindness | family:A editor
warmth dome | heat dome | fingerprint | - | | family:A editor
warmth exhaustion | heat exhaustion | fingerprint | - | | family:A editor
warmth index | heat index | fingerprint | - | | family:A editor
warmth publicity | heat exposure | fingerprint | - | | family:A editor
warmth pump | heat pump | fingerprint | n | | family:A editor
warmth stress | heat stress | fingerprint | - | | family:A editor
warmth stroke | heat stroke | fingerprint | - | | family:A editor
warmth wave | heat wave | fingerprint | - | | family:A editor
warmth waves | heat waves | fingerprint | - | | family:A editor
warmth-related | heat-related | fingerprint | - | | family:A editor
warmth-trapping | heat-trapping | fingerprint | - | | family:A editor
warn towards | warn against | fingerprint | v | !near=end | mined editor family:A family:N
was house to | was home to | fingerprint | - | !next=house | mined editor family:A
wash their palms | wash their hands | fingerprint | - | | family:A editor
wash your palms | wash your hands | fingerprint | - | | family:A editor
washing palms | washing hands | fingerprint | - | | family:A editor
washington publish | Washington Post | fingerprint | - | | family:A editor
waste administration | waste management | fingerprint | - | | family:A editor
watched reside | watched live | fingerprint | - | | mined editor family:A
water air pollution | water pollution | fingerprint | - | | family:A editor
water exceptional | water quality | fingerprint | - | | mined editor family:A sites=1
water high quality | water quality | fingerprint | - | | family:A editor
water provide | water supply | fingerprint | - | | family:A editor
way of life adjustments | lifestyle changes | fingerprint | - | | family:A editor
way of life elements | lifestyle factors | fingerprint | - | | family:A editor
web of issues | internet of things | fingerprint | - | | family:A editor
web site | website | ambiguous | n | | family:A editor
web velocity | internet speed | fingerprint | n | | family:A editor
weblog publish | blog post | fingerprint | n | | mined editor family:A sites=1
weblog submit | blog post | fingerprint | n | | family:A editor
weight achieve | weight gain | fingerprint | - | | family:A editor
weight acquire | weight gain | fingerprint | - | | mined editor family:A sites=1
weight administration | weight management | fingerprint | - | | family:A editor
weight coaching | weight training | fingerprint | - | | mined editor family:A sites=5
weight education | weight training | fingerprint | - | next=session,sessions,routine,routines,program,programs,workout,workouts,exercise,exercises | mined editor family:A
weight loss plan | diet | fingerprint | n | | family:A editor
weight problems | obesity | fingerprint | - | | dev:A editor
weight problems charges | obesity rates | fingerprint | - | | family:A editor
weight-reduction plan | diet | fingerprint | - | | family:A editor
weight-reduction schedule | diet | fingerprint | n | | mined editor family:A sites=1
well being | health | fingerprint | - | !prev=as | dev:A dev:H editor
well being advantages | health benefits | fingerprint | - |  | mined editor family:A
well being and human providers | Health and Human Services | fingerprint | - | | family:A editor
well being care | health care | fingerprint | - | | family:A editor
well being care employees | health care workers | fingerprint | - | | family:A editor
well being care suppliers | health care providers | fingerprint | - | | family:A editor
well being companies | health agencies | fingerprint | - | | family:A editor
well being components | health factors | fingerprint | - | | mined editor family:A sites=1
well being elements | health factors | fingerprint | - | | mined editor family:A sites=1
well being employees | health workers | fingerprint | - | | family:A editor
well being fee | health commission | fingerprint | - | | mined editor family:A
well being insurance coverage | health insurance | fingerprint | - | | family:A editor
well being officers | health officials | fingerprint | - | | family:A editor
well being points | health issues | fingerprint | - | | mined editor family:A sites=2
well being safety company | Health Security Agency | fingerprint | - | | family:A editor
wellcome belief | Wellcome Trust | fingerprint | - | | family:A editor
what astronomers name | what astronomers call | fingerprint | - |  | editor family:A
what engineers name | what engineers call | fingerprint | - |  | mined editor family:A
what researchers name | what researchers call | fingerprint | - |  | editor family:A
what scientists name | what scientists call | fingerprint | - |  | editor family:A
whereas | while | ambiguous | - | | seed dev:A
whereas ready for | while waiting for | fingerprint | - | | mined editor family:A
whether or not | whether | ambiguous | - | | seed dev:A
which means and goal | meaning and purpose | fingerprint | - |  | mined editor family:A
White Dwelling | White House | fingerprint | cs | | mined editor family:A
who're | who are | ambiguous | - | | dev:A
whole photo voltaic eclipse | total solar eclipse | fingerprint | n | | mined editor family:A
wholesome | healthy | ambiguous | - | | editor
wholesome consuming | healthy eating | fingerprint | - | | family:A editor
wholesome getting older | healthy aging | fingerprint | - | | family:A editor
wholesome stage | healthy level | fingerprint | n |  | mined editor family:A
wholesome weight loss plan | healthy diet | fingerprint | n |  | editor family:A
why it issues | why it matters | fingerprint | - | line-start or !next=a,an,the,its,their,his,her,our,new,these,those,this,that,such,more,bonds,shares,warnings,licences,licenses,permits,tickets,statements,reports,guidance,visas,passports,loans,cards,debt | mined editor family:A family:N
widespread | common | ambiguous | - | next=cold,chilly,symptoms,signs,side,facet,cause,causes,type,sort,kind,form,condition,situation,disease,illness,sickness,cancer,most,cancers,ancestor,ground,floor,sense,practice,follow,misconception,misconceptions,myths,myth,complaint,complaints,thread,features,options,infection,an,infections,belief,beliefs,perception,perceptions,reason,reasons,purpose,question,questions,query,queries,denominator,goal,objective,mental,psychological,ones,one,variant,variants,medications,medicine,drugs,treatment,therapy,remedy,allergy,allergies,problem,problems,issue,issues,downside,downsides,sight,occurrence,pattern,patterns,feature,trait,traits,mistake,mistakes,error,errors,method,methods,methodology,approach,strategy,technique,techniques,practices,genetic,variation,variations,element,elements,factor,factors,thing,things,challenge,challenges,theme,themes,experience,expertise,experiences,outcome,result,consequence,end,vision,imaginative,diagnosis,prognosis,misdiagnosis,source,supply,sources,ingredient,ingredients | family:A editor
widespread chilly | common cold | fingerprint | - | | family:A editor
will even | will also | ambiguous | - | !next=more,less,further,better,worse,though,if,when,faster,higher,lower | mined editor family:A family:H sites=2
will increase in instances | increases in cases | fingerprint | - | | mined editor family:A
will increase the danger | increases the risk | fingerprint | - | | family:A editor
wind generator | wind turbine | ambiguous | n | | mined editor family:A
window of alternative | window of opportunity | fingerprint | - | | family:A editor
wipe absent | wipe away | fingerprint | v | | mined editor family:A sites=1
with a purpose to | in order to | ambiguous | - | | mined editor family:A sites=1
with none delay | without any delay | fingerprint | - | | mined editor family:A
with out | without | ambiguous | - | !prev=do,does,did,doing,done,go,goes,went,going,gone,make,made,making,manage,managed,live,lived,living | family:A editor
with out the | without the | fingerprint | - | | seed dev:A
with the ability to | being able to | ambiguous | - | prev=of,about,from,without,after,before,by,like,not,mean,means,meant,enjoy,enjoys,love,loves,imagine,risk,avoid,stop,include,includes,involves,recall,remember,than,is,was | mined editor family:A
within | in | ambiguous | - | | dev:A family:H
within the | in the | ambiguous | - | !prev=is,are,was,were,be,falls,fall,fell,lies,lie,lay,remain,remains,remained,stay,stays,stayed,well,both,work,working,found,somewhere,everything,anything,something,change,changes,variation,variations,and,or,live,lives,living,located,situated,exists,exist,existed,contained,hidden,embedded,buried,deep,deeply !next=next,past,last,first,same,limits,range,ranges,bounds,boundaries,scope,framework,context,confines,window,normal,realm,span,hour,week,month,year,decade,following | seed dev:A editor family:H mined family:X family:O
within the close to future | in the near future | fingerprint | - | | family:A editor
within the coming | in the coming | fingerprint | - | | family:A editor
within the evening sky | in the night sky | fingerprint | - |  | mined editor family:A
within the face of | in the face of | fingerprint | - | | family:A editor
within the long run | in the long run | fingerprint | - | | family:A editor
within the long term | in the long term | fingerprint | - | | family:A editor
within the meantime | in the meantime | fingerprint | - | | family:A editor
within the occasion of | in the event of | fingerprint | - | | family:A editor
within the sky | in the sky | fingerprint | - | | mined editor family:A family:?
within the title of | in the name of | fingerprint | - | | mined editor family:A
within the type of | in the form of | fingerprint | - | | family:A editor
within the wake of | in the wake of | fingerprint | - | | family:A editor
won't must | won't have to | fingerprint | - | | mined editor family:A
woods gap | Woods Hole | fingerprint | - | | family:A editor
work greatest | work best | fingerprint | v | | mined editor family:A sites=1
work of artwork | work of art | fingerprint | n | | mined editor family:A sites=1
work on the | work at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
worked on the | worked at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
workers scientist | staff scientist | fingerprint | n | | family:A editor
workforce | team | ambiguous | n | prev=analysis,research,international,worldwide,multidisciplinary,interdisciplinary,whose,the,a,his,her,their,our or next=led,discovered,found,used,utilized,analyzed,analysed,developed,created,designed,studied,examined,additionally,also | editor
working on the | working at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
working reminiscence | working memory | fingerprint | - | | family:A editor
works on the | works at the | ambiguous | - | next=university,college,faculty,school,institute,department,division,center,centre,middle,hospital,laboratory,lab,national,nationwide,max,mayo,cleveland,karolinska,broad,salk,scripps,wellcome,francis,whitehead,royal,imperial,london,harvard,stanford,massachusetts,california,johns,icahn,perelman,feinberg,keck,geisel,yale,princeton,oxford,cambridge,medical,chinese,german,swiss,french,japanese,australian,canadian,danish,dutch,swedish,norwegian,finnish,korean,indian,american,british,european,us,u.s | family:A editor
world commerce group | World Trade Organization | fingerprint | - | | family:A editor
world financial institution | World Bank | fingerprint | - | | family:A editor
world meteorological group | World Meteorological Organization | fingerprint | - | | family:A editor
world warming | global warming | fingerprint | - | | family:A editor
world well being group | World Health Organization | fingerprint | - | | family:A editor
world wide | around the world | ambiguous | - | !prev=the,a,an,of,on !next=web,fund,war,wars,series,cup,championship,championships,tour,network,networks,basis,scale,level,reach,market,markets,sales,release,distribution,audience,audiences,attention,recognition,fame,interest,coverage,impact,presence,leader,leaders,wildlife,view,views,web's | editor family:A sites=4
worldwide | international | ambiguous | - | prev=an,major,large,giant,massive,big,leading,top,new,brand,prestigious,first or next=team,crew,staff,workforce,collaboration,collaborative,consortium,journal,conference,convention,community,neighborhood,space,house,agency,company,organization,organisation,students,scholars,research,analysis,study,examine,studies,partners,law,legislation,relations,affairs,airport,flights,travel,standards,experts,consultants,cooperation,effort,efforts,guidelines,pointers,criticism,attention,consideration,treaty,treaties,agreement,agreements,development,improvement,aid,donors,monetary,fund,court,tribunal,sanctions,pressure,strain,trade,commerce,markets,collaborators,colleagues,researchers,scientists,investigators,project,undertaking,projects,initiative,initiatives,program,programme,programs,networks,network,society,societies,union,federation,association,affiliation,congress,symposium,meeting,assembly,summit,olympiad,competition,institute,institutes,center,centre,middle,laboratory,laboratories,observatory,organizations,organisations,scholar,scholarly,relations,stage,level,community's,body,bodies,physique | family:A editor family:X
worldwide area station | International Space Station | fingerprint | - |  | editor family:A
worldwide atomic power company | International Atomic Energy Agency | fingerprint | - | | family:A editor
worldwide company for analysis on most cancers | International Agency for Research on Cancer | fingerprint | - | | family:A editor
worldwide degree | international level | fingerprint | - | | mined editor family:A
worldwide financial fund | International Monetary Fund | fingerprint | - | | family:A editor
worldwide house station | International Space Station | fingerprint | - | | family:A editor
worldwide labor group | International Labor Organization | fingerprint | - | | family:A editor
worldwide labour group | International Labour Organization | fingerprint | - | | family:A editor
worldwide local weather | global climate | fingerprint | - | | mined editor family:A sites=1
worldwide middle | International Center | fingerprint | - | | mined editor family:A
worldwide olympic committee | International Olympic Committee | fingerprint | - | | family:A editor
worldwide place station | International Space Station | fingerprint | - | | editor family:A
worldwide power company | International Energy Agency | fingerprint | - | | family:A editor
worldwide purple cross | International Red Cross | fingerprint | - | | family:A editor
worldwide room station | International Space Station | fingerprint | - | | editor family:A
worldwide vitality company | International Energy Agency | fingerprint | - | | family:A editor
worried with | concerned with | ambiguous | - | | mined editor family:A sites=1
wouldn't | would not | ambiguous | - | | dev:A
wouldn't must | wouldn't have to | fingerprint | - | | mined editor family:A
wound an infection | wound infection | fingerprint | - | | family:A editor
writer | author | ambiguous | n | prev=lead,senior,first,corresponding,co-senior,last,principal,examine,study,paper's | editor
yearly | annual | ambiguous | - | next=meeting,conference,convention,report,stories,reports,review,budget,income,revenue,growth,progress,rate,fee,charge,rates,incidence,deaths,cases,instances,flu,influenza,vaccine,vaccination,screening,check-up,checkups,check,mammogram,mammograms,event,occasion,festival,survey,ballot,cost,costs,salary,average,common,mean,emissions,temperature,temperatures,rainfall,precipitation,migration,cycle,basis,foundation,physical,bodily,exam,exams,examination,visits,visit,wellness,dose,doses,booster,shot,shots,pictures,increase,improve,decrease,lower,decline,loss,losses,sales,gross,turnover,subscription,leave,holiday,vacation,summit,assembly,gathering,production,output,consumption,spending,profit,profits,earnings,premium,premiums,fees,dues,tuition,allowance,global,world,number,quantity,total,whole,risk,danger,threat,mortality,death,influx,evaluation,assessment,health,well,checks | family:A editor
years outdated | years old | fingerprint | - | | family:A editor
years previous | years old | ambiguous | - | | family:A editor
yeast an infection | yeast infection | fingerprint | - | | family:A editor
you are feeling | you feel | ambiguous | - | | dev:A
you personal | you own | ambiguous | - | prev=if,when,whether | mined editor family:A
you possibly can | you can | ambiguous | - | !prev=as,if,whatever,everything,anything,all,best,much,many,soon,quickly,fast,hard | mined editor family:A sites=2
you will need to | it is important to | ambiguous | - | | dev:A
you're feeling | you feel | ambiguous | - | | dev:A
younger star | young star | ambiguous | n | | mined editor family:A
youngster well being | child health | fingerprint | - | | family:A editor
youngsters | children | ambiguous | - | | dev:A editor
youngsters's | children's | fingerprint | - | | family:A editor
your self | yourself | fingerprint | - | | dev:A
youthful | younger | ambiguous | - | next=than,people,adults,men,women,mice,rats,patients,participants,age,ages,generation,generations,individuals,children,kids,siblings,brother,brothers,sister,sisters,ones,folks,years,group,groups,cohort,cohorts,subjects,volunteers,animals,populations,sufferers,members,voters,workers,counterparts,stars,universe,and,or or prev=the,much,even,slightly,far,considerably | family:A editor
yr | year | ambiguous | n | | family:A editor
yrs | years | ambiguous | - | | mined editor family:A family:S sites=1
zoonotic illness | zoonotic disease | fingerprint | n | | family:A editor
