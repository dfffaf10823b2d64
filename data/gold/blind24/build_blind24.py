#!/usr/bin/env python3
"""Build ``blind24.jsonl``: the twenty-fourth batch of blind test articles (session 16).

12 invented 2016 foreign-affairs and security stories (Syria, Iran, NATO, Russia, North Korea,
Germany, Israel) with governments named by their capitals, state news agencies, unnamed
diplomats and monitoring groups, written and annotated by a helper session that never read
claimtrace's code, tests or data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind24/build_blind24.py [--check]`` (``--check``: exit 1 if
blind24.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 24: invented 2016-style foreign-affairs / security news articles
with hand annotations of attributions (PolNeAR-style spans).

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (null source, type unknown).
* CONTENT fragments of a split quote are joined with " ++ ".
* Any field may be written "STRING@@CONTEXT": CONTEXT is a string that occurs exactly
  once in the article and contains STRING; the first occurrence of STRING inside
  CONTEXT is used.
* Without context: each content fragment must occur exactly once in the text; the cue is
  the occurrence nearest to the content (outside it); the source is the occurrence nearest
  to the cue (outside the content and the cue). Ties are an error.
* Matching respects word boundaries ("it" never matches inside "with").

All offsets are computed; every span is asserted against the text.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = {}
ANN = {}

# --------------------------------------------------------------------------- z01
ARTICLES["z01"] = """Kerry Says Syria Truce Is 'Within Reach' as Russian Jets Pound Aleppo

GENEVA - Secretary of State John Kerry said on Thursday that a nationwide cessation of hostilities in Syria could take effect within a week. Syrian government forces backed by Russian warplanes, meanwhile, pressed an offensive north of Aleppo that has sent tens of thousands of civilians toward the Turkish border.

"We are closer than we have been at any point in five years," Mr. Kerry told reporters after six hours of talks with Foreign Minister Sergey Lavrov of Russia. "But closer is not the same as done."

In a statement posted on its website, the Russian Foreign Ministry said any truce would have to exclude "terrorist groups" designated by the United Nations Security Council. Mr. Lavrov, speaking separately, said the two sides had agreed on "the principles but not yet the map."

Speaking on condition of anonymity under department rules, a senior State Department official said the main obstacle was Russia's insistence on continuing airstrikes around Aleppo until the truce began. The official said Washington believed Moscow was trying to "create facts on the ground" before the deadline.

The Syrian Observatory for Human Rights, a Britain-based monitoring group that relies on a network of activists inside the country, said at least 46 civilians had been killed in airstrikes on Thursday in the towns of Hayan and Anadan. The state news agency SANA reported that the army had "restored security and stability" to both towns. It made no mention of civilian casualties.

Opposition negotiators have said they will not return to the United Nations-led talks until the bombing stops. "How can we talk about peace while they are burying our children?" Riyad Hijab, the coordinator of the main opposition bloc, asked at a news conference in Riyadh.

Diplomats in Geneva said privately that even if a truce were announced, enforcing it would be another matter. One European diplomat involved in the talks said the monitoring mechanism was "still a sketch on a napkin." Several analysts doubt the Assad government wants a pause at all while its forces are advancing.

The White House said President Obama had spoken by phone with President Vladimir Putin on Wednesday. Josh Earnest, the White House press secretary, said the president had urged Mr. Putin to halt strikes on "moderate opposition" positions, and that Mr. Putin had not committed to doing so.
"""
ANN["z01"] = """
Says || Kerry || Syria Truce Is 'Within Reach' || named_person
said || Secretary of State John Kerry || a nationwide cessation of hostilities in Syria could take effect within a week || named_person
told || Mr. Kerry || "We are closer than we have been at any point in five years," ++ "But closer is not the same as done." || named_person
said || the Russian Foreign Ministry || any truce would have to exclude "terrorist groups" designated by the United Nations Security Council || named_org
said || Mr. Lavrov || the two sides had agreed on "the principles but not yet the map." || named_person
said || a senior State Department official || the main obstacle was Russia's insistence on continuing airstrikes around Aleppo until the truce began || anonymous
said || The official || Washington believed Moscow was trying to "create facts on the ground" before the deadline || anonymous
said || The Syrian Observatory for Human Rights, a Britain-based monitoring group that relies on a network of activists inside the country || at least 46 civilians had been killed in airstrikes on Thursday in the towns of Hayan and Anadan || named_org
reported || The state news agency SANA || the army had "restored security and stability" to both towns || media
have said || Opposition negotiators || they will not return to the United Nations-led talks until the bombing stops || anonymous
asked || Riyad Hijab, the coordinator of the main opposition bloc || "How can we talk about peace while they are burying our children?" || named_person
said privately || Diplomats in Geneva || even if a truce were announced, enforcing it would be another matter || anonymous
said || One European diplomat involved in the talks || the monitoring mechanism was "still a sketch on a napkin." || anonymous
doubt || Several analysts || the Assad government wants a pause at all while its forces are advancing || anonymous
said || The White House || President Obama had spoken by phone with President Vladimir Putin on Wednesday || named_org
said || Josh Earnest, the White House press secretary || the president had urged Mr. Putin to halt strikes on "moderate opposition" positions, and that Mr. Putin had not committed to doing so || named_person
"""

# --------------------------------------------------------------------------- z02
ARTICLES["z02"] = """Iran Deal Holds, but Sanctions Fight Looms, Officials Say

WASHINGTON - Six months after the nuclear agreement with Iran took effect, the Obama administration says Tehran has kept its side of the bargain. But a new fight over non-nuclear sanctions is threatening the accord's fragile politics.

The International Atomic Energy Agency reported last week that Iran's stockpile of low-enriched uranium remained below the 300-kilogram cap set by the deal. "Iran continues to meet its commitments," the agency's director general, Yukiya Amano, said in Vienna.

In Tehran, Foreign Minister Mohammad Javad Zarif complained that Washington was dragging its feet on sanctions relief. Iranian banks, he told the state news agency IRNA, were still being shut out of the international financial system because European lenders feared American penalties. "The United States must do more than sign papers," Mr. Zarif said.

Tehran has also insisted that its ballistic missile tests are not covered by the agreement. The Revolutionary Guards' news agency, Tasnim, reported on Monday that two more medium-range missiles had been fired from a base in the Alborz mountains.

On Capitol Hill, Republicans say the launches prove the deal was a mistake. Speaker Paul D. Ryan said the House would vote next month on a bill imposing new sanctions on Iranian entities tied to the missile program. "Iran is testing us, and we have to answer," Mr. Ryan told reporters.

The White House has warned that new sanctions could give Iran's hard-liners a pretext to walk away. Josh Earnest, the press secretary, said the president would veto "any legislation that puts the agreement at risk." Some Democrats who supported the deal, however, believe a narrowly written missile bill could pass with veto-proof margins.

