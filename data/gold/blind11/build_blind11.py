#!/usr/bin/env python3
"""Build ``blind11.jsonl``: the eleventh batch of blind test articles (session 15).

14 invented foreign-policy and national-security stories of 2016 in wire style (governments named
by their capitals, state media, unnamed diplomats and officials, documents), written and annotated
by a helper session that never read claimtrace's code, tests or data; see NOTES.md. Scored on
arrival, then read for errors.

Usage: ``python data/gold/blind11/build_blind11.py [--check] [--show]`` (``--check``: exit 1
if blind11.jsonl is stale; ``--show``: print every attribution in context).

Annotation line format (one attribution per line, inside each article's ANN block):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE may be NULL (no source in the article).
* CONTENT fragments (a quote split by the cue or continued after it) are separated by " ## ";
  every fragment after the first is searched for after the end of the previous fragment.
* Any span may be written "span@@context": the context must occur exactly once in the text and
  the span exactly once inside the context.
* Without a context: CONTENT (first fragment) must occur exactly once in the text.
  CUE = the occurrence (whole-word match) not overlapping the content that is nearest to a content
  fragment, preferring occurrences with no sentence break in between.
  SOURCE = likewise, nearest to the cue, not overlapping cue or content.
All offsets are computed; every span is checked with text[start:end] == span text.
Run with --show to print every attribution in context for checking by eye.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append({"doc_id": doc_id, "text": text.strip("\n"), "ann": ann})


# ---------------------------------------------------------------------------------------------
# k01-k07: straight quotes
# ---------------------------------------------------------------------------------------------

art("k01", """
U.S. and Russia Reach Tentative Plan for Syria Truce After Marathon Talks

GENEVA (Reuters) - Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov reached agreement early on Saturday on a plan to halt fighting across much of Syria, though officials on both sides cautioned that the arrangement was fragile.

"This is not a moment for celebration, it is a moment for hard work," Kerry told reporters at a hotel in Geneva after nearly 14 hours of negotiations. "If the regime and the opposition do not honor it, it will fall apart within days."

Lavrov said Moscow had persuaded the Syrian government to accept the terms and that Russian aircraft would stop striking areas held by moderate rebel groups.

Under the plan, the two countries would set up a joint center to coordinate strikes against Islamic State and the Nusra Front, according to a senior State Department official who briefed reporters on condition of anonymity.

The Pentagon has not previously shared targeting data with the Russian military. Defense Secretary Ash Carter believes the Russians have not earned that trust, two U.S. officials said.

A Syrian opposition source in Istanbul said rebel commanders had not been consulted and would not withdraw from front lines near Aleppo. "We read about this deal in the newspapers," the source said.

Syria's state news agency SANA reported that the government had approved the agreement. There was no word on when the first aid convoys would reach besieged neighborhoods.

In Washington, Republican presidential nominee Donald Trump weighed in within hours. "Russia is playing us for fools, and Obama lets them," he wrote on Twitter.

Andrew Tabler, a fellow at the Washington Institute for Near East Policy, said previous truces had collapsed because no one enforced them. "The question is what happens the first time a barrel bomb falls," he said.

The truce is due to take effect at sundown on Monday, at the start of the Eid al-Adha holiday, and must hold for seven days before joint targeting can begin.
""", """
cautioned || officials on both sides || the arrangement was fragile || anonymous
told || Kerry || "This is not a moment for celebration, it is a moment for hard work," ## "If the regime and the opposition do not honor it, it will fall apart within days." || named_person
said || Lavrov || Moscow had persuaded the Syrian government to accept the terms and that Russian aircraft would stop striking areas held by moderate rebel groups || named_person
according to || a senior State Department official who briefed reporters on condition of anonymity || Under the plan, the two countries would set up a joint center to coordinate strikes against Islamic State and the Nusra Front || anonymous
said || two U.S. officials || Defense Secretary Ash Carter believes the Russians have not earned that trust || anonymous
said || A Syrian opposition source in Istanbul || rebel commanders had not been consulted and would not withdraw from front lines near Aleppo || anonymous
said || the source || "We read about this deal in the newspapers," || anonymous
reported || Syria's state news agency SANA || the government had approved the agreement || media
wrote || he || "Russia is playing us for fools, and Obama lets them," || named_person
said || Andrew Tabler, a fellow at the Washington Institute for Near East Policy || previous truces had collapsed because no one enforced them || named_person
said || he || "The question is what happens the first time a barrel bomb falls," || named_person
""")

art("k02", """
Russian Hacking Becomes a Flashpoint Five Weeks Before Election

WASHINGTON (AP) - The Obama administration said Friday that the Russian government had directed the theft of emails from the Democratic National Committee and other political organizations, an extraordinary step less than five weeks before the presidential election.

"The intelligence community is confident that these thefts were ordered by the most senior officials in Moscow," said a joint statement from the Department of Homeland Security and the Office of the Director of National Intelligence.

The statement added that the leaks posted on WikiLeaks and other sites fit the pattern of earlier Russian operations in Europe.

Moscow responded within hours. Kremlin spokesman Dmitry Peskov told the Interfax news agency that the accusations were "nonsense" and that Russia had never interfered in the internal affairs of other countries. On its evening news program, Russian state television said the claim was a ploy to help Hillary Clinton win.

The Clinton campaign said the statement confirmed what it had been saying for months. "Donald Trump should condemn this attack on our democracy today," campaign manager Robby Mook said.

Trump, speaking at a rally in Nevada, said no one knew who was behind the hacking. "It could be Russia, it could be China, it could be a lot of people," he said.

A senior administration official said the White House was weighing a "proportional" response but had not settled on one. The official spoke on condition of anonymity because he was not authorized to discuss internal deliberations. "We are not going to telegraph our punches," he said.

Senator John McCain of Arizona, the Republican chairman of the Armed Services Committee, said the administration had waited far too long to act. "This should have been done months ago, when the first emails appeared," he said.

