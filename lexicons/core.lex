# Core lexicon: spinner swaps seen in the seed article and the dev corpus. Format: lexicons/README.md.
# spun | original | tier | flags | guard | provenance
a bunch of medicine | a group of drugs | fingerprint | - | | seed dev:A
ache | pain | ambiguous | n | !prev=head,stomach,back,tooth,muscle,ear | seed dev:A
ache aid | pain relief | fingerprint | - | | seed dev:A
ache circumstances | pain conditions | fingerprint | - | | seed dev:A
ache signaling | pain signaling | fingerprint | - | | seed dev:A
additionally | also | ambiguous | - | | seed dev:A
advantages | benefits | ambiguous | - | near=harm*,risk*,health*,potential,treatment*,drug*,therap* | seed dev:A
akin to | such as | ambiguous | - | | seed dev:A
antagonistic occasions | adverse events | fingerprint | - | | dev:A editor
antagonistic results | adverse effects | fingerprint | - | | seed dev:A
as a consequence of | due to | ambiguous | - | | seed dev:A
aside from any truthful dealing | apart from any fair dealing | fingerprint | - | | seed dev:A
assessment | review | ambiguous | n | !prev=risk,self,needs,formal,initial,clinical | seed dev:A
assist | help | ambiguous | v | | seed dev:A
brand new | new | ambiguous | - | | seed dev:A
carried out by | conducted by | ambiguous | - | | seed dev:A
ceaselessly | frequently | fingerprint | - | | seed dev:A
certainly one of a number of | one of several | fingerprint | - | | seed dev:A
chronic ache | chronic pain | fingerprint | - | | seed
circumstances akin to | conditions such as | fingerprint | - | | seed dev:A
co-senior creator | co-senior author | fingerprint | - | | seed dev:A
concerned in ache | involved in pain | fingerprint | - | | seed dev:A
content material | content | fingerprint | - | | seed dev:A
creator | author | ambiguous | n | prev=first,lead,senior,co-senior,corresponding,study,the,an,review,paper's or next=of | seed dev:A
credit score: | Credit: | fingerprint | - | line-start | seed dev:A
cut back | reduce | ambiguous | v | | seed dev:A
danger | risk | ambiguous | n | | seed dev:A
deal with persistent | treat chronic | fingerprint | - | | seed dev:A
depressive signs | depressive symptoms | fingerprint | - | | seed dev:A
diminished | reduced | ambiguous | - | | seed dev:A
discover | find | ambiguous | v | | seed dev:A
doc is topic to | document is subject to | fingerprint | - | | seed dev:A
dosing methods | dosing strategies | fingerprint | - | | seed
elevated danger | increased risk | fingerprint | - | | seed dev:A
establish an | identify an | ambiguous | - | near=risk,danger | seed
examine sizes | study sizes | fingerprint | - | | seed dev:A
extra info: | More information: | fingerprint | - | line-start | seed dev:A
extra proof | more evidence | fingerprint | - | | seed dev:A
first creator | first author | fingerprint | - | | seed dev:A
for the aim of | for the purpose of | fingerprint | - | | seed dev:A
generally used | commonly used | ambiguous | - | | seed dev:A
grasp whether or not | understand whether | fingerprint | - | | seed dev:A
grownup | adult | fingerprint | n | | seed dev:A
has a task in | has a role in | fingerprint | - | | seed dev:A
have been a significant concern | were a major concern | fingerprint | - | | seed dev:A
info functions | information purposes | fingerprint | - | | seed dev:A
just isn't | is not | ambiguous | - | | seed dev:A
members | participants | ambiguous | - | near=trial*,stud*,involv*,enrol*,recruit*,survey*,research*,examine,randomi*,placebo,adult,grownup,cohort | seed dev:A dev:I
methodological high quality | methodological quality | fingerprint | - | | seed dev:A
mind receptors | brain receptors | fingerprint | - | | seed dev:A
nerve ache | nerve pain | fingerprint | - | | seed dev:A
neuroscience analysis australia | Neuroscience Research Australia | fingerprint | - | | seed
no half could also be reproduced | no part may be reproduced | fingerprint | - | | seed dev:A
no research that | no studies that | ambiguous | - | | seed dev:A
persistent ache | chronic pain | fingerprint | - | | seed dev:A
personal examine | private study | fingerprint | - | | seed dev:A
present no clear | show no clear | fingerprint | - | | seed dev:A
proof | evidence | ambiguous | - | !near=theorem*,conjecture*,mathemat*,lemma,prove*,bulletproof,waterproof,alcohol | seed dev:A
quotation: | Citation: | fingerprint | - | line-start | seed dev:A
regarded on the | looked at the | fingerprint | - | | seed dev:A
revealed within the | published in the | fingerprint | - | | seed dev:A
sophisticated regional ache syndrome | complex regional pain syndrome | fingerprint | - | | seed dev:A
stated | said | ambiguous | - | | seed dev:A
sufferers | patients | ambiguous | - | | seed dev:A
supplied by | Provided by | fingerprint | - | line-start line-end | seed dev:A
supplied for info | provided for information | fingerprint | - | | seed dev:A
systematic opinions | systematic reviews | fingerprint | - | | seed dev:A
throughout numerous | across various | fingerprint | - | | seed dev:A
to deal with | to treat | ambiguous | - | near=pain,ache,disease,condition*,symptom*,patient*,sufferers | seed dev:A
truthful dealing | fair dealing | fingerprint | - | | seed dev:A
unwanted side effects have been | side effects were | fingerprint | - | | seed dev:A
whereas | while | ambiguous | - | | seed dev:A
whether or not | whether | ambiguous | - | | seed dev:A
with out the | without the | fingerprint | - | | seed dev:A