A senior administration official said the Treasury Department was preparing its own, smaller list of designations "to take the air out of the congressional effort." The official spoke on condition of anonymity because he was not authorized to discuss internal deliberations.

Hillary Clinton, campaigning in Ohio, said she supported the agreement but would "distrust and verify." Donald J. Trump has said it is "the worst deal ever negotiated" and that he would rip it up on his first day in office.

For now, the inspectors remain in place. Diplomats in Vienna said the agency's next quarterly report, due in August, was expected to find Iran in compliance again.
"""
ANN["z02"] = """
Say || Officials || Iran Deal Holds, but Sanctions Fight Looms || anonymous
says || the Obama administration || Tehran has kept its side of the bargain || named_org
reported || The International Atomic Energy Agency || Iran's stockpile of low-enriched uranium remained below the 300-kilogram cap set by the deal || named_org
said || the agency's director general, Yukiya Amano || "Iran continues to meet its commitments," || named_person
complained || Foreign Minister Mohammad Javad Zarif || Washington was dragging its feet on sanctions relief || named_person
told || he || Iranian banks ++ were still being shut out of the international financial system because European lenders feared American penalties || named_person
said || Mr. Zarif || "The United States must do more than sign papers," || named_person
has also insisted || Tehran || its ballistic missile tests are not covered by the agreement || named_org
reported || The Revolutionary Guards' news agency, Tasnim || two more medium-range missiles had been fired from a base in the Alborz mountains || media
say || Republicans || the launches prove the deal was a mistake || named_org
said || Speaker Paul D. Ryan || the House would vote next month on a bill imposing new sanctions on Iranian entities tied to the missile program || named_person
told || Mr. Ryan || "Iran is testing us, and we have to answer," || named_person
has warned || The White House || new sanctions could give Iran's hard-liners a pretext to walk away || named_org
said || Josh Earnest, the press secretary || the president would veto "any legislation that puts the agreement at risk." || named_person
believe || Some Democrats who supported the deal || a narrowly written missile bill could pass with veto-proof margins || anonymous
said || A senior administration official || the Treasury Department was preparing its own, smaller list of designations "to take the air out of the congressional effort." || anonymous
said || Hillary Clinton || she supported the agreement but would "distrust and verify." || named_person
has said || Donald J. Trump || it is "the worst deal ever negotiated" and that he would rip it up on his first day in office || named_person
said || Diplomats in Vienna || the agency's next quarterly report, due in August, was expected to find Iran in compliance again || anonymous
"""

# --------------------------------------------------------------------------- z03
ARTICLES["z03"] = """NATO Summit Opens Amid Baltic Jitters Over Trump

WARSAW - Leaders of the three Baltic states said on Friday that they were "deeply concerned" by recent remarks from Donald J. Trump, as the alliance opened a two-day summit here.

In an interview with The New York Times last week, Mr. Trump said that if Russia attacked Estonia, Latvia or Lithuania, he would decide whether to come to their aid only after reviewing whether they had "fulfilled their obligations to us."

"We are not a customer, and NATO is not a protection racket," President Dalia Grybauskaite of Lithuania told reporters. "We pay in blood, too."

NATO's secretary general, Jens Stoltenberg, said the alliance's commitment to collective defense was "unconditional." He announced that the alliance would rotate four battalions, roughly 4,000 troops, through Poland and the Baltic states beginning next year.

President Obama, attending his last NATO summit, sought to reassure the allies. "I want to be absolutely clear," he said at a news conference. "The United States will always stand by our Article 5 commitments."

Moscow reacted angrily. The Kremlin's spokesman, Dmitry S. Peskov, told the Interfax news agency that Russia would take "all necessary measures" to respond, and the Russian Defense Ministry said it was moving two new divisions to its western border.

Some European officials worry privately that the troop rotations are too small to deter a determined Russian advance. A senior diplomat from a Nordic country said the battalions were "a tripwire, not a wall." A RAND Corporation study published this year concluded that Russian forces could reach the Estonian and Latvian capitals in under 60 hours.

Hillary Clinton's campaign moved quickly to exploit the episode. Her foreign policy adviser, Jake Sullivan, said Mr. Trump's remarks "would make Vladimir Putin very happy." The Trump campaign said the candidate had simply asked allies to "pay their fair share" and that the media had distorted his words.

Polish officials, for their part, were jubilant. The Polish defense minister, Antoni Macierewicz, told state radio that the American-led battalion would be based near the town of Orzysz, close to the Russian enclave of Kaliningrad. "This is the day we stopped being the alliance's buffer zone," he said.

Divisions within the alliance were also on display. The French president, Francois Hollande, cautioned that NATO should not become "an organization that decides the relations of Europe with Russia."
"""
ANN["z03"] = """
said || Leaders of the three Baltic states || they were "deeply concerned" by recent remarks from Donald J. Trump || anonymous
said || Mr. Trump || if Russia attacked Estonia, Latvia or Lithuania, he would decide whether to come to their aid only after reviewing whether they had "fulfilled their obligations to us." || named_person
told || President Dalia Grybauskaite of Lithuania || "We are not a customer, and NATO is not a protection racket," ++ "We pay in blood, too." || named_person
said || NATO's secretary general, Jens Stoltenberg || the alliance's commitment to collective defense was "unconditional." || named_person
announced || He || the alliance would rotate four battalions, roughly 4,000 troops, through Poland and the Baltic states beginning next year || named_person
said || he || "I want to be absolutely clear," ++ "The United States will always stand by our Article 5 commitments." || named_person
told || The Kremlin's spokesman, Dmitry S. Peskov || Russia would take "all necessary measures" to respond || named_person
said || the Russian Defense Ministry || it was moving two new divisions to its western border || named_org
worry privately || Some European officials || the troop rotations are too small to deter a determined Russian advance || anonymous
said || A senior diplomat from a Nordic country || the battalions were "a tripwire, not a wall." || anonymous
concluded || A RAND Corporation study published this year || Russian forces could reach the Estonian and Latvian capitals in under 60 hours || document
said || Her foreign policy adviser, Jake Sullivan || Mr. Trump's remarks "would make Vladimir Putin very happy." || named_person
said || The Trump campaign || the candidate had simply asked allies to "pay their fair share" and that the media had distorted his words || named_org
told || The Polish defense minister, Antoni Macierewicz || the American-led battalion would be based near the town of Orzysz, close to the Russian enclave of Kaliningrad || named_person
said || he || "This is the day we stopped being the alliance's buffer zone," || named_person
cautioned || The French president, Francois Hollande || NATO should not become "an organization that decides the relations of Europe with Russia." || named_person
"""

# --------------------------------------------------------------------------- z04
ARTICLES["z04"] = """North Korea Says It Tested Hydrogen Bomb; Experts Are Skeptical

SEOUL, South Korea - North Korea said on Wednesday that it had successfully tested its first hydrogen bomb, a claim that, if true, would represent a major advance in the isolated country's weapons program.