The announcement came on the same afternoon that a recording of Trump making vulgar comments about women was published, and it received far less attention than it might have in a normal week. The breach of the DNC's computer network first became public in June.
""", """
said || The Obama administration || the Russian government had directed the theft of emails from the Democratic National Committee and other political organizations || named_org
said || a joint statement from the Department of Homeland Security and the Office of the Director of National Intelligence || "The intelligence community is confident that these thefts were ordered by the most senior officials in Moscow," || document
added || The statement || the leaks posted on WikiLeaks and other sites fit the pattern of earlier Russian operations in Europe || document
told || Kremlin spokesman Dmitry Peskov || the accusations were "nonsense" and that Russia had never interfered in the internal affairs of other countries || named_person
said || Russian state television || the claim was a ploy to help Hillary Clinton win || media
said || The Clinton campaign || the statement confirmed what it had been saying for months || named_org
said || campaign manager Robby Mook || "Donald Trump should condemn this attack on our democracy today," || named_person
said || Trump || no one knew who was behind the hacking || named_person
said || he || "It could be Russia, it could be China, it could be a lot of people," || named_person
said || A senior administration official || the White House was weighing a "proportional" response but had not settled on one || anonymous
said || he@@"We are not going to telegraph our punches," he said || "We are not going to telegraph our punches," || anonymous
said || Senator John McCain of Arizona, the Republican chairman of the Armed Services Committee || the administration had waited far too long to act || named_person
said || he || "This should have been done months ago, when the first emails appeared," || named_person
""")

art("k03", """
Scrutiny Grows Over $400 Million Cash Payment to Iran

WASHINGTON (Reuters) - The State Department said on Thursday that a $400 million cash payment to Iran was not a ransom for four American prisoners who were freed on the same day in January.

"We do not pay ransom, and we did not pay ransom here," department spokesman John Kirby told reporters at his daily briefing.

Kirby said the money was the first installment of a settlement over a failed arms deal dating to 1979, and that the timing reflected the pace of separate negotiations at The Hague.

The Wall Street Journal reported on Wednesday that the cash had been flown to Tehran on an unmarked cargo plane in stacks of euros, Swiss francs and other currencies.

House Speaker Paul Ryan said the payment was "a dangerous precedent" that would encourage Iran to seize more Americans. Two congressional aides said the House Foreign Affairs Committee would hold a hearing on the payment in September.

Republican nominee Donald Trump went further. At a rally in Florida, he said he had watched video of the money being unloaded from the plane. His campaign later said he had been referring to footage of the prisoners' plane landing in Geneva.

In Tehran, the semi-official Tasnim news agency reported that the payment showed Washington had been forced to give ground after decades of sanctions.

Democratic vice-presidential nominee Tim Kaine said the nuclear agreement had kept Iran from building a bomb. "That is what matters here, and that is what the critics keep forgetting," Kaine said in an interview with CNN.

Suzanne Maloney, an Iran expert at the Brookings Institution, said the optics were bad even if the legal argument was sound. "Pallets of cash make for a terrible picture," she said.

The settlement totals $1.7 billion, including interest, and the remaining $1.3 billion was paid in later installments. The arms dispute had been pending for decades before a claims tribunal in The Hague that was set up in 1981.
""", """
said || The State Department || a $400 million cash payment to Iran was not a ransom for four American prisoners who were freed on the same day in January || named_org
told || department spokesman John Kirby || "We do not pay ransom, and we did not pay ransom here," || named_person
said || Kirby || the money was the first installment of a settlement over a failed arms deal dating to 1979, and that the timing reflected the pace of separate negotiations at The Hague || named_person
reported || The Wall Street Journal || the cash had been flown to Tehran on an unmarked cargo plane in stacks of euros, Swiss francs and other currencies || media
said || House Speaker Paul Ryan || the payment was "a dangerous precedent" that would encourage Iran to seize more Americans || named_person
said || Two congressional aides || the House Foreign Affairs Committee would hold a hearing on the payment in September || anonymous
said || he@@Florida, he said || he had watched video of the money being unloaded from the plane || named_person
said || His campaign || he had been referring to footage of the prisoners' plane landing in Geneva || named_org
reported || the semi-official Tasnim news agency || the payment showed Washington had been forced to give ground after decades of sanctions || media
said || Democratic vice-presidential nominee Tim Kaine || the nuclear agreement had kept Iran from building a bomb || named_person
said || Kaine@@Kaine said in an interview || "That is what matters here, and that is what the critics keep forgetting," || named_person
said || Suzanne Maloney, an Iran expert at the Brookings Institution || the optics were bad even if the legal argument was sound || named_person
said || she || "Pallets of cash make for a terrible picture," || named_person
""")

art("k04", """
North Korea Conducts Fifth Nuclear Test, Drawing Swift Condemnation

SEOUL (AP) - North Korea carried out its fifth and most powerful nuclear test on Friday, the state news agency KCNA reported. The agency said the test proved the country could now mount a nuclear warhead on a ballistic missile.

South Korea's military said it detected a magnitude 5.0 tremor near the Punggye-ri test site shortly after 9:30 a.m. local time. South Korean President Park Geun-hye said the test was "an act of self-destruction" by the North's leader, Kim Jong-un.

In Beijing, the Foreign Ministry said China "firmly opposes" the test. Beijing warned that further tests would only deepen the isolation of its neighbor, which depends on China for most of its trade.

President Barack Obama, flying home from a summit in Laos, spoke by phone with Park and with Japanese Prime Minister Shinzo Abe. In a written statement, he said the United States "does not, and never will, accept North Korea as a nuclear state."

The U.N. Security Council called an emergency meeting for Friday afternoon in New York. A Western diplomat at the United Nations said Washington would push for new sanctions targeting North Korea's coal exports.

The resolution adopted by the council in March states that member states must inspect all cargo going to and from the North. Enforcement has been uneven, particularly along the Chinese border.

Jeffrey Lewis, a nuclear analyst at the Middlebury Institute of International Studies, said the blast's estimated yield of about 10 kilotons suggested rapid progress. "They are doing this faster than anyone expected," he said.

On the campaign trail, Hillary Clinton said the test was a reminder that the next president must be able to manage a crisis with a steady hand. Jason Miller, a spokesman for Donald Trump, said the test showed the result of eight years of failed policy.

