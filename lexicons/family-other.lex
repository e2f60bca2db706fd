# Families D (Spin Rewriter-like), H (find-out-about/lend-a-hand), K (light rewriter), O (WordNet blogspot
# spinner: inwards/as well as/at that topographic point) and S (pals/our possess/immune devices). Format: README.md.
# spun | original | tier | flags | guard | provenance
a good deal | plenty | ambiguous | - | !next=of,more,less,better,worse | dev:S
abdomen | stomach | ambiguous | - | | dev:S family:A editor
acquiring | getting | ambiguous | - | | dev:S
agency | way | ambiguous | - | next=in | dev:O
all-natural | natural | ambiguous | - | | dev:S
although | while | ambiguous | - | | dev:S
an issue | a problem | ambiguous | - | | dev:K
appear to be | seem | ambiguous | - | | dev:S
as a result of | through | ambiguous | - | | dev:S
as well as | and | ambiguous | - | | dev:O
assisted dwelling | assisted living | fingerprint | - | | dev:S
at that topographic point | there | fingerprint | - | | dev:O editor
at to the lowest degree | at least | fingerprint | - | | dev:O editor
attainable | possible | ambiguous | - | | dev:A editor
attainable | potential | ambiguous | - | | dev:H
attempt and | try to | fingerprint | - | prev=to,will,would,could,should,can,we,they,you,i,must,might,may,and | dev:K
bought ill | got sick | fingerprint | - | | dev:S
broader | wider | ambiguous | - | | dev:K
center assault | heart attack | fingerprint | n | | family:H editor
center charge | heart rate | fingerprint | - | | family:H editor
center failure | heart failure | fingerprint | - | | family:H editor
center illness | heart disease | fingerprint | - | | dev:H
center sickness | heart disease | fingerprint | - | | family:H editor
center well being | heart health | fingerprint | - | | family:H editor
claims | says | ambiguous | - | prev=he,she,they,who | dev:S
co-staff | co-workers | fingerprint | - | | dev:S
come with | include | ambiguous | v | !prev=to,will,would,may,might,can,could,must,should | dev:H
commonly beloved | usually love | ambiguous | - | | dev:O
companionship | company | ambiguous | - | prev=drug,pharmaceutical,biotech,tech,the,a,insurance,mining,oil,energy | dev:O
concluded college | finished school | ambiguous | - | | dev:S
considering that | since | ambiguous | - | | dev:S
correct aspect | right side | fingerprint | - | | dev:S
created | developed | ambiguous | - | prev=was,were,been,is,are,being,be,has,have,had | dev:K
does not take place | doesn't happen | fingerprint | - | | dev:S
england magazine of medicine | England Journal of Medicine | fingerprint | - | | dev:O editor
enormous | massive | ambiguous | - | | dev:D
enquiry | research | ambiguous | - | near=funded,company,companionship,drug,inwards,magazine,society | dev:O
espresso | coffee | ambiguous | n | | dev:H
espresso's | coffee's | ambiguous | - | | dev:H
expectantly | hopefully | ambiguous | - | | family:H editor
experience similar | feel like | ambiguous | - | | dev:O
experts | researchers | ambiguous | - | | dev:D
explained | said | ambiguous | - | prev=he,she,they,who | dev:K
extra time | overtime | ambiguous | - | | dev:S
find out about | study | fingerprint | - | prev=the,a,this,that,new,latest,recent,earlier,previous,another,one,large,small,separate,each,his,her,their,our,its,first,second,third,last,only,same,whole,entire,current,ongoing,major,pilot,observational or next=revealed,printed,published,discovered,found,suggests,authors,creator | dev:H editor
functioning | working | ambiguous | - | prev=was,were,is,are,been,be,am | dev:S
functions | works | ambiguous | - | prev=it,this,that,which,vaccine,drug,treatment,system,how | dev:K
give protection to | protect | ambiguous | - | | dev:H
give protection to towards | protect against | fingerprint | - | | dev:H
greatest pals | best friends | fingerprint | - | | dev:S
group | team | ambiguous | - | prev=a,the,research,scientific,our,their,his,her near=led,university,professor,researchers,scientists,institute | dev:K
guidance | support | ambiguous | - | | dev:S
had under no circumstances | had never | fingerprint | - | | dev:D editor
has under no circumstances | has never | fingerprint | - | | dev:D editor
have under no circumstances | have never | fingerprint | - | | dev:D editor
health professionals | doctors | ambiguous | - | near=pals,possess,uncovered | dev:S
her possess | her own | fingerprint | - | | family:S editor
higher education | college | ambiguous | - | | dev:S
his possess | his own | fingerprint | - | | family:S editor
idea | thought | ambiguous | - | prev=i,we,he,she,they,you,who,originally,always,first,once,never | dev:O
if truth be told | actually | ambiguous | - | | family:H editor
immune device | immune system | fingerprint | - | | family:S editor
immune devices | immune systems | fingerprint | - | | dev:S
implies | means | ambiguous | - | | dev:K
impress | print | ambiguous | - | prev=they,whatever,journals,journal,magazines,magazine,mag,papers,newspapers | dev:O
in all likelihood | probably | fingerprint | - | | dev:O
in no way | never | ambiguous | - | prev=i,he,she,we,they,you,who | dev:S
in step with | according to | ambiguous | - | !prev=be,is,are,was,were,keep,keeps,kept,keeping,stay,stays,remain,remains,move,moving,march,marching,out,not | family:H editor
in the course of | throughout | ambiguous | - | | dev:S
initial | first | ambiguous | - | prev=the,its,their,his,her,our,my | dev:K
inwards | in | fingerprint | - | next=the,a,an,this,that,these,those,his,her,their,its,our,my,your,which,order,fact,addition,particular,general,short,recent,some,many,most,all,each,every,one,two,new,medical,clinical,2010,2011,2012,2013,2014,2015,2016,2017,2018,2019,2020 !prev=turn,turned,turning,turns,look,looked,looking,looks,fold,folded,inward,outwards,move,moved,moving,moves,curl,curled,face,faced,facing,pointing,point,pointed,flow,flowing,collapse,collapsed,collapsing | dev:O editor
its possess | its own | fingerprint | - | | family:S editor
just about | nearly | ambiguous | - | | dev:H
keeping healthier | staying healthy | ambiguous | - | | dev:S
lend a hand | help | fingerprint | v | | dev:H editor
lent a hand | helped | fingerprint | - | | family:H editor
level | degree | ambiguous | - | prev=high,certain,great,greater,considerable,large,significant next=of | dev:K
lots of | many | ambiguous | - | | dev:H
magazine | journal | ambiguous | - | near=published,study,research,enquiry,medicine,medical,science,scientific,paper,article | dev:O
make stronger | strengthen | ambiguous | v | | family:H editor
marvel | wonder | ambiguous | v | | dev:S
mightiness | might | fingerprint | - | | dev:O editor
motives | reasons | ambiguous | - | | dev:S
my possess | my own | fingerprint | - | | family:S editor
nervous | anxious | ambiguous | - | !next=system,systems,tissue,tissues,breakdown,cell,cells | dev:H
no longer | not | ambiguous | - | | dev:H
non | not | ambiguous | - | prev=volition,will,tin,can,is,are,was,were,do,does,did,has,have,had,could,would,should,may,might,mightiness,probably,likelihood | dev:O editor
novel england | New England | fingerprint | - | | dev:O
nowadays | these days | ambiguous | - | | dev:H
obviously | of course | ambiguous | - | | dev:K
on board | aboard | ambiguous | - | | dev:D
onetime | former | ambiguous | - | | dev:O
our possess | our own | fingerprint | - | | dev:S editor
overdue closing | late last | fingerprint | - | | dev:H
pals | friends | ambiguous | - | | dev:S
pass judgement on | judge | fingerprint | - | | dev:H
past times | by | ambiguous | - | prev=funded,paid,published,written,caused,led,sponsored,conducted,supported,followed,made,done,reviewed,owned,run,influenced,affected,driven,authored,produced,developed | dev:O editor
potent | strong | ambiguous | - | | dev:O
pump assault | heart attack | fingerprint | - | | family:O editor
pump attacks | heart attacks | fingerprint | - | | dev:O
put up | post | ambiguous | v | !next=with,resistance,fight,money | dev:H
query | research | ambiguous | - | | dev:O
receive information | get data | ambiguous | v | | dev:K
relaxation | rest | ambiguous | - | | dev:S
shortly | soon | ambiguous | - | !next=after,before,afterwards,thereafter | dev:D
similar | like | ambiguous | - | next=me,you,him,her,us,them,this,that,these,those,a,an,it | dev:O
society | company | ambiguous | - | prev=drug,pharmaceutical,biotech,tech,insurance,oil,energy,mining | dev:O
some thing | something | fingerprint | - | | dev:S
spotted | saw | ambiguous | - | | dev:D
starting to be | becoming | fingerprint | - | | dev:S
states | says | ambiguous | - | !prev=united,member,the,these,those,some,many,other,all,island,gulf,baltic,arab,several,both,two,three,four,five,southern,northern,eastern,western,affected,individual,various,of,in,u.s,nation,city,by,between,among,across,most,neighbouring,neighboring,african,european,asian,american,indian,mexican,australian,german,coastal,federated,malay,papal,warring,altered,mental,emotional,steady,excited,disease,brain,quantum,energy,ground,solid,liquid | dev:D
steer clear of | avoid | ambiguous | v | | family:H editor
strange | odd | ambiguous | - | | dev:D
take place | happen | ambiguous | v | | dev:S
termed as | called | fingerprint | - | | dev:D
the ones | those | ambiguous | - | !prev=are,were,is,was,be,being,been,only,just,exactly,not,among,of,all | dev:H
their possess | their own | fingerprint | - | | family:S editor
then again | however | ambiguous | - | | family:H editor
tin | can | ambiguous | - | prev=it,you,we,they,i,he,she,which,that,who,this,what,people,patients,drugs,companies or next=be,non,not,have,bring,make,help,do,get,take,cause,lead,also,only | dev:O editor
tin be | can be | fingerprint | - | | dev:O editor
uncovered to | exposed to | fingerprint | - | | dev:S editor
virtually | about | ambiguous | - | next=the,a,an,this,that,how,what,why,it,its,their,his,her | dev:O
volition | will | fingerprint | - | !prev=own,of,free,their,his,her,its | dev:O editor
was once | was | ambiguous | - | !next=again,more,a,an,the,one | dev:H
was once no longer | was not | fingerprint | - | | dev:H
way before | previously | ambiguous | - | | dev:D
your possess | your own | fingerprint | - | | family:S editor