North Korean state television said the test had been ordered personally by the country's leader, Kim Jong-un, and had been "a perfect success." A government statement carried by the official Korean Central News Agency, KCNA, declared that the country now stood "in the ranks of advanced nuclear states."

The agency said the bomb was "a self-defensive measure" against the "hostile policy" of the United States, and it warned that Pyongyang would not give up its nuclear weapons "as long as the U.S. imperialists" maintained troops on the peninsula.

South Korea's meteorological agency said it had detected a magnitude 5.1 tremor near the Punggye-ri test site. The North conducted its three previous nuclear tests there. But experts in Seoul and Washington said the blast appeared far too small for a hydrogen device.

"The yield is consistent with a boosted fission device at most," said Marcus Hale, a nonproliferation analyst at the Center for Strategic and International Studies. "Calling it an H-bomb is a stretch."

Two U.S. officials familiar with the intelligence said American aircraft had been sent to collect air samples that could establish what kind of device was used. One of them said the initial seismic data "does not support the North's claim."

In Washington, the White House said the test was "a flagrant violation" of United Nations Security Council resolutions. The Pentagon said Defense Secretary Ashton B. Carter had spoken with his South Korean and Japanese counterparts. It was announced late Wednesday that the Security Council would hold an emergency session.

China, the North's main ally, said it "firmly opposed" the test and had lodged a protest with Pyongyang. Beijing has blocked tougher sanctions in the past, and Western diplomats at the United Nations said they were uncertain whether it would agree to new measures this time.

Japan's prime minister, Shinzo Abe, told lawmakers in Tokyo that his government "absolutely cannot tolerate" the test.
"""
ANN["z04"] = """
Says || North Korea@@North Korea Says || It Tested Hydrogen Bomb || named_org
said || North Korea@@North Korea said || it had successfully tested its first hydrogen bomb || named_org
said || North Korean state television || the test had been ordered personally by the country's leader, Kim Jong-un, and had been "a perfect success." || media
declared || A government statement carried by the official Korean Central News Agency, KCNA || the country now stood "in the ranks of advanced nuclear states." || document
said || The agency || the bomb was "a self-defensive measure" against the "hostile policy" of the United States || media
warned || it || Pyongyang would not give up its nuclear weapons "as long as the U.S. imperialists" maintained troops on the peninsula || media
said || South Korea's meteorological agency || it had detected a magnitude 5.1 tremor near the Punggye-ri test site || named_org
said || experts in Seoul and Washington || the blast appeared far too small for a hydrogen device || anonymous
said || Marcus Hale, a nonproliferation analyst at the Center for Strategic and International Studies || "The yield is consistent with a boosted fission device at most," ++ "Calling it an H-bomb is a stretch." || named_person
said || Two U.S. officials familiar with the intelligence || American aircraft had been sent to collect air samples that could establish what kind of device was used || anonymous
said || One of them || the initial seismic data "does not support the North's claim." || anonymous
said || the White House || the test was "a flagrant violation" of United Nations Security Council resolutions || named_org
said || The Pentagon || Defense Secretary Ashton B. Carter had spoken with his South Korean and Japanese counterparts || named_org
was announced || - || the Security Council would hold an emergency session || unknown
said || China, the North's main ally || it "firmly opposed" the test and had lodged a protest with Pyongyang || named_org
said || Western diplomats at the United Nations || they were uncertain whether it would agree to new measures this time || anonymous
told || Japan's prime minister, Shinzo Abe || his government "absolutely cannot tolerate" the test || named_person
"""

# --------------------------------------------------------------------------- z05
ARTICLES["z05"] = """Merkel Insists 'We Can Do This' as Poll Shows Support Slipping

BERLIN - Chancellor Angela Merkel on Wednesday insisted that Germany could still absorb the hundreds of thousands of migrants who have arrived over the past year.

"We can do this, and we will do this," Ms. Merkel said at a news conference in Berlin, repeating a phrase that has become both a rallying cry and a target for her critics. "Germany is a strong country."

Horst Seehofer, the Bavarian premier and leader of the Christian Social Union, has demanded that the number of new arrivals be limited to 200,000 a year. He told the newspaper Bild am Sonntag that without a cap, the government would "lose control" of the situation.

The Interior Ministry said 1.1 million asylum seekers had been registered in 2015. The ministry said the number arriving each month had fallen sharply since Balkan countries closed their borders in March. Ms. Merkel's aides think the worst of the crisis is over.

A survey by the polling institute Infratest dimap for the broadcaster ARD found that 62 percent of Germans believe the government has lost control of the refugee situation, up from 51 percent in January. According to the poll, support for the anti-immigrant Alternative for Germany party has climbed to 14 percent.

Security concerns have sharpened since the attacks in Paris. The federal prosecutor's office said on Tuesday that it had arrested a 17-year-old Syrian suspected of planning a bombing in Cologne, and Der Spiegel reported that the suspect had been in contact with an Islamic State recruiter through a messaging app.

The debate has echoed across the Atlantic. Donald J. Trump has said Ms. Merkel's policy was "insane" and that Germany was "going to hell." Hillary Clinton, by contrast, has said the chancellor showed "moral leadership" on the issue.

Officials in Berlin said they did not expect the American election to change German policy. "The chancellor does not take advice from campaign rallies," one senior government official said.

Local leaders are less sure. Boris Palmer, the Green Party mayor of Tuebingen, wrote in a newspaper column that towns like his had reached "the limits of what we can manage." Refugee groups, meanwhile, complain that asylum applications are taking as long as a year to process.
"""
ANN["z05"] = """
Insists || Merkel || 'We Can Do This' || named_person
Shows || Poll || Support Slipping || document
insisted || Chancellor Angela Merkel || Germany could still absorb the hundreds of thousands of migrants who have arrived over the past year || named_person
said || Ms. Merkel@@Ms. Merkel said || "We can do this, and we will do this," ++ "Germany is a strong country." || named_person
has demanded || Horst Seehofer, the Bavarian premier and leader of the Christian Social Union || the number of new arrivals be limited to 200,000 a year || named_person
told || He || without a cap, the government would "lose control" of the situation || named_person
said || The Interior Ministry || 1.1 million asylum seekers had been registered in 2015 || named_org
said || The ministry || the number arriving each month had fallen sharply since Balkan countries closed their borders in March || named_org
think || Ms. Merkel's aides || the worst of the crisis is over || anonymous
found || A survey by the polling institute Infratest dimap for the broadcaster ARD || 62 percent of Germans believe the government has lost control of the refugee situation, up from 51 percent in January || document
According to || the poll || support for the anti-immigrant Alternative for Germany party has climbed to 14 percent || document
said || The federal prosecutor's office || it had arrested a 17-year-old Syrian suspected of planning a bombing in Cologne || named_org
reported || Der Spiegel || the suspect had been in contact with an Islamic State recruiter through a messaging app || media
has said || Donald J. Trump || Ms. Merkel's policy was "insane" and that Germany was "going to hell." || named_person
has said || Hillary Clinton || the chancellor showed "moral leadership" on the issue || named_person
said || Officials in Berlin || they did not expect the American election to change German policy || anonymous
said || one senior government official || "The chancellor does not take advice from campaign rallies," || anonymous
wrote || Boris Palmer, the Green Party mayor of Tuebingen || towns like his had reached "the limits of what we can manage." || named_person
complain || Refugee groups || asylum applications are taking as long as a year to process || anonymous
"""

# --------------------------------------------------------------------------- z06
ARTICLES["z06"] = """Russia Behind Hack of Democrats, U.S. Officials Believe