The test came on the 68th anniversary of the founding of the North Korean state, a date Pyongyang has used in the past for displays of military strength.
""", """
reported || the state news agency KCNA || North Korea carried out its fifth and most powerful nuclear test on Friday || media
said || The agency || the test proved the country could now mount a nuclear warhead on a ballistic missile || media
said || South Korea's military || it detected a magnitude 5.0 tremor near the Punggye-ri test site shortly after 9:30 a.m. local time || named_org
said || South Korean President Park Geun-hye || the test was "an act of self-destruction" by the North's leader, Kim Jong-un || named_person
said || the Foreign Ministry || China "firmly opposes" the test || named_org
warned || Beijing || further tests would only deepen the isolation of its neighbor, which depends on China for most of its trade || named_org
said || he@@statement, he said || the United States "does not, and never will, accept North Korea as a nuclear state." || named_person
said || A Western diplomat at the United Nations || Washington would push for new sanctions targeting North Korea's coal exports || anonymous
states || The resolution adopted by the council in March || member states must inspect all cargo going to and from the North || document
said || Jeffrey Lewis, a nuclear analyst at the Middlebury Institute of International Studies || the blast's estimated yield of about 10 kilotons suggested rapid progress || named_person
said || he || "They are doing this faster than anyone expected," || named_person
said || Hillary Clinton || the test was a reminder that the next president must be able to manage a crisis with a steady hand || named_person
said || Jason Miller, a spokesman for Donald Trump || the test showed the result of eight years of failed policy || named_person
""")

art("k05", """
Trump's Remarks on NATO Alarm Allies in Europe

BRUSSELS (Reuters) - European governments scrambled on Thursday to respond after Donald Trump suggested that the United States might not defend NATO allies that had not paid their fair share of the alliance's costs.

In an interview with The New York Times published on Wednesday night, the Republican nominee said he would decide whether to come to the aid of a country such as Estonia only after reviewing whether it had "paid up."

NATO Secretary General Jens Stoltenberg said the alliance's guarantee of mutual defense was "not up for negotiation" and that the United States had always stood by its commitments.

Estonian Prime Minister Taavi Roivas wrote on Facebook that his country had met NATO's spending target every year since 2012.

A senior European official, who spoke on condition of anonymity because of the sensitivity of the matter, said Trump's comments had been discussed at a meeting of ambassadors in Brussels. "People are genuinely worried," the official said. Many diplomats in Brussels worry that Moscow will read the remarks as an invitation to test the alliance in the Baltics.

Kremlin spokesman Dmitry Peskov said Russia was "following the American debate with interest."

The Clinton campaign responded quickly. Jake Sullivan, a senior policy adviser to Hillary Clinton, told reporters that Trump's position would "make Vladimir Putin very happy."

Senate Majority Leader Mitch McConnell said NATO was "the most successful military alliance in history" and that he expected the next president to honor it. Trump's campaign chairman, Paul Manafort, said the candidate's words had been taken out of context.

A Pew Research Center survey released in May found that 53 percent of Americans viewed NATO favorably, down from 62 percent in 2009.

Only five of the alliance's 28 members currently meet the guideline of spending 2 percent of economic output on defense: the United States, Britain, Greece, Poland and Estonia. At a summit in Warsaw this month, allied leaders approved the stationing of four battalions in Poland and the Baltic states.
""", """
suggested || Donald Trump || the United States might not defend NATO allies that had not paid their fair share of the alliance's costs || named_person
said || the Republican nominee || he would decide whether to come to the aid of a country such as Estonia only after reviewing whether it had "paid up." || named_person
said || NATO Secretary General Jens Stoltenberg || the alliance's guarantee of mutual defense was "not up for negotiation" and that the United States had always stood by its commitments || named_person
wrote || Estonian Prime Minister Taavi Roivas || his country had met NATO's spending target every year since 2012 || named_person
said || A senior European official || Trump's comments had been discussed at a meeting of ambassadors in Brussels || anonymous
said || the official || "People are genuinely worried," || anonymous
worry || Many diplomats in Brussels || Moscow will read the remarks as an invitation to test the alliance in the Baltics || anonymous
said || Kremlin spokesman Dmitry Peskov || Russia was "following the American debate with interest." || named_person
told || Jake Sullivan, a senior policy adviser to Hillary Clinton || Trump's position would "make Vladimir Putin very happy." || named_person
said || Senate Majority Leader Mitch McConnell || NATO was "the most successful military alliance in history" and that he expected the next president to honor it || named_person
said || Trump's campaign chairman, Paul Manafort || the candidate's words had been taken out of context || named_person
found || A Pew Research Center survey released in May || 53 percent of Americans viewed NATO favorably, down from 62 percent in 2009 || document
""")

art("k06", """
Appeals Court Rules Against Pence on Syrian Refugee Policy

CHICAGO (AP) - The 7th U.S. Circuit Court of Appeals on Monday blocked Indiana Governor Mike Pence's attempt to cut off state funds for resettling Syrian refugees, ruling that the policy discriminated against refugees on the basis of their nationality.

Judge Richard Posner, writing for a unanimous three-judge panel, said Indiana had offered "no evidence" that Syrian refugees posed a greater danger than refugees from other countries.

Pence, now Donald Trump's running mate, said through a spokeswoman that he was disappointed and was reviewing the decision. "The governor's first duty is to the safety of Hoosiers," the spokeswoman, Kara Brooks, said in a statement.

The American Civil Liberties Union of Indiana, which brought the suit on behalf of a resettlement agency in Indianapolis, said the ruling should end similar efforts in other states.

After the attacks in Paris last November, more than two dozen Republican governors said they would refuse to accept Syrian refugees. The Obama administration has said the refugees undergo screening that takes 18 to 24 months and includes interviews by officials from several agencies.

At a rally in Ohio, Trump said the refugee program was "a disaster waiting to happen." His own plan would suspend admissions from regions linked to terrorism.

Refugee advocates fear the ruling will not end the fight. Several states are considering legislation that would require agencies to notify local officials before placing refugees.

Kathleen Newland, a co-founder of the Migration Policy Institute, said the number of Syrians resettled in Indiana so far was small. "We are talking about a few hundred people, most of them children," she said.

