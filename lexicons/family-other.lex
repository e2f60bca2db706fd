# Families D (Spin Rewriter-like), H (find-out-about/lend-a-hand), K (light rewriter), O (WordNet blogspot
# spinner: inwards/as well as/at that topographic point) and S (pals/our possess/immune devices). Format: README.md.
# spun | original | tier | flags | guard | provenance
a arise | the rise | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a array of | the series of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a biography | the journal | fingerprint | - | next=jama,nature,science,cell,plos,pnas,lancet,bmj,neurology,pediatrics,circulation,cancer,diabetes,obesity,nutrients,frontiers,proceedings,annals,archives,american,british,european,international,journal,current,physical,clinical,molecular,environmental | mined editor family:P sites=1 spinner=autoblog2016-some-more
a closer demeanour | a closer look | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a exoplanet | the exoplanet | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a finish of a | the end of the | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a good deal | plenty | ambiguous | - | !next=of,more,less,better,worse | dev:S
a good deal of | plenty of | ambiguous | - | | dev:S
a good vary of | a wide range of | fingerprint | - | | mined editor family:O
a immeasurable infancy | the vast majority | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a improved bargain | a better understanding | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a individual | a person | fingerprint | - | | mined editor family:H
a initial | the first | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a initial time | the first time | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a intricate | a complex | fingerprint | - | | mined editor family:? sites=1 spinner=wefoundthis-single
a investigate | a study | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a largest | the largest | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a long way on an hourly basis | miles per hour | fingerprint | - |  | mined editor family:D
a look at has | a study has | fingerprint | - | | mined editor family:H
a lot of more | many more | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2011-these-phones
a lot of seemingly | more likely | fingerprint | - | | mined editor family:S sites=1
a many | the most | fingerprint | - | next=important,interesting,common,popular,powerful,significant,distant,massive,serious,dangerous,successful,famous,critical,pivotal,vital,striking,surprising,comprehensive,detailed,extensive,severe,vulnerable,promising,accurate,effective,influential,abundant,diverse,valuable,expensive,deadly,difficult,ambitious,iconic,obvious,intriguing,exciting,remarkable,widely,frequently,likely,advanced,prolific,primitive,elaborate,sensitive,productive,reliable,profitable,luminous,complete,complex,essential,endangered,polluted,populous,ancient,dramatic | mined editor family:P sites=1 spinner=autoblog2016-some-more
a many engaging | the most interesting | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a many finish | the most complete | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a many vast | the most massive | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a minimum of consequent | at least the next | fingerprint | - |  | mined editor family:O
a minimum of partly | at least partially | fingerprint | - | | mined editor family:S sites=1
a name with newshounds | a call with reporters | fingerprint | - | | mined editor family:H sites=1
a narrate | a statement | fingerprint | - | | mined editor family:H sites=1
a obscure | the eclipse | fingerprint | - | near=sun,moon,solar,lunar,totality,eclipse,eclipses,corona,shadow | mined editor family:P sites=1 spinner=autoblog2016-some-more
a observation | a statement | fingerprint | - | | mined editor family:H sites=1
a observes | a study | fingerprint | cs | | mined editor family:H sites=1
a probably finish | the virtually complete | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a replacement | a new | ambiguous | - | next=theory,study,research,report,analysis,survey,paper,species,variant,strain,record,discovery,finding,findings,planet,galaxy,comet,exoplanet,image,images,model,explanation | mined editor family:?
a right time whenever | a time when | fingerprint | - | | mined editor family:? sites=1 spinner=dating-filler-inversion
a stock image reveals | a stock image shows | fingerprint | - | | mined editor family:?
a ten ago | a decade ago | fingerprint | - | | mined editor family:X
a tighten relations | a close relative | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
a totally brand new | an entirely new | fingerprint | - | | mined editor family:? sites=1 spinner=bestspinner-guide-author
a tutorial discipline | an academic discipline | fingerprint | - | | mined editor family:O sites=1
a twenty-four hours | a day | fingerprint | - | | mined editor family:O sites=1
a understanding | a deal | fingerprint | - | !near=patient,patients,disease,diseases,illness,illnesses,kidney,kidneys,renal,transplant,transplantation,organ,donor,hospital,clinical,symptoms,treatment,surgery | mined editor family:P sites=1 spinner=autoblog2016-some-more
a understanding with | a patient with | fingerprint | - | near=disease,diseases,illness,illnesses,kidney,kidneys,renal,transplant,transplantation,organ,donor,giver,hospital,clinical,symptoms,treatment,surgery,chronic | mined editor family:? sites=1 spinner=hilarispublisher-understanding
abasement | depression | ambiguous | - | !prev=self | mined editor family:? sites=1
abbreviate arm | short arm | fingerprint | n | | mined editor family:? sites=1 spinner=alphabetic-early
abdomen | stomach | ambiguous | - | | dev:S family:A editor
ability supply | potential source | fingerprint | n | | mined editor family:? sites=1 spinner=autoblog2021-withinside
able-bodied to | able to | fingerprint | - | | family:O editor
aborning properties | emergent properties | fingerprint | - | | mined editor family:O
absolutely no later than | no later than | ambiguous | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
abstraction | study | ambiguous | - | prev=the,this,a,new,latest,recent,previous near=advisers,participants,published,findings,journal,account,apperceive | mined editor family:? sites=2 spinner=alphabetic-early
abstraction author | study author | fingerprint | n | | mined editor family:? sites=1 spinner=alphabetic-early
abstraction columnist | study author | fingerprint | - | | mined editor family:? sites=1
abstraction participants | study participants | fingerprint | - | | mined editor family:? sites=1
abundant fountainhead | plentiful reservoir | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
according to brand-new research study | according to new research | fingerprint | - | | mined editor family:? sites=1
accumulation phonograph recording | accretion disk | fingerprint | - |  | mined editor family:S
accusation | information | ambiguous | - | !prev=a,an,the,this,that,his,her,their,its,our,my,your,false,serious,criminal,unfounded,baseless,any,no,new,latest,such,first,same,similar,sexual,formal !next=against,that,of,was,is,by,from | mined editor family:S
accustomed | used to | ambiguous | - | prev=is,are,was,were,be,been,being,typically,sometimes,often,usually,commonly,generally,also,widely,mostly,mainly,primarily,frequently,largely,still,normally,traditionally !next=to,with,by,and,or,in,at,as,for | mined editor family:O
acidulent | acidic | ambiguous | - | | mined editor family:S sites=1
acquiring | getting | ambiguous | - | | dev:S
actions of the national academy of sciences | Proceedings of the National Academy of Sciences | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2013-supposed
activates from customers | prompts from users | fingerprint | - |  | mined editor family:H
adapt to vary | adapt to change | fingerprint | v | | mined editor family:O sites=1
added accident | increased risk | fingerprint | - | | mined editor family:? sites=1
added means than | more ways than | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
additionally referred to as | also known as | fingerprint | - | | mined editor family:O
adjacent | even | ambiguous | - | next=successful,if,though,when,more,so,before,after,worse,better,less,bigger,smaller,larger,higher,lower,greater,faster,slower,further,farther,much,overmuch | mined editor family:S
admonition sign | warning sign | fingerprint | n | | mined editor family:O
admonitory committee | advisory committee | fingerprint | n | | editor family:X
admonitory panel | advisory panel | fingerprint | n | | mined editor family:X sites=1
adult | up | ambiguous | - | prev=built,build,builds,building,kept,keep,keeps,keeping,kick,kicks,kicking,kicked,picked,pick,picks,set,sets,setting,gave,give,gives,giving,came,come,comes,coming,ended,end,ends,ending,opened,open,opens,opening,shut,speed,sped,step,stepped,steps,took,take,takes,taking,teamed,team,turned,turn,turns,showed,show,shows,popped,pop,backed,back,lined,line,blew,blow,cleaned,clean,stood,stand,woke,wake,wrapped,wrap,followed,follow,signed,sign,scaled,scale,ramped,ramp,dried,dry,made,make,makes,making,broke,break,summed,sum,held,hold,holds,caught,catch,brought,bring,looked,look,looking,looks,pick,mixed,mix,beefed,heat,heated,warm,warmed,cover,covered,covering,fill,filled,filling,build | mined editor family:P sites=3 spinner=autoblog2016-some-more
adult female | woman | ambiguous | - | !next=mosquito*,mice,rats,flies,worms,fish,insects,bees,ticks,birds | family:O editor
adult females | women | ambiguous | - | !next=mosquito*,mice,rats,flies,worms,fish,insects,bees,ticks,birds | family:O editor
adulterant | pollutant | ambiguous | n | near=pollution,pollutant,pollutants,radioactive,emission,emissions,emigrations,terrain,environment,environmental,toxic,putrefy,decompose,decomposition,anthropogenic | mined editor family:? sites=1 spinner=environmentjournals-mortal
advisers | researchers | ambiguous | - | near=abstraction,apperceive,anachronistic,archaeologian,aggregation,acquisition | mined editor family:? sites=2 spinner=alphabetic-early
advisers begin | researchers found | fingerprint | - | | mined editor family:? sites=1
affirmative influence | positive effect | fingerprint | - |  | mined editor family:X
aforesaid | said | fingerprint | - | prev=he,she,they,researchers,scientists,authors,author,officials,experts,investigators,spokesman,spokeswoman,doctors | mined editor family:S sites=1
after than common | later than usual | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
agency | way | ambiguous | - | next=in | dev:O
agone | ago | fingerprint | - |  | mined editor family:O
airborne dirt and dust | dust | fingerprint | - |  | mined editor family:D
alighting page | landing page | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
all the things it's good to find out | everything you need to know | fingerprint | - | | mined editor family:H sites=1
all-natural | natural | ambiguous | - | | dev:S
all-overs | anxiety | fingerprint | - | | mined editor family:? sites=1
alleged | called | ambiguous | - | near=corpuscle,corpuscles,anniversary,abutment,apperceive,arresting,acclimated,abstruse !prev=the,an,his,her,their,its,was,were,is,are,been,being,had,has,have,allegedly !next=that,to,by,victim,victims,crime,crimes,attack,attacks,offence,offense,offences,offenses,abuse,fraud,murder,assault,perpetrator,perpetrators,involvement,role,links,link,ties,breach,breaches,misconduct,wrongdoing,theft,rape,killing,killings,plot,scheme,violation,violations,hack,leak,bribery,corruption,affair,affairs | mined editor family:? sites=1 spinner=alphabetic-early
alternative strength | alternative energy | fingerprint | - | | mined editor family:? sites=1 spinner=profile-spam-strength
alternatively than | rather than | fingerprint | - |  | mined editor family:D
although | while | ambiguous | - | | dev:S
ambiance situation | climate crisis | fingerprint | - | | mined editor family:? sites=1 spinner=nan-successful
amino elvis | amino acid | fingerprint | - | | mined editor family:S family:X
amino poison | amino acid | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
among a long time of | between the ages of | fingerprint | - | | mined editor family:H
among the context | within the context | fingerprint | - | | mined editor family:O
amusing media | social media | fingerprint | - | | mined editor family:? sites=1
amusing networking | social networking | fingerprint | - | | mined editor family:? sites=1
an apple the day | an apple a day | fingerprint | - | | mined editor family:? sites=1
an growth | an increase | fingerprint | - | | mined editor family:? sites=1
an innumerable of | a host of | fingerprint | - | | mined editor family:X
an issue | a problem | ambiguous | - | | dev:K
anachronistic | dinosaur | ambiguous | - | near=cretaceous,jurassic,triassic,fossil,fossils,bones,basic,paleontologist*,paleontologists,archaeologian*,titanosaur*,sauropod*,osteoderms,vertebrae | mined editor family:? sites=1 spinner=alphabetic-early
analogous as | such as | fingerprint | - | !prev=is,are,was,were,be,being,been,seen,regarded,treated,considered,viewed,act,acts,acted,function,functions,serve,serves | mined editor family:? sites=1 spinner=paraphraser-analogous-as
analysis | study | ambiguous | - | prev=the,this,that,new,latest,recent,our,their,his,her,its !next=of | dev:K
analyze and treat | diagnose and treat | ambiguous | v | near=disease,diseases,disorder,disorders,patient,patients,condition,conditions,illness,illnesses,injury,injuries,cancer,cancers,infection,infections,medical,imaging | mined editor family:S sites=1
analyzed optimistic | tested positive | fingerprint | - | | family:S editor
ancient republic of india | ancient India | fingerprint | - | | mined editor family:O sites=1
and also the | and the | ambiguous | - | | mined editor family:O sites=1
and every one the | and all the | fingerprint | - | | mined editor family:O sites=1
and hence forward | and so on | fingerprint | - | | mined editor family:X
and therefore the | and the | ambiguous | - | | mined editor family:O sites=2
anew apparent | newly discovered | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
annihilation | extinction | ambiguous | - | near=species,insect,insects,animal,animals,bird,birds,mammal,mammals,wildlife,biodiversity,extinct,ecosystem,ecosystems,plant,plants,reptiles,amphibians,bugs,pests | mined editor family:D
anniversary | each | ambiguous | - | near=corpuscle,corpuscles,alleged,abutment,apperceive,arresting,acclimated,abstruse !prev=the,an,its,their,his,her,our,my,your,first,second,third,fourth,fifth,tenth,twentieth,fiftieth,hundredth,wedding,silver,golden,diamond,ruby,happy,this,that,next,last,annual,an,th,st,nd,rd,year,year's | mined editor family:? sites=1 spinner=alphabetic-early
antecedently | previously | fingerprint | - | | mined editor family:O
anthropology dig | archaeological dig | fingerprint | n | | mined editor family:S sites=1
anticipate to discover | expect to find | fingerprint | - |  | mined editor family:D
antiquated behind | dated back | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
antiquities method | antiquities ministry | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
anytime absolved | ever walked | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
appear to be | seem | ambiguous | - | | dev:S
appearance ofs | seems | fingerprint | - | | mined editor family:X sites=1
apperceive | know | fingerprint | v | | mined editor family:? sites=1 spinner=alphabetic-early
applied math manual | Statistical Manual | fingerprint | - | | mined editor family:O sites=1
applied mathematics analysis | statistical analysis | fingerprint | n | | mined editor family:O sites=1
apprehension | understanding | ambiguous | - | prev=our,their,an,the,better,scientific,human,his,her,my,your next=of | mined editor family:S family:X
approaching | expected | ambiguous | - | next=to or prev=officials,experts,analysts,forecasters,economists,widely,largely,generally,authorities | mined editor family:P sites=1 spinner=autoblog2016-some-more
approaching to assistance | expected to help | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
approximately to | about to | ambiguous | - | prev=is,are,was,were,am,be | mined editor family:? sites=1
ar | are | fingerprint | cs | !prev=the,a,an,in,of,to,for,from,with,by,at,on | mined editor family:O sites=2
are in addition | are also | ambiguous | - | !next=to | mined editor family:K
area unit | are | fingerprint | - | !prev=a,an,the,each,per,census,statistical,one,every,any,this,these,those,same,land,floor,surface,standard,metric,imperial,of,and,or,care,intensive,service,business,local,rural,urban !next=of,is,was,per,in,for,units,level,code,codes | mined editor family:O sites=2
arsenic | as | ambiguous | cs | next=a,an,nan,well,part,long,much,many,soon,far,good,it,they,he,she,we,you,if,though,opposed,such,usual,possible,likely,high,low,early,recently !prev=of,with,by,and,or,in,containing,contain,contains,inorganic,organic,toxic,lead,mercury,cadmium | mined editor family:? sites=2 spinner=nan-successful
as a result of | through | ambiguous | - | | dev:S
as able-bodied as | as well as | fingerprint | - | | mined editor family:? sites=1
as against to | as opposed to | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
as an outcome of | as a result of | fingerprint | - |  | mined editor family:D
as continued as | as long as | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
as neatly as | as well as | fingerprint | - | !next=possible | family:H editor
as perfectly as | as well as | fingerprint | - | !next=possible | family:S editor
as several as | as many as | fingerprint | - | | editor family:D
as well as | and | ambiguous | - | | dev:O
as well much | too much | fingerprint | - |  | mined editor family:D
asian huge hornet | Asian giant hornet | fingerprint | n | | mined editor family:? sites=1
assemblage value | body weight | fingerprint | - | | mined editor family:S
assist us to comprehend | help us to understand | fingerprint | - | | mined editor family:? sites=1
assistance | help | ambiguous | - | prev=to,can,could,will,would,may,might,should,must | mined editor family:P sites=1 spinner=autoblog2016-some-more
assistant highbrow | assistant professor | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
assisted dwelling | assisted living | fingerprint | - | | dev:S
associate degree | an | fingerprint | - | !prev=an,a,the,his,her,their,my,your,our,its,two-year,year,degree,degrees,earned,earn,earns,earning,holds,hold,holding,held,received,receive,receiving,completed,complete,completing,with,and,or,of,nursing,pursue,pursuing,get,got,getting,obtain,obtained,online,one,two,college,first,new,applied,science,transfer,any,no,an !next=in,program,programs,programme,programmes,degree,degrees,from,at,and,or,student,students,holders,holder,level,courses,course,credential,credentials,graduate,graduates,nursing,of,is,was | editor family:O
associate highbrow | associate professor | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
associate in nursing | an | fingerprint | - | !prev=an,a,the,his,her,their,my,your,our,its,degree,degrees,earned,earn,earns,earning,holds,hold,holding,held,received,receive,completed,complete,completing,with,and,or,of,pursue,pursuing,obtain,obtained,online,applied,science !next=degree,degrees,program,programs,programme,programmes,science,from,at,and,or,student,students,graduate,graduates,course,courses,in,level | mined editor family:O sites=1
astatine | at | ambiguous | cs | next=nan,the,a,an,least,home,risk,first,all,times,once,this,that,its,their,his,her,our,your | mined editor family:? sites=1 spinner=nan-successful
astatine nan | at the | fingerprint | - | | mined editor family:? sites=1 spinner=nan-successful
astir | about | ambiguous | - | !prev=was,were,is,are,be,been,being,already,early,all,abroad,everyone,everybody,town,city,house !next=each,all,every | mined editor family:S
astronomical gadget | astronomical unit | fingerprint | n | | mined editor family:H sites=1
at domestic | at home | fingerprint | - | prev=stay,stays,stayed,staying,live,lives,lived,living,remain,remains,remained,remaining,isolate,isolating,self-isolate,self-isolating,quarantine,quarantined,quarantining,died,treated | mined editor family:? sites=1
at intervals the | within the | fingerprint | - | | mined editor family:O
at paintings | at work | fingerprint | - | prev=stress,pressure,hours,day,days,week,injury,injuries,accident,accidents,safety,back,return,returned,returning,returns,go,goes,going,went,be,been,being,is,are,was,were,colleagues,hard,busy,exposure,burnout,harassment,discrimination,productivity,well | mined editor family:H sites=1
at slightest | at least | fingerprint | - | | mined editor family:P sites=2 spinner=autoblog2016-some-more
at some point of which | during which | fingerprint | - | | mined editor family:? sites=1
at some stage in | during | ambiguous | - | !next=their,his,her,my,your,our,its,life,lives,future,history,career,careers,development,process,evolution | mined editor family:? sites=1 spinner=autoblog2021-withinside
at that topographic point | there | fingerprint | - | | dev:O editor
at to the lowest degree | at least | fingerprint | - | | dev:O editor
attainable | possible | ambiguous | - | | dev:A editor
attainable | potential | ambiguous | - | | dev:H
attempt and | try to | fingerprint | - | prev=to,will,would,could,should,can,we,they,you,i,must,might,may,and | dev:K
attendees consist of: | participants include: | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
author of the search | author of the study | fingerprint | - | !next=engine,engines,algorithm,algorithms,query,queries,tool,tools,results,box,bar,terms,history,for,warrant | mined editor family:? sites=1 spinner=newsbot2019-change-into
available in the market | out there | fingerprint | - | prev=left,someone,somebody,anyone,anybody,everyone,everybody,nobody,folks,guys | mined editor family:H sites=1
away as of | away from | fingerprint | - | next=earth,us,home,here,our,his,her,their,them,it | mined editor family:? sites=1 spinner=article-rewriter-bang
baby room | nursery | ambiguous | n | near=star,stars,stellar,excellent,celebrities,dirt,dust,gas,cloud,clouds,hubble,telescope,nebula,constellation,star-forming | mined editor family:? spinner=sciencia
backward cretaceous | late Cretaceous | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
backward jurassic | late Jurassic | fingerprint | - | | editor family:? spinner=alphabetic-early
backward triassic | late Triassic | fingerprint | - | | editor family:? spinner=alphabetic-early
ballistic capsule | spacecraft | fingerprint | n |  | mined editor family:S
bargains with | deals with | fingerprint | - | !prev=strike,strikes,struck,striking,make,makes,made,making,cut,cuts,cutting,drive,drives,drove,driving,hard,good,better,best,great,sweet,secret,back-room,backroom,their,his,her,its,no,any,few,some,reach,reached,reaching,sign,signed,signing,seal,sealed | mined editor family:? sites=1 spinner=imedpub-bargains-with
bearcat archaeologian | vertebrate paleontologist | fingerprint | n | | mined editor family:? sites=1 spinner=alphabetic-early
beau coup | numerous | fingerprint | - | | mined editor family:X
became struck via | was struck by | fingerprint | - | | mined editor family:N sites=1
because completion of | since the end of | fingerprint | - | | mined editor family:? sites=1
because of of | because of | fingerprint | - | | mined editor family:? sites=1 spinner=newsbot2019-change-into
become issued | was issued | fingerprint | - | | mined editor family:N sites=1
beddy-bye | sleep | fingerprint | - | | mined editor family:? sites=1
beddy-bye superior | sleep quality | fingerprint | - | | mined editor family:? sites=1
been actually | been | ambiguous | - | | mined editor family:? sites=1
been base in | been found in | fingerprint | - | | mined editor family:X sites=1
been constitute | been found | fingerprint | - | | editor family:O
belated cretaceous | Late Cretaceous | fingerprint | - | | mined editor family:X sites=1
belated jurassic | Late Jurassic | fingerprint | - | | editor family:X
belated triassic | Late Triassic | fingerprint | - | | editor family:X
benefactor and recipient | donor and recipient | fingerprint | - | | mined editor family:? sites=1 spinner=hilarispublisher-understanding
beryllium | be | ambiguous | cs | prev=will,would,could,tin,can,must,whitethorn,may,should,might,cannot,not,besides,also,aliases,or or prev=to next=adapted,able,used,made,done,seen,found,given,taken,more,much,less,very,so,better,worse,ended,a,an,nan,beneficial,safe,effective,vegetarian | mined editor family:? sites=1 spinner=nan-successful
besides | also | ambiguous | - | prev=survey,study,studies,research,researchers,scientists,they,we,it,he,she,that's,it's,has,have,had,was,were,is,are,can,could,would,will,may,might,should,must,person,which,who,team,authors !next=the,a,an,this,that,these,those,his,her,their,its,our,my,your,being,having,me,him,them,us,you,which,what | mined editor family:S
better our apprehension | improved our understanding | fingerprint | - |  | mined editor family:S
betwixt | between | fingerprint | - | | family:O editor
biological era | biological age | fingerprint | - | | mined editor family:? sites=1 spinner=wefoundthis-single
biological process biology | developmental biology | fingerprint | - | | mined editor family:O
biological process delay | developmental delay | fingerprint | n | | editor family:O
biological process disorder | developmental disorder | fingerprint | n | | mined editor family:O sites=1
biological process milestone | developmental milestone | fingerprint | n | | mined editor family:O sites=1
birthed | born | ambiguous | - | prev=are,is,were,was,being,been,be,get,gets,got,newly near=star,stars,celebrities,celebrity,galaxy,galaxies,stellar,nebula,cloud,clouds,dirt,dust,gas,planets,planet | mined editor family:D family:? sites=2 spinner=sciencia
black colored hole | black hole | fingerprint | n |  | mined editor family:D
black colored opening | black hole | fingerprint | n |  | mined editor family:D
black hollow | black hole | fingerprint | n | | family:H editor
black maw | black hole | fingerprint | n |  | mined editor family:S
black muddle | black hole | fingerprint | - |  | mined editor family:S
black opening | black hole | fingerprint | n | near=galaxy,galaxies,supermassive,stars,celebrities,universe,cosmic,mass,matter,gravity,hubble,telescope,astronomers | mined editor family:D
black pickle | black hole | fingerprint | - |  | mined editor family:S
black yap | black hole | fingerprint | - |  | mined editor family:S
blood exigencies | blood pressure | fingerprint | - | | mined editor family:X sites=1
blood force | blood pressure | fingerprint | - |  | mined editor family:S
blood glide | blood flow | fingerprint | - | | mined editor family:H sites=1
blood saccharide | blood sugar | fingerprint | - | | mined editor family:O sites=1
blood stress | blood pressure | fingerprint | - | | family:S editor
blood sugar administration | blood sugar management | fingerprint | - | | mined editor family:H
blood tryout | blood test | fingerprint | n | | mined editor family:S family:X
blood vessels stream | blood stream | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog-installment-payments
bodily job | physical activity | fingerprint | - | | mined editor family:H sites=1
bodily task | physical activity | fingerprint | - | | mined editor family:H sites=1
body immune system | immune system | fingerprint | n | | mined editor family:D
body mass indicator | body mass index | fingerprint | - | | mined editor family:? sites=1 spinner=paraphraser-blogmotivate
bogus intelligence | artificial intelligence | fingerprint | - | | mined editor family:S sites=1
booze country | wine country | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
bosom health | heart health | fingerprint | - | | mined editor family:? sites=1 spinner=nan-successful
botanic name | botanical name | ambiguous | n | | mined editor family:O sites=1
bought ill | got sick | fingerprint | - | | dev:S
box | case | ambiguous | - | next=for,against,needs,study,studies,report,reports,count,counts,fatality,fatalities,definition,definitions,management,series or prev=in,this,that,every,each,initial,confirmed,suspected,positive,legal,court,strong,compelling,convincing,downright,persuasive | mined editor family:P sites=2 spinner=autoblog2016-some-more
brainy health | mental health | fingerprint | - | | mined editor family:? sites=1
brand | make | ambiguous | - | next=sure,certain,it,them,up,use,changes,decisions,sense,progress,money,mistakes,choices,people,us,you,him,her | family:O editor
brand certain | make certain | fingerprint | - | | family:O editor
brand new england journal | New England Journal | fingerprint | - | | mined editor family:? sites=1 spinner=brand-new-england
brand sure | make sure | fingerprint | - | | family:O editor
breasts milk | breast milk | fingerprint | - | | mined editor family:? sites=1 spinner=brand-new-england
brief | temporary | ambiguous | - | next=morgue,morgues,hospital,hospitals,shelter,shelters,ban,bans,closure,closures,measures,measure,housing,accommodation,visa,visas,lockdown,suspension,facility,facilities | mined editor family:H
bring | have | ambiguous | - | prev=will,might,can,may,could,would,should,must,mightiness,volition,tin | dev:O
bring about of death | cause of death | fingerprint | - |  | editor family:D
bring about of demise | cause of death | fingerprint | - |  | mined editor family:D
broader | wider | ambiguous | - | !next=definition,definitions,sense,context,contexts,terms,scope,view,views,perspective,perspectives,picture,question,questions,issue,issues,implications,approach,understanding,meaning,trend,trends,pattern,patterns | dev:K
build up the chance of | increase the risk of | fingerprint | - | | mined editor family:H sites=1
building countries | developing countries | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
by way of | by | ambiguous | - | !next=example,contrast,comparison,background,explanation,illustration,introduction,apology,reply,response | mined editor family:H sites=1
cadence | stroke | ambiguous | n | near=heart,conflict,attack,attacks,cardiovascular,blood,brain,hospital,sanatorium,hospitalizations,hospitalisations,admissions,dementia,diabetes | mined editor family:P sites=1 spinner=autoblog2016-some-more
caffeine-prosperous | caffeine-rich | fingerprint | - |  | mined editor family:S
calculable | estimated | ambiguous | - | prev=ar,are,is,was,were,been,being,be next=to,that | editor family:O sites=1
calendar month | month | ambiguous | n | | family:O editor
calendar week | week | ambiguous | n | | family:O editor
calendar year-old | year-old | fingerprint | - |  | mined editor family:D
calendar year-olds | year-olds | fingerprint | - |  | mined editor family:D
caller | new | ambiguous | - | next=study,studies,survey,surveys,research,report,reports,paper,papers,analysis,findings,data,species,approach,method,methods,technique,techniques,way,ways,drug,drugs,treatment,treatments,vaccine,vaccines,variant,variants,cases,rules,law,laws,record,records,technology,discovery,discoveries,type,types,model,models,evidence,information,accusation | mined editor family:S
caller study | new study | fingerprint | n | | mined editor family:S
caller survey | new study | fingerprint | n | | mined editor family:S
cambrian duration | Cambrian period | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
camera barriers | camera traps | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
candied potable | sweetened beverage | fingerprint | n | | mined editor family:? sites=1 spinner=paraphraser-blogmotivate
CARBON DIOXIDE | CO2 | fingerprint | cs | | mined editor family:? sites=1
carbon exhausts | carbon emissions | fingerprint | - |  | editor family:D
cardiovascular complaint | cardiovascular disease | fingerprint | n | | mined editor family:X
categorical means of | main cause of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
causal dating | causal relationship | fingerprint | n | | mined editor family:H sites=1
celebration | drinking | ambiguous | - | next=water,fountain,fountains,alcohol,habits,booze,wine,coffee,tea,age,straws | mined editor family:P sites=2 spinner=autoblog2016-some-more
celebration water | drinking water | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
celebrities are birthed | stars are born | fingerprint | - | | mined editor family:D family:? spinner=sciencia
celebrities being birthed | stars being born | fingerprint | - | | mined editor family:D family:?
celebrity | star | ambiguous | n | near=galaxy,galaxies,nebula,nebulae,cosmic,interstellar,telescope,hubble,astronomers,astronomer,astronomy,stellar,constellation,light-years,supernova,celestial,dust,dirt,nursery,milky,exoplanet,exoplanets,star-forming | mined editor family:D family:? sites=2 spinner=sciencia
center | heart | ambiguous | - | prev=the,your,our,their,his,her,my,healthy,healthier,weak,broken,human !next=of,for,said,says,director,directors,point,stage,field,line,left,right,court,forward,back,fielder,console,piece,city,town,square,opened,offers,provides,stage | dev:H
center assault | heart attack | fingerprint | n | | family:H editor
center charge | heart rate | fingerprint | - | | family:H editor
center disease | heart disease | fingerprint | n | | family:H editor
center failure | heart failure | fingerprint | - | | family:H editor
center illness | heart disease | fingerprint | n | | dev:H
center muscle | heart muscle | fingerprint | - | | family:H editor
center rhythm | heart rhythm | fingerprint | n | | family:H editor
center sickness | heart disease | fingerprint | n | | family:H editor
center transplant | heart transplant | fingerprint | n | | family:H editor
center valve | heart valve | fingerprint | n | | family:H editor
center well being | heart health | fingerprint | - | | family:H editor
chance aspects | risk factors | fingerprint | - |  | mined editor family:D
chanced on | discovered | ambiguous | - | prev=been,be,being,first,newly,recently,not,yet,but | mined editor family:? sites=2 spinner=newsbot2019-change-into
change into as soon as | was | fingerprint | - | !prev=to,will,would,can,could,should,must,might,may,i,you,we,they,not,then,quickly,did,do,does,cannot,let,lets,help,helps,make,makes,made,watch,see,saw,and,or !next=possible,practicable,feasible,practical | mined editor family:? sites=1 spinner=newsbot2019-change-into
changed into | was | fingerprint | - | next=taking,being,going,happening,coming,getting,making,doing,born,found,known,made,done,given,taken,seen,used,called,named,published,released,discovered,reported,shown,written,killed,diagnosed,considered,thought,not,also,still,already,only,just,able,first,very | mined editor family:? sites=1 spinner=changed-into-its-miles
charge per unit | rate | fingerprint | - | | family:O editor
charming megafauna | charismatic megafauna | fingerprint | - | | editor family:? sites=1 spinner=coloringpages-types
checking out kit | testing kit | fingerprint | n | | mined editor family:H
chest x-pillars | chest X-rays | fingerprint | - | | mined editor family:? sites=1 spinner=alliedacademies-x-pillars
chief sequence | main sequence | fingerprint | - | | mined editor family:X sites=1
Chinaware's | China's | fingerprint | cs | | mined editor family:X sites=1
circumstance | condition | ambiguous | - | prev=the,this,a,medical,health,chronic,skin,heart,serious,rare,underlying,life-changing,lifelong,genetic,mental,common,painful,inherited,autoimmune !next=where,in,of,that,which,when,whereby | mined editor family:H
clad to be | turned out to be | fingerprint | - | prev=has,have,had,it,which,that,this,also,soon,eventually,later | mined editor family:S sites=1
claims | says | ambiguous | - | prev=he,she,they,who | dev:S
clappers | bones | ambiguous | - | !prev=like near=fossil,fossils,fossilized,fossilised,dinosaur,dinosaurs,skeleton,skeletons,skull,skulls,paleontologists,palaeontologists,paleontologist,palaeontologist,archaeologists,excavated,extinct,nonextant,frame,vertebrae | mined editor family:X sites=1
class | species | ambiguous | - | prev=comparison,modern,ancient,extinct,archaic,older,distinct,separate,related,endangered,invasive,native,tellurian,human | mined editor family:P sites=1 spinner=autoblog2016-some-more
climate modification | climate change | fingerprint | - | !prev=deliberate,intentional,artificial,large-scale,weather,planned,human-made,engineered !next=scheme,schemes,technology,technologies,technique,techniques,experiment,experiments,project,projects,program,programs,programme,programmes | mined editor family:? sites=1 spinner=terapiayrehabilitacionfisica
clime change | climate change | fingerprint | - | | mined editor family:S
clime scenario | climate scenario | fingerprint | n |  | mined editor family:S
closing month | last month | ambiguous | - | !prev=the,its,their,his,her,a,this,that,in,during,final | family:H editor
closing week | last week | ambiguous | - | !prev=the,its,their,his,her,a,this,that,in,during,final | family:H editor
closing year | last year | ambiguous | - | !prev=the,its,their,his,her,a,this,that,in,during,final | family:H editor
clout disadvantage | weight loss | fingerprint | - | | mined editor family:X sites=1
CO dioxide | carbon dioxide | fingerprint | cs | | mined editor family:P sites=1 spinner=autoblog2016-some-more
co-author highbrow | co-author professor | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
co-staff | co-workers | fingerprint | - | | dev:S
cognise | know | fingerprint | - | | family:O editor
cognize | know | fingerprint | - | | family:O editor
colonisation | population | ambiguous | - | !next=of !prev=european,british,spanish,french,portuguese,dutch,western,space,mars,lunar,early | mined editor family:S
coltsfoot | galaxy | fingerprint | - | prev=a,the,this,that,our,its,each,every,one,another,nearby,distant,host,spiral,dwarf,elliptical,entire,whole,parent,home,neighbouring,neighboring,massive,young,early near=star,stars,universe,telescope,telescopes,astronomers,astronomer,light-years,milky,cosmic,galaxy,galaxies,black,hole,alma,hubble,webb,spiral | mined editor family:S family:X
come with | include | ambiguous | v | !prev=to,will,would,may,might,can,could,must,should | dev:H
commercial workers system | Commercial Crew Program | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
common populace | general population | fingerprint | - |  | mined editor family:S
commonly beloved | usually love | ambiguous | - | | dev:O
companionship | company | ambiguous | - | prev=drug,pharmaceutical,biotech,tech,the,a,insurance,mining,oil,energy | dev:O
comparison | older | ambiguous | - | prev=distant,far,much,slightly,somewhat,considerably,even or next=class,species,people,adults,women,men,patients,individuals,americans,children,siblings,brothers,sisters,generations,stars,galaxies,rocks,fossils,specimens,layers,sediments,ones | mined editor family:P sites=3 spinner=autoblog2016-some-more
comparison author | senior author | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
comparison central | senior official | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
comparison than | older than | fingerprint | - | prev=is,are,was,were,be,been,being,much,far,slightly,years,decades,centuries,times,even,no,somewhat,considerably,significantly,generally,usually | mined editor family:P sites=1 spinner=autoblog2016-some-more
competence be | may be | fingerprint | - | prev=it,they,we,he,she,this,that,there,which,who,you,i,these,those,what,and,or,also | mined editor family:P sites=2 spinner=autoblog2016-some-more
complexness | complexity | fingerprint | - | | mined editor family:O
complicated | modern | ambiguous | - | next=humans,human,man,homo,times,day,era,birds,mammals,reptiles,crocodiles | mined editor family:P sites=2 spinner=autoblog2016-some-more
complimentary | free | ambiguous | - | next=from,of | mined editor family:O
compulsory to | binding to | fingerprint | - | prev=by,of,for,after,from,via,through near=receptor,receptors,protein,proteins,molecule,molecules,antibody,antibodies,enzyme,enzymes,dna,rna,site,sites,cell,cells,hormone,hormones | editor family:S sites=1
computer mouse | mice | ambiguous | - | next=show,showed,shown,were,are,have,had,given,fed,treated,exposed,lacking,that,which,developed,bred,engineered,raised,infected,injected | mined editor family:O
computing machine | computer | fingerprint | n | | family:O editor
conceptus | embryo | ambiguous | - | near=dinosaur,dinosaurs,egg,eggs,fossil,fossils,fossilized,fossilised,nest,nests,hatchling,hatchlings,paleontologists,palaeontologists | mined editor family:X sites=1
concluded college | finished school | ambiguous | - | | dev:S
conduct author | lead author | fingerprint | n | | mined editor family:S family:X
confound over | puzzle over | fingerprint | v | | mined editor family:? sites=1 spinner=openaccess-concern-with
congress of racial equality | core | ambiguous | - | near=galaxy,galactic,black,hole,holes,star,stars,planet,earth,milky | mined editor family:S
conjointly | also | ambiguous | - | !next=with,by,owned,own,held,hold,holds,liable,responsible,and,or,to,in,developed,organised,organized,run,managed,funded | mined editor family:O sites=1
conjointly referred to as | also called | fingerprint | - |  | mined editor family:O
connected | on | ambiguous | - | prev=accusation,information,data,losing,based,focused,focus,focuses,effect,effects,impact,impacts,research,survey,studies,study,report,reports,depend,depends,depending,rely,relies,relying,comment,commented,work,works,worked,working,spending,spent,spend,live,lives,living !next=to,with,by,and,or | mined editor family:S
connected to | linked to | ambiguous | - | near=risk,risks,higher,lower,increased,reduced,disease,diseases,cancer,illness,death,deaths,mortality,health,well,find,study,research | family:H editor
connected with | linked with | ambiguous | - | near=risk,risks,higher,lower,increased,reduced,disease,diseases,cancer,illness,death,deaths,mortality,health,well,find,study,research | dev:H
consequently of | as a result of | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog-drinking-water
considering that | since | ambiguous | - | | dev:S
consternation how | wonder how | fingerprint | - | prev=we,they,people,i,you,others,some,many,scientists,researchers,experts,may,might,to,often | mined editor family:P sites=1 spinner=autoblog2016-some-more
consternation whether | wonder whether | fingerprint | - | prev=we,they,people,i,you,others,some,many,scientists,researchers,experts,may,might,to,often | editor family:P spinner=autoblog2016-some-more
contacted the bloodstream | reached the bloodstream | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog-installment-payments
contain stress and melancholy | include anxiety and depression | fingerprint | - |  | mined editor family:D
contend | say | ambiguous | - | !next=with | mined editor family:P sites=3 spinner=autoblog2016-some-more
continueses to be | remains | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
control grouping | control group | fingerprint | n | | family:O editor
convergence building | community building | fingerprint | - | | mined editor family:? sites=1 spinner=homoglyph-viewlivenews
convey been | have been | fingerprint | - | | editor family:O
convey been constitute | have been found | fingerprint | - | | editor family:O
cooled truck | refrigerated truck | fingerprint | n | | mined editor family:? sites=1
copiousness of | plenty of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
cops helicopter | police helicopter | fingerprint | n | | mined editor family:? sites=1 spinner=entertainmenthookup
coronary skip | coronary bypass | fingerprint | - | | mined editor family:H family:? sites=1 spinner=changed-into-its-miles
coronavirus disorder | coronavirus disease | fingerprint | - | | mined editor family:H
coronavirus pressure | coronavirus strain | fingerprint | n | !next=on,upon,mounts,mounting,grows,growing,builds,eases | mined editor family:? sites=1
corporate at the back of | company behind | fingerprint | - |  | mined editor family:H
corpulency | obesity | fingerprint | - | | family:O editor
corpuscle | cell | ambiguous | n | near=anniversary,alleged,abutment,arresting,apperceive,acclimated,abstruse | mined editor family:? sites=1 spinner=alphabetic-early
corpuscle analysis | cell division | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
corpuscle division | cell division | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
correct aspect | right side | fingerprint | - | | dev:S
corsair | rover | fingerprint | n | near=mars,martian,curiosity,perseverance,crater,void,rovers,rover,jpl | mined editor family:? sites=1 spinner=autoblog2011-upon
could also be wont to | may be used to | fingerprint | - | | editor family:O sites=1
could be a | is a | ambiguous | - | next=member,spectrum,medical,branch,field,biological,discipline,subfield,subdiscipline,chronic,genetic,group,term,process,set,class,lifelong,neurological,developmental,progressive,contagious,infectious,systemic,rare,common,science,scientific | mined editor family:O sites=1
could need been | could have been | fingerprint | - | | family:O editor
could not become more different | couldn't be more different | fingerprint | - | | mined editor family:? sites=1 spinner=sciwriter-this-particular
couldn't trust my eyes | couldn't believe my eyes | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
countrywide | national | ambiguous | - | next=institute,institutes,academy,academies,health,security,guard,park,parks,museum,library,government,association,science,foundation,average,statistics,laboratory,laboratories,cancer,heart,weather,hurricane,oceanic,aeronautics,bureau,council,service,services,news,public,emergency,election,elections,policy,debt,interest,anthem,identity,insurance,holiday,center,centre,centers,centres,university | family:S editor
cranky between | cross between | fingerprint | - | prev=a | mined editor family:P sites=1 spinner=autoblog2016-some-more
crater flooring | crater floor | fingerprint | n | | mined editor family:? sites=1 spinner=seo-autoblog-our-company
created | developed | ambiguous | - | prev=was,were,been,is,are,being,be,has,have,had | dev:K
created a discovery | made a discovery | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
created worse | made worse | fingerprint | - | | editor family:O sites=1
creature remedies | animal products | fingerprint | - | | mined editor family:? sites=1 spinner=tagline-essay-spam
cretaceous duration | Cretaceous period | fingerprint | - | | mined editor family:P sites=2 spinner=autoblog2016-some-more
cretaceous menses | Cretaceous Period | fingerprint | - | | mined editor family:X sites=1
crop screw ups | crop failures | fingerprint | - | | mined editor family:H sites=1
crosshatched | hatched | ambiguous | - | near=egg,eggs,nest,nests,chick,chicks,hatchling,hatchlings,embryo,embryos,conceptus,incubation,incubated,dinosaur,dinosaurs | mined editor family:X sites=1
crucial indications | vital signs | fingerprint | - |  | mined editor family:D
culinary art | cuisine | ambiguous | - | prev=mediterranean,italian,french,chinese,japanese,indian,mexican,thai,greek,spanish,korean,vietnamese,turkish,lebanese,middle,asian,european,american,african,caribbean,peruvian,moroccan,persian,cantonese,sichuan,regional,local,traditional,vegetarian,vegan | mined editor family:O sites=1
customary substratum | regular basis | fingerprint | - |  | mined editor family:X
daily a part of | regular part of | fingerprint | - | | editor family:O sites=1
danger of heart stroke | risk of heart attack | fingerprint | - |  | mined editor family:D
dark brown college | Brown University | fingerprint | - | | mined editor family:? sites=1 spinner=tagline-essay-spam
date uphold to | date back to | fingerprint | v | | mined editor family:X sites=1
dates behind | dates back | ambiguous | - | prev=skeleton,fossil,fossils,remains,site,tomb,it,which,that,find,discovery,bones,structure,settlement,temple,artifact,artefact,tradition,practice,history | mined editor family:P sites=1 spinner=autoblog2016-some-more
dating again to | dating back to | fingerprint | - | !prev=started,start,starts,began,begin,begins,begun,starting,beginning,is,was,were,are,been,be,am,avoid,avoided,avoiding,consider,considered,considering,about,of,tried,try,trying,resume,resumed,resuming,quit,stop,stopped,i,you,he,she,we,they,not,went,go,goes,going,enjoy,enjoyed,like,liked,love,loved,hate,hated | mined editor family:? sites=1 spinner=profile-spam-strength
day-to-day | daily | ambiguous | - | next=carbon,emissions,cases,deaths,infections,death,tally,count,briefing,briefings,update,updates,average,doses,intake,steps,new,covid,covid-19,coronavirus | mined editor family:? sites=1
day-to-day determine | daily figure | fingerprint | n | | mined editor family:H
days old-fashioned | days old | fingerprint | - | | editor family:X
deal with coverings | face coverings | fingerprint | - | !prev=to,how,must,should,can,will,we,they,you,i,could,would,cannot,help,helps,helped | family:S editor
deal with mask | face mask | fingerprint | - | !prev=to,how,must,should,can,will,we,they,you,i,could,would,cannot,help,helps,helped | family:S editor
deal with masks | face masks | fingerprint | - | !prev=to,how,must,should,can,will,we,they,you,i,could,would,cannot,help,helps,helped | family:S editor
decease | death | fingerprint | - | | family:O editor
decennary | decade | fingerprint | n | | mined editor family:S sites=1
decennium | decade | ambiguous | - |  | mined editor family:S
decrease possibility | lower risk | fingerprint | - | | mined editor family:H
deeds once enjoyed | activities once enjoyed | fingerprint | - |  | mined editor family:S
deep-seated dive | deep dive | fingerprint | - | | mined editor family:D
deficient well being | poor health | fingerprint | - |  | mined editor family:H family:A
defined because the | defined as the | fingerprint | - | | mined editor family:O
definitely flow survive | stream live | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
demeanour | look | ambiguous | - | next=to,at,for,like,into,forward,back,out,closer !prev=his,her,their,its,my,your,our,whose,calm,cool,friendly,gentle,quiet,stern,public,professional,outward,cheerful,relaxed | mined editor family:P sites=1 spinner=autoblog2016-some-more
dementedness | dementia | fingerprint | - | | mined editor family:O sites=1
denounced | unveiled | ambiguous | - | prev=being,as,newly,just,recently next=today,yesterday,monday,tuesday,wednesday,thursday,friday,saturday,sunday,in,during,at,on,this,last | mined editor family:P sites=1 spinner=autoblog2016-some-more
department of medication | branch of medicine | fingerprint | - | prev=the,a | mined editor family:? sites=1 spinner=imedpub-bargains-with
depend on the constellation | lie in the constellation | fingerprint | - | | editor family:? spinner=sciencia
depending on to | according to | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
depends on the constellation | lies in the constellation | fingerprint | - | | mined editor family:? spinner=sciencia
desired ones | loved ones | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
detected | discovered | ambiguous | - | prev=dinosaur,dinosaurs,fossil,fossils,tomb,tombs,species,skeleton,skeletons,remains,bones,mummy,mummies,archaeologists,paleontologists,palaeontologists,hoary | mined editor family:P sites=2 spinner=autoblog2016-some-more
detectives brought by | investigators led by | fingerprint | - | | mined editor family:? sites=1 spinner=tagline-essay-spam
device finding out | machine learning | fingerprint | - | | family:H editor
diabetic issues | diabetes | fingerprint | - | | family:S editor
dialect of health | department of health | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
did now no longer | did not | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2021-withinside
did now not | did not | fingerprint | - | | mined editor family:H
digestion liquids | digestive juices | fingerprint | - |  | mined editor family:D
disappear web site | destination | fingerprint | n | | mined editor family:X sites=1
disease regulate | disease control | fingerprint | - | | family:S editor
dishes | foods | ambiguous | - | prev=processed,ultra-processed,fried,boiled,plant,junk,fatty,greasy,sugary,unprocessed,starchy,salty,fermented | mined editor family:P sites=2 spinner=autoblog2016-some-more
distance | size | ambiguous | - | prev=physique,body,brain,population,sample,tumor,tumour,egg,litter,clutch,herd,portion,serving,family,household,class | mined editor family:P sites=1 spinner=autoblog2016-some-more
distance company | space agency | fingerprint | n | | mined editor family:H sites=1
distance company's | space agency's | fingerprint | - | | mined editor family:H sites=1
distance station | space station | fingerprint | n | | mined editor family:? sites=1 spinner=autoblog2021-withinside
distant | far | ambiguous | - | next=from,longer,more,some-more,less,fewer,better,greater,larger,smaller,beyond,too,exceeds,exceeded,outweigh,outweighs,away,comparison,older,higher,lower,worse,earlier,later,fewer,a,the or prev=by,so,how,thus,as | mined editor family:P sites=4 spinner=autoblog2016-some-more
distant a many | far the most | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
distant incomparable series | far greater number | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
distant longer | far longer | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
distant some-more | far more | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
do no longer | do not | fingerprint | - |  | mined editor family:H
do now no longer | do not | fingerprint | - | | editor family:? spinner=autoblog2021-withinside
do now not | do not | fingerprint | - | | mined editor family:H
does not take place | doesn't happen | fingerprint | - | | dev:S
does now no longer | does not | fingerprint | - | | editor family:? spinner=autoblog2021-withinside
does now not | does not | fingerprint | - | | mined editor family:H
domestic apparatuses | home appliances | fingerprint | - | | mined editor family:? sites=1 spinner=directories-domestic-apparatuses
dorsum | back | fingerprint | - | prev=brought,bring,brings,bringing,come,comes,came,coming,go,goes,went,going,get,gets,got,getting,way,looking,look,looked,dates,dated,date,pushed,push,fight,fought,held,hold,turn,turned,sent,send,moved,move,step,stepped,called,call,pay,paid,give,gave,take,took,taken,put | editor family:O
dose-response dating | dose-response relationship | fingerprint | n | | mined editor family:H sites=1
dread of missing out | fear of missing out | fingerprint | - | | mined editor family:? sites=1 spinner=homoglyph-viewlivenews
drive of death | cause of death | ambiguous | - | prev=the,leading,main,major,top,common,underlying,primary,a | mined editor family:S sites=1
drug construction | drug development | fingerprint | - | | mined editor family:H sites=1
drug nut | drug addict | fingerprint | n | | mined editor family:X
dual | two | ambiguous | - | next=weeks,days,months,years,decades,hours,minutes,centuries,possibilities,of,men,women,people,children,tombs,species,countries,nations,studies,groups,teams,sites,planets,stars,galaxies,patients,times,other,new,more,previously,formerly,separate,different,distinct,million,billion,thousand,hundred | mined editor family:P sites=1 spinner=autoblog2016-some-more
dual formerly | two previously | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
during | at | ambiguous | - | next=nasa,jpl,cbs,cern,esa,noaa,harvard,stanford,oxford,cambridge,yale,mit,ucla,princeton,home,work,once,sea,dawn,dusk,noon,midnight or prev=hints,hinted,hint,hinting,look,looks,looked,looking,aimed,aim,aims,aiming,arrived,arrive,arrives,passed,professor,researcher,researchers,scientist,scientists,director,lecturer,fellow,based | mined editor family:P sites=6 spinner=autoblog2016-some-more
during opposite wavelengths | at different wavelengths | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
during slightest | at least | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
dwarf universe | dwarf galaxy | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
dwelling up to | living up to | fingerprint | - | !prev=a,the,each,every,this,that,one | mined editor family:H
each men and girls | both men and women | fingerprint | - | | editor family:O sites=1
each men and women | both men and women | fingerprint | - | | editor family:O
each singular | every single | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
earthy activity | physical activity | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
earthy facilities | physical features | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
Ecology and also Hydrology | Ecology and Hydrology | fingerprint | cs | | mined editor family:? spinner=sciencia
educatee | student | fingerprint | n | | family:O editor
effort that is little | little effort | fingerprint | - | | editor family:? sites=1 spinner=dating-filler-inversion
eighty | 80 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
elated by the circulatory | transported by the circulatory | fingerprint | - | | editor family:S sites=1
eld past | years ago | fingerprint | - | | mined editor family:X sites=1
electronic camera | camera | ambiguous | n | near=hubble,hubble's,telescope,telescopes,webb,astronauts,astronomers,spacecraft,rover,probe,orbiter,workhorse | mined editor family:? spinner=sciencia
elucidate | explain | ambiguous | - | | mined editor family:?
emanate of | issue of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
emancipate a statement | issue a statement | fingerprint | - |  | mined editor family:X
emergency thing | emergency situation | ambiguous | n | | mined editor family:O sites=1
empire state structure | Empire State Building | fingerprint | - | | mined editor family:?
encephalon | brain | fingerprint | n | | family:O editor
enclosed | included | ambiguous | - | !prev=an,a,the,in,fully,partially,partly,completely,totally !next=space,spaces,area,areas,in,within,by,environment,environments,room,rooms,chamber,chambers,structure,structures | mined editor family:P sites=2 spinner=autoblog2016-some-more
endangerment | risk | ambiguous | n | | family:O editor
endangerment factor | risk factor | fingerprint | n | | mined editor family:X sites=1
endless forms most stunning | endless forms most beautiful | fingerprint | - | | editor family:N sites=1
endocrine replacement medical aid | hormone replacement therapy | fingerprint | - | | mined editor family:O sites=1
engineering troupe | technology companies | fingerprint | - | | mined editor family:X
england magazine of medicine | England Journal of Medicine | fingerprint | - | | dev:O editor
enjoyably amazed | pleasantly surprised | fingerprint | - | | mined editor family:? sites=1 spinner=bestspinner-guide-author
enlarged risk | increased risk | fingerprint | - | | family:O editor
enlarged sensitivity | increased sensitivity | fingerprint | - | | editor family:O sites=1
enormous | massive | ambiguous | - | | dev:D
enounce | said | fingerprint | - | | mined editor family:S family:X
enquiry | research | ambiguous | - | near=funded,company,companionship,drug,inwards,magazine,society | dev:O
entrance adult | coming up | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
environment desk cooperation | Climate Desk collaboration | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
environment dilemma | climate crisis | fingerprint | n | | mined editor family:? sites=1
environment emergency situation | climate emergency | fingerprint | - |  | mined editor family:D
environmental galaxy | background galaxy | fingerprint | n | | mined editor family:D
enzymatic response | enzymatic reaction | ambiguous | n | | mined editor family:D sites=1
equates as | translates as | fingerprint | - | prev=name,names,word,term | mined editor family:? spinner=seo-autoblog-our-company
erstwhile | when | ambiguous | - | next=everyone,everybody,i,we,you,he,she,it,they,the,a,an,this,that,there,these,those,people,scientists,researchers !prev=his,her,their,its,our,my,your,the,an,a | mined editor family:S
espresso | coffee | ambiguous | n | | dev:H
espresso's | coffee's | ambiguous | - | | dev:H
essay to | attempt to | fingerprint | - | prev=will,would,may,might,can,could,should,must,shall | mined editor family:? sites=1 spinner=environmentjournals-mortal
essential threshold | critical threshold | fingerprint | n | | mined editor family:H sites=1
et cetera of | and the rest of | fingerprint | - | | mined editor family:? sites=1
eu southern observatory | European Southern Observatory | fingerprint | - | | mined editor family:?
every bit early every bit | as early as | fingerprint | - | | family:O editor
every bit far every bit | as far as | fingerprint | - | | family:O editor
every bit good | as well | fingerprint | - | !next=as | family:O editor
every bit good every bit | as well as | fingerprint | - | | family:O editor
every bit high every bit | as high as | fingerprint | - | | family:O editor
every bit likely every bit | as likely as | fingerprint | - | | family:O editor
every bit little every bit | as little as | fingerprint | - | | family:O editor
every bit long every bit | as long as | fingerprint | - | | family:O editor
every bit many every bit | as many as | fingerprint | - | | family:O editor
every bit much every bit | as much as | fingerprint | - | | family:O editor
every bit soon every bit | as soon as | fingerprint | - | | family:O editor
every bit well every bit | as well as | fingerprint | - | | family:O editor
evidence-based observe | evidence-based practice | fingerprint | n | | mined editor family:O sites=1
excellent baby room | stellar nursery | fingerprint | n | | mined editor family:? spinner=sciencia
excellent collapse | stellar collapse | fingerprint | - | | mined editor family:? sites=1
excellent nursery | stellar nursery | ambiguous | n | near=star,stars,celebrities,dust,dirt,gas,cloud,clouds,hubble,telescope,nebula,constellation,star-forming | editor family:? spinner=sciencia
excessive-possibility | high-risk | fingerprint | - | | mined editor family:? sites=1 spinner=double-pass-used-to-be-as-soon-as
executive | government | ambiguous | - | prev=the !next=director,directors,officer,officers,producer,producers,order,orders,branch,board,boards,committee,chairman,chair,editor,editors,summary,vice,team,function,functions,power,powers,council,member,members,pay,education,assistant,session,suite,compensation | mined editor family:H
exist able | be able | fingerprint | - | | mined editor family:O
exorbitant pabulum | excessive food | fingerprint | - |  | mined editor family:X
exorbitantly corpulent | obese | fingerprint | - |  | mined editor family:X
expand despair | develop depression | fingerprint | v | | mined editor family:H
expectantly | hopefully | ambiguous | - | | family:H editor
expected | likely | ambiguous | - | next=resembled,lived,died,caused,originated,evolved,belonged,represents,represented,played,helped,came,began | mined editor family:P sites=1 spinner=autoblog2016-some-more
experience similar | feel like | ambiguous | - | | dev:O
experts | researchers | ambiguous | - | | dev:D
explained | said | ambiguous | - | prev=he,she,they,who | dev:K
exploding celebrity | exploding star | fingerprint | - |  | mined editor family:D
expressly significant | especially important | fingerprint | - | | mined editor family:D sites=1
external squad of | international team of | fingerprint | - | | mined editor family:X sites=1
extra and additional | increasingly | fingerprint | - | | mined editor family:H sites=1
extra time | overtime | ambiguous | - | | dev:S
extraordinarily identifiable | uniquely identifiable | fingerprint | - | | mined editor family:? sites=1 spinner=directories-domestic-apparatuses
extravagantly corpulent | obese | fingerprint | - |  | mined editor family:X
fabricated up of | made up of | fingerprint | - | | mined editor family:? sites=1 spinner=alphabetic-early
facial area mask | face mask | fingerprint | n | | family:S editor
factor transfer | gene transfer | fingerprint | n | | mined editor family:O sites=1
famous | known | ambiguous | - | prev=also,better,commonly,locally,widely,previously,formerly,otherwise,collectively,informally,sometimes,often next=as or prev=not,well,lesser,best,little,less,largely | mined editor family:P sites=3 spinner=autoblog2016-some-more
fat down payment | fat deposit | fingerprint | n |  | mined editor family:D
fats deposits | fat deposits | fingerprint | - | | mined editor family:? sites=1 spinner=quillbot-fitness-lifestyles
fee | toll | ambiguous | - | prev=death,genocide | mined editor family:P sites=2 spinner=autoblog2016-some-more
feet longsighted | feet long | fingerprint | - | | mined editor family:X sites=1
feet prolonged | feet long | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
fellow member | member | ambiguous | n | | family:O editor
fettle benefits | health benefits | fingerprint | - | | mined editor family:X sites=1
fifty | 50 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
fifty-fifty | even | fingerprint | - | next=though,if,more,less,when,after,before,better,worse,further,greater,higher,lower,larger,smaller,bigger,so,those,people,among,at,for,without,during,in | family:O editor
figuring out of | understanding of | fingerprint | - | prev=the,a,an,our,their,his,her,its,better,complete,deeper,greater,scientific,public,full,clear,basic,fundamental,good,new,improved,comprehensive | mined editor family:H sites=1
find | discovery | ambiguous | - | prev=a,the,this,its,their,his,her,our | mined editor family:P sites=2 spinner=autoblog2016-some-more
find out about | study | fingerprint | - | prev=the,a,this,that,new,latest,recent,earlier,previous,another,one,large,small,separate,each,his,her,their,our,its,first,second,third,last,only,same,whole,entire,current,ongoing,major,pilot,observational or next=revealed,printed,published,discovered,found,suggests,authors,creator | dev:H editor
find out about presentations | study shows | fingerprint | - | | mined editor family:H sites=1
find out about's | study's | fingerprint | - | | family:H editor
finish | complete | ambiguous | - | !next=of,line,lines | mined editor family:P sites=6 spinner=autoblog2016-some-more
finish of | end of | ambiguous | - | prev=a,the,by,until,till,near,towards,toward,at,during,before | mined editor family:P sites=1 spinner=autoblog2016-some-more
finish-to-finish | end-to-end | fingerprint | - | | mined editor family:N sites=1
firedrake | dragon | ambiguous | - | | mined editor family:X sites=1
fitness branch | health department | fingerprint | n | | mined editor family:? sites=1
flattering | pretty | ambiguous | - | next=dangerous,good,bad,much,well,sure,clear,common,rare,hard,easy,simple,strong,large,quickly,fast,slow,interesting,impressive,amazing,cool,obvious,remarkable,similar,unusual,unique,stable,accurate,difficult,tough,scary,exciting,rough,tricky,limited,significant,powerful,robust,consistent,straightforward,likely,confident,certain,excited,surprised,surprising,extreme,severe,serious,tiny,huge,massive | mined editor family:P sites=1 spinner=autoblog2016-some-more
fleshiness | obesity | fingerprint | - | | family:O editor
fleshly's | animal's | fingerprint | - | | mined editor family:X sites=1
flew previous | flew past | fingerprint | - | | mined editor family:?
flexibleness | flexibility | fingerprint | - | | mined editor family:? sites=1
flies previous | flies past | fingerprint | - | | mined editor family:?
flow survive | stream live | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
fly previous | fly past | fingerprint | - | | mined editor family:?
flying previous | flying past | fingerprint | - | | mined editor family:?
folic elvis | folic acid | fingerprint | - | | editor family:S family:X
food items and drug administration | Food and Drug Administration | fingerprint | - | | family:S editor
food stuff and drug administration | Food and Drug Administration | fingerprint | - | | family:S editor
for remark | for comment | ambiguous | - | | mined editor family:? sites=1
for the initial time | for the first time | fingerprint | - | | family:K editor
for the primary time | for the first time | fingerprint | - | | family:A family:H editor
for the reason that been | since been | fingerprint | - | | mined editor family:N sites=1
force per unit area | pressure | fingerprint | - | | family:O editor
forcible bounds | physical boundary | fingerprint | - |  | mined editor family:S
foremost bring about | leading cause | fingerprint | - |  | mined editor family:D
formerly not known | previously unknown | fingerprint | - | | mined editor family:? sites=1 spinner=entertainmenthookup
formula | results | ambiguous | - | next=are,were,show,showed,suggest,suggested,indicate,indicated,reveal,revealed,confirm,confirmed,highlight | mined editor family:P sites=1 spinner=autoblog2016-some-more
fortify your temper | improve your mood | fingerprint | - | | mined editor family:H sites=1
fortunate adequate | lucky enough | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
forty | 40 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
fossilology | paleontology | fingerprint | - | | mined editor family:X
fourth dimension | time | fingerprint | - | prev=same,long,short,this,that,some,any,every,no,spend,spent,spending,much,more,less,full,part,real,record,free,extra,first,last,next,overtime,right,wrong,hard,difficult,good,great,bad,what,get-go,commencement,showtime,offset,starting,second,third,longer,shorter,enough,reaction,survival,recovery,response,screen,waiting,one | family:O editor
fracture danger | fracture risk | fingerprint | - | | mined editor family:? sites=1 spinner=terapiayrehabilitacionfisica
fracture threat | fracture risk | fingerprint | - | | mined editor family:? sites=1 spinner=terapiayrehabilitacionfisica
frame mass index | body mass index | fingerprint | - | | mined editor family:H sites=1
from bugs to people | from insects to humans | fingerprint | - | | mined editor family:? sites=1
from generation to the next | from one generation to the next | fingerprint | - | | editor family:N sites=1
from the coming days | in the coming days | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
from the coming months | in the coming months | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
from the coming weeks | in the coming weeks | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
from the coming years | in the coming years | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
from the days ahead | in the days ahead | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
from the months ahead | in the months ahead | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | dev:K
from the weeks ahead | in the weeks ahead | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
from the years ahead | in the years ahead | fingerprint | - | !prev=data,results,figures,numbers,evidence,lessons,findings,expected,benefits,reports | family:K editor
full of health diet | healthy diet | fingerprint | n | | mined editor family:? sites=1
functioning | working | ambiguous | - | prev=was,were,is,are,been,be,am | dev:S
functions | works | ambiguous | - | prev=it,this,that,which,vaccine,drug,treatment,system,how | dev:K
furthermore as | as well as | fingerprint | - | | mined editor family:O sites=1
galax | galaxy | fingerprint | - | prev=a,the,this,that,our,its,each,every,one,another,nearby,distant,host,spiral,dwarf,elliptical,entire,whole,parent,home,neighbouring,neighboring,massive,young,early near=star,stars,universe,telescope,telescopes,astronomers,astronomer,light-years,milky,cosmic,galaxy,galaxies,black,hole,alma,hubble,webb,spiral | mined editor family:S family:X
galax urceolata | galaxy | fingerprint | - |  | mined editor family:S
galore | many | ambiguous | cs | prev=successful,in,for,of,with,how,so,too,very,arsenic,astatine,connected,by,from,crossed,nan,the,have,has,had next=* | mined editor family:? sites=1 spinner=nan-successful
gas emigration | gas emission | fingerprint | n | | mined editor family:? sites=1 spinner=environmentjournals-mortal
gasolene | gas | ambiguous | - |  | mined editor family:S
gastric skip | gastric bypass | fingerprint | - | | editor family:H family:? spinner=changed-into-its-miles
gene medical aid | gene therapy | fingerprint | - | | mined editor family:O sites=1
general public health and fitness | public health | fingerprint | - |  | mined editor family:D
genocide | death | ambiguous | - | next=toll,tolls,rate,rates,penalty,sentence,certificate,certificates,risk,risks or prev=means,cause,causes,premature,early,sudden,untimely,cell,cardiac | mined editor family:P sites=4 spinner=autoblog2016-some-more
genocide fee | death toll | fingerprint | n | | mined editor family:P sites=2 spinner=autoblog2016-some-more
gentle | mild | ambiguous | - | next=psychological,cognitive,symptoms,illness,disease,infection,infections,case,cases,dementedness,dementia,depression,anxiety,impairment | mined editor family:O sites=1
geomagnetic self-discipline | geomagnetic field | fingerprint | n | | mined editor family:X sites=1
geothermal strength | geothermal energy | fingerprint | - | | mined editor family:? sites=1 spinner=profile-spam-strength
get admission to | access | fingerprint | v | | family:H editor
getting rid of pounds | losing weight | fingerprint | - |  | mined editor family:S
gilded criterion | gold standard | fingerprint | - |  | mined editor family:S
give a contribution to | contribute to | fingerprint | - |  | mined editor family:H
give an explanation for | explain | ambiguous | - | prev=to,can,could,may,might,will,would,should,must,cannot,not,also,and | mined editor family:H
give protection to | protect | ambiguous | - | | dev:H
give protection to towards | protect against | fingerprint | - | | dev:H
given food him | fed him | fingerprint | - | | mined editor family:? sites=1 spinner=spinrewriter-and-also
giver organ | donor organ | fingerprint | n | | mined editor family:? sites=1 spinner=hilarispublisher-understanding
gloomy | faint | ambiguous | - | next=galaxy,galaxies,star,stars,light,glow,object,objects,collection,collections,companion,companions,signal,signals,source,sources,smudge,patch,arm,arms,dwarf,dwarfs,nebula,ring,rings,halo | mined editor family:P sites=1 spinner=autoblog2016-some-more
gobble up issue | gobble up matter | fingerprint | - | | mined editor family:? sites=1
going right on through | going through | ambiguous | - | | mined editor family:? sites=1
good news is the fact which | good news is that | fingerprint | - | | editor family:? sites=1 spinner=dating-filler-inversion
good recorded | well preserved | fingerprint | - | prev=so,very,remarkably,exceptionally,beautifully,extremely,incredibly,is,was,are,were,be,been,being | mined editor family:P sites=1 spinner=autoblog2016-some-more
got obviate | got rid of | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
governing administration | government | fingerprint | n | | family:S editor
gravitated pull | gravitational pull | fingerprint | - | | mined editor family:S
gravitation subject | gravitational field | fingerprint | n | | mined editor family:? spinner=sciwriter-this-particular
gravitative pulling | gravitational pull | fingerprint | - |  | mined editor family:S
greasy poison | fatty acid | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
great void | black hole | ambiguous | n | near=supermassive,quasar,quasars,suns,mass,masses,galaxy,galaxies,horizon,astronomers | mined editor family:? sites=1
greatest pals | best friends | fingerprint | - | | dev:S
greenhouse gas exhausts | greenhouse gas emissions | fingerprint | - |  | mined editor family:D
greenhouse state | greenhouse gas | fingerprint | n | | mined editor family:? sites=1 spinner=nan-successful
grippe | flu | fingerprint | - | | family:O editor
group | team | ambiguous | - | prev=a,the,research,scientific,our,their,his,her near=led,university,professor,researchers,scientists,institute | dev:K
guidance | support | ambiguous | - | next=our,your,us | dev:S
guide author | lead author | fingerprint | n | !prev=travel,tour,field,style,study,user,reference,bird,birding,hiking,restaurant,food,wine,city,pocket,rough,lonely | mined editor family:? sites=1 spinner=bestspinner-guide-author
habitual complaint | chronic disease | fingerprint | n | | mined editor family:X
had actually | had | ambiguous | - | | mined editor family:? sites=1
had began | had started | ambiguous | - | | mined editor family:K
had establish | had found | fingerprint | - | | mined editor family:? sites=1 spinner=bestspinner-guide-author
had under no circumstances | had never | fingerprint | - | | dev:D editor
handiest | only | ambiguous | - | !prev=the,most,a,is,are,was,were,be,being,been,very,really,its,their,his,her,our,your,my | mined editor family:H
handle author | lead author | fingerprint | n | | mined editor family:X sites=1
hapless plant of | unfortunate victim of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
hardly ever will get | rarely gets | fingerprint | - |  | mined editor family:H
harmed | injured | ambiguous | - | near=upheaval,trembler,quake,quakes,earthquake,earthquakes,killed,dead,genocide,sanatorium,rescue,fire,fires,blaze,blazes,landslide,landslides,mudslide,flood,floods,floodwaters,explosion,crash,murdering | mined editor family:P sites=2 spinner=autoblog2016-some-more
harmfully affects | negatively affects | fingerprint | - |  | mined editor family:S
has actually | has | ambiguous | - | | mined editor family:? sites=1
has actually been | has been | ambiguous | - | | mined editor family:D
has actually connected to | has reached out to | ambiguous | - | | mined editor family:? sites=1
has began | has started | ambiguous | - | | mined editor family:K
has in addition | has also | ambiguous | - | !next=to | mined editor family:K
has not nevertheless | has not yet | fingerprint | - | | editor family:O
has under no circumstances | has never | fingerprint | - | | dev:D editor
hasn't nevertheless | hasn't yet | fingerprint | - | | editor family:O
hassle napping | trouble sleeping | fingerprint | - | | mined editor family:H sites=1
have actually | have | ambiguous | - | | mined editor family:? sites=4
have actually been | have been | ambiguous | - | | mined editor family:D
have been they to | were they to | fingerprint | - | | mined editor family:N sites=1
have began | have started | ambiguous | - | | mined editor family:K
have got demonstrated | have demonstrated | fingerprint | - | | mined editor family:? sites=1 spinner=pahlarch-light
have in addition | have also | ambiguous | - | !next=to | mined editor family:K
have interaction in | engage in | fingerprint | - | | mined editor family:H sites=1
have not nevertheless | have not yet | fingerprint | - | | editor family:O
have under no circumstances | have never | fingerprint | - | | dev:D editor
haven't nevertheless | haven't yet | fingerprint | - | | editor family:O sites=1
having even worse | getting worse | fingerprint | - |  | mined editor family:D
having said that, | however, | ambiguous | - |  | mined editor family:D
having to try to to with | having to do with | fingerprint | - | | mined editor family:? sites=1 spinner=predatory-try-to-to
he incorporated. | he added. | ambiguous | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
heading means of | leading cause of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
heading means of genocide | leading cause of death | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
headlines accounts | news stories | fingerprint | - | | mined editor family:D
health and fitness | health | ambiguous | - | prev=physical,your,their,his,her,our,global,overall,good,poor,bad,better !next=club,clubs,industry,center,centre,centers,centres,app,apps,tracker,trackers,goals,magazine,influencer,influencers,instructor,instructors,enthusiasts,routine,routines | family:S editor
health and fitness authorities | health experts | fingerprint | - |  | mined editor family:D
health professionals | doctors | ambiguous | - | near=pals,possess,uncovered,devices,marvel,folks,motives,acquiring | dev:S
health that is physical | physical health | fingerprint | - | | editor family:? sites=1 spinner=dating-filler-inversion
healthcare facility center | Hospital Center | fingerprint | - | | mined editor family:? sites=1
healthcare facility system | hospital system | ambiguous | n | | mined editor family:? sites=1
healthday information | HealthDay News | fingerprint | - |  | mined editor family:S family:A
hearing reduction | hearing loss | fingerprint | - | | mined editor family:? sites=1 spinner=pahlarch-light
heart abandon | heart defect | fingerprint | n | | mined editor family:? sites=1 spinner=euroscicon-double-spin
heart affection | heart disease | fingerprint | n | | mined editor family:X
heart conflict | heart attack | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
hearthplace | fire | fingerprint | n | | mined editor family:? sites=1 spinner=autoblog2021-withinside
hebdomad | week | fingerprint | n | | family:O editor
heft passing | weight loss | fingerprint | - | | mined editor family:X sites=1
helium added | he added | fingerprint | - | | family:O editor
helium explained | he explained | fingerprint | - | | family:O editor
helium said | he said | fingerprint | - | | family:O editor
helium says | he says | fingerprint | - | | family:O editor
helium told | he told | fingerprint | - | | family:O editor
helium wrote | he wrote | fingerprint | - | | family:O editor
her ain | her own | fingerprint | - | | family:O editor
her possess | her own | fingerprint | - | | family:S editor
herbal gasoline | natural gas | fingerprint | - | | mined editor family:H sites=1
hereditarily related | genetically related | fingerprint | - | | mined editor family:? sites=1 spinner=hilarispublisher-understanding
high minister | prime minister | fingerprint | n | | mined editor family:? sites=1
high-pitched gamble | high risk | fingerprint | - | | mined editor family:X
higher education | college | ambiguous | - | | dev:S
higher vary | upper range | fingerprint | - | | mined editor family:H sites=1
hinge on the constellation | lie in the constellation | fingerprint | - | | editor family:? spinner=sciencia
hinges on the constellation | lies in the constellation | fingerprint | - | | mined editor family:? spinner=sciencia
hippuric elvis | hippuric acid | fingerprint | - | | mined editor family:S family:X
his ain | his own | fingerprint | - | | family:O editor
his possess | his own | fingerprint | - | | family:S editor
hither | here | ambiguous | - | !next=and | family:O editor
hoary fuel | fossil fuel | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
hoary record | fossil record | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
hoary remains | fossil remains | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
hoi polloi | people | ambiguous | - | | mined editor family:X
homophile sapiens | Homo sapiens | fingerprint | - | | mined editor family:X sites=1
homosexual sapiens | Homo sapiens | fingerprint | - | | mined editor family:X sites=1
hormonal agent | hormone | fingerprint | - |  | editor family:D
hormonal agents | hormones | fingerprint | - |  | mined editor family:D
hot canine | hot dog | fingerprint | n | | mined editor family:X
hothouse gas | greenhouse gas | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
hotlink amid | link between | fingerprint | - | | mined editor family:? sites=1
how continuously | how often | ambiguous | - | next=they,you,we,people,he,she,patients,participants,individuals,folks,it !prev=way | mined editor family:H
huge-scale | large-scale | fingerprint | - | | mined editor family:H
hulk turn | giant spiral | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
human being activity | human activity | fingerprint | n | | mined editor family:? sites=1 spinner=autoblog-drinking-water
humor glucose | blood glucose | fingerprint | - | | mined editor family:? sites=1 spinner=nan-successful
humor node | lymph node | fingerprint | n | | mined editor family:O sites=1
humor pressure | blood pressure | fingerprint | - | | mined editor family:? sites=1 spinner=nan-successful
hunt | search | ambiguous | - | next=and,operations,operation,teams,team,effort,efforts,dogs,party,parties,continues,continued,resumed or prev=unfortunate,desperate,frantic,intensive,rescue,postpone,postponed,suspend,suspended,called,resume,resumed | mined editor family:P sites=1 spinner=autoblog2016-some-more
hunt and rescue | search and rescue | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
hunt out | find | ambiguous | - | prev=to | mined editor family:?
hurt | harm | ambiguous | - | prev=potential,for,of,no,any,cause,causes,causing,caused,serious,significant,more,less,greater,reduce,minimize,possible | dev:H
ice down payment | ice deposit | fingerprint | n |  | mined editor family:D
ice rack | ice shelf | fingerprint | - | | mined editor family:? sites=1
ice racks | ice shelves | fingerprint | - | | mined editor family:? sites=1
idea | thought | ambiguous | - | prev=i,we,he,she,they,you,who,originally,always,first,once,never | dev:O
identical | similar | ambiguous | - | next=earthy,physical,features,facilities,results,findings,trends,pattern,patterns,way,ways,levels,rates,effects,symptoms,conditions,size,sizes,traits | mined editor family:P sites=2 spinner=autoblog2016-some-more
if truth be told | actually | ambiguous | - | | family:H editor
ii | two | ambiguous | cs | prev=first,last,next,only,about,around,nearly,almost,over,under,just,than,these,those,past,another,every,other | mined editor family:O
immature | young | ambiguous | - | next=age,ages,people,adults,women,men,children,girls,boys,patients,americans,voters,mothers,fathers,couples,families,scientists,researchers,doctors,students,professionals,athletes,workers,greger | mined editor family:P sites=2 spinner=autoblog2016-some-more
immeasurable infancy | vast majority | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
immune device | immune system | fingerprint | - | | family:S editor
immune devices | immune systems | fingerprint | - | | dev:S
immune method | immune system | fingerprint | n | | family:S editor
immune program | immune system | fingerprint | n | | dev:S
immune technique | immune system | fingerprint | n | | family:S editor
immunity system | immune system | fingerprint | n | | editor family:? sites=1 spinner=dating-filler-inversion
impact sizes | effect sizes | fingerprint | - | | mined editor family:H sites=1
imperil factor | risk factor | fingerprint | n | | mined editor family:X sites=1
implicit | over | ambiguous | - | next=a,an,the,this,that,these,those,his,her,their,its,our,past,recent,time,years,decades,months,weeks,centuries !prev=is,are,was,were,be,been,being,made,make,makes,remain,remains,remained,become,became,left,more,less,largely,often,very,quite,most,an,the,all | mined editor family:S
implies | means | ambiguous | - | | dev:K
impress | print | ambiguous | - | prev=they,whatever,journals,journal,magazines,magazine,mag,papers,newspapers | dev:O
improved know | better understand | fingerprint | - | prev=to,researchers,scientists,us,them,people,can,could,will,help | mined editor family:P sites=1 spinner=autoblog2016-some-more
improved sympathetic | better understanding | fingerprint | - | | mined editor family:? sites=1 spinner=bestspinner-guide-author
in a build of abode to | able to | fingerprint | - | | mined editor family:X sites=1
in accordance to | according to | fingerprint | - | | family:S family:H family:N editor mined sites=2
in all likelihood | probably | ambiguous | - | | dev:O
in an exceedingly | in a | fingerprint | - | !next=rare,small,large,short,long,high,low,difficult,hard,important,competitive,dangerous,hot,cold,dry,wet,fast,slow,complex,complicated,narrow,brief,good,bad,poor,rich,tight,limited,unusual,polite,strong,weak,thin,fine,close,simple,early,delicate,precise,efficient,effective,sensitive,stable,popular,lucky,successful,unlikely,likely,careful,thorough,gentle,harsh,tough,busy,crowded,remote,young,old,steep,deep,shallow,quick,tiny,huge,large-scale,small-scale,detailed,challenging,volatile,hostile,friendly,private,public,unstable | mined editor family:O sites=1
in ancient circumstances | in ancient times | fingerprint | - | | mined editor family:? sites=1 spinner=mysteryx-light
in bitchiness of | in spite of | fingerprint | - | | mined editor family:S sites=1
in dissimilitude to | in contrast to | fingerprint | - | | editor family:? sites=1 spinner=blogiya-contrivance
in duration | in length | ambiguous | - | prev=cm,mm,in,inches,inch,feet,foot,ft,metres,meters,metre,meter,m,km,kilometres,kilometers,miles,centimetres,centimeters,millimetres,millimeters,yards | editor family:? sites=1 spinner=pawpawgo-the-various
in fresh months | in recent months | fingerprint | - |  | mined editor family:H
in fresh years | in recent years | fingerprint | - |  | editor family:H
in keeping with capita | per capita | fingerprint | - | | editor family:H
in keeping with cent | per cent | fingerprint | - | | editor family:H
in keeping with hour | per hour | fingerprint | - | | mined editor family:H sites=1
in line with cent | per cent | fingerprint | - | | editor family:H
in line with day | per day | fingerprint | - | | editor family:H
in line with week | per week | fingerprint | - | | mined editor family:H
in no way | never | ambiguous | - | prev=i,he,she,we,they,you,who | dev:S
in operation system of rules | operating systems | fingerprint | - | | mined editor family:X
in past times | before | ambiguous | - | prev=seen,been,discovered,observed,found,done,happened,heard,reported,recorded,documented,used,tried,tested,studied,shown,described,known,identified,detected,experienced | dev:D
in poor health | ill | ambiguous | - | prev=fallen,fell,falling,became,become,becoming,critically,seriously,gravely,terminally,mentally,chronically,severely,got,getting | mined editor family:H sites=1
in reaction to | in response to | ambiguous | - | | mined editor family:H sites=1
in sequence to | in order to | fingerprint | - | !next=the,a,an,each,one,their,its,his,her,this,that,these,those,nan | mined editor family:P sites=1 spinner=autoblog2016-some-more
in step with | according to | ambiguous | - | !prev=be,is,are,was,were,keep,keeps,kept,keeping,stay,stays,remain,remains,move,moving,march,marching,out,not | family:H editor
in step with cent | per cent | fingerprint | - | | mined editor family:H
in steps with | according to | fingerprint | - | !prev=be,is,are,was,were,keep,keeps,kept,keeping,stay,stays,remain,remains,move,moving,march,marching,out,not,rise,rising,rose,grow,grew,growing,increase,increased,increasing | mined editor family:H sites=1
in straightforward thought | in plain sight | fingerprint | - | | mined editor family:? sites=1 spinner=newsbot2019-change-into
in the course of | throughout | ambiguous | - | | dev:S
in the coursework of | during | fingerprint | - | | editor family:N sites=1
in the house | at home | ambiguous | - | prev=stay,stays,stayed,staying,remain,remains,remained,remaining,isolate,isolating,self-isolate,self-isolating,quarantine,quarantining,work,works,worked,working,kept,keep,confined | mined editor family:? sites=1
in the interior the | within the | fingerprint | - | next=body,bodies,cell,cells,earth,planet,brain,skull,nucleus,sun,star,moon,organ,organs,tissue,tissues,eye,ear,heart,lungs,gut | mined editor family:S sites=1
in the starting place | initially | fingerprint | - | next=unsuitable,mistaken,thought,believed,planned,described,identified,classified,published,reported,discovered,found,named,designed,proposed,scheduled,expected,intended,built,developed,diagnosed,assumed,considered,seen,used | mined editor family:? sites=1 spinner=newsbot2019-change-into
in this vogue | in this way | fingerprint | - | | mined editor family:X sites=1
inches longsighted | inches long | fingerprint | - | | mined editor family:X sites=1
increased imminence | increased risk | fingerprint | - | | mined editor family:X
indispensable nutrient | essential nutrient | ambiguous | n | | mined editor family:D sites=1
individual area transit solutions | human space transportation services | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
induce and influence | cause and effect | fingerprint | - |  | mined editor family:S
indulge in | have | fingerprint | - | next=been,had,shown,found,become,seen,made,done,taken,given,developed,migrated,reported,suggested,identified,used,lost,gained,changed,received,started,begun,grown,died,left,known,led,tested,studied,published,proven,proved,increased,decreased,improved,already,never,always | mined editor family:? sites=1 spinner=double-pass-used-to-be-as-soon-as
industrial chances | commercial opportunities | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
infant celebrities | baby stars | fingerprint | - | | mined editor family:? spinner=sciencia
infantrymen | soldiers | ambiguous | - | | mined editor family:H
infective agent | pathogen | ambiguous | n | | editor family:O sites=1
infinite probe | space probe | fingerprint | n | | mined editor family:O
infirmary | hospital | ambiguous | n | | family:O editor
information technology | it | ambiguous | - | next=will,would,could,can,may,might,should,does,did,was,has,had | mined editor family:O
informed the paper | told the paper | ambiguous | - | | mined editor family:? sites=1
infrequent spectator | casual observer | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
initial | first | ambiguous | - | prev=the,its,their,his,her,our,my | dev:K
initial | first | ambiguous | - | prev=the,its,their,his,her,our,my,whose,this or next=time,ever | mined editor family:P sites=3 spinner=autoblog2016-some-more
initial ever | first ever | fingerprint | - | | family:K editor
initial of its kind | first of its kind | fingerprint | - | | family:K editor
initial saw | first saw | fingerprint | - | prev=we,i,they,he,she,you,when,who,scientists,researchers | mined editor family:P sites=1 spinner=autoblog2016-some-more
initial-ever | first-ever | fingerprint | - | | family:K editor
inordinately corpulent | overweight | fingerprint | - |  | mined editor family:X
insect types | insect species | ambiguous | - | | mined editor family:D
instructed the unbiased | told The Independent | fingerprint | - | | mined editor family:H
insulin level of resistance | insulin resistance | fingerprint | - |  | mined editor family:D
intense care unit | intensive care unit | fingerprint | n | | family:S editor
intense treatment unit | intensive care unit | fingerprint | n | | family:S editor
interest rover | Curiosity rover | fingerprint | - | | mined editor family:? sites=1
intimate maturity | sexual maturity | fingerprint | - | | mined editor family:? spinner=dating-filler-seafood
intimately mature | sexually mature | fingerprint | - | | mined editor family:? spinner=dating-filler-seafood
introduced | launched | ambiguous | - | prev=was,were,been,once,being,be,is,are near=investigation,investigations,inquiry,probe,campaign,appeal,operation,manhunt,service,app,mission,rocket,satellite,scheme,programme,program,trial,trials,review | mined editor family:H
intrusive bugs | invasive insects | fingerprint | - | | mined editor family:? sites=1
intrusive species | invasive species | fingerprint | - | | editor family:?
investigate | research | ambiguous | - | prev=the,new,this,their,further,recent,latest,previous,more,earlier,prior next=shows,showed,suggests,suggested,found,finds,is,was,has,had,indicates,published,didnt,didn't,did | mined editor family:? sites=1
investigate | study | ambiguous | - | prev=a,the,this,that,new,our,their,its,his,her,latest,recent,previous,earlier,another,one,pronounced,separate,large,small,whose or next=found,finds,shows,showed,suggests,suggested,published,highlights,highlighted,authors,author,participants,team,results,findings | mined editor family:P sites=5 spinner=autoblog2016-some-more
inwards | in | fingerprint | - | next=the,a,an,this,that,these,those,his,her,their,its,our,my,your,which,order,fact,addition,particular,general,short,recent,some,many,most,all,each,every,one,two,new,medical,clinical,2010,2011,2012,2013,2014,2015,2016,2017,2018,2019,2020 !prev=turn,turned,turning,turns,look,looked,looking,looks,fold,folded,inward,outwards,move,moved,moving,moves,curl,curled,face,faced,facing,pointing,point,pointed,flow,flowing,collapse,collapsed,collapsing | dev:O editor
is a concept to have | is thought to have | fingerprint | - | | mined editor family:N sites=1
is helping give an explanation for | helps explain | fingerprint | - |  | mined editor family:H
is in addition | is also | ambiguous | - | !next=to | mined editor family:K
is regarded as to | is believed to | fingerprint | - | !next=whether,how,what,which,the | mined editor family:? sites=1 spinner=spinrewriter-and-also
is termed | is called | ambiguous | - | !prev=what,which,as,it,this,that | mined editor family:O sites=2
is that the branch of | is the branch of | fingerprint | - | | mined editor family:O sites=1
is that the scientific study | is the scientific study | fingerprint | - | | mined editor family:O
it's a ways | it is | fingerprint | - | next=broad,great,good,important,clear,possible,likely,unlikely,essential,necessary,critical,vital,difficult,hard,easy,true,not,also,still,very,now,the,a,an,fab,interesting,exciting,remarkable,surprising,amazing,wonderful,unclear,believed,thought,expected,estimated,known,too,so,really | mined editor family:? sites=1 spinner=newsbot2019-change-into
it's miles | it is | fingerprint | - |  | mined editor family:H
its ain | its own | fingerprint | - | | family:O editor
its possess | its own | fingerprint | - | | family:S editor
jeopardize circumstance | risk factor | fingerprint | n | | mined editor family:X sites=1
Joined States | United States | fingerprint | cs | | mined editor family:X sites=1
junction rectifier by | led by | fingerprint | - | | mined editor family:S sites=1
jurassic duration | Jurassic period | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
jurassic menses | Jurassic Period | fingerprint | - | | editor family:X
just about | nearly | ambiguous | - | | dev:H
just outdoor the | just outside the | fingerprint | - | | mined editor family:N sites=1
keeping healthier | staying healthy | ambiguous | - | | dev:S
klick per hour | kph | fingerprint | - | | mined editor family:O sites=1
lack of repose | lack of sleep | fingerprint | - | | mined editor family:X sites=1
lactic elvis | lactic acid | fingerprint | - | | editor family:S family:X
large blood force | high blood pressure | fingerprint | - |  | mined editor family:S
larn | learn | fingerprint | v | | family:O editor
leader govt | chief executive | fingerprint | - |  | mined editor family:H
learn about | study | fingerprint | - | prev=the,a,this,new,latest,recent,earlier,previous,another,large,small,separate,his,her,their,our,its,second,third,same,whole,entire,current,ongoing,major,pilot,observational,brand or next=revealed,printed,suggests,authors,creator | family:H editor
learn about's | study's | fingerprint | - | | family:H editor
legal investigation | criminal investigation | ambiguous | n | | mined editor family:H
legally contracting | legally binding | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
leisurely cretaceous | late Cretaceous | fingerprint | - | | mined editor family:? sites=1 spinner=newsbot2019-change-into
leisurely jurassic | late Jurassic | fingerprint | - | | editor family:? spinner=newsbot2019-change-into
leisurely triassic | late Triassic | fingerprint | - | | editor family:? spinner=newsbot2019-change-into
lend a hand | help | ambiguous | v | | dev:H editor
lent a hand | helped | fingerprint | - | | family:H editor
less more likely | less likely | fingerprint | - | | mined editor family:K
less seemingly | less likely | fingerprint | - | next=to,than | mined editor family:S sites=1
let since been | have since been | fingerprint | - | | mined editor family:X sites=1
level | degree | ambiguous | - | prev=high,certain,great,greater,considerable,large,significant next=of | dev:K
lifestyles | life | ambiguous | - | prev=microbial,earth's,planet's,extraterrestrial,alien,multicellular,bacterial or next=emerged,evolved,arose,originated | mined editor family:H sites=1
lifestyles threatening | life threatening | fingerprint | - | | mined editor family:? sites=1 spinner=quillbot-fitness-lifestyles
light-many years | light-years | fingerprint | - |  | mined editor family:D
light-weight-many years | light-years | fingerprint | - |  | mined editor family:D
light-weight-years | light-years | fingerprint | - | | mined editor family:D
light-years from planet | light-years from Earth | fingerprint | - | !next=earth | mined editor family:? spinner=sciencia
lighting-several years | light-years | fingerprint | - |  | mined editor family:D
lightsome | light | fingerprint | - | | mined editor family:X
like as | such as | ambiguous | - | !prev=just,much,is,was,it's,looks,look,looked,feel,feels,felt,seems,seem,seemed,sounds,sound !next=if,though,not,ever | mined editor family:X
like items as | such items as | fingerprint | - | | mined editor family:? sites=1 spinner=assignmentpoint-light
likewise as | as well as | fingerprint | - | !prev=and,or,but,do,did,does,done,act,acted,acts,acting,behave,behaved,behaves,feel,felt,vote,voted,votes,treat,treated | editor family:O sites=1
listened about | heard about | fingerprint | - | prev=hadn't,haven't,hasn't,never,had,have,has,i've,we've,you've,they've,already,first | mined editor family:P sites=1 spinner=autoblog2016-some-more
little glacial epoch | Little Ice Age | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
live to narrate the tale | survive | fingerprint | v | | mined editor family:H sites=1
live-hearthplace | live-fire | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2021-withinside
living world index | Living Planet Index | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
loads of tnt | tons of TNT | fingerprint | - | | mined editor family:?
local climate trade | climate change | fingerprint | - | | editor family:H
local weather settlement | climate agreement | fingerprint | n | | mined editor family:H sites=1
lockdown procedures | lockdown measures | ambiguous | - | | mined editor family:? sites=1
long-sufferings | patients | fingerprint | - | | mined editor family:X sites=1
long-term | chronic | ambiguous | - | next=pain,disease,diseases,illness,illnesses,allergy,allergies,inflammation,fatigue,kidney,obstructive,insomnia,migraine,migraines,sinusitis,bronchitis,hepatitis,lyme,stress | dev:S
look ats | studies | fingerprint | - | | mined editor family:X sites=1
lookings for | findings | fingerprint | - | | mined editor family:D
lots of | many | ambiguous | - | | dev:H mined editor family:A sites=3
low planet orbit | low Earth orbit | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
magazine | journal | ambiguous | - | near=published,study,research,enquiry,medicine,medical,science,scientific,paper,article | dev:O
magnetic self-discipline | magnetic field | fingerprint | n | | mined editor family:X sites=1
magnetic self-discipline traces | magnetic field lines | fingerprint | - | | mined editor family:X sites=1
magnifying cup | magnifying glass | fingerprint | - | | mined editor family:? spinner=sciwriter-this-particular
main depressive disorder | major depressive disorder | fingerprint | - |  | mined editor family:S
majority exhilarating | most exciting | fingerprint | - | | mined editor family:X sites=1
make a many of | make the most of | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
make stronger | strengthen | ambiguous | v | | family:H editor
malignant neoplastic disease | cancer | fingerprint | n | | family:O editor
man-made neural community | artificial neural network | fingerprint | - |  | mined editor family:D
manifest light | visible light | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
manipulate institution | control group | fingerprint | n | | mined editor family:H
many particularly | most notably | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
many thanks to | thanks to | ambiguous | - | !prev=and,with,our,my,also,special,a,big,huge,very,again,so,once,final,sincere,warm,heartfelt next=its,their,advances,improved,improvements | mined editor family:? spinner=sciencia
many years | years | fingerprint | - | prev=1*,2*,3*,4*,5*,6*,7*,8*,9*,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,fifteen,twenty,thirty,forty,fifty,sixty,hundred,hundreds,couple | dev:S
marvel | wonder | ambiguous | v | | dev:S
matureness | maturity | ambiguous | - | | mined editor family:X sites=1
maximum instances | most cases | fingerprint | - | | mined editor family:H
may be a branch of | is a branch of | ambiguous | - | | mined editor family:O
may just | could | ambiguous | - | !next=be,as,have | family:H editor
mean | average | ambiguous | - | prev=an,connected,on | mined editor family:S
medical aid | therapy | fingerprint | n | prev=targeted,hormone,hormonal,radiation,combination,cell,antiviral,antiretroviral,photodynamic,behavioural,behavioral,occupational,speech,stem,biological,immune,laser,oxygen,insulin,steroid,antibody,adjuvant,enzyme | editor family:O sites=1
medical facility system | hospital system | ambiguous | n | | mined editor family:? sites=1
medical practioners | doctors | fingerprint | - | | mined editor family:? sites=1
meg | million | ambiguous | cs | next=years,year,bce,bc,light-years,people,dollars,euros,pounds,tons,tonnes,users,residents,kilometres,kilometers,miles,square,cubic | mined editor family:X sites=1
megrim | migraine | fingerprint | n | !near=fish,fishing,fishery,fisheries,fishermen,sole,soles,catch,catches,quota,quotas,trawl,trawler,trawlers,landings,vessel,vessels,seafood,species | editor family:O sites=1 thesaurus=mythes
meliorate | improve | fingerprint | v | | family:O editor
mental health and fitness | mental health | fingerprint | - | | family:S editor
mental perform | mental function | fingerprint | - | | mined editor family:O sites=1
meridian | climate | ambiguous | - | !prev=prime,celestial,local,central,the,greenwich !next=line,lines,arc,circle,passage,transit,crossing | mined editor family:P sites=2 spinner=autoblog2016-some-more
meridian accord | climate accord | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
meridian change | climate change | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
meridian change extent | climate change summit | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
meridian crisis | climate crisis | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
meridian discussion | climate conference | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
meridian scholarship | climate science | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
meridian scientist | climate scientist | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
meridian understanding | climate deal | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
meters longsighted | meters long | fingerprint | - | | editor family:X
meters prolonged | meters long | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
method | ministry | ambiguous | - | prev=antiquities,health,foreign,defence,defense,interior,environment,education,finance,agriculture,culture,tourism or next=says,said,pronounced,spokesman,spokeswoman,official,officials | mined editor family:P sites=1 spinner=autoblog2016-some-more
method acting | method | ambiguous | - | near=diagnose,diagnosing,diagnosis,test,tests,testing,detect,detecting,detection,measure,measuring,researchers,researcher,scientists,study,analysis,data,patients,disease,screening,sample,samples | mined editor family:S family:X
method pronounced | ministry said | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
methyl hydride | methane | fingerprint | - | | mined editor family:O sites=1
metres longsighted | metres long | fingerprint | - | | editor family:X
metres prolonged | metres long | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
metric lots | metric tons | fingerprint | - | | mined editor family:? sites=1
metrical piles | metric tons | fingerprint | - |  | mined editor family:S
microbial existence | microbial life | fingerprint | - | | mined editor family:X sites=1
middle ages environment abnormality | Medieval Climate Anomaly | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
middle assault | heart attack | fingerprint | n | | family:H editor
middle elegance | middle class | fingerprint | n | | editor family:H
middle fee | heart rate | fingerprint | n | | mined editor family:H sites=1
middle illness | heart disease | fingerprint | n | | mined editor family:H sites=1
middle magnificence | middle class | fingerprint | n | | editor family:? spinner=changed-into-its-miles
middle well being | heart health | fingerprint | - | | mined editor family:H sites=1
might got to | might need to | fingerprint | - | | mined editor family:? sites=1 spinner=predatory-try-to-to
might need been | might have been | fingerprint | - | | editor family:O sites=1
mightiness | might | fingerprint | - | | dev:O editor
mill | rock | ambiguous | - | prev=no,unconnected,surrounding,sedimentary,volcanic,igneous,molten,solid,lunar,martian,moon,hard,ancient | mined editor family:P sites=1 spinner=autoblog2016-some-more
misfortune | worst | ambiguous | - | prev=a,the,its,their,his,her,our next=strike,struck,hit,affected,impacted,wildfires,fires,disaster,disasters,drought,droughts,floods,flooding,storm,storms,outbreak,outbreaks,case,cases,year,years,day,days,earthquake,earthquakes,upheaval,trembler,quake,quakes,attack,attacks,recession,crisis,pandemic,epidemic,scenario | mined editor family:P sites=2 spinner=autoblog2016-some-more
misfortune strike | worst hit | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
mission management | mission control | ambiguous | - |  | mined editor family:O
modish | latest | ambiguous | - | prev=the,its,their,his,her | mined editor family:X
mommy | mummy | ambiguous | n | near=sarcophagus,sarcophagi,tomb,tombs,pharaoh,pharaohs,archaeologist,archaeologists,archeologist,archeologists,excavation,excavations,embalmed,mummified,necropolis,sepulchre,sepulcher,egypt,egyptian,limestone,dynasty | mined editor family:X sites=1
monolithic physical object | massive object | fingerprint | - |  | mined editor family:S
months old-fashioned | months old | fingerprint | - | | mined editor family:X sites=1
more preponderant | greater | fingerprint | - |  | mined editor family:X
more than than | more than | fingerprint | - | | mined editor family:S sites=1
mortal conditioning | human activities | fingerprint | - | | mined editor family:? sites=1 spinner=environmentjournals-mortal
mortal timescale | human timescale | fingerprint | - | | mined editor family:? sites=1 spinner=paraphraser-analogous-as
most effective be | only be | fingerprint | - | | mined editor family:? sites=1
most longer than | much longer than | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
most pace | maximum velocity | fingerprint | - | prev=at,its,their | mined editor family:H sites=1
most probably to | likely to | fingerprint | - | prev=is,are,was,were,be,been,being,seem,seems,seemed,appear,appears | mined editor family:H sites=1
motives | reasons | ambiguous | - | | dev:S
motor malady | motor neurone disease | fingerprint | - | | mined editor family:S sites=1
moving wild bird | migrating bird | ambiguous | n | | mined editor family:S sites=1
much than | more than | fingerprint | - | | mined editor family:S
mummified physique | mummified body | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
murdering | killing | ambiguous | - | near=upheaval,trembler,quake,quakes,earthquake,earthquakes,mudslide,landslide,landslides,flood,floods,floodwaters,fire,fires,blaze,blazes,storm,avalanche,explosion,crash,genocide | mined editor family:P sites=1 spinner=autoblog2016-some-more
murdering debauch | killing spree | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
must need been | must have been | fingerprint | - | | family:O editor
my ain | my own | fingerprint | - | | family:O editor
my possess | my own | fingerprint | - | | family:S editor
nan | the | ambiguous | cs | !prev=my,your,his,her,our,their,grandma,grandad,grandpa,and,a,the,nan | mined editor family:? sites=2 spinner=nan-successful
national cyclone center | National Hurricane Center | fingerprint | - | | mined editor family:O sites=1
national organizations of fitness | National Institutes of Health | fingerprint | - | | mined editor family:? sites=1 spinner=tagline-essay-spam
national space administration agency | NASA | fingerprint | - | | mined editor family:D sites=1
nationwide snowfall and ice information middle | National Snow and Ice Data Center | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2016-newsrepublica
ne'er | never | fingerprint | - | !next=do | family:O editor
near-earth items | near-Earth objects | fingerprint | - | | mined editor family:H family:I sites=2
nervous | anxious | ambiguous | - | !next=system,systems,tissue,tissues,breakdown,cell,cells | dev:H
neurological upset | neurological disorder | fingerprint | n | | mined editor family:S family:X
neutron celebrity | neutron star | fingerprint | n |  | editor family:D
neutron champion | neutron star | fingerprint | n | | mined editor family:X
new york city city | New York City | fingerprint | - | !next=hall,council,councilman,councilwoman,councilmember,college,university,planning,limits,marathon | mined editor family:? sites=1
new york city times | New York Times | fingerprint | - | !next=square | mined editor family:? sites=1
newest dimensions | latest measurements | fingerprint | - |  | mined editor family:D
newfangled field | new study | fingerprint | - |  | mined editor family:S
news launch | news release | fingerprint | - |  | mined editor family:S family:A
newshounds | reporters | ambiguous | - | prev=told,with,informed,briefed,tells,telling | mined editor family:H sites=1
next-foremost | second-leading | fingerprint | - |  | mined editor family:D
ninety | 90 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
no longer | not | ambiguous | - | | dev:H
no one-of-a-kind | no different | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2021-withinside
noetic | mental | ambiguous | - |  | mined editor family:X
non | not | ambiguous | - | prev=volition,will,tin,can,is,are,was,were,do,does,did,has,have,had,could,would,should,may,might,mightiness,probably,likelihood | dev:O editor
non exactly | not just | fingerprint | - | | mined editor family:O sites=1
non-encroaching | non-invasive | fingerprint | - | | mined editor family:S family:X
non-hispanic achromatic | non-Hispanic white | fingerprint | - | | mined editor family:S sites=1
non-public astronaut | private astronaut | fingerprint | n | | mined editor family:? sites=1 spinner=autoblog2021-withinside
none people | none of us | fingerprint | - | | mined editor family:? sites=1 spinner=spinnerchief-as-well-as
nonextant | extinct | fingerprint | - | | mined editor family:X sites=1
nonrenewable fuel source aids | fossil fuel subsidies | fingerprint | - |  | mined editor family:D
north american nation | Canada | ambiguous | - | prev=in,of,from,to,across,throughout,and,visit,visited,visiting | mined editor family:S
north post | north pole | fingerprint | - |  | mined editor family:D
nosotros | we | ambiguous | - | | mined editor family:O sites=1
not nonetheless | not yet | fingerprint | - | prev=has,have,had,is,are,was,were,does,do,did,could,would,can,will | mined editor family:P sites=1 spinner=autoblog2016-some-more
novel delhi | New Delhi | fingerprint | - | | family:O editor
novel england | New England | fingerprint | - | | dev:O
novel hampshire | New Hampshire | fingerprint | - | | family:O editor
novel jersey | New Jersey | fingerprint | - | | family:O editor
novel mexico | New Mexico | fingerprint | - | | family:O editor
novel orleans | New Orleans | fingerprint | - | | family:O editor
novel south wales | New South Wales | fingerprint | - | | family:O editor
novel york | New York | fingerprint | - | | family:O editor
novel zealand | New Zealand | fingerprint | - | | family:O editor
now not approximately | not about | fingerprint | - |  | mined editor family:H
nowadays | these days | ambiguous | - | | dev:H
nowhere to be ground | nowhere to be found | fingerprint | - | | mined editor family:X sites=1
nox sky | night sky | fingerprint | - | | mined editor family:X
nucleic elvis | nucleic acid | fingerprint | - | | editor family:S family:X
number cell | host cell | fingerprint | n | near=virus,viruses,viral,virion,virions,infect*,bacteri*,parasit*,pathogen*,phage,phages,replicat*,scourge | editor family:O sites=1
nutritionally wealthy | nutritionally rich | fingerprint | - | | mined editor family:? sites=1 spinner=tagline-essay-spam
nutritive scholarship | nutritional science | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
obscure eyeglasses | eclipse glasses | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
observance | observations | ambiguous | - | near=telescope,telescopes,astronomers,astronomer,galaxy,galaxies,coltsfoot,galax,star,stars,hubble,webb,alma,spacecraft,observatory,universe,cosmic | mined editor family:S family:X
observe to | apply to | ambiguous | - | | mined editor family:H sites=1
obviation | prevention | ambiguous | - |  | mined editor family:X
obviously | of course | ambiguous | - | | dev:K
ocean flooring | ocean floor | fingerprint | n | | editor family:? spinner=seo-autoblog-our-company
of ages aged | adults aged | fingerprint | - | | mined editor family:X sites=1
of import | important | fingerprint | - | prev=very,is,are,was,were,an,most,more,particularly,especially,extremely,really,so,too,equally,also,be,been,highly,critically,vitally,less,as,how,increasingly | family:O editor
of remaining century | of last century | fingerprint | - | | mined editor family:? sites=1 spinner=changed-into-its-miles
offers been | has been | fingerprint | - | | editor family:? spinner=possess-offers
offers fared | has fared | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
offset calendar month | first month | fingerprint | n | | mined editor family:O sites=1
oftentimes | often | ambiguous | - | | family:O editor
ofttimes | often | fingerprint | - | | family:O editor
oldsters | parents | ambiguous | - | | family:H editor
on board | aboard | ambiguous | - | | dev:D
on call online | available online | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
on document | on record | fingerprint | - | prev=year,years,month,months,day,days,decade,decades,summer,summers,winter,winters,season,seasons,ever,temperature,temperatures,warmest,hottest,coldest,wettest,driest,highest,lowest,largest,biggest,worst,best,period,periods,quarter,quarters,heatwave | mined editor family:? sites=1
on optimal of | on top of | fingerprint | - | | mined editor family:? sites=1 spinner=rewriter-in-tilde-come
on the far side | beyond | ambiguous | - | !next=of | mined editor family:O
on the opposite hand | on the other hand | fingerprint | - | !prev=ring,rings,wear,wears,wore,worn,wearing,glove,gloves,thumb,finger,fingers,it,them,one,same,placed,place,put,held,hold,holds,holding,watch,tattoo,tattoos,numbness,weakness,pain,tingling,paralysis,symptoms,located,appear,appears,appeared,occur,occurs,occurred | mined editor family:? sites=1 spinner=predatory-try-to-to
once and also for all | once and for all | fingerprint | - | | mined editor family:? sites=1 spinner=rewriter-in-tilde-come
once in the past known as | formerly known as | fingerprint | - | | mined editor family:? sites=1 spinner=hilarispublisher-understanding
once utilized in | when used in | ambiguous | - | | mined editor family:O
one in all | one of | ambiguous | - | next=the,several,many,its,their,his,her,our,these,those,a,an,each,every,most,numerous,various | mined editor family:O sites=1
one of a many | one of the most | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
one of a misfortune | one of the worst | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
one or a lot of | one or more | fingerprint | - | | mined editor family:O sites=1
one particular | one | ambiguous | - | next=will,is,was,has,had,gets,got,can,could,may,might,would,should,must,does,did,person,day,year,week,month,thing,study,more,another,other,and,in,or | dev:S
one particular of | one of | fingerprint | - | | family:S editor
onetime | former | ambiguous | - | | dev:O
onus deprivation | weight loss | fingerprint | - | | mined editor family:X sites=1
operating footwear | running shoes | fingerprint | - | | mined editor family:? sites=1 spinner=spinnerchief-as-well-as
operating rampant | running rampant | fingerprint | - | | dev:S
operating the evening shift | working the night shift | fingerprint | - |  | mined editor family:H
operative around a time | working around the clock | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
opportunist infection | opportunistic infection | fingerprint | n | | mined editor family:O sites=1
opposite | different | ambiguous | - | next=methods,types,kinds,species,approaches,techniques,strategies,versions,sizes,populations,groups,regions,areas,countries,studies,cultures,stages,forms,models,materials,environments,habitats,animals,people,shapes,levels,genes,cells,samples,sites,locations,scenarios,outcomes | mined editor family:P sites=1 spinner=autoblog2016-some-more
opposite wavelengths | different wavelengths | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
opprobrious hole | black hole | fingerprint | n | | mined editor family:X
orbit economic condition | orbit economy | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
orbital trail | orbital path | fingerprint | n | | mined editor family:H sites=1
organic structure | body | fingerprint | - | prev=human,your,our,his,her,their,whole,entire,my,healthy | family:O editor
organisation expert | Business Insider | fingerprint | - | | mined editor family:? sites=1
orphic | mysterious | ambiguous | - |  | mined editor family:S
other public's | other people's | fingerprint | - | | mined editor family:? sites=1 spinner=homoglyph-viewlivenews
other than one another | apart from each other | fingerprint | - | !prev=nobody,nothing,anyone,anybody,none,someone,everyone,one | mined editor family:N
our ain | our own | fingerprint | - | | family:O editor
our company believe | we believe | fingerprint | - | | mined editor family:? sites=1 spinner=seo-autoblog-our-company
our possess | our own | fingerprint | - | | dev:S editor
ours own | our own | fingerprint | - | | mined editor family:? sites=1 spinner=rewriter-in-tilde-come
out of achieve | out of reach | fingerprint | - | | mined editor family:H sites=1
outer arterial illness | peripheral arterial disease | fingerprint | - |  | mined editor family:D
over prison term | over time | fingerprint | - | | mined editor family:S family:X
over sized amount | large quantity | fingerprint | - | | editor family:O sites=1
overdue | late | ambiguous | - | next=closing,last,night,afternoon,evening,morning,onset,adolescence,twenties,thirties,forties,fifties,pregnancy | family:H editor
overdue closing | late last | fingerprint | - | | dev:H
overmuch | much | ambiguous | - | | mined editor family:S
own control | have held | ambiguous | - | !prev=their,his,her,its,our,my,your,own,under,of | mined editor family:O
pabulum | food | ambiguous | - |  | mined editor family:X
pace of annihilation | rate of extinction | fingerprint | - | | mined editor family:D
pace of light-weight | speed of light | fingerprint | - |  | mined editor family:D
paintings collectively | work together | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2021-withinside
pair of hrs | two hours | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
pair of millennia | two millennia | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
pals | friends | ambiguous | - | | dev:S
pass judgement on | judge | fingerprint | - | | dev:H
passed in a account | said in a statement | fingerprint | - | | mined editor family:X sites=1
passed in a statement | said in a statement | fingerprint | - | | editor family:X
past times | by | ambiguous | - | prev=funded,paid,published,written,caused,led,sponsored,conducted,supported,followed,made,done,reviewed,owned,run,influenced,affected,driven,authored,produced,developed | dev:O editor
pb writer | lead author | fingerprint | n | | mined editor family:O sites=1
peaceable setting up | still developing | fingerprint | - | | mined editor family:H sites=1
peer examine | peer review | fingerprint | - | | mined editor family:D
per centum | percent | fingerprint | - | | family:O editor
per month ago | a month ago | fingerprint | - | | mined editor family:? sites=1
percentage less likely | percent less likely | fingerprint | - | | editor family:S
percentage more likely | percent more likely | fingerprint | - | | mined editor family:S sites=1
percentages are just right | odds are good | fingerprint | - | | mined editor family:H sites=1
perceptivity | insights | ambiguous | - |  | mined editor family:S
period of your time | period of time | fingerprint | - | prev=a,the,short,long,brief,extended,given,certain,specific,prolonged,same,limited,defined,set,lengthy | mined editor family:? sites=1 spinner=predatory-is-that-the
perish younger | die young | fingerprint | - | | mined editor family:? spinner=dating-filler-seafood
perplexing | trying | ambiguous | - | next=to prev=victims,people,they,he,she,we,researchers,scientists,officials,rescuers,families,residents,authorities,who,still | mined editor family:P sites=1 spinner=autoblog2016-some-more
persecutor management | pest control | fingerprint | - | | mined editor family:O sites=1
perseverants | patients | fingerprint | - | | mined editor family:X sites=1
person | have | ambiguous | - | prev=i,we,you,they,who,researchers,scientists,bodies,studies,would,could,should,might,must,may,will,not,to next=been,go,become,studied,found,shown,seen,had,made,done,taken,given,developed,discovered,identified,observed,reported,spotted,published,used,tried,already,also,besides,never,long,lost,died,increased,grown,changed,gone,come,recovered,a,an,the,no | mined editor family:S
person to individual | person to person | fingerprint | - | | mined editor family:H
photo pleasantness | photo courtesy | fingerprint | - | | mined editor family:? sites=1
phratry | family | ambiguous | - | !near=athens,athenian,athenians,greek,greece,clan,clans,tribe,tribes,kinship,phratries | mined editor family:X sites=1
physical commotion | physical activity | fingerprint | - |  | mined editor family:X
physical indolence | physical inactivity | fingerprint | - |  | mined editor family:X
physique | body | ambiguous | - | !prev=athletic,muscular,slender,slim,lean,impressive,toned,stocky,powerful,his,her | mined editor family:P sites=2 spinner=autoblog2016-some-more
physique distance | body size | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
pitch-dark hole | black hole | fingerprint | n |  | mined editor family:S
pivotal | key | ambiguous | - | | mined editor family:P sites=3 spinner=autoblog2016-some-more
planet health organization | World Health Organization | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
plant-primarily based | plant-based | fingerprint | - | | mined editor family:? sites=1 spinner=changed-into-its-miles
plebeian era | common era | fingerprint | - | | mined editor family:X sites=1
poise a risk | pose a risk | fingerprint | v | | editor family:P spinner=autoblog2016-some-more
poise a threat | pose a threat | fingerprint | v | | editor family:P spinner=autoblog2016-some-more
polar down payment | polar deposit | fingerprint | n |  | mined editor family:D
populate | people | fingerprint | - | prev=many,most,some,young,younger,older,old,elderly,these,those,other,more,fewer,million,millions,thousands,hundreds,billion,all,sick,healthy,infected,vaccinated,the,of,poor,rich,ordinary,affected,disabled,unvaccinated,obese,overweight,diabetic | family:O editor
portliness | obesity | fingerprint | - | | mined editor family:X sites=1
possess been | have been | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
possibility | risk | ambiguous | - | prev=decrease,diminished,lower,higher,larger,greater,increased,reduced,elevated,carry,raise,raises,raised near=dementia,disease,cancer,diabetes,stroke,death,developing,growing,alzheimer's,illness | mined editor family:H
possibility component | risk factor | fingerprint | n | | mined editor family:? sites=1 spinner=double-pass-used-to-be-as-soon-as
possibility elements | risk factors | fingerprint | - | | mined editor family:H sites=1
possibly hazardous | potentially hazardous | ambiguous | - | near=asteroid,asteroids,nasa,object,objects,earth,orbit,comet,comets,flyby,space,neo,neos,cneos | mined editor family:?
potent | strong | ambiguous | - | | dev:O
potential cohort research | prospective cohort study | fingerprint | - | | mined editor family:? sites=1 spinner=tagline-essay-spam
powerfulness be | might be | fingerprint | - | | mined editor family:O sites=1
pre-industrial ranges | pre-industrial levels | fingerprint | - | | editor family:H
preference | decision | ambiguous | - | prev=final,last,adopt,adopted,adopts,make,made,makes,making,reach,reached,take,took,taken,taking,landmark,historic,court,court's,controversial,unanimous !next=for,to,over | mined editor family:P sites=3 spinner=autoblog2016-some-more
preferred owners | pet owners | fingerprint | - | | mined editor family:S family:X
preindustrial ranges | preindustrial levels | fingerprint | - | | mined editor family:H sites=1
prejudiced eclipse | partial eclipse | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
prejudiced femur | partial femur | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
prejudiced obscure | partial eclipse | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
prejudiced skeleton | partial skeleton | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
press instruction | press briefing | fingerprint | - | | mined editor family:? sites=1 spinner=entertainmenthookup
press unlock | press release | fingerprint | n | | mined editor family:H sites=1
previously decade | in the past decade | fingerprint | - | | mined editor family:H sites=1
previously few years | in the past few years | fingerprint | - | | family:H editor
Prick | Nick | ambiguous | cs | !next=the,a,an,your,my,it,them,each,all,holes,with,of,and | mined editor family:H sites=1
Princess Ontario Museum | Royal Ontario Museum | fingerprint | cs | | mined editor family:X
private got skilled | have experienced | fingerprint | - | | mined editor family:X sites=1
procure very | get very | fingerprint | - | | mined editor family:X sites=1
producing the rounds | making the rounds | fingerprint | - | | dev:S
professional person | professional | ambiguous | n | | dev:O
professor of diet | professor of nutrition | fingerprint | - | | mined editor family:H sites=1
pronounced | said | ambiguous | - | prev=he,she,they,researchers,scientists,author,authors,professor,investigators,spokesman,spokeswoman,officials,experts,queensland,warwick,university !next=dead,the,a,an,it,his,her,their,guilty,him,them | mined editor family:? sites=1
pronounced | said | ambiguous | - | !prev=a,an,more,most,less,very,so,too,particularly,especially,increasingly,some-more,many,rebate | mined editor family:P sites=6 spinner=autoblog2016-some-more
pronounced co-author | said co-author | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
pronouncing | saying | ambiguous | - | next=that | mined editor family:H sites=1
protecting tools | protective gear | fingerprint | - | | mined editor family:H
protection necessities | safety requirements | fingerprint | - |  | mined editor family:H
psychological feature | cognitive | fingerprint | - | next=impairment,impairments,decline,function,functions,functioning,abilities,ability,skills,performance,health,development,tests,test,testing,problems,deficits,changes,training,load,processes,reserve,symptoms,disorder,disorders,status,control,flexibility,behavioral,behavioural,therapy,science,neuroscience,dysfunction,damage,benefits,effects | mined editor family:O sites=1
psychological state | mental health | fingerprint | - | next=services,service,problems,problem,issues,issue,disorders,disorder,conditions,condition,care,professionals,professional,awareness,crisis,crises,support,outcomes,treatment,treatments,policy,policies,workers,nurses,nursing,apps,app,research,charity,charities,providers,provider,practitioners,clinicians,needs,difficulties,struggles,challenges,symptoms,benefits,impact,impacts,consequences,stigma,first,literacy,counselling,counseling,counsellor,counselor,counsellors,counselors,unit,units,ward,wards,team,teams,trust,trusts,act,law,laws,bill,funding,budget,resources | mined editor family:O sites=1
public health and fitness | public health | fingerprint | - | | family:S editor
public health impression | public health impact | fingerprint | - | | mined editor family:K sites=1
pump assault | heart attack | fingerprint | - | | family:O editor
pump attacks | heart attacks | fingerprint | - | | dev:O
pump charge per unit | heart rate | fingerprint | - | | family:O editor
pump disease | heart disease | fingerprint | n | | family:O editor
pump failure | heart failure | fingerprint | - | !prev=fuel,water,oil,insulin,infusion,cooling,coolant,engine,hydraulic,heat,vacuum,a,the,sump,bilge,mechanical | dev:O
pump wellness | heart health | fingerprint | - | | family:O editor
push claim | press statement | fingerprint | n | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
put up | post | ambiguous | v | !next=with,resistance,fight,money | dev:H
putrefy | decompose | ambiguous | - | near=pollution,pollutant,pollutants,adulterant,adulterants,radioactive,emission,emissions,emigrations,terrain,environment,environmental,toxic,anthropogenic | mined editor family:? sites=1 spinner=environmentjournals-mortal
quality | human | ambiguous | - | next=hands,beings,rights,body,bodies,activity,activities,population,populations,history,brain,brains,cells,species,race,nature,trafficking,impact,impacts,lives,immune,genome,evolution,ancestors,remains,behaviour,behavior,embryos,embryo | mined editor family:S
query | research | ambiguous | - | | dev:O
quiet confirmed | still showed | fingerprint | - | | mined editor family:X sites=1
quite | more than | ambiguous | - | next=two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,fifteen,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety,hundred | mined editor family:S
quite than | rather than | fingerprint | - | | mined editor family:X sites=1
quondam | former | fingerprint | - | | family:O editor
radiocommunication telescope | radio telescope | fingerprint | n | | mined editor family:X
raffles upon | draws upon | fingerprint | - | | editor family:? sites=1 spinner=blogiya-contrivance
rapacious dinosaur | predatory dinosaur | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
rapid interval | short period | ambiguous | n | | mined editor family:X sites=1
rather about a | other | ambiguous | - | prev=all,any,many,several,some,no | mined editor family:X sites=1
rattling | very | ambiguous | - | !prev=the,a,loud,constant,sabre,saber !next=sound,sounds,noise,noises,the,a,an,off,around,through,sabres,sabers,cage,chains,along,down,in,on,at | family:O editor
raw study | new study | ambiguous | - | prev=a,the next=published,found,finds,shows,suggests,says,reveals,from,in,by | mined editor family:S sites=1
reactionary powers | fossil fuels | fingerprint | - | near=energy,renewable,renewables,coal,oil,gas,carbon,emissions,solar,wind,fuel,fuels,electricity | mined editor family:? sites=1 spinner=paraphraser-analogous-as
really couple of | very few | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
really substantial telescope | Very Large Telescope | fingerprint | - | | mined editor family:D
reasons | causes | ambiguous | - | prev=it,that,which,also,often,sometimes,probably,likely,usually,commonly,virus,bacteria,drug,smoking,acrylamide,obesity,disease,stress,alcohol,sugar,inflammation,infection | dev:H
rebate than | less than | fingerprint | - | prev=is,are,was,were,be,been,much,far,slightly,no,even,or,and,still,significantly,considerably,somewhat,times,generally | editor family:P spinner=autoblog2016-some-more
receive information | get data | ambiguous | v | | dev:K
recital | performance | ambiguous | - | near=medical,procedure,procedures,surgical,surgery,surgeries,task,tasks,cognitive,athletic,academic,test,tests,exam,exams,students,clinical,imaging | mined editor family:S sites=1
recovered | found | ambiguous | - | prev=scientists,researchers,they,we,study,survey,team,authors,investigators,also,who next=that,no,evidence,significant,little,only,higher,lower,more,much,less,signs | mined editor family:S
rectangle kilometers | square kilometers | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2016-newsrepublica
rectangle miles | square miles | fingerprint | - | | editor family:? spinner=autoblog2016-newsrepublica
reddish meat | red meat | fingerprint | - | | mined editor family:? family:S sites=2 spinner=nan-successful
reduced earth orbit | low Earth orbit | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
reduced earth track | low Earth orbit | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
reduced thickness lipoprotein | low density lipoprotein | fingerprint | - |  | mined editor family:D
reduction than | less than | fingerprint | - | !prev=a,an,the,greater,bigger,larger,smaller,more,less,further,steeper,sharper,higher,lower,deeper,faster,slower,better,worse,any,this,that,its,their,his,her,our,my,your | mined editor family:P sites=1 spinner=autoblog2016-some-more
regain | found | ambiguous | - | prev=report,study,researchers,researcher,scientists,team,also,they,we,investigators,authors,survey,analysis,inquiry,research next=that,no,a,an,evidence,significant,little,higher,lower | mined editor family:S family:X
regarding to | according to | ambiguous | - | next=the,cdc,a,researchers,scientists,experts,officials,data,new,research,reports,report,study,studies | mined editor family:? sites=1 spinner=brand-new-england
regulating | using | ambiguous | - | prev=instead,researchers,scientists,astronomers,engineers,archaeologists,paleontologists,technicians,they,we,he,she,team | mined editor family:P sites=1 spinner=autoblog2016-some-more
reinforces the event | strengthens the case | fingerprint | - | | mined editor family:? sites=1 spinner=wefoundthis-single
relaxation | rest | ambiguous | - | | dev:S
reliable right away | effective immediately | fingerprint | - |  | mined editor family:D
remaining diagnosed | being diagnosed | fingerprint | - |  | mined editor family:D
remaining yr | last year | fingerprint | - | | mined editor family:H sites=1
remediable | treatable | ambiguous | - |  | mined editor family:S
remote beyond | distant past | fingerprint | - | prev=the | mined editor family:H sites=1
renewable appetite | renewable energy | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
renowned by | known by | ambiguous | - | next=the,its,their,a,an,his,her,this,that,these,those | mined editor family:O sites=1
repast | meal | ambiguous | n | | mined editor family:O sites=1
replacement coronavirus | new coronavirus | fingerprint | n | | mined editor family:? sites=1 spinner=possess-offers
replacement medical aid | replacement therapy | fingerprint | - | | mined editor family:O sites=1
research researches | studies | fingerprint | - | | mined editor family:D
research study letter | research letter | fingerprint | - | | mined editor family:? sites=1
research we're taking a look at | research we're watching | fingerprint | - | | editor family:K sites=1
research worker | researcher | ambiguous | n |  | mined editor family:S
resided and also worked | lived and worked | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
resource web link | source link | fingerprint | - | | mined editor family:D
respectable | official | ambiguous | - | next=twitter,instagram,facebook,youtube,account,accounts,website,websites,statement,statements,channel,channels,page,tally,count,records,announcement,spokesperson,spokesman,spokeswoman,site,sources | mined editor family:H sites=1
respiratory organ cancer | lung cancer | fingerprint | n | | editor family:O sites=1
revel in | experience | ambiguous | v | next=pressure,signs,symptoms,ache,aches,pain,anxiety,despair,melancholy,fatigue,side,headaches,complications,nausea,loneliness,insomnia,discomfort,stress | mined editor family:H sites=1
revolutionary building up | progressive increase | fingerprint | - | | mined editor family:H sites=1
right in to | into | ambiguous | - | | mined editor family:D
right kind | correct | ambiguous | - | !prev=the,a,an,just !next=of | mined editor family:X sites=1
right now reply to a request | immediately respond to a request | fingerprint | - | | mined editor family:H
right now reply to requests | immediately respond to requests | fingerprint | - | | mined editor family:H
right through a gathering | during a meeting | fingerprint | - |  | mined editor family:H
risk things | risk factors | fingerprint | - |  | mined editor family:D
rocket troop | rocket company | fingerprint | n | | mined editor family:X sites=1
room operations mission directorate | Space Operations Mission Directorate | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
rotundity | obesity | fingerprint | - | | mined editor family:X family:? spinner=paraphraser-blogmotivate
row after quarrel | row after row | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
safety internet | safety net | fingerprint | n | | mined editor family:? sites=1 spinner=wefoundthis-single
sanatorium | hospital | ambiguous | n | !prev=tuberculosis,tb,old,former,victorian,alpine,swiss,mountain,psychiatric,mental !near=tuberculosis,consumption,century | mined editor family:P sites=1 spinner=autoblog2016-some-more
sand down payment | sand deposit | fingerprint | n |  | mined editor family:D
scarcely finish | nearly complete | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
scenarios | cases | ambiguous | - | prev=confirmed,covid,coronavirus,covid-19,active,reported,daily,suspected,severe,mild,fatal,recorded,measles,flu,cancer,dengue,malaria,cholera,ebola,mpox,monkeypox,omicron,delta,community,imported,new !next=of,for,in,where,that,which,including,such | family:S editor
schoolhouse | school | ambiguous | n | | family:O editor
scientific discipline | science | ambiguous | n | | family:O editor
scientific exploit | scientific feat | fingerprint | n | | mined editor family:S
Scientific Research Advancements | Science Advances | fingerprint | cs | | mined editor family:? spinner=sciencia
sea flooring | sea floor | fingerprint | n | | editor family:? spinner=seo-autoblog-our-company
sector's | world's | ambiguous | - | prev=the next=oldest,largest,biggest,first,highest,deepest,longest,tallest,fastest,smallest,earliest,richest,poorest !near=industry,industries,companies,company,firms,firm,market,markets,banking,energy,oil,financial,investment,investors,revenue,profits,jobs,employer,employers,economy,economic | mined editor family:H sites=1
seductiveness | interest | ambiguous | - | next=in,rates,rate,groups,group,among | mined editor family:P sites=1 spinner=autoblog2016-some-more
seek corporate | search company | fingerprint | - |  | mined editor family:H
seek engine | search engine | fingerprint | n |  | mined editor family:H
seemingly to | likely to | fingerprint | - | prev=are,is,was,were,be,been,ar,measure,unit,very,quite,most,least,not,also,still,as !next=no,the,a,an,his,her,their,its,my,our,your,some,many,all,everyone,everybody,me,him,them,us | editor family:O family:S sites=1
self-discipline traces | field lines | fingerprint | - | | mined editor family:X sites=1
sensitivity to lightweight | sensitivity to light | fingerprint | - | | editor family:O sites=1
seventy | 70 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
shameful hole | black hole | fingerprint | n | | mined editor family:X
sharp renal failure | acute renal failure | fingerprint | - | | editor family:? sites=1 spinner=prayerstimes-garble
she incorporated. | she added. | ambiguous | - | | editor family:? spinner=seo-rewriter-actually-also
shew | show | fingerprint | v | | family:O editor
shift clear of | shift away from | fingerprint | v | | mined editor family:H sites=1
shooting celebrities | shooting stars | ambiguous | - | near=meteor,meteors,meteoroid,meteoroids,meteorite,sky,skies,night,comet,comets,shower,showers,telescope,astronomers,astronomy,celestial,orbit,atmosphere !near=paparazzi,photographer,photographers,gun,guns,gunman,shooter,police,film,filming,movie,lens,camera,photos,photographs | mined editor family:D
shortly | soon | ambiguous | - | !next=after,before,afterwards,thereafter | dev:D
should need been | should have been | fingerprint | - | | family:O editor
shut friends | close friends | fingerprint | - | prev=and,your,my,his,her,their,our,of,with,family,two,three,four,five,many,some,few,her !next=out,off,up,in,away,down,from,into | mined editor family:O sites=1
shut means | close approach | fingerprint | - | prev=its,a,the,closest,next,next-closest | mined editor family:H sites=1
side impacts | side effects | fingerprint | - |  | mined editor family:D
significant-pace | high-speed | fingerprint | - |  | mined editor family:D
signifier | pattern | ambiguous | - | | mined editor family:S
signifies pertaining to | refers to | fingerprint | - | | mined editor family:X sites=1
similar | like | ambiguous | - | next=me,you,him,her,us,them,this,that,these,those,a,an,it,the | dev:O family:S
sinister hollow | black hole | fingerprint | - |  | mined editor family:S
sixty | 60 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
skilled footballers' association | Professional Footballers' Association | fingerprint | - | | mined editor family:S sites=1
sleek biology | Current Biology | fingerprint | - | | mined editor family:X sites=1
small intestinal tract | small intestine | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog-installment-payments
smaller sized | smaller | ambiguous | - | | mined editor family:?
smart-alecky device | smart device | fingerprint | n | | editor family:X
sociable isolation | social isolation | fingerprint | - | | mined editor family:? sites=1 spinner=pahlarch-light
society | company | ambiguous | - | prev=drug,pharmaceutical,biotech,tech,insurance,oil,energy,mining | dev:O
socioeconomic elegance | socioeconomic class | fingerprint | n | | mined editor family:H sites=1
socioeconomic magnificence | socioeconomic class | fingerprint | n | | mined editor family:? sites=1 spinner=changed-into-its-miles
solar organisation | solar system | fingerprint | - |  | mined editor family:S
solar organization | solar system | fingerprint | - |  | mined editor family:S
solar program | solar system | fingerprint | - |  | mined editor family:D
solely round | only about | fingerprint | - | | mined editor family:? sites=1
solidified arteries | hardened arteries | fingerprint | - |  | mined editor family:D
some distance afield | far afield | fingerprint | - | | mined editor family:N sites=1
some of a misfortune | some of the worst | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
some thing | something | fingerprint | - | | dev:S
some-more | more | fingerprint | - | | mined editor family:P sites=9 spinner=autoblog2016-some-more
some-more mostly | more often | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
some-more new | more recent | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
sonant drink | soft drink | fingerprint | n | | mined editor family:S sites=1
sorts of | types of | ambiguous | - | prev=many,different,various,all,other,some,certain,these,those,two,three,four,several,numerous,specific,particular,most,common,new | dev:H
sound volunteers | healthy volunteers | fingerprint | - | | mined editor family:S family:X
soundless | still | ambiguous | - | prev=don't,doesn't,didn't,not,we,they,it,he,she,i,you,would,could,can,will,may,might | mined editor family:O sites=1
south usa | South America | fingerprint | cs | | mined editor family:? sites=1
southerly america | South America | fingerprint | - | | mined editor family:? sites=1 spinner=possess-offers
southward korea | South Korea | fingerprint | - | | mined editor family:X sites=1
spaceport station | Space Station | fingerprint | n | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
specie | species | ambiguous | - | prev=new,a,one,another,single,extinct,endangered,invasive,distinct | mined editor family:X
specified arsenic | such as | fingerprint | - | | mined editor family:? sites=2 spinner=nan-successful
spermatazoa whale | sperm whale | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
spiral nebula | spiral galaxy | ambiguous | - | next=ngc,messier or prev=a near=ngc,messier | mined editor family:? spinner=seo-autoblog-our-company
spiral social organization | spiral structure | fingerprint | - | | mined editor family:S family:X
spokened | said | fingerprint | - | | mined editor family:? sites=1 spinner=entertainmenthookup
spotted | saw | ambiguous | - | | dev:D
spring rooster | spring chicken | fingerprint | - | | mined editor family:H sites=1
square measure | are | fingerprint | - | !prev=a,the,in,of,per,metric,imperial,unit,units,one,each,every,any,this,its,their,our,same,standard,and,or !next=of,is,was,unit,units,per | mined editor family:O sites=1
standard of life | quality of life | ambiguous | - | !prev=higher,high,low,lower,rising,material,decent,minimum,raise,raised,raising,improve,improved | editor family:O sites=1
starting to be | becoming | ambiguous | - | | dev:S
state TELEVISION | state TV | fingerprint | cs | | mined editor family:? sites=1
state-endemic | state-owned | fingerprint | - | | mined editor family:O sites=1
stated in the statement | said in the announcement | fingerprint | - | | mined editor family:? sites=1
states | says | ambiguous | - | !prev=united,member,the,these,those,some,many,other,all,island,gulf,baltic,arab,several,both,two,three,four,five,southern,northern,eastern,western,affected,individual,various,of,in,u.s,nation,city,by,between,among,across,most,neighbouring,neighboring,african,european,asian,american,indian,mexican,australian,german,coastal,federated,malay,papal,warring,altered,mental,emotional,steady,excited,disease,brain,quantum,energy,ground,solid,liquid | dev:D
steadily referred to as | often called | fingerprint | - | | mined editor family:H sites=1
steer clear of | avoid | ambiguous | v | | family:H editor
steered | conducted | ambiguous | - | prev=had,have,has,previously,researchers,scientists,scholars,team,they,we,who,also,investigators,authors next=another,research,studies,study,experiments,experiment,trials,trial,tests,surveys,survey,interviews,analyses,analysis | mined editor family:K
stick at house | stay at home | fingerprint | - | | mined editor family:H
still because the | as well as the | ambiguous | - | | mined editor family:O sites=1
stimulate got | have | fingerprint | - | | mined editor family:O sites=1
stopping smoking cigarettes | quitting smoking | fingerprint | - |  | mined editor family:S
stove of | range of | fingerprint | - | prev=a,wide,broad,whole,full,entire,diverse,large,vast | mined editor family:O
straight impacts | directly affects | fingerprint | - | next=your,the,their,his,her,our,its,how,whether | editor family:? sites=1 spinner=dating-filler-inversion
strange | odd | ambiguous | - | | dev:D
streamer into | heading into | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
structure and performance | structure and function | ambiguous | - | near=cell,cells,gene,genes,protein,proteins,tissue,tissues,organ,organs,anatomy,biology,molecule,molecules,molecular,brain,body,organism,organisms,enzyme,enzymes,dna,rna,membrane,neuron,neurons,physiology | mined editor family:O sites=2
study research researches | research studies | fingerprint | - | | mined editor family:D
subject geographical | National Geographic | fingerprint | - | | mined editor family:X sites=1
submits | suggests | ambiguous | - | prev=study,research,evidence,findings,report,paper,analysis,data,survey,review,trial next=that | mined editor family:K
subsequent | next | ambiguous | - | next=summer,winter,spring,autumn,fall,year,week,month,day,decade,century,generation,generations,step,steps,morning,few,mission,rover,season,election,phase,stage or prev=a | mined editor family:P sites=2 spinner=autoblog2016-some-more
subsequent to | next to | ambiguous | - | prev=right,just,directly,sat,sit,sits,sitting,stood,stand,stands,standing,lie,lies,lay,lying,located,placed,buried,tears,live,lives,lived,living | mined editor family:P sites=1 spinner=autoblog2016-some-more
successful | in | ambiguous | - | next=the,a,an,this,that,these,those,his,her,their,our,its,my,your,places !prev=was,were,is,are,be,been,being,am,proved,proven,prove,proves,very,most,more,less,so,as,not,quite,highly,hugely,extremely,particularly,equally,become,became,becomes,remain,remained,remains,commercially,wildly,largely,partially,partly,fully | mined editor family:S
successful effect to | in response to | fingerprint | - | | mined editor family:S
successful nan | in the | fingerprint | - | | mined editor family:? sites=1 spinner=nan-successful
successfully being | health | fingerprint | - | prev=the,their,his,her,its,our,your,my,public,global,world,mental,physical,human,child,children's,whose,planetary | mined editor family:H sites=1
successfully-being | well-being | fingerprint | - | | mined editor family:H sites=1
such clearly as | such as | fingerprint | - | | editor family:? sites=1 spinner=autoblog2013-definitely
such every bit | such as | fingerprint | - | | family:O editor
sudden infant loss of life | sudden infant death | fingerprint | - | | mined editor family:? sites=1 spinner=brand-new-england
suffering to | struggling to | ambiguous | - | next=contain,cope,keep,find,get,make,pay,stay,survive,meet,deal,breathe,incorporate,control,manage,access,feed,afford,recover | mined editor family:? sites=1
sum obscure | total eclipse | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
supervisor archeologist | chief archaeologist | fingerprint | n | | mined editor family:X sites=1
supplemental sugars | added sugars | fingerprint | - | | mined editor family:S sites=1
surface area temperature level | surface temperature | fingerprint | - |  | mined editor family:D
surprising cardiac dying | sudden cardiac death | fingerprint | - | | mined editor family:? sites=1 spinner=quillbot-fitness-lifestyles
suspicion | thought | ambiguous | - | prev=once,previously,formerly,long,widely,originally,commonly,generally | mined editor family:P sites=2 spinner=autoblog2016-some-more
synthetic learning ability | artificial intelligence | fingerprint | - |  | mined editor family:D
systema nervosum | nervous system | fingerprint | - | !next=centrale,periphericum,autonomicum | mined editor family:O sites=1
tablet | capsule | ambiguous | n | prev=the,their,its,a,crew,dragon,orion,starliner,soyuz near=dragon,spacecraft,astronaut,astronauts,spacewalk,spacewalks,splashdown,airlock,parachute,parachutes,orbit,orbiting,re-entry,reentry,soyuz,starliner,orion | mined editor family:? sites=1 spinner=autoblog2021-withinside
take partial in | take part in | fingerprint | v | | mined editor family:P sites=1 spinner=autoblog2016-some-more
take place | happen | ambiguous | v | | dev:S
taking a trip at | traveling at | ambiguous | - | next=around,about,speeds,speed,roughly,nearly,approximately,up,some,over,more | mined editor family:?
tallest development | tallest building | fingerprint | n | | mined editor family:H sites=1
task panel | task force | ambiguous | n | prev=federal,the,a,national,government,presidential,coronavirus,covid,special,joint,independent,preventive | editor family:K
taxon | species | ambiguous | - | | mined editor family:S
tech large | tech giant | fingerprint | n |  | mined editor family:H
tele-conference | teleconference | ambiguous | n | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
tellurian | human | fingerprint | - | !next=planet,planets,world,worlds,body,bodies,warming,temperature,temperatures,economy,economic,scale,population,pandemic,market,markets,health,emissions,average,climate,meridian,trade,supply,financial,leaders,community,iron,mineral,minerals,rock,rocks,ore,ores,crust,mantle,zone,zones | mined editor family:P sites=2 spinner=autoblog2016-some-more
tellurian activity | human activity | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
tellurian being | human being | fingerprint | n | | editor family:P spinner=autoblog2016-some-more
tellurian body | human body | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
tellurian brain | human brain | fingerprint | - | | editor family:P spinner=autoblog2016-some-more
tellurian forerunner | human ancestor | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
tellurian temperature | global temperature | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
tellurian warming | global warming | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
temperature level | temperature | ambiguous | - | | mined editor family:? sites=3
temperature level adjustments | temperature changes | fingerprint | - |  | mined editor family:D
temperature level modification | temperature change | fingerprint | n | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
termed as | called | fingerprint | - | | dev:D
tested optimistic | tested positive | fingerprint | - | | family:S editor
the an initial time | the first time | fingerprint | - | | mined editor family:? sites=1 spinner=rewriter-in-tilde-come
the day gone by | yesterday | fingerprint | - | | mined editor family:H
the dominicus | the Sun | fingerprint | - |  | mined editor family:S
the experimental research of | the scientific study of | fingerprint | - | | mined editor family:? sites=1 spinner=openaccess-concern-with
the foremost massive | the most massive | fingerprint | - | | mined editor family:? spinner=sciwriter-this-particular
the full total number | the total number | fingerprint | - | | mined editor family:? sites=1
the get-go | the first | fingerprint | - | !prev=from,since,at,of,off,out,right,start,beginning | family:O editor
the great unwashed | people | ambiguous | - |  | mined editor family:S
the many engaging | the most interesting | fingerprint | - | next=thing,part,aspect,bit,feature,finding,discovery,question | mined editor family:P sites=1 spinner=autoblog2016-some-more
the moment | when | ambiguous | - | !prev=at,for,this,that,the,a,from,until,since,in,of,right,exact,very,same,historic,defining,perfect,till,by,capture,captured,seize,seized,live,lived,enjoy,enjoyed,savor,described,recalled,recalls,remember,remembers,remembered,witnessed,marked,marks,was,is,it's,that's !next=of,for,to,is,was,has,had,came,comes,arrived,arrives,will,would,could,when,where,itself,being | dev:D
the ones | those | ambiguous | - | !prev=are,were,is,was,be,being,been,only,just,exactly,not,among,of,all | dev:H
the particular | the | ambiguous | - | line-start | mined editor family:D
the period in-between | the interim | fingerprint | - | | mined editor family:H
the red world | the red planet | fingerprint | - | | mined editor family:? sites=1
the reverse associated with | the opposite of | fingerprint | - | | mined editor family:? spinner=dating-filler-seafood
the same prison term | the same time | fingerprint | - | | editor family:S family:X
the to the highest degree | the most | fingerprint | - | | family:O editor
the to the lowest degree | the least | fingerprint | - | | family:O editor
the types is | the species is | fingerprint | - | !prev=of,among,between,all,both | editor family:? sites=1 spinner=coloringpages-types
the usage of | using | ambiguous | - | prev=by,while,when,after,before,researchers,scientists,without,from,for,and,than,about,like,started,stop,stopped,start,began,avoid,avoided,recommend,recommended,continue,continued | family:H editor
the various largest | among the largest | fingerprint | - | prev=are,is,was,were,be,been,being,remain,remains,remained,rank,ranks,ranked | editor family:? spinner=pawpawgo-the-various
the various smallest | among the smallest | fingerprint | - | prev=are,is,was,were,be,been,being,remain,remains,remained,rank,ranks,ranked | editor family:? sites=1 spinner=pawpawgo-the-various
the world organization | the United Nations | fingerprint | - | !next=for,of,on,to,that,which,who,whose,health,said,says,has,have,is,was,in,and,'s | mined editor family:O sites=1
their ain | their own | fingerprint | - | | family:O editor
their possess | their own | fingerprint | - | | family:S editor
then again | however | ambiguous | - | | family:H editor
these as | such as | ambiguous | - | !prev=regard,regarded,regards,see,saw,seen,sees,view,viewed,views,treat,treated,describe,described,classify,classified,identify,identified,list,listed,count,counted,consider,considered,define,defined,use,used,label,labeled,labelled,mark,marked,recognize,recognized,report,reported,know,known,rate,rated,rank,ranked,designate,designated,interpret,interpreted,cite,cited,present,presented,flag,flagged,characterize,characterized,take,took,taken,think,thought,accept,accepted,dismiss,dismissed,all,of,with,among,both,describes,lists,uses,sees,like | family:S editor
these particular | these | ambiguous | - | | dev:D
these phones | them to | fingerprint | - | prev=enabling,enable,enables,enabled,forcing,forced,forces,force,causing,encouraging,encouraged,urging,urged,teaching,taught !next=to | mined editor family:? sites=1 spinner=autoblog2011-these-phones
thick breasts | dense breasts | ambiguous | - | near=mammogram*,cancer,screening,tissue,women | editor family:K
thirty | 30 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | dev:S
thirty day period | month | fingerprint | n | | family:S editor
this particular | this | ambiguous | - | !prev=for,in,at,on,of,with,from,to,by,about,during,under | family:D editor
though | but | ambiguous | - | !prev=even,as,and,or,if,although,though,only | mined editor family:P sites=3 spinner=autoblog2016-some-more
threat things | risk factors | fingerprint | - |  | mined editor family:D
throughout biological time | during menopause | fingerprint | - | | mined editor family:O sites=1
throughout physiological state | during pregnancy | fingerprint | - | | mined editor family:O sites=1
thru | through | ambiguous | - | | mined editor family:H
tighten to | close to | fingerprint | - | prev=is,are,was,were,be,been,being,very,so,too,as,come,comes,came,remain,remains,remained,stay,live,lives,lived,living,located,situated,sit,sits,lie,lies,get,got,gets,getting | mined editor family:P sites=1 spinner=autoblog2016-some-more
times as several | times as many | fingerprint | - | | mined editor family:D
tin | can | ambiguous | - | prev=it,you,we,they,i,he,she,which,that,who,this,what,people,patients,drugs,companies or next=be,non,not,have,bring,make,help,do,get,take,cause,lead,also,only | dev:O editor
tin be | can be | fingerprint | - | | dev:O editor
tincture fossil | trace fossil | fingerprint | n | | mined editor family:X sites=1
tip of its life | end of its life | fingerprint | - | | mined editor family:?
tip of the life cycle | end of the life cycle | fingerprint | - | | mined editor family:?
to a greater extent | more | ambiguous | - | | family:O editor
to a greater extent than | more than | ambiguous | - | | family:O editor
to a greater extent than oftentimes than non | more often than not | fingerprint | - | | editor family:O
to a greater extent than or less | more or less | fingerprint | - | | mined editor family:O sites=1
to let been | to have been | fingerprint | - | | mined editor family:X sites=1
to peer in the event that | to see if | fingerprint | - | | mined editor family:H
to rebate than | to less than | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
tonnage draw | weight gain | fingerprint | - | | mined editor family:X sites=1
topographic point | place | fingerprint | - | !next=cloud,clouds,data,map,maps,survey,surveys | family:O editor
torpedo whale | killer whale | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
transfer | move | ambiguous | - | prev=the,this,that next=was,is,comes,came,follows,followed,has,had,will,would,could,marks,means,sparked,prompted,aims,aimed | mined editor family:H
transgression president | vice president | fingerprint | n | | mined editor family:X sites=1
trembler | earthquake | ambiguous | n | near=magnitude,bulk,richter,epicenter,aftershock,aftershocks,genocide,slightest,killed,deadliest,jolted,struck,hit,upheaval,tsunami,rubble | mined editor family:P sites=2 spinner=autoblog2016-some-more
triassic duration | Triassic period | fingerprint | - | | editor family:? spinner=seo-rewriter-actually-also
triassic menses | Triassic Period | fingerprint | - | | editor family:X
truthful | so | ambiguous | - | next=when,erstwhile,that,if,far,much,many,the,we,i,they,it,he,she,you,there,this,overmuch !prev=be,is,are,was,were,been,being,more,less,very,most,not,completely,entirely,fully,always,totally,a,an,the,and | mined editor family:S
try to to | do | fingerprint | - | next=with,it,this,that,so,something,anything,everything,nothing,more,well,better,what,whatever,them | editor family:? spinner=predatory-try-to-to
turn galaxy | spiral galaxy | fingerprint | n | | mined editor family:P sites=1 spinner=autoblog2016-some-more
turned into already | was already | fingerprint | - | | mined editor family:H sites=1
tutorial degree | educational level | fingerprint | n | | mined editor family:H
twelvemonth | year | fingerprint | n | | family:O editor
twenty | 20 | ambiguous | - | !next=one,two,three,four,five,six,seven,eight,nine,first,second,third,hundred,thousand,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety | family:S editor
twenty-four hr period | day | fingerprint | - | | family:O editor
twist bloc | spin axis | fingerprint | - |  | mined editor family:S
unborn exploration | future research | fingerprint | - | | mined editor family:? sites=1 spinner=paraphraser-blogmotivate
uncaused weight loss | unintended weight loss | fingerprint | - | | mined editor family:O sites=1
unclothed hands | bare hands | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
unconcealed | revealed | ambiguous | - | | mined editor family:S
uncovered to | exposed to | fingerprint | - | | dev:S editor family:X
under no circumstances | never | ambiguous | - | prev=i,we,they,you,he,she,it,has,have,had,is,are,was,were,will,would,could,can,did,do,does,may,might,people,who,that,which | family:D editor
understood to astronomers | known to astronomers | fingerprint | - | | mined editor family:? spinner=seo-autoblog-our-company
unequivocally wish | really want | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
unexpected emergency | emergency | fingerprint | n | | family:S editor
unfold up | open up | fingerprint | v | | mined editor family:O
united state | U.S. | fingerprint | - | prev=the | mined editor family:? sites=1
universe of discourse | universe | fingerprint | - |  | mined editor family:S
unremarkably | usually | ambiguous | - | | family:O editor
unresolved around | hanging around | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
unwellness | illness | fingerprint | - | | family:O editor
up to now | ago | ambiguous | - | prev=years,months,weeks,days,decades,centuries,hours,minutes | mined editor family:H sites=1
upheaval | quake | ambiguous | - | near=magnitude,bulk,epicentre,epicenter,richter,aftershock,aftershocks,seismic,trembler,earthquake,earthquakes,tremor,tremors,rubble,quake,quakes,jolted,usgs | mined editor family:P sites=2 spinner=autoblog2016-some-more
upstage galaxy | distant galaxy | fingerprint | n | | mined editor family:S family:X
uric elvis | uric acid | fingerprint | - | | editor family:S family:X
us of a | country | fingerprint | - | prev=entire,whole,complete,this,our,their,its,his,her,every,another,neighbouring,neighboring,host,same,other | mined editor family:? sites=1
used to be | was | ambiguous | - | | family:H editor
used to be as soon as | was | fingerprint | - | !next=possible,practicable,practical,feasible | mined editor family:? sites=1 spinner=double-pass-used-to-be-as-soon-as
useless | dead | ambiguous | - | prev=sufferers,victims,patients,folks,people,bodies,residents,declared,pronounced or next=biomass,birds,bird,fish,animals,whales,dolphins,seals,bats,bees,coral,corals,trees,cattle,livestock,deer | mined editor family:A family:H
user's beam | user's guide | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
usually | only | ambiguous | - | next=about,around,recently,one,dual,two,three,four,five,six,seven,eight,nine,ten,half,twenty,thirty,forty,fifty,hundred,hundreds,dozens,slightest | mined editor family:P sites=4 spinner=autoblog2016-some-more
usually to name a few | just to name a few | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
vaccination performance | vaccine effectiveness | ambiguous | - | | mined editor family:D
vaccinum | vaccine | fingerprint | n | | family:O editor
valetudinarians | patients | fingerprint | - | | mined editor family:X sites=1
vanished varieties | extinct species | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
very couple of | very few | fingerprint | - | | mined editor family:S sites=1
very like to | very similar to | fingerprint | - | !prev=would,i'd,we'd,they'd,he'd,she'd,you'd | mined editor family:? sites=1 spinner=bestspinner-guide-author
veterinary scholarship | veterinary science | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
victimisation | using | fingerprint | - | next=a,an,either,these,this,their,its,his,her,our,your,new,different,various,advanced,data,computer,computers,machine,artificial,modern,specific,special,existing,standard | mined editor family:O sites=1
victimization | using | fingerprint | - | next=a,an,either,these,this,their,its,his,her,our,your,new,different,various,advanced,data,computer,computers,machine,artificial,modern,specific,special,existing,standard | editor family:O
virtually | about | ambiguous | - | next=the,a,an,this,that,how,what,why,it,its,their,his,her | dev:O
visual to the attention | visible to the eye | fingerprint | - | | mined editor family:?
visually perceive | see | fingerprint | - |  | mined editor family:X
vital | living | ambiguous | - | prev=people,those,persons,patients,families,children,women,men,adults,americans,residents,individuals,animals,species,we,they,who,still,currently,organisms or next=organisms,things,creatures,relatives,beings,fossil,fossils,conditions,standards,wage,quarters,memory | mined editor family:P sites=1 spinner=autoblog2016-some-more
vociferating | saying | ambiguous | - |  | mined editor family:X
volatile angina | unstable angina | fingerprint | - | | mined editor family:H sites=1
volition | will | fingerprint | - | !prev=own,of,free,their,his,her,its | dev:O editor
voluted galaxy | spiral galaxy | fingerprint | n | | mined editor family:S family:X
was as soon as | was | fingerprint | - | next=found,discovered,described,identified,known,thought,considered,used,called,named,seen,reported,made,built,developed,diagnosed,first,paged,told,given,taken,born | mined editor family:? sites=1 spinner=double-pass-used-to-be-as-soon-as
was in addition | was also | ambiguous | - | !next=to | mined editor family:K
was once | was | ambiguous | - | !next=again,more,a,an,the,one | dev:H
was once additionally | was also | fingerprint | - | | mined editor family:H
was once no longer | was not | fingerprint | - | | dev:H
was once now not | was not | fingerprint | - | | mined editor family:H
water level increase | sea level rise | ambiguous | - | near=ice,ocean,oceans,greenland,antarctica,antarctic,glacier,glaciers,coastal,climate,warming,melting,coastline,shoreline !near=lake,lakes,river,rivers,reservoir,reservoirs,dam,dams,groundwater,well,wells,tank,tanks | mined editor family:? sites=1
way before | previously | ambiguous | - | | dev:D
way during which | way in which | fingerprint | - | | mined editor family:H sites=1
ways during which | ways in which | fingerprint | - | | editor family:H
we tin | we can | fingerprint | - | | mined editor family:O
weasel household | weasel family | fingerprint | - | | mined editor family:? sites=1
weddell water | Weddell Sea | fingerprint | - | | mined editor family:? sites=1
weeks old-fashioned | weeks old | fingerprint | - | | editor family:X
weill cornell drugs | Weill Cornell Medicine | fingerprint | - | | mined editor family:H
wellness | health | ambiguous | - | !next=center,centre,centers,centres,industry,program,programs,retreat,retreats,coach,coaches,app,apps,tourism,spa | family:O editor
wellness issues | health issues | fingerprint | - |  | editor family:D
wellness problem | health problem | fingerprint | - |  | editor family:D
wellness problems | health problems | fingerprint | - |  | mined editor family:D
were in addition | were also | ambiguous | - | !next=to | mined editor family:K
what number of | how many | ambiguous | - | | mined editor family:H family:? sites=1
what the results are whenever | what happens when | fingerprint | - | | editor family:? sites=1 spinner=dating-filler-inversion
when put next with | compared with | fingerprint | - | | mined editor family:H
whiles not | without | fingerprint | - | | mined editor family:O
whilst | while | ambiguous | - | next=in,at,on,also,still,being,others,some,many,most,the,a,an,he,she,they,it,we,working,living,using,making,taking,trying,playing | mined editor family:H sites=1
whilst the typical quantity | as the average amount | fingerprint | - |  | mined editor family:H
whipped skin cream | whipped cream | fingerprint | - |  | mined editor family:D
whitethorn | may | ambiguous | cs | prev=which,it,they,this,that,who,and,we,you,he,she,there,people,group,these,those,patients,researchers | mined editor family:? sites=1 spinner=nan-successful
wide area electronic camera | Wide Field Camera | fingerprint | - | | mined editor family:? spinner=sciencia
wide studied | widely studied | fingerprint | - | prev=is,are,was,were,be,been,being,most,more,now,still,also,not,and | mined editor family:O sites=1
widespread workout | frequent exercise | fingerprint | - | | mined editor family:H
wight | creature | ambiguous | cs | prev=this,that,a,the,strange,ancient,bizarre,prehistoric near=dinosaur,dinosaurs,dragon,firedrake,fossil,fossils,species,animal,animals,paleontologists,palaeontologists,evolution,predator,prey,theropod,theropods,feathery,feathered | mined editor family:X sites=1
will probably be | will be | ambiguous | - | | mined editor family:H sites=1
with the aid of | by | ambiguous | - | prev=rose,rise,rises,rising,risen,fell,fall,falls,falling,fallen,increased,increase,increases,decreased,decrease,decreases,dropped,drop,drops,grew,grow,grows,grown,jumped,climbed,declined,surged,soared,caused,killed,announced,confirmed,reported | mined editor family:? family:H sites=2
withdrawal | leaving | ambiguous | - | prev=and,people next=many,some,dozens,hundreds,thousands,more,at,behind | mined editor family:P sites=2 spinner=autoblog2016-some-more
within the magazine | in the journal | fingerprint | - | next=nature,science,cell,plos,pnas,lancet,bmj,jama,neurology,pediatrics,circulation,cancer,proceedings,annals,current,physical,scientific,communications,frontiers,geology,astrophysical,american,british,european,international,national,journal | mined editor family:H sites=1
withinside | in | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2021-withinside
withinside the occasion of | in the event of | fingerprint | - | | mined editor family:? sites=1 spinner=autoblog2021-withinside
woebegoneness | sadness | fingerprint | - |  | mined editor family:X
workers air travel exam | Crew Flight Test | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
workers trip exam | Crew Flight Test | fingerprint | - | | mined editor family:? sites=1 spinner=seo-rewriter-actually-also
working elegance | working class | fingerprint | n | | editor family:H
working magnificence | working class | fingerprint | n | | editor family:? spinner=changed-into-its-miles
world reasonable temperature | global average temperature | fingerprint | n | | mined editor family:H sites=1
worldwide location | country | fingerprint | n | | mined editor family:H sites=1
worldwide warming | global warming | fingerprint | - |  | mined editor family:D family:A
worse nonetheless | worse still | fingerprint | - |  | mined editor family:H
would need been | would have been | fingerprint | - | | family:O editor
would per chance | will | fingerprint | - | | mined editor family:H sites=1
would possibly | might | ambiguous | - | | family:A family:H editor mined
written report | study | ambiguous | n | | family:O editor
years old-fashioned | years old | fingerprint | - | | editor family:X
years quondam | years old | fingerprint | - | | editor family:O
yesteryear | by | ambiguous | - | !prev=of,the,from,like,than,a,and,those,these,to,in,yesteryear's | editor family:O
young public | young people | ambiguous | - | !next=health,servant,servants,school,schools,sector,service,services,official,officials,figure,figures,library,libraries,broadcaster,broadcasting,media,radio,television,tv,art,arts,park,parks,policy,speaking,speaker,speakers,transport,company,companies,interest,opinion,relations,defender,defenders,prosecutor,prosecutors,university,universities,hospital,hospitals | mined editor family:? sites=1 spinner=homoglyph-viewlivenews
your ain | your own | fingerprint | - | | family:O editor
your human body | your body | fingerprint | - | | editor family:? sites=1 spinner=dating-filler-inversion
your possess | your own | fingerprint | - | | family:S editor
zero some-more than | nothing more than | fingerprint | - | | mined editor family:P sites=1 spinner=autoblog2016-some-more