WASHINGTON - American intelligence agencies have concluded with "high confidence" that the Russian government was behind the theft of emails from the Democratic National Committee, according to two federal officials briefed on the investigation.

The officials said it was not yet clear whether the release of the emails on the eve of the Democratic convention was ordered by the Kremlin or was the work of "freelancers" with ties to Russian intelligence. The officials spoke on condition of anonymity because the findings are classified.

The Washington Post reported on Monday, citing a person familiar with the inquiry, that the F.B.I. had traced the intrusion to two groups known to security researchers as Cozy Bear and Fancy Bear.

The Kremlin was scornful. "We are used to this," President Vladimir V. Putin's spokesman, Dmitry S. Peskov, told reporters in Moscow. "Whenever something goes wrong in America, they say it is the Russians."

Robby Mook, Hillary Clinton's campaign manager, said on Sunday that the Russians were leaking the emails "for the purpose of helping Donald Trump." The Trump campaign said the charge was "a joke."

Mr. Trump himself went further at a news conference in Florida on Wednesday. "I have no idea who did it, and neither do they," he said. "It's an excuse."

Democrats on Capitol Hill have grown impatient. Representative Adam B. Schiff of California, the top Democrat on the House Intelligence Committee, said the administration should "name and shame" the Russian government. The White House said the president would not be "rushed" into a public attribution.

Josh Earnest, the White House press secretary, said the F.B.I. was "taking this very seriously." He declined to say whether sanctions were under consideration. One former senior intelligence official said the administration feared that accusing Moscow publicly could provoke retaliation against American networks.

A report by CrowdStrike, the cybersecurity firm hired by the D.N.C. in May, found that the hackers had access to the committee's network for almost a year. The company said one of the groups had also penetrated the State Department and the Joint Chiefs of Staff in 2015.
"""
ANN["z06"] = """
Believe || U.S. Officials || Russia Behind Hack of Democrats || anonymous
according to || two federal officials briefed on the investigation || American intelligence agencies have concluded with "high confidence" that the Russian government was behind the theft of emails from the Democratic National Committee || anonymous
said || The officials@@The officials said || it was not yet clear whether the release of the emails on the eve of the Democratic convention was ordered by the Kremlin or was the work of "freelancers" with ties to Russian intelligence || anonymous
reported || The Washington Post || the F.B.I. had traced the intrusion to two groups known to security researchers as Cozy Bear and Fancy Bear || media
citing || The Washington Post || a person familiar with the inquiry || media
told || President Vladimir V. Putin's spokesman, Dmitry S. Peskov || "We are used to this," ++ "Whenever something goes wrong in America, they say it is the Russians." || named_person
said || Robby Mook, Hillary Clinton's campaign manager || the Russians were leaking the emails "for the purpose of helping Donald Trump." || named_person
said || The Trump campaign || the charge was "a joke." || named_org
said || he || "I have no idea who did it, and neither do they," ++ "It's an excuse." || named_person
said || Representative Adam B. Schiff of California, the top Democrat on the House Intelligence Committee || the administration should "name and shame" the Russian government || named_person
said || The White House@@The White House said || the president would not be "rushed" into a public attribution || named_org
said || Josh Earnest, the White House press secretary || the F.B.I. was "taking this very seriously." || named_person
said || One former senior intelligence official || the administration feared that accusing Moscow publicly could provoke retaliation against American networks || anonymous
found || A report by CrowdStrike, the cybersecurity firm hired by the D.N.C. in May || the hackers had access to the committee's network for almost a year || document
said || The company || one of the groups had also penetrated the State Department and the Joint Chiefs of Staff in 2015 || named_org
"""

# --------------------------------------------------------------------------- z07
ARTICLES["z07"] = """Netanyahu Says Obama ‘Abandoned’ Israel at U.N.

JERUSALEM — Prime Minister Benjamin Netanyahu said on Saturday that the Obama administration had “colluded” with Palestinian officials to pass a United Nations Security Council resolution on Israeli settlements, and he summoned the American ambassador for a rare Sunday meeting.

“Friends don’t take friends to the Security Council,” Mr. Netanyahu said in a statement released by his office. “Israel will not turn the other cheek.”

The resolution passed 14 to 0 on Friday after the United States abstained rather than using its veto. It demands that Israel “immediately and completely cease all settlement activities” in the occupied West Bank and East Jerusalem.

The White House denied that it had drafted the measure. Ben Rhodes, a deputy national security adviser, told reporters that the administration had acted because settlement growth was “putting the two-state solution at risk.” He said the president had made the decision himself.

A senior Israeli official, speaking on the condition of anonymity to discuss diplomatic matters, said Israel had “ironclad” information that American officials helped write the text. The official did not provide evidence.

President-elect Donald J. Trump wrote on Twitter that “things will be different after Jan. 20th.”

Republicans in Congress were furious. Senator Lindsey Graham of South Carolina said he would move to cut American funding for the United Nations, and Speaker Paul D. Ryan said the abstention was “absolutely shameful.”

Palestinian leaders were jubilant. Saeb Erekat, the chief Palestinian negotiator, said it was “a day of victory for international law.” The official Palestinian news agency, WAFA, reported that celebrations had broken out in Ramallah.

Some Israeli commentators warned that Mr. Netanyahu’s response risked isolating the country further. Haaretz, the left-leaning daily, said in an editorial that the prime minister was “picking a fight he cannot win.”

Israel’s Foreign Ministry said it had also recalled its ambassadors to New Zealand and Senegal, two of the resolution’s sponsors. The ministry said all scheduled visits by officials from those countries were canceled.