The United States has admitted more than 10,000 Syrian refugees since October, meeting a goal set by President Barack Obama last year. Most were referred by the United Nations refugee agency after living for years in camps in Jordan, Lebanon and Turkey.
""", """
ruling || The 7th U.S. Circuit Court of Appeals || the policy discriminated against refugees on the basis of their nationality || named_org
said || Judge Richard Posner || Indiana had offered "no evidence" that Syrian refugees posed a greater danger than refugees from other countries || named_person
said || Pence || he was disappointed and was reviewing the decision || named_person
said || the spokeswoman, Kara Brooks || "The governor's first duty is to the safety of Hoosiers," || named_person
said || The American Civil Liberties Union of Indiana || the ruling should end similar efforts in other states || named_org
said || more than two dozen Republican governors || they would refuse to accept Syrian refugees || anonymous
has said || The Obama administration || the refugees undergo screening that takes 18 to 24 months and includes interviews by officials from several agencies || named_org
said || Trump || the refugee program was "a disaster waiting to happen." || named_person
fear || Refugee advocates || the ruling will not end the fight || anonymous
said || Kathleen Newland, a co-founder of the Migration Policy Institute || the number of Syrians resettled in Indiana so far was small || named_person
said || she || "We are talking about a few hundred people, most of them children," || named_person
""")

art("k07", """
Pacific Trade Deal Stalls in Senate as Candidates Turn Against It

WASHINGTON (Reuters) - Senate Majority Leader Mitch McConnell said on Thursday that the Trans-Pacific Partnership would not come up for a vote before the November election, dealing a blow to one of President Barack Obama's top economic priorities.

"The current agreement has some serious flaws," McConnell told reporters in Kentucky, adding that it could be revisited next year.

White House press secretary Josh Earnest said the administration still believed the deal could pass in the lame-duck session after the election.

The deal's fate has become entangled in presidential politics. Donald Trump has said the deal would be "a death blow for American manufacturing," and Hillary Clinton has said she opposes it in its current form. Senator Bernie Sanders of Vermont has argued that the pact would ship jobs overseas.

In Tokyo, Prime Minister Shinzo Abe's government pressed ahead with ratification. Japan's chief cabinet secretary, Yoshihide Suga, said Tokyo hoped Washington would "make the right choice."

A trade official from one of the other 10 signatory countries said governments were watching the U.S. debate with growing frustration. "Nobody wants to renegotiate," the official said.

A report released in May by the U.S. International Trade Commission estimated that the pact would raise American incomes by $57 billion by 2032.

The AFL-CIO said it would keep up pressure on lawmakers of both parties through the lame-duck session.

Gary Hufbauer, an economist at the Peterson Institute for International Economics, said the delay could cost U.S. exporters market share in Asia.

The agreement, signed in February by 12 countries that together account for about 40 percent of the world economy, cannot take effect without ratification by the United States. Negotiators spent more than five years on the text, which runs to some 5,500 pages.
""", """
said || Senate Majority Leader Mitch McConnell || the Trans-Pacific Partnership would not come up for a vote before the November election || named_person
told || McConnell || "The current agreement has some serious flaws," || named_person
adding || McConnell || it could be revisited next year || named_person
said || White House press secretary Josh Earnest || the administration still believed the deal could pass in the lame-duck session after the election || named_person
has said || Donald Trump || the deal would be "a death blow for American manufacturing," || named_person
has said || Hillary Clinton || she opposes it in its current form || named_person
has argued || Senator Bernie Sanders of Vermont || the pact would ship jobs overseas || named_person
said || Japan's chief cabinet secretary, Yoshihide Suga || Tokyo hoped Washington would "make the right choice." || named_person
said || A trade official from one of the other 10 signatory countries || governments were watching the U.S. debate with growing frustration || anonymous
said || the official || "Nobody wants to renegotiate," || anonymous
estimated || A report released in May by the U.S. International Trade Commission || the pact would raise American incomes by $57 billion by 2032 || document
said || The AFL-CIO || it would keep up pressure on lawmakers of both parties through the lame-duck session || named_org
said || Gary Hufbauer, an economist at the Peterson Institute for International Economics || the delay could cost U.S. exporters market share in Asia || named_person
""")

# ---------------------------------------------------------------------------------------------
# k08-k14: curly quotes
# ---------------------------------------------------------------------------------------------

art("k08", """
Tribunal Sides With Philippines in South China Sea Case

BEIJING (Reuters) — The Permanent Court of Arbitration in The Hague ruled on Tuesday that China had no legal basis for its claims to most of the South China Sea. Beijing said it would not accept the decision.

The tribunal’s 500-page award found that Chinese land reclamation had caused “severe harm” to coral reefs and that Chinese vessels had unlawfully interfered with Philippine fishing boats.

President Xi Jinping told visiting European leaders that China’s sovereignty over the islands “will not be affected in any way” by the ruling, the state news agency Xinhua reported. China’s Foreign Ministry said in a statement that the tribunal had no jurisdiction over the dispute.

In Manila, Foreign Secretary Perfecto Yasay Jr. said the Philippines would study the ruling “calmly and carefully.” The new government of President Rodrigo Duterte has signaled that it wants better relations with Beijing.

The Pentagon said the U.S. Navy would continue to sail and fly wherever international law allows. “This ruling should be the final word,” said Peter Cook, the Pentagon press secretary.

Two U.S. officials said Washington was concerned that China could respond by declaring an air defense zone over the disputed waters. Such a zone would require foreign aircraft to identify themselves to Chinese controllers.

The People’s Daily, the Communist Party’s official newspaper, said in a front-page commentary that China would defend its territory “by every means necessary.”

Bonnie Glaser, a senior adviser for Asia at the Center for Strategic and International Studies, said the ruling gave Southeast Asian nations a legal tool but no way to enforce it. “The question now is whether anyone will stand up to Beijing,” she said.

The case was brought by the Philippines in 2013 under the United Nations Convention on the Law of the Sea, which both countries have ratified. China boycotted the hearings.
""", """
ruled || The Permanent Court of Arbitration in The Hague || China had no legal basis for its claims to most of the South China Sea || named_org
said || Beijing || it would not accept the decision || named_org
found || The tribunal’s 500-page award || Chinese land reclamation had caused “severe harm” to coral reefs and that Chinese vessels had unlawfully interfered with Philippine fishing boats || document
reported || the state news agency Xinhua || President Xi Jinping told visiting European leaders that China’s sovereignty over the islands “will not be affected in any way” by the ruling || media
said || China’s Foreign Ministry || the tribunal had no jurisdiction over the dispute || named_org
said || Foreign Secretary Perfecto Yasay Jr. || the Philippines would study the ruling “calmly and carefully.” || named_person
has signaled || The new government of President Rodrigo Duterte || it wants better relations with Beijing || named_org
said || The Pentagon || the U.S. Navy would continue to sail and fly wherever international law allows || named_org
said || Peter Cook, the Pentagon press secretary || “This ruling should be the final word,” || named_person
said || Two U.S. officials || Washington was concerned that China could respond by declaring an air defense zone over the disputed waters || anonymous
said || The People’s Daily, the Communist Party’s official newspaper || China would defend its territory “by every means necessary.” || media
said || Bonnie Glaser, a senior adviser for Asia at the Center for Strategic and International Studies || the ruling gave Southeast Asian nations a legal tool but no way to enforce it || named_person
said || she || “The question now is whether anyone will stand up to Beijing,” || named_person
""")

art("k09", """
Airstrikes Hit Aleppo Hospitals as Siege Tightens

