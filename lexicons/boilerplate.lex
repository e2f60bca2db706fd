# Site boilerplate as the family-A spinner renders it (medicalxpress/phys.org/techxplore footers, photo credits,
# "Source link" lines). Long entries are allowed here because the text is fixed. Format: README.md.
# spun | original | tier | flags | guard | provenance
aside from any honest dealing | apart from any fair dealing | fingerprint | - | | family:A editor
cc0 public area | CC0 Public Domain | fingerprint | - | | family:A editor
come throughout a typo | come across a typo | fingerprint | - | | family:A editor
content material's | content's | fingerprint | - | | family:A editor
data functions | information purposes | fingerprint | - | | family:A editor
data functions solely | information purposes only | fingerprint | - | | family:A editor
day by day science information | Daily science news | fingerprint | - | | family:A editor
day by day updates | daily updates | fingerprint | - | | family:A editor
discover additional | Explore further | fingerprint | - | line-start | family:A editor
editorial course of | editorial process | fingerprint | - | | family:A editor
excessive quantity of messages | high volume of messages | fingerprint | - | | family:A editor
extra data: | More information: | fingerprint | - | line-start | family:A editor
for basic inquiries | for general inquiries | fingerprint | - | | family:A editor
for basic suggestions | for general feedback | fingerprint | - | | family:A editor
functions solely | purposes only | fingerprint | - | | seed dev:A
highlighted the next attributes | highlighted the following attributes | fingerprint | - | | family:A editor
honest dealing for the aim | fair dealing for the purpose | fingerprint | - | | family:A editor
hyperlink | link | ambiguous | n | | dev:A dev:H editor
info functions solely | information purposes only | fingerprint | - | | seed dev:A
journal data: | Journal information: | fingerprint | - | line-start | family:A editor
journal info: | Journal information: | fingerprint | - | line-start | family:A editor
learn extra | read more | fingerprint | - | | family:A editor
offered by | Provided by | fingerprint | - | line-start line-end | family:A editor
offered for data | provided for information | fingerprint | - | | family:A editor
offered for info | provided for information | fingerprint | - | | family:A editor
other than any honest dealing | apart from any fair dealing | fingerprint | - | | family:A editor
other than any truthful dealing | apart from any fair dealing | fingerprint | - | | family:A editor
our contact type | our contact form | fingerprint | - | | family:A editor
particular person replies | individual replies | fingerprint | - | | family:A editor
personal examine or analysis | private study or research | fingerprint | - | | seed dev:A
photograph credit score | photo credit | fingerprint | - | | family:A editor
picture credit score | image credit | fingerprint | - | | dev:A
public feedback part | public comments section | fingerprint | - | | family:A editor
recipient's tackle | recipient's address | fingerprint | - | | family:A editor
sci-tech information protection | sci-tech news coverage | fingerprint | - | | family:A editor
science x day by day | Science X Daily | fingerprint | - | | family:A editor
share your particulars | share your details | fingerprint | - | | family:A editor
ship an edit request | send an edit request | fingerprint | - | | family:A editor
suggestions to editors | Feedback to editors | fingerprint | - | | family:A editor
supplied for data | provided for information | fingerprint | - | | family:A editor
supply hyperlink | source link | fingerprint | - | | family:A editor
this text has been reviewed | This article has been reviewed | fingerprint | - | | family:A editor
trusted supply | trusted source | fingerprint | - | !next=chain,chains | family:A editor
whereas making certain | while ensuring | fingerprint | - | | family:A editor
your suggestions is necessary | your feedback is important | fingerprint | - | | family:A editor
your tackle nor | your address nor | fingerprint | - | | family:A editor