Mr. Netanyahu’s aides believe the incoming administration will move quickly to repair the damage. One of them said the prime minister had already spoken with Mr. Trump’s team about “a new chapter.”
"""
ANN["z07"] = """
Says || Netanyahu || Obama ‘Abandoned’ Israel at U.N. || named_person
said || Prime Minister Benjamin Netanyahu || the Obama administration had “colluded” with Palestinian officials to pass a United Nations Security Council resolution on Israeli settlements || named_person
said || Mr. Netanyahu@@Mr. Netanyahu said || “Friends don’t take friends to the Security Council,” ++ “Israel will not turn the other cheek.” || named_person
demands || It || Israel “immediately and completely cease all settlement activities” in the occupied West Bank and East Jerusalem || document
denied || The White House || it had drafted the measure || named_org
told || Ben Rhodes, a deputy national security adviser || the administration had acted because settlement growth was “putting the two-state solution at risk.” || named_person
said || He || the president had made the decision himself || named_person
said || A senior Israeli official || Israel had “ironclad” information that American officials helped write the text || anonymous
wrote || President-elect Donald J. Trump || “things will be different after Jan. 20th.” || named_person
said || Senator Lindsey Graham of South Carolina || he would move to cut American funding for the United Nations || named_person
said || Speaker Paul D. Ryan || the abstention was “absolutely shameful.” || named_person
said || Saeb Erekat, the chief Palestinian negotiator || it was “a day of victory for international law.” || named_person
reported || The official Palestinian news agency, WAFA || celebrations had broken out in Ramallah || media
warned || Some Israeli commentators || Mr. Netanyahu’s response risked isolating the country further || anonymous
said || Haaretz, the left-leaning daily || the prime minister was “picking a fight he cannot win.” || media
said || Israel’s Foreign Ministry || it had also recalled its ambassadors to New Zealand and Senegal, two of the resolution’s sponsors || named_org
said || The ministry || all scheduled visits by officials from those countries were canceled || named_org
believe || Mr. Netanyahu’s aides || the incoming administration will move quickly to repair the damage || anonymous
said || One of them || the prime minister had already spoken with Mr. Trump’s team about “a new chapter.” || anonymous
"""

# --------------------------------------------------------------------------- z08
ARTICLES["z08"] = """ISIS Says It Carried Out Brussels Attacks; Death Toll Rises to 31

BRUSSELS — The Islamic State said on Tuesday that its fighters had carried out the bombings at Brussels Airport and a subway station that killed at least 31 people. The group’s Amaq news agency said the attackers had targeted Belgium because it was “a crusader country” fighting the group.

Belgium’s federal prosecutor, Frédéric Van Leeuw, told a news conference that two of the attackers had been identified as the brothers Khalid and Ibrahim el-Bakraoui, both Belgian citizens with long criminal records. “We are looking for a third man,” he said. A suspect in a light jacket and hat was seen on airport surveillance footage.

Prime Minister Charles Michel said the attacks were “blind, violent and cowardly.” The government raised the terrorism threat level to its highest point.

Two American officials said the Belgian authorities had been warned months ago that the el-Bakraoui brothers posed a threat. Turkey’s president, Recep Tayyip Erdogan, said one of them had been deported from Turkey last summer and that Belgium had ignored the warning.

In Washington, President Obama, speaking from Havana, said the United States would do “whatever is necessary” to help Belgium bring those responsible to justice. The F.B.I. director, James B. Comey, said the bureau had no specific information about threats to American cities but was reviewing security at airports.

The attacks quickly became an issue in the presidential race. Donald J. Trump told Fox News that Brussels had become “a total disaster” and that the United States had to be “very, very tough” about who entered the country. Senator Ted Cruz of Texas said Europe was “paying the price for political correctness.” The senator later said he was referring to “known extremists,” not all Muslims.

Hillary Clinton said such proposals would only help the terrorists. “Demonizing Muslims is not a strategy,” she said in an interview with CNN.

European security officials said they feared more attacks. According to Belgian news media, investigators believe the Brussels cell was linked to the network that carried out the November attacks in Paris.

The political fallout in Belgium was swift. Jan Jambon, the interior minister, told Parliament that he had offered to resign but that the prime minister had refused. “In a time of war, you cannot leave the field,” Mr. Jambon said.
"""
ANN["z08"] = """
Says || ISIS || It Carried Out Brussels Attacks || named_org
said || The Islamic State || its fighters had carried out the bombings at Brussels Airport and a subway station that killed at least 31 people || named_org
said || The group’s Amaq news agency || the attackers had targeted Belgium because it was “a crusader country” fighting the group || media
told || Belgium’s federal prosecutor, Frédéric Van Leeuw || two of the attackers had been identified as the brothers Khalid and Ibrahim el-Bakraoui, both Belgian citizens with long criminal records || named_person
said || he || “We are looking for a third man,” || named_person
said || Prime Minister Charles Michel || the attacks were “blind, violent and cowardly.” || named_person
said || Two American officials || the Belgian authorities had been warned months ago that the el-Bakraoui brothers posed a threat || anonymous
said || Turkey’s president, Recep Tayyip Erdogan || one of them had been deported from Turkey last summer and that Belgium had ignored the warning || named_person
said || President Obama || the United States would do “whatever is necessary” to help Belgium bring those responsible to justice || named_person
said || The F.B.I. director, James B. Comey || the bureau had no specific information about threats to American cities but was reviewing security at airports || named_person
told || Donald J. Trump || Brussels had become “a total disaster” and that the United States had to be “very, very tough” about who entered the country || named_person
said || Senator Ted Cruz of Texas || Europe was “paying the price for political correctness.” || named_person
later said || The senator || he was referring to “known extremists,” not all Muslims || named_person
said || Hillary Clinton || such proposals would only help the terrorists || named_person
said || she || “Demonizing Muslims is not a strategy,” || named_person
said || European security officials || they feared more attacks || anonymous
According to || Belgian news media || investigators believe the Brussels cell was linked to the network that carried out the November attacks in Paris || media
told || Jan Jambon, the interior minister || he had offered to resign but that the prime minister had refused || named_person
said || Mr. Jambon || “In a time of war, you cannot leave the field,” || named_person
"""

# --------------------------------------------------------------------------- z09
ARTICLES["z09"] = """Aleppo Evacuation Stalls as Russia and Turkey Trade Blame

BEIRUT, Lebanon — The evacuation of rebel-held eastern Aleppo was suspended on Friday after gunfire along the exit route, leaving thousands of civilians stranded in freezing temperatures, according to the International Committee of the Red Cross.

The Syrian Observatory for Human Rights said buses carrying wounded fighters had been turned back at a government checkpoint. The monitoring group said it could not confirm reports that pro-government militiamen had opened fire on the convoy.

Moscow offered a different account. In a statement, the Russian Defense Ministry said “terrorists” had violated the agreement by attacking a humanitarian corridor. It said Russian military police were ready to resume the operation “as soon as the militants stop their provocations.”

Syria’s state news agency, SANA, reported that the army had taken control of the last rebel districts and that engineering units were clearing mines. The agency made no mention of the suspension.

Turkey, a broker of the deal along with Russia, said Iranian-backed militias were responsible for the breakdown. Foreign Minister Mevlut Cavusoglu told the Anadolu news agency that Ankara had raised the matter “very directly” with Moscow and Tehran.

The United Nations special envoy for Syria, Staffan de Mistura, said on Friday that about 50,000 people remained in the rebel enclave, including some 1,500 fighters. “The whole world is watching Aleppo,” he told reporters in Geneva. “We cannot afford another failure.”