BEIRUT (AP) — Airstrikes destroyed two hospitals in rebel-held eastern Aleppo overnight, according to the Syrian Observatory for Human Rights, a Britain-based monitoring group. The group said at least 27 people were killed, including two doctors.

The United Nations envoy for Syria, Staffan de Mistura, said he was “appalled” by the attacks. “Every hour without a pause costs lives,” he warned.

Russian state television reported that the strikes had targeted “terrorist positions” and that no hospitals had been hit. The Russian Defense Ministry said its aircraft had not flown over Aleppo in the past 24 hours.

A Syrian opposition source said rebel factions had agreed among themselves to let civilians leave through two corridors if the bombing stopped.

In Washington, State Department spokesman Mark Toner said the United States held Moscow responsible for the attacks. “Russia bears responsibility for what is happening in Aleppo,” Toner told reporters. “It cannot hide behind the Syrian air force.”

According to a senior administration official, President Obama has asked his advisers to present new options, including sanctions on Russian officials. Many in the Pentagon worry that military steps could bring American and Russian forces into direct conflict.

Hillary Clinton said in a statement that the images from Aleppo were “a stain on the world’s conscience.” Donald Trump took a different view. “We should let Russia and Syria fight ISIS themselves,” Trump said in an interview with Fox News.

Charles Lister, a senior fellow at the Middle East Institute, believes the opposition cannot hold eastern Aleppo for more than a few weeks without a resupply route.

About 250,000 people remain trapped in the eastern districts, where the last functioning bakery closed this week for lack of flour. Aid convoys have not reached the area since early July, when government forces cut the Castello road.
""", """
according to || the Syrian Observatory for Human Rights, a Britain-based monitoring group || Airstrikes destroyed two hospitals in rebel-held eastern Aleppo overnight || named_org
said || The group || at least 27 people were killed, including two doctors || named_org
said || The United Nations envoy for Syria, Staffan de Mistura || he was “appalled” by the attacks || named_person
warned || he || “Every hour without a pause costs lives,” || named_person
reported || Russian state television || the strikes had targeted “terrorist positions” and that no hospitals had been hit || media
said || The Russian Defense Ministry || its aircraft had not flown over Aleppo in the past 24 hours || named_org
said || A Syrian opposition source || rebel factions had agreed among themselves to let civilians leave through two corridors if the bombing stopped || anonymous
said || State Department spokesman Mark Toner || the United States held Moscow responsible for the attacks || named_person
told || Toner || “Russia bears responsibility for what is happening in Aleppo,” ## “It cannot hide behind the Syrian air force.” || named_person
According to || a senior administration official || President Obama has asked his advisers to present new options, including sanctions on Russian officials || anonymous
worry || Many in the Pentagon || military steps could bring American and Russian forces into direct conflict || anonymous
said || Hillary Clinton || the images from Aleppo were “a stain on the world’s conscience.” || named_person
said || Trump || “We should let Russia and Syria fight ISIS themselves,” || named_person
believes || Charles Lister, a senior fellow at the Middle East Institute || the opposition cannot hold eastern Aleppo for more than a few weeks without a resupply route || named_person
""")

art("k10", """
EU Extends Russia Sanctions for Six More Months

BRUSSELS (Reuters) — European Union leaders on Thursday extended economic sanctions on Russia for another six months, saying Moscow had not done enough to carry out a peace plan for eastern Ukraine.

German Chancellor Angela Merkel told reporters after the summit that there had been “no substantial progress” on the Minsk agreements. “The sanctions remain a tool, not an end in themselves,” said Donald Tusk, the president of the European Council.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia would respond “on the basis of reciprocity.” The Russian Foreign Ministry said in a statement that the decision reflected Washington’s pressure on its European partners.

Italian Prime Minister Matteo Renzi, who has been more open to Moscow than most other leaders, said Europe needed to keep talking to Russia. A senior European diplomat said several governments, including Hungary’s and Greece’s, had questioned the policy in private but did not block it.

The Financial Times reported last week that Germany had considered easing some measures if a ceasefire in the Donbass region held through the summer.

In the United States, the sanctions have become an issue in the presidential race. Donald Trump, the presumptive Republican nominee, has said he would consider lifting them if Russia helped fight Islamic State. Jennifer Palmieri, the Clinton campaign’s communications director, said Trump’s position would reward “Putin’s aggression.”

Eurasia Group, a political risk consultancy, said in a note to clients that it expected the sanctions to be renewed again in December.

The measures, first imposed in 2014 after Russia annexed Crimea, restrict Russian banks’ access to European capital markets and ban exports of some oil technology. Russia has answered with a ban on most Western food imports, which Moscow extended last month until the end of 2017.

European dairy farmers say the Russian ban has cost them billions of euros in lost sales. The European Commission estimates that EU food exports to Russia have fallen by more than half since 2013.
""", """
saying || European Union leaders || Moscow had not done enough to carry out a peace plan for eastern Ukraine || anonymous
told || German Chancellor Angela Merkel || there had been “no substantial progress” on the Minsk agreements || named_person
said || Donald Tusk, the president of the European Council || “The sanctions remain a tool, not an end in themselves,” || named_person
said || Kremlin spokesman Dmitry Peskov || Russia would respond “on the basis of reciprocity.” || named_person
said || The Russian Foreign Ministry || the decision reflected Washington’s pressure on its European partners || named_org
said || Italian Prime Minister Matteo Renzi || Europe needed to keep talking to Russia || named_person
said || A senior European diplomat || several governments, including Hungary’s and Greece’s, had questioned the policy in private but did not block it || anonymous
reported || The Financial Times || Germany had considered easing some measures if a ceasefire in the Donbass region held through the summer || media
has said || Donald Trump, the presumptive Republican nominee || he would consider lifting them if Russia helped fight Islamic State || named_person
said || Jennifer Palmieri, the Clinton campaign’s communications director || Trump’s position would reward “Putin’s aggression.” || named_person
said || Eurasia Group, a political risk consultancy || it expected the sanctions to be renewed again in December || named_org
say || European dairy farmers || the Russian ban has cost them billions of euros in lost sales || anonymous
estimates || The European Commission || EU food exports to Russia have fallen by more than half since 2013 || named_org
""")

art("k11", """
Iraqi Forces Push Toward Mosul as Offensive Enters Second Day

