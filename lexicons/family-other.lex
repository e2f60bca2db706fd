# Families D (Spin Rewriter-like), H (find-out-about/lend-a-hand), K (light rewriter), O (WordNet blogspot
# spinner: inwards/as well as/at that topographic point) and S (pals/our possess/immune devices). Format: README.md.
# spun | original | tier | flags | guard | provenance
abdomen | stomach | ambiguous | - | | dev:S family:A editor
all-natural | natural | ambiguous | - | | dev:S
appear to be | seem | ambiguous | - | | dev:S
as well as | and | ambiguous | - | | dev:O
at that topographic point | there | fingerprint | - | | dev:O editor
at to the lowest degree | at least | fingerprint | - | | dev:O editor
attainable | possible | ambiguous | - | | dev:A editor
attempt and | try to | fingerprint | - | prev=to,will,would,could,should,can,we,they,you,i,must,might,may,and | dev:K
co-staff | co-workers | fingerprint | - | | dev:S
companionship | company | ambiguous | - | prev=drug,pharmaceutical,biotech,tech,the,a,insurance,mining,oil,energy | dev:O
considering that | since | ambiguous | - | | dev:S
correct aspect | right side | fingerprint | - | | dev:S
does not take place | doesn't happen | fingerprint | - | | dev:S
england magazine of medicine | England Journal of Medicine | fingerprint | - | | dev:O editor
enquiry | research | ambiguous | - | near=funded,company,companionship,drug,inwards,magazine,society | dev:O
espresso | coffee | ambiguous | n | | dev:H
find out about | study | fingerprint | - | prev=the,a,this,that,new,latest,recent,earlier,previous,another,one,large,small,separate,each,his,her,their,our,its or next=revealed,printed,published,discovered,found,suggests,authors,creator | dev:H editor
greatest pals | best friends | fingerprint | - | | dev:S
had under no circumstances | had never | fingerprint | - | | dev:D editor
has under no circumstances | has never | fingerprint | - | | dev:D editor
have under no circumstances | have never | fingerprint | - | | dev:D editor
health professionals | doctors | ambiguous | - | near=pals,possess,uncovered | dev:S
her possess | her own | fingerprint | - | | editor
his possess | his own | fingerprint | - | | editor
immune device | immune system | fingerprint | - | | editor
immune devices | immune systems | fingerprint | - | | dev:S
in all likelihood | probably | fingerprint | - | | dev:O
in no way | never | ambiguous | - | prev=i,he,she,we,they,you,who | dev:S
in the course of | throughout | ambiguous | - | | dev:S
inwards | in | fingerprint | - | next=the,a,an,this,that,these,those,his,her,their,its,our,my,your,which,order,fact,addition,particular,general,short,recent,some,many,most,all,each,every,one,two,new,medical,clinical,2010,2011,2012,2013,2014,2015,2016,2017,2018,2019,2020 !prev=turn,turned,turning,turns,look,looked,looking,looks,fold,folded,inward,outwards,move,moved,moving,moves,curl,curled,face,faced,facing,pointing,point,pointed,flow,flowing,collapse,collapsed,collapsing | dev:O editor
its possess | its own | fingerprint | - | | editor
just about | nearly | ambiguous | - | | dev:H
lend a hand | help | fingerprint | v | | dev:H editor
lent a hand | helped | fingerprint | - | | editor
lots of | many | ambiguous | - | | dev:H
magazine | journal | ambiguous | - | near=published,study,research,enquiry,medicine,medical,science,scientific,paper,article | dev:O
mightiness | might | fingerprint | - | | dev:O editor
my possess | my own | fingerprint | - | | editor
non | not | ambiguous | - | prev=volition,will,tin,can,is,are,was,were,do,does,did,has,have,had,could,would,should,may,might,mightiness,probably,likelihood | dev:O editor
novel england | New England | fingerprint | - | | dev:O
nowadays | these days | ambiguous | - | | dev:H
onetime | former | ambiguous | - | | dev:O
our possess | our own | fingerprint | - | | dev:S editor
overdue closing | late last | fingerprint | - | | dev:H
pals | friends | ambiguous | - | | dev:S
pass judgement on | judge | fingerprint | - | | dev:H
past times | by | ambiguous | - | prev=funded,paid,published,written,caused,led,sponsored,conducted,supported,followed,made,done,reviewed,owned,run,influenced,affected,driven,authored,produced,developed | dev:O editor
potent | strong | ambiguous | - | | dev:O
pump assault | heart attack | fingerprint | - | | editor
pump attacks | heart attacks | fingerprint | - | | dev:O
some thing | something | fingerprint | - | | dev:S
starting to be | becoming | fingerprint | - | | dev:S
take place | happen | ambiguous | v | | dev:S
termed as | called | fingerprint | - | | dev:D
their possess | their own | fingerprint | - | | editor
tin | can | ambiguous | - | prev=it,you,we,they,i,he,she,which,that,who,this,what,people,patients,drugs,companies or next=be,non,not,have,bring,make,help,do,get,take,cause,lead,also,only | dev:O editor
tin be | can be | fingerprint | - | | dev:O editor
uncovered to | exposed to | fingerprint | - | | dev:S editor
volition | will | fingerprint | - | !prev=own,of,free,their,his,her,its | dev:O editor
your possess | your own | fingerprint | - | | editor