At the United Nations in New York, the French ambassador, François Delattre, said Security Council members were negotiating a resolution to deploy international observers. Diplomats said Russia was expected to oppose any text that could constrain its military operations.

In Washington, Secretary of State John Kerry said the Syrian government and its allies were committing “nothing short of a massacre.” A State Department spokesman, John Kirby, said the United States was “appalled” by reports of summary executions of civilians in the neighborhoods retaken by government forces.

Residents reached by phone said conditions were desperate. “We have no bread, no fuel, nothing,” said Abu Omar, a teacher who had spent the night in an unheated bus. “People are burning their furniture to stay warm.”

Aid workers fear that the delay could prove deadly for the wounded. A doctor with the Syrian American Medical Society said at least 20 patients needed surgery that could not be performed in the enclave. The doctor spoke on condition of anonymity for fear of reprisals.
"""
ANN["z09"] = """
according to || the International Committee of the Red Cross || The evacuation of rebel-held eastern Aleppo was suspended on Friday after gunfire along the exit route, leaving thousands of civilians stranded in freezing temperatures || named_org
said || The Syrian Observatory for Human Rights || buses carrying wounded fighters had been turned back at a government checkpoint || named_org
said || The monitoring group || it could not confirm reports that pro-government militiamen had opened fire on the convoy || named_org
said || the Russian Defense Ministry || “terrorists” had violated the agreement by attacking a humanitarian corridor || named_org
said || It || Russian military police were ready to resume the operation “as soon as the militants stop their provocations.” || named_org
reported || Syria’s state news agency, SANA || the army had taken control of the last rebel districts and that engineering units were clearing mines || media
said || Turkey, a broker of the deal along with Russia || Iranian-backed militias were responsible for the breakdown || named_org
told || Foreign Minister Mevlut Cavusoglu || Ankara had raised the matter “very directly” with Moscow and Tehran || named_person
said || The United Nations special envoy for Syria, Staffan de Mistura || about 50,000 people remained in the rebel enclave, including some 1,500 fighters || named_person
told || he || “The whole world is watching Aleppo,” ++ “We cannot afford another failure.” || named_person
said || the French ambassador, François Delattre || Security Council members were negotiating a resolution to deploy international observers || named_person
said || Diplomats || Russia was expected to oppose any text that could constrain its military operations || anonymous
said || Secretary of State John Kerry || the Syrian government and its allies were committing “nothing short of a massacre.” || named_person
said || A State Department spokesman, John Kirby || the United States was “appalled” by reports of summary executions of civilians in the neighborhoods retaken by government forces || named_person
said || Residents reached by phone || conditions were desperate || anonymous
said || Abu Omar, a teacher who had spent the night in an unheated bus || “We have no bread, no fuel, nothing,” ++ “People are burning their furniture to stay warm.” || named_person
fear || Aid workers || the delay could prove deadly for the wounded || anonymous
said || A doctor with the Syrian American Medical Society || at least 20 patients needed surgery that could not be performed in the enclave || anonymous
"""

# --------------------------------------------------------------------------- z10
ARTICLES["z10"] = """Republicans Say $400 Million Payment to Iran Was a Ransom

WASHINGTON — The Obama administration secretly arranged to fly $400 million in cash to Iran on the same day in January that Tehran released four detained Americans, The Wall Street Journal reported on Wednesday.

The money, in euros, Swiss francs and other currencies, was flown to Tehran on an unmarked cargo plane, according to the newspaper.

Administration officials insisted that the payment was not a ransom. They said it was the first installment of a $1.7 billion settlement of a decades-old dispute over a failed arms sale to the shah’s government before the 1979 revolution.

“This was not a secret deal,” the State Department spokesman, John Kirby, told reporters. “The timing was a matter of circumstance, not leverage.”

Josh Earnest, the White House press secretary, said the administration had announced the settlement publicly in January.

Republicans were unconvinced. Speaker Paul D. Ryan said the report, if true, confirmed “what we suspected all along.” Senator Tom Cotton of Arkansas said the administration had paid “a ransom to the world’s worst state sponsor of terrorism” and had put “a price on the head of every American abroad.”

Gen. Mohammad Reza Naqdi, a commander of the Basij militia, told the semiofficial Tasnim news agency that the cash had been paid “for the release of the spies.” Iran’s Foreign Ministry said the payment was Iran’s “own money” and that Washington had owed it for nearly four decades.

Donald J. Trump was in Daytona Beach, Fla., for a rally on Wednesday night. “Our incompetent president gave them $400 million in cash,” he said. “Who does that?”

The Clinton campaign said Mrs. Clinton had left the State Department before the settlement was negotiated. Her spokesman, Brian Fallon, said she had “no involvement whatsoever” in the payment.

A senior Justice Department official told the Journal that career prosecutors had raised objections to the timing of the payment. The official was not named because he was not authorized to discuss the matter.

The issue is unlikely to fade soon. Senator Bob Corker of Tennessee, the Republican chairman of the Foreign Relations Committee, said his staff was seeking documents on the transfer, and an aide to Mr. Corker said a hearing could be held as early as September.
"""
ANN["z10"] = """
Say || Republicans || $400 Million Payment to Iran Was a Ransom || named_org
reported || The Wall Street Journal || The Obama administration secretly arranged to fly $400 million in cash to Iran on the same day in January that Tehran released four detained Americans || media
according to || the newspaper || The money, in euros, Swiss francs and other currencies, was flown to Tehran on an unmarked cargo plane || media
insisted || Administration officials || the payment was not a ransom || anonymous
said || They || it was the first installment of a $1.7 billion settlement of a decades-old dispute over a failed arms sale to the shah’s government before the 1979 revolution || anonymous
told || the State Department spokesman, John Kirby || “This was not a secret deal,” ++ “The timing was a matter of circumstance, not leverage.” || named_person
said || Josh Earnest, the White House press secretary || the administration had announced the settlement publicly in January || named_person
said || Speaker Paul D. Ryan || the report, if true, confirmed “what we suspected all along.” || named_person
said || Senator Tom Cotton of Arkansas || the administration had paid “a ransom to the world’s worst state sponsor of terrorism” and had put “a price on the head of every American abroad.” || named_person
told || Gen. Mohammad Reza Naqdi, a commander of the Basij militia || the cash had been paid “for the release of the spies.” || named_person
said || Iran’s Foreign Ministry || the payment was Iran’s “own money” and that Washington had owed it for nearly four decades || named_org
said || he || “Our incompetent president gave them $400 million in cash,” ++ “Who does that?” || named_person
said || The Clinton campaign || Mrs. Clinton had left the State Department before the settlement was negotiated || named_org
said || Her spokesman, Brian Fallon || she had “no involvement whatsoever” in the payment || named_person
told || A senior Justice Department official || career prosecutors had raised objections to the timing of the payment || anonymous
said || Senator Bob Corker of Tennessee, the Republican chairman of the Foreign Relations Committee || his staff was seeking documents on the transfer || named_person
said || an aide to Mr. Corker || a hearing could be held as early as September || anonymous
"""

# --------------------------------------------------------------------------- z11
ARTICLES["z11"] = """Erdogan Says U.S. Must Hand Over Gulen