ERBIL, Iraq (AP) — Iraqi and Kurdish forces advanced on villages east of Mosul on Tuesday, the second day of an offensive to retake the city from the Islamic State group, Iraqi military officials said.

Prime Minister Haider al-Abadi said in a televised address that the operation was proceeding “faster than planned.” Defense Secretary Ash Carter told reporters in Paris that the battle would be long and difficult. “This is a decisive moment, but it is not the end,” he said.

The Pentagon estimates that between 3,000 and 5,000 Islamic State fighters remain in Mosul, Iraq’s second-largest city.

Turkey, which has troops at a base near Bashiqa, north of Mosul, insisted it would take part in the operation. “We will be at the table and we will be in the field,” President Recep Tayyip Erdogan said in a speech in Ankara. Baghdad has demanded that the Turkish troops withdraw.

A U.S. military official in Baghdad, speaking on condition of anonymity because he was not authorized to discuss operations, said the coalition had carried out more than 50 strikes around Mosul since Sunday.

Aid groups fear that as many as a million civilians could be displaced as the fighting moves into the city. The U.N. refugee agency, UNHCR, said it had prepared camps for about 120,000 people so far.

Donald Trump said on Twitter that the attack was a “total disaster” because commanders had announced it weeks in advance. His rival, Hillary Clinton, said she supported the offensive and would not put American ground troops into combat in Iraq.

Islamic State fighters have dug tunnels and laid roadside bombs along the main approaches, and commanders expect that the hardest fighting will come once troops reach the city’s dense western neighborhoods.

About 5,000 American troops are in Iraq, most of them advising Iraqi units or providing air support. Some are working with commanders close to the front lines, and an American sailor was killed by a roadside bomb north of Mosul on Thursday.
""", """
said || Iraqi military officials || Iraqi and Kurdish forces advanced on villages east of Mosul on Tuesday, the second day of an offensive to retake the city from the Islamic State group || anonymous
said || Prime Minister Haider al-Abadi || the operation was proceeding “faster than planned.” || named_person
told || Defense Secretary Ash Carter || the battle would be long and difficult || named_person
said || he || “This is a decisive moment, but it is not the end,” || named_person
estimates || The Pentagon || between 3,000 and 5,000 Islamic State fighters remain in Mosul, Iraq’s second-largest city || named_org
insisted || Turkey || it would take part in the operation || named_org
said || President Recep Tayyip Erdogan || “We will be at the table and we will be in the field,” || named_person
has demanded || Baghdad || the Turkish troops withdraw || named_org
said || A U.S. military official in Baghdad || the coalition had carried out more than 50 strikes around Mosul since Sunday || anonymous
fear || Aid groups || as many as a million civilians could be displaced as the fighting moves into the city || anonymous
said || The U.N. refugee agency, UNHCR || it had prepared camps for about 120,000 people so far || named_org
said || Donald Trump || the attack was a “total disaster” because commanders had announced it weeks in advance || named_person
said || His rival, Hillary Clinton || she supported the offensive and would not put American ground troops into combat in Iraq || named_person
expect || commanders || the hardest fighting will come once troops reach the city’s dense western neighborhoods || anonymous
""")

art("k12", """
Pentagon Sends 15 Guantanamo Detainees to the Emirates

WASHINGTON (Reuters) — The Pentagon announced on Monday that it had transferred 15 detainees from the U.S. military prison at Guantanamo Bay, Cuba, to the United Arab Emirates. It was the largest single release under President Barack Obama.

The transfer leaves 61 prisoners at the facility, according to a Defense Department statement. “The United States is grateful to the United Arab Emirates for its humanitarian gesture,” Lee Wolosky, the State Department’s special envoy for Guantanamo closure, said in the statement.

Pentagon spokesman Capt. Jeff Davis said the Emirates had provided assurances about security measures, including travel restrictions and monitoring.

Two U.S. officials said the group included 12 Yemenis who could not be sent home because of the civil war there. Most had been held for more than a decade without charge.

Senator Kelly Ayotte of New Hampshire, who faces a tight re-election race, said the administration was releasing “dangerous terrorists” to fulfill a campaign promise. A spokeswoman for House Speaker Paul Ryan, AshLee Strong, said the transfers put American lives at risk.

A report by the Office of the Director of National Intelligence released in July found that about 17 percent of detainees released since 2002 had returned to militant activity. Administration officials say the rate for those freed under Obama is far lower.

Donald Trump has said he would keep the prison open and send new terrorism suspects there. Human Rights First said the transfers were a step toward closing a facility that had damaged America’s standing abroad.

Obama has pledged to close the prison before he leaves office, but Congress has barred moving any detainee to the United States. The White House has not ruled out executive action, though lawyers at the Justice Department have cautioned that such a move would face immediate legal challenges.

The first detainees arrived at the base in January 2002, four months after the Sept. 11 attacks.
""", """
announced || The Pentagon || it had transferred 15 detainees from the U.S. military prison at Guantanamo Bay, Cuba, to the United Arab Emirates || named_org
according to || a Defense Department statement || The transfer leaves 61 prisoners at the facility || document
said || Lee Wolosky, the State Department’s special envoy for Guantanamo closure || “The United States is grateful to the United Arab Emirates for its humanitarian gesture,” || named_person
said || Pentagon spokesman Capt. Jeff Davis || the Emirates had provided assurances about security measures, including travel restrictions and monitoring || named_person
said || Two U.S. officials || the group included 12 Yemenis who could not be sent home because of the civil war there || anonymous
said || Senator Kelly Ayotte of New Hampshire || the administration was releasing “dangerous terrorists” to fulfill a campaign promise || named_person
said || A spokeswoman for House Speaker Paul Ryan, AshLee Strong || the transfers put American lives at risk || named_person
found || A report by the Office of the Director of National Intelligence released in July || about 17 percent of detainees released since 2002 had returned to militant activity || document
say || Administration officials || the rate for those freed under Obama is far lower || anonymous
has said || Donald Trump || he would keep the prison open and send new terrorism suspects there || named_person
said || Human Rights First || the transfers were a step toward closing a facility that had damaged America’s standing abroad || named_org
has pledged || Obama || to close the prison before he leaves office || named_person
have cautioned || lawyers at the Justice Department || such a move would face immediate legal challenges || anonymous
""")

art("k13", """
Iran Tests Ballistic Missiles Two Months After Nuclear Deal Takes Effect

DUBAI (Reuters) — Iran’s Revolutionary Guards test-fired two ballistic missiles on Wednesday, Iranian media reported. The launches appeared to challenge a U.N. Security Council resolution that took effect in January along with the nuclear agreement.

The Tasnim news agency said the missiles had struck targets about 1,400 kilometers away. “Our missiles are not negotiable,” Brigadier General Amir Ali Hajizadeh, the commander of the Guards’ aerospace division, told state television.

Foreign Minister Mohammad Javad Zarif said the tests did not violate the nuclear agreement because the missiles were not designed to carry nuclear warheads.

In Washington, State Department spokesman John Kirby said the United States would raise the launches at the Security Council. “We are not going to look the other way,” he said.

Senator Tom Cotton of Arkansas said the tests proved that the deal had emboldened Tehran. Republicans have argued since last summer that the agreement would free billions of dollars for Iran’s military.

A Western diplomat at the United Nations said Russia and China were likely to block any new council action. “There is no appetite in Moscow for another fight over Iran,” the diplomat said.

Hillary Clinton said in a statement that Iran should face new sanctions for the launches. She has said she would enforce the deal with a policy of “distrust and verify.”

Ali Vaez, the senior Iran analyst at the International Crisis Group, said Tehran was signaling to hard-liners at home that the deal had not weakened its defenses.

The Treasury Department imposed sanctions on 11 companies and individuals linked to the missile program in January, a day after international inspectors confirmed that Iran had met its nuclear commitments. Most oil and banking sanctions were lifted the same day. Iran has one of the largest missile arsenals in the Middle East.
""", """
reported || Iranian media || Iran’s Revolutionary Guards test-fired two ballistic missiles on Wednesday || media
said || The Tasnim news agency || the missiles had struck targets about 1,400 kilometers away || media
told || Brigadier General Amir Ali Hajizadeh, the commander of the Guards’ aerospace division || “Our missiles are not negotiable,” || named_person
said || Foreign Minister Mohammad Javad Zarif || the tests did not violate the nuclear agreement because the missiles were not designed to carry nuclear warheads || named_person
said || State Department spokesman John Kirby || the United States would raise the launches at the Security Council || named_person
said || he || “We are not going to look the other way,” || named_person
said || Senator Tom Cotton of Arkansas || the tests proved that the deal had emboldened Tehran || named_person
have argued || Republicans || the agreement would free billions of dollars for Iran’s military || named_org
said || A Western diplomat at the United Nations || Russia and China were likely to block any new council action || anonymous
said || the diplomat || “There is no appetite in Moscow for another fight over Iran,” || anonymous
said || Hillary Clinton || Iran should face new sanctions for the launches || named_person
has said || She || she would enforce the deal with a policy of “distrust and verify.” || named_person
said || Ali Vaez, the senior Iran analyst at the International Crisis Group || Tehran was signaling to hard-liners at home that the deal had not weakened its defenses || named_person
confirmed || international inspectors || Iran had met its nuclear commitments || anonymous
""")

art("k14", """
Trump’s Mexico Visit Ends in Dispute Over Who Will Pay for Wall

MEXICO CITY (AP) — Donald Trump met Mexican President Enrique Peña Nieto on Wednesday in a hastily arranged visit that quickly produced a dispute over his proposed wall along the southern border.

Standing beside Peña Nieto at the presidential residence, Los Pinos, Trump told reporters that the two men had discussed the wall but that the subject of payment “never came up.” Hours later, Peña Nieto wrote on Twitter that Mexico “will not pay a single peso” for the wall.

Mexico’s Foreign Ministry said in a statement that the meeting had been arranged at Trump’s request. A senior Trump adviser, who spoke on condition of anonymity because the conversation was private, said the two men had had a “frank but friendly” exchange.

The Mexican newspaper Reforma reported that Peña Nieto’s own cabinet had been divided over the invitation. It was reported in Mexico City on Thursday that Finance Minister Luis Videgaray had organized the visit over the objections of the foreign minister.

In Washington, Clinton’s campaign chairman, John Podesta, said the trip showed that Trump “can’t even keep his story straight for a day.” That night in Phoenix, Trump told supporters that Mexico would pay for the wall “one way or another.”

A survey by the newspaper El Financiero found that most Mexicans disapproved of the invitation. Protesters gathered outside the Angel of Independence monument in Mexico City on Thursday evening.

Duncan Wood, director of the Mexico Institute at the Wilson Center, said the visit had damaged Peña Nieto far more than it had damaged Trump. “He gave Trump a presidential backdrop and got nothing in return,” Wood said.