ISTANBUL — President Recep Tayyip Erdogan said on Monday that the United States must extradite Fethullah Gulen, a Muslim cleric who lives in Pennsylvania, and warned that relations between the two NATO allies would suffer if Washington refused.

“If you are our strategic partner, you will give us this man,” Mr. Erdogan told a crowd outside his palace in Ankara. “We will not beg.”

Mr. Gulen has lived in self-imposed exile in the Poconos since 1999. He has denied that he played any role in the uprising. In a rare interview with reporters at his compound, he said he had “condemned the coup in the strongest terms” and suggested that the government itself might have staged it.

The Turkish government said it had sent four dossiers of evidence to the Justice Department. A Justice Department spokesman said the request would be evaluated “under the terms of the extradition treaty, like any other.”

Secretary of State John Kerry said Turkey should respect the rule of law in its crackdown. More than 7,500 soldiers, judges and police officers have been detained, according to the state-run Anadolu news agency. Mr. Kerry said the United States would need “genuine evidence, not allegations” before acting on the extradition request.

Turkish officials have also suggested that American officers at the Incirlik air base had advance knowledge of the plot. The base is used for strikes against the Islamic State. Prime Minister Binali Yildirim said any country that stood with Mr. Gulen would be considered “at war with Turkey.”

The Pentagon said power had been cut to the base and that American aircraft had been grounded for several days. A defense official said operations against the Islamic State had resumed on Sunday.

Analysts in Washington said the dispute could not have come at a worse time. “Turkey is the linchpin of the coalition,” said Leyla Aksoy, a Turkey specialist at the Brookings Institution. “Without Incirlik, the air campaign gets much harder.”

In Europe, the reaction was sharper. The European Union’s foreign policy chief, Federica Mogherini, said Turkey could not join the bloc if it reinstated the death penalty. Mr. Erdogan has said he would approve capital punishment if Parliament voted for it. Germany’s foreign ministry said it was “deeply worried” by the scale of the purge.
"""
ANN["z11"] = """
Says || Erdogan || U.S. Must Hand Over Gulen || named_person
said || President Recep Tayyip Erdogan || the United States must extradite Fethullah Gulen, a Muslim cleric who lives in Pennsylvania || named_person
warned || President Recep Tayyip Erdogan || relations between the two NATO allies would suffer if Washington refused || named_person
told || Mr. Erdogan@@Mr. Erdogan told || “If you are our strategic partner, you will give us this man,” ++ “We will not beg.” || named_person
has denied || He@@He has denied || he played any role in the uprising || named_person
said || he@@compound, he said || he had “condemned the coup in the strongest terms” || named_person
suggested || he@@compound, he said || the government itself might have staged it || named_person
said || The Turkish government || it had sent four dossiers of evidence to the Justice Department || named_org
said || A Justice Department spokesman || the request would be evaluated “under the terms of the extradition treaty, like any other.” || anonymous
said || Secretary of State John Kerry || Turkey should respect the rule of law in its crackdown || named_person
according to || the state-run Anadolu news agency || More than 7,500 soldiers, judges and police officers have been detained || media
said || Mr. Kerry || the United States would need “genuine evidence, not allegations” before acting on the extradition request || named_person
have also suggested || Turkish officials || American officers at the Incirlik air base had advance knowledge of the plot || anonymous
said || Prime Minister Binali Yildirim || any country that stood with Mr. Gulen would be considered “at war with Turkey.” || named_person
said || The Pentagon || power had been cut to the base and that American aircraft had been grounded for several days || named_org
said || A defense official || operations against the Islamic State had resumed on Sunday || anonymous
said || Analysts in Washington || the dispute could not have come at a worse time || anonymous
said || Leyla Aksoy, a Turkey specialist at the Brookings Institution || “Turkey is the linchpin of the coalition,” ++ “Without Incirlik, the air campaign gets much harder.” || named_person
said || The European Union’s foreign policy chief, Federica Mogherini || Turkey could not join the bloc if it reinstated the death penalty || named_person
has said || Mr. Erdogan@@Mr. Erdogan has said || he would approve capital punishment if Parliament voted for it || named_person
said || Germany’s foreign ministry || it was “deeply worried” by the scale of the purge || named_org
"""

# --------------------------------------------------------------------------- z12
ARTICLES["z12"] = """Pence Takes a Harder Line on Russia Than Trump

WASHINGTON — Gov. Mike Pence of Indiana, Donald J. Trump’s running mate, said on Wednesday that Russia should face “severe consequences” for its role in the Syrian war, opening a rare gap with the top of the ticket.

“Vladimir Putin is a bully, and bullies respect strength,” Mr. Pence told reporters in Richmond, Va. “Weakness invites aggression.”

Mr. Trump, by contrast, has repeatedly said that he would “get along” with Mr. Putin and that the United States should work with Russia to defeat the Islamic State. At a rally in Nevada on Wednesday night, he said he and his running mate “disagree a little” but that he was “the one at the top of the ticket.”

Senator Tim Kaine of Virginia, the Democratic vice-presidential nominee, said the split showed that the Republican ticket had “no coherent policy” on Russia.

In Moscow, Mr. Putin’s spokesman, Dmitry S. Peskov, said the Kremlin “does not interfere” in American elections and regarded both candidates’ statements about Russia as “campaign rhetoric.”

Russian state television has been far less neutral. Rossiya 1, the main state channel, has described Mr. Trump as a “realist” who would end the “anti-Russian hysteria” in Washington, according to a review of its broadcasts by the Atlantic Council, a research group.

American intelligence officials have told members of Congress that they believe Russia is trying to influence the election, according to two congressional aides who attended the briefings. The aides said the officials had not concluded that Moscow favored either candidate.

Hillary Clinton has said that Mr. Putin would rather have “a puppet” in the White House. Her campaign chairman, John D. Podesta, said on Thursday that Mr. Pence had “spoken the truth by accident.”

A Pew Research Center survey released last month found that 63 percent of Republicans view Russia unfavorably, down from 73 percent two years ago.

Some Republican foreign policy veterans said privately that they were alarmed. “There is no daylight between Putin’s talking points and Trump’s,” one former State Department official under President George W. Bush said.