Trade is the other flashpoint. The North American Free Trade Agreement, which took effect in 1994, now governs more than $500 billion a year in trade between the two countries. Mexico buys more American goods than any country except Canada.
""", """
told || Trump@@, Trump told reporters || the two men had discussed the wall but that the subject of payment “never came up.” || named_person
wrote || Peña Nieto@@later, Peña Nieto wrote || Mexico “will not pay a single peso” for the wall || named_person
said || Mexico’s Foreign Ministry || the meeting had been arranged at Trump’s request || named_org
said || A senior Trump adviser || the two men had had a “frank but friendly” exchange || anonymous
reported || The Mexican newspaper Reforma || Peña Nieto’s own cabinet had been divided over the invitation || media
was reported || NULL || Finance Minister Luis Videgaray had organized the visit over the objections of the foreign minister || unknown
said || Clinton’s campaign chairman, John Podesta || the trip showed that Trump “can’t even keep his story straight for a day.” || named_person
told || Trump@@Phoenix, Trump told || Mexico would pay for the wall “one way or another.” || named_person
found || A survey by the newspaper El Financiero || most Mexicans disapproved of the invitation || document
said || Duncan Wood, director of the Mexico Institute at the Wilson Center || the visit had damaged Peña Nieto far more than it had damaged Trump || named_person
said || Wood || “He gave Trump a presidential backdrop and got nothing in return,” || named_person
""")


# ---------------------------------------------------------------------------------------------
# offset computation
# ---------------------------------------------------------------------------------------------

TERM = re.compile(r"[.!?][\"”’]?\s")


def occurrences(text, s, lo=0, hi=None):
    """Whole-word occurrences of s in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    out = []
    i = text.find(s, lo)
    while i != -1 and i + len(s) <= hi:
        j = i + len(s)
        ok = True
        if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if s[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def with_context(text, spec, doc_id):
    s, ctx = spec.split("@@")
    cs = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(cs) == 1, (doc_id, "context not unique", ctx, len(cs))
    occ = occurrences(text, s, cs[0], cs[0] + len(ctx))
    assert len(occ) == 1, (doc_id, "span not unique in context", spec)
    return occ[0]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def gap_key(text, a, b):
    """(sentence breaks between, distance) for spans a and b (no overlap)."""
    g = text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]]
    g2 = re.sub(r"\b(?:[A-Z]\.)+\s", " ", g)  # "U.S. " is no sentence break
    return (len(TERM.findall(g2 + " ")), len(g))


def nearest(text, s, targets, forbidden, doc_id, what):
    cands = [o for o in occurrences(text, s) if not any(overlaps(o, f) for f in forbidden)]
    assert cands, (doc_id, "no candidate for", what, s)
    scored = sorted((min(gap_key(text, o, t) for t in targets), o) for o in cands)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        raise AssertionError((doc_id, "tie for", what, s))
    return scored[0][1]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(doc_id, text, ann):
    recs = []
    for line in ann.strip("\n").split("\n"):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, (doc_id, line)
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, (doc_id, typ)
        # content
        frags = []
        pos = 0
        for k, f in enumerate(con_s.split(" ## ")):
            if "@@" in f:
                fr = with_context(text, f, doc_id)
            elif k == 0:
                occ = [(m.start(), m.start() + len(f)) for m in re.finditer(re.escape(f), text)]
                assert len(occ) == 1, (doc_id, "content not unique", f, len(occ))
                fr = occ[0]
            else:
                i = text.find(f, pos)
                assert i != -1, (doc_id, "fragment not found", f)
                fr = (i, i + len(f))
            assert fr[0] >= pos, (doc_id, "fragments out of order", con_s)
            frags.append(fr)
            pos = fr[1]
        # cue
        if "@@" in cue_s:
            cue = with_context(text, cue_s, doc_id)
        else:
            cue = nearest(text, cue_s, frags, frags, doc_id, "cue")
        # source
        if src_s == "NULL":
            src = None
        elif "@@" in src_s:
            src = with_context(text, src_s, doc_id)
        else:
            src = nearest(text, src_s, [cue], frags + [cue], doc_id, "source")
        for f in frags:
            assert not overlaps(f, cue), (doc_id, "cue inside content", line)
            if src:
                assert not overlaps(f, src), (doc_id, "source inside content", line)
        if src:
            assert not overlaps(src, cue), (doc_id, line)
        content = span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        # content conventions
        c0 = text[frags[0][0]:frags[0][1]]
        assert not c0.startswith("that "), (doc_id, "leading that", line)
        last = text[frags[-1][0]:frags[-1][1]]
        assert not last.endswith("."), (doc_id, "period outside quote", line)
        assert last == last.strip() and c0 == c0.strip(), (doc_id, "whitespace", line)
        rec = {"cue": span(text, cue), "source": span(text, src) if src else None,
               "content": content, "source_type": typ}
        for key in ("cue", "source"):
            if rec[key]:
                assert text[rec[key]["start"]:rec[key]["end"]] == rec[key]["text"]
        assert text[content["start"]:content["end"]] == content["text"]
        recs.append(rec)
    recs.sort(key=lambda r: r["cue"]["start"])
    return recs


def check_quotes(doc_id, text, curly):
    if curly:
        assert '"' not in text and "'" not in text, (doc_id, "straight quote in curly article")
        assert "“" in text and "”" in text, (doc_id, "no curly quotes")
        assert text.count("“") == text.count("”"), (doc_id, "unbalanced curly quotes")
    else:
        for ch in "“”‘’":
            assert ch not in text, (doc_id, "curly quote in straight article", ch)
        assert '"' in text and text.count('"') % 2 == 0, (doc_id, "straight quotes missing/unbalanced")


def check_layout(doc_id, text):
    paras = text.split("\n\n")
    assert len(paras) >= 4, doc_id
    assert "\n" not in paras[0], (doc_id, "headline must be one line")
    for p in paras:
        assert p.strip() == p and p and "\n" not in p, (doc_id, "paragraph layout", p[:40])
    n = len(text.split())
    assert 250 <= n <= 400, (doc_id, "word count", n)


def build():
    out = []
    n = len(ARTICLES)
    assert n == 14
    ids = [a["doc_id"] for a in ARTICLES]
    assert ids == [f"k{i:02d}" for i in range(1, n + 1)], ids
    for idx, a in enumerate(ARTICLES):
        text = a["text"]
        check_layout(a["doc_id"], text)
        check_quotes(a["doc_id"], text, curly=idx >= n // 2)
        recs = parse_ann(a["doc_id"], text, a["ann"])
        out.append({"doc_id": a["doc_id"], "text": text, "split": "blind", "attributions": recs})
    return out


def show(records):
    for d in records:
        text = d["text"]
        print("=" * 30, d["doc_id"], len(text.split()), "words")
        for r in d["attributions"]:
            marks = []
            if r["source"]:
                marks += [(r["source"]["start"], "["), (r["source"]["end"], "]")]
            marks += [(r["cue"]["start"], "<"), (r["cue"]["end"], ">")]
            for s, e in r["content"].get("fragments", [[r["content"]["start"], r["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = max(0, min(m[0] for m in marks) - 15)
            hi = min(len(text), max(m[0] for m in marks) + 15)
            snippet = ""
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in "]>}")):
                snippet += text[pos:p] + m
                pos = p
            snippet += text[pos:hi]
            print(f"{r['source_type']:<12} " + snippet.replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind11.jsonl", [a for a in argv if a != "--show"],
                          __doc__.split("\n\n")[0])
    if "--show" in argv:
        show(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