Mr. Pence, for his part, played down the rift on Thursday. He told Fox News that he and Mr. Trump were “in complete agreement” on the need to rebuild the military, and he said the Trump campaign would release a detailed plan for defeating the Islamic State “in the coming weeks.”
"""
ANN["z12"] = """
said || Gov. Mike Pence of Indiana, Donald J. Trump’s running mate || Russia should face “severe consequences” for its role in the Syrian war || named_person
told || Mr. Pence@@Mr. Pence told || “Vladimir Putin is a bully, and bullies respect strength,” ++ “Weakness invites aggression.” || named_person
has repeatedly said || Mr. Trump@@Mr. Trump, by contrast || he would “get along” with Mr. Putin and that the United States should work with Russia to defeat the Islamic State || named_person
said || he@@night, he said || he and his running mate “disagree a little” but that he was “the one at the top of the ticket.” || named_person
said || Senator Tim Kaine of Virginia, the Democratic vice-presidential nominee || the split showed that the Republican ticket had “no coherent policy” on Russia || named_person
said || Mr. Putin’s spokesman, Dmitry S. Peskov || the Kremlin “does not interfere” in American elections and regarded both candidates’ statements about Russia as “campaign rhetoric.” || named_person
according to || a review of its broadcasts by the Atlantic Council, a research group || Rossiya 1, the main state channel, has described Mr. Trump as a “realist” who would end the “anti-Russian hysteria” in Washington || document
according to || two congressional aides who attended the briefings || American intelligence officials have told members of Congress that they believe Russia is trying to influence the election || anonymous
said || The aides || the officials had not concluded that Moscow favored either candidate || anonymous
has said || Hillary Clinton || Mr. Putin would rather have “a puppet” in the White House || named_person
said || Her campaign chairman, John D. Podesta || Mr. Pence had “spoken the truth by accident.” || named_person
found || A Pew Research Center survey released last month || 63 percent of Republicans view Russia unfavorably, down from 73 percent two years ago || document
said privately || Some Republican foreign policy veterans || they were alarmed || anonymous
said@@Bush said || one former State Department official under President George W. Bush || “There is no daylight between Putin’s talking points and Trump’s,” || anonymous
told || He@@He told Fox || he and Mr. Trump were “in complete agreement” on the need to rebuild the military || named_person
said || he@@and he said || the Trump campaign would release a detailed plan for defeating the Islamic State “in the coming weeks.” || named_person
"""

# =========================================================================== engine
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"
STRAIGHT = "\"'"


def _isword(ch):
    return ch.isalnum() or ch == "_"


def find_all(text, s):
    """All start offsets of s in text, respecting word boundaries at alnum edges."""
    out = []
    i = text.find(s)
    while i != -1:
        ok = True
        if _isword(s[0]) and i > 0 and _isword(text[i - 1]):
            ok = False
        j = i + len(s)
        if _isword(s[-1]) and j < len(text) and _isword(text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def dist(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def resolve(text, field, near=None, exclude=(), where=""):
    if "@@" in field:
        s, ctx = field.split("@@", 1)
        cpos = find_all(text, ctx)
        assert len(cpos) == 1, f"{where}: context {ctx!r} occurs {len(cpos)} times"
        k = ctx.find(s)
        assert k != -1, f"{where}: {s!r} not in context {ctx!r}"
        st = cpos[0] + k
        span = (st, st + len(s))
        assert not any(overlaps(span, e) for e in exclude), f"{where}: {s!r} overlaps excluded span"
        return span
    cands = [(i, i + len(field)) for i in find_all(text, field)]
    cands = [c for c in cands if not any(overlaps(c, e) for e in exclude)]
    assert cands, f"{where}: {field!r} not found"
    if near is None:
        assert len(cands) == 1, f"{where}: {field!r} occurs {len(cands)} times; give a context"
        return cands[0]
    ds = sorted((dist(c, near), c) for c in cands)
    assert len(ds) == 1 or ds[0][0] < ds[1][0], f"{where}: tie for {field!r}; give a context"
    return ds[0][1]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(block):
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, f"bad line: {line}"
        rows.append(parts)
    return rows


def build_doc(doc_id, text):
    atts = []
    for cue_f, src_f, con_f, typ in parse_ann(ANN[doc_id]):
        where = f"{doc_id} [{cue_f} | {con_f[:40]}]"
        assert typ in TYPES, where
        frags = [resolve(text, f.strip(), where=where) for f in con_f.split(" ++ ")]
        for a, b in zip(frags, frags[1:], strict=False):
            assert a[1] <= b[0], f"{where}: fragments out of order"
        whole = (frags[0][0], frags[-1][1])
        cue = resolve(text, cue_f, near=whole, exclude=frags, where=where)
        if src_f == "-":
            src = None
            assert typ == "unknown", where
        else:
            src = resolve(text, src_f, near=cue, exclude=frags + [cue], where=where)
        for se in frags:
            c = text[se[0]:se[1]]
            assert c == c.strip(), f"{where}: content has outer whitespace"
            assert not c.lower().startswith("that "), f"{where}: leading that"
            assert not c.endswith(".") or c.endswith("U.N."), f"{where}: period outside quotes"
        rec = {"cue": span(text, cue),
               "source": span(text, src) if src else None,
               "content": span(text, whole),
               "source_type": typ}
        if len(frags) > 1:
            rec["content"]["fragments"] = [[a, b] for a, b in frags]
        # self-checks
        for k in ("cue", "source", "content"):
            if rec[k] is not None:
                s = rec[k]
                assert text[s["start"]:s["end"]] == s["text"], where
        for a, b in frags:
            assert not overlaps(cue, (a, b)), where
            if src:
                assert not overlaps(src, (a, b)), where
        atts.append(rec)
    atts.sort(key=lambda r: r["cue"]["start"])
    return {"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts}


def check_article(doc_id, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline + blank line"
    assert len(text.split("\n", 2)) == 3, f"{doc_id}: no body after the headline"
    words = len(text.split())
    assert 300 <= words <= 500, f"{doc_id}: {words} words"
    n = int(doc_id[1:])
    if n <= 6:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in first half"
    else:
        assert not any(c in text for c in STRAIGHT), f"{doc_id}: straight quote in second half"
    assert "\n\n\n" not in text
    return words


def build():
    recs = []
    for doc_id in sorted(ARTICLES):
        text = ARTICLES[doc_id]
        check_article(doc_id, text)
        recs.append(build_doc(doc_id, text))
    assert len(recs) == 12
    return recs


def show(recs):
    """Print every attribution with its spans marked, for checking by eye."""
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C>"), (a["cue"]["end"], "</C>")]
            if a["source"]:
                marks += [(a["source"]["start"], "<S>"), (a["source"]["end"], "</S>")]
            frs = a["content"].get("fragments") or [[a["content"]["start"], a["content"]["end"]]]
            for s, e in frs:
                marks += [(s, "["), (e, "]")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            out = t[max(0, lo - 15):lo]
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in ("]", "</C>", "</S>") and 0 or 1)):
                out += t[pos:p] + m
                pos = p
            out += t[pos:hi + 10]
            print(f"  {a['source_type']:12} {out!r}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind24.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
