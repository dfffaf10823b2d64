#!/usr/bin/env python3
"""Build ``blind40.jsonl``: the fortieth batch of blind test articles (session 17).

12 invented opinion columns, op-eds and readers' letters, half with a named author (byline,
tagline or signature) and half without, each with 12-15 attributions, written and annotated by a
helper session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind40/build_blind40.py [--check]`` (``--check``: exit 1 if
blind40.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 40: invented opinion columns / op-eds / letters (2016 US politics style)
with hand annotations of attributions in PolNeAR-style spans.

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE is NULL when the article gives no source.
- CONTENT fragments (discontinuous content) are separated by " ## ".
- Any span may be written with explicit context as  left[[span]]right : the string
  left+span+right must occur exactly once in the text, and the span is the part in [[ ]].
- Without context: a content fragment must occur exactly once in the text; the cue is the
  occurrence nearest to the content (not inside it); the source is the occurrence nearest to
  the cue (not inside the content or cue). Ties are an error.
All offsets are computed here; nothing is typed by hand.
"""
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

DOCS = []  # (doc_id, author_name or None, text, annotations)


def doc(doc_id, author, text, ann):
    DOCS.append((doc_id, author, text.strip("\n"), ann.strip("\n")))


# ---------------------------------------------------------------- s01 (straight, author named: byline)
doc("s01", "Margaret Ellison", """
Trump's Tariff Talk Would Hurt the Voters He Courts

By Margaret Ellison

I spent eleven years at the Treasury Department negotiating with our trading partners, and I believe Donald Trump's plan to slap a 45 percent tariff on Chinese goods would be a gift to Beijing. When I spoke with a friend on his economic team last month, he told me the number was "just a negotiating position." That is not how markets will hear it. A tariff is a tax, and it is paid by the families who shop at Walmart and Target, not by factories in Shenzhen.

Mr. Trump has said repeatedly that China is "killing us" on trade. At a rally in Pennsylvania on Tuesday, he promised that the tariffs would bring back "millions of jobs" to steel towns. The Wall Street Journal reported this week that several of his advisers have privately urged him to drop the figure.

Economists across the spectrum agree that the math does not work. A study released in June by the Brookfield Center for Trade Policy found that a trade war of the kind Mr. Trump describes would push the economy into recession by 2019. "This is not a close call," said Helen Baptiste, one of its authors. "Every serious model points the same way."

The campaign insists the critics are wrong. Trump's senior policy adviser, Stephen Miller, argued on CNN on Sunday that critics "have been wrong about everything this year." That is a bold claim. But my Republican friends in Ohio who have watched auto parts plants close tell me they worry about what retaliation would do to their soybean exports.

Hillary Clinton has her own trade problems. She said in 2012 that the Trans-Pacific Partnership would "open new markets" for American workers, before she reversed course. But I think voters deserve an honest accounting from both candidates, and on tariffs the honest accounting is grim. Neither of them has offered one yet.
""", """
believe || I || Donald Trump's plan to slap a 45 percent tariff on Chinese goods would be a gift to Beijing || named_person
told || he || the number was "just a negotiating position." || anonymous
has said || Mr. Trump || China is "killing us" on trade || named_person
promised || he || the tariffs would bring back "millions of jobs" to steel towns || named_person
reported || The Wall Street Journal || several of his advisers have privately urged him to drop the figure || media
agree || Economists across the spectrum || the math does not work || anonymous
found || A study released in June by the Brookfield Center for Trade Policy || a trade war of the kind Mr. Trump describes would push the economy into recession by 2019 || document
said || Helen Baptiste, one of its authors || "This is not a close call," ## "Every serious model points the same way." || named_person
insists || The campaign || the critics are wrong || named_org
argued || Trump's senior policy adviser, Stephen Miller || critics "have been wrong about everything this year." || named_person
tell || my Republican friends in Ohio who have watched auto parts plants close || they worry about what retaliation would do to their soybean exports || anonymous
said || She || the Trans-Pacific Partnership would "open new markets" for American workers || named_person
think || I || voters deserve an honest accounting from both candidates, and on tariffs the honest accounting is grim || named_person
""")

# ---------------------------------------------------------------- s02 (straight, author never named)
doc("s02", None, """
The Senate's Garland Blockade Is Running Out of Excuses

Mitch McConnell said in February that the American people deserved a say in choosing the next Supreme Court justice. Seven months later, I am still waiting for someone to explain why the voters who re-elected President Obama in 2012 do not count. Mr. Obama won that election by five million votes.

The majority leader has insisted the blockade is about principle, not politics. "Nothing about this is personal," he told reporters at the Capitol on Tuesday. Senator Charles Grassley, the Judiciary Committee chairman, wrote in a Des Moines Register op-ed that hearings would be "a waste of the committee's time."

I have covered the Senate for two decades, and I do not recall a nominee being denied even the courtesy of a committee vote. A Gallup poll released this month found that 63 percent of Americans want the Senate to hold hearings. Pundits on cable television keep telling us the issue does not move voters, but the numbers suggest they are wrong.

Some Republicans concede the strategy is a gamble. One GOP senator up for re-election in a swing state told me last week that he expects to be asked about Garland "at every town hall between now and November." A Republican leadership aide said the real bet is that a Trump loss would let Republicans confirm Garland in a lame-duck session.

Merrick Garland has now waited longer for a hearing than any Supreme Court nominee in history. He has met with more than 50 senators, most of them Democrats, and he has kept a low profile while the court works through its term with eight members.

Democrats, for their part, have made the empty seat a rallying cry. Hillary Clinton has said she would consider Garland but would not commit to renominating him. I believe the Senate owes him a vote either way, and I suspect most senators know it.
""", """
said || Mitch McConnell || the American people deserved a say in choosing the next Supreme Court justice || named_person
has insisted || The majority leader || the blockade is about principle, not politics || named_person
told || he || "Nothing about this is personal," || named_person
wrote || Senator Charles Grassley, the Judiciary Committee chairman || hearings would be "a waste of the committee's time." || named_person
found || A Gallup poll released this month || 63 percent of Americans want the Senate to hold hearings || document
keep telling || Pundits on cable television || the issue does not move voters || anonymous
suggest || the numbers || they are wrong || document
concede || Some Republicans || the strategy is a gamble || anonymous
told || One GOP senator up for re-election in a swing state || he expects to be asked about Garland "at every town hall between now and November." || anonymous
said || A Republican leadership aide || the real bet is that a Trump loss would let Republicans confirm Garland in a lame-duck session || anonymous
has said || Hillary Clinton || she would consider Garland but would not commit to renominating him || named_person
believe || I || the Senate owes him a vote either way || unknown
suspect || I || most senators know it || unknown
""")

# ---------------------------------------------------------------- s03 (straight, author named: signed letter)
doc("s03", "Robert Tanaka", """
Letter: Iowa Showed the Sanders Movement Is Here to Stay

To the Editor:

Your Feb. 3 editorial argued that Bernie Sanders's near-tie in the Iowa caucuses was "a high-water mark, not a beginning." I was a precinct captain in Story County that night, and I think you are badly mistaken. I have attended every Democratic caucus since 1988.

The Clinton campaign has claimed that its organization "won the ground game" in Iowa. Robby Mook, her campaign manager, told reporters the next morning that the results proved Mrs. Clinton could "win everywhere." Mrs. Clinton has argued that she is the candidate who can "get things done." Perhaps. But in my precinct, the Sanders volunteers outnumbered hers three to one, and most of them were under 30.

A Des Moines political consultant told your reporter that young caucusgoers "never come back." That prediction is older than most of my volunteers. This time, I believe, something is different. A Quinnipiac survey taken the week before the caucuses showed Mr. Sanders winning voters under 45 by more than 40 points. The Des Moines Register reported that nearly half of the Democrats who caucused were attending for the first time.

Senator Sanders said on caucus night that the result sent "a profound message to the political establishment." Some of my neighbors who backed Mrs. Clinton told me they agreed with him on Wall Street but doubted he could win in November. That is a fair worry. It comes up at the grocery store and at church. But party elders said the same thing about a young senator from Illinois in 2008.

Those young people are not going anywhere. They knocked on doors in January snow, they learned the caucus rules faster than I did, and they stayed until the last count at midnight. I will be at my precinct again in four years, and so will they.

Robert Tanaka, Ames, Iowa
""", """
argued || Your Feb. 3 editorial || Bernie Sanders's near-tie in the Iowa caucuses was "a high-water mark, not a beginning." || media
think || I || you are badly mistaken || named_person
has claimed || The Clinton campaign || its organization "won the ground game" in Iowa || named_org
told || Robby Mook, her campaign manager || the results proved Mrs. Clinton could "win everywhere." || named_person
has argued || Mrs. Clinton || she is the candidate who can "get things done." || named_person
told || A Des Moines political consultant || young caucusgoers "never come back." || anonymous
believe || I || This time ## something is different || named_person
showed || A Quinnipiac survey taken the week before the caucuses || Mr. Sanders winning voters under 45 by more than 40 points || document
reported || The Des Moines Register || nearly half of the Democrats who caucused were attending for the first time || media
said || Senator Sanders || the result sent "a profound message to the political establishment." || named_person
told || Some of my neighbors who backed Mrs. Clinton || they agreed with him on Wall Street but doubted he could win in November || anonymous
said || party elders || the same thing about a young senator from Illinois in 2008 || anonymous
""")

# ---------------------------------------------------------------- s04 (straight, author never named)
doc("s04", None, """
Paul Ryan's Trump Problem Won't Go Away

For months we were told that Paul Ryan would never endorse Donald Trump. On Thursday, the speaker did just that, telling a radio host in Milwaukee that Mr. Trump would help turn House Republican ideas "into laws."

My colleagues on the right insist this was the only responsible choice. Mr. Ryan, they argue, could not lead a party at war with its own nominee. There is something to that. I simply do not buy it.

Just last month, Mr. Ryan said he was "not there yet" on Mr. Trump. A person close to the speaker told Politico that he had been assured privately that Mr. Trump would not undermine the House agenda. The Trump campaign said in a statement that the two men "share a commitment to conservative principles."

Not everyone is persuaded. Bill Kristol, the editor of The Weekly Standard, wrote on Twitter that the endorsement was "a sad day for the party of Lincoln." Several House Republicans from suburban districts, speaking on condition of anonymity because they feared retribution from the speaker's office, said they were furious that they had not been consulted.

The speaker is in a bind of his own making. He spent the spring as the party's most prominent holdout, and the summer will test whether his reputation can survive an alliance with a nominee whose style is the opposite of his own.

A Marquette Law School poll released Wednesday found that only 38 percent of Wisconsin Republicans viewed Mr. Trump favorably, a number Mr. Ryan's aides are surely studying. According to The Milwaukee Journal Sentinel, the speaker's office has received thousands of calls since the announcement.

I think Mr. Ryan knows exactly what he has done. He has said he will speak out whenever Mr. Trump says something he disagrees with. I believe voters will hold him to that promise. The House returns in September, and the first test will come quickly.
""", """
were told || NULL || Paul Ryan would never endorse Donald Trump || unknown
telling || the speaker || Mr. Trump would help turn House Republican ideas "into laws." || named_person
insist || My colleagues on the right || this was the only responsible choice || anonymous
argue || they || [[Mr. Ryan]], they argue ## could not lead a party at war with its own nominee || anonymous
said || Mr. Ryan || he was "not there yet" on Mr. Trump || named_person
told || A person close to the speaker || he had been assured privately that Mr. Trump would not undermine the House agenda || anonymous
said || The Trump campaign || the two men "share a commitment to conservative principles." || named_org
wrote || Bill Kristol, the editor of The Weekly Standard || the endorsement was "a sad day for the party of Lincoln." || named_person
said || Several House Republicans from suburban districts || they were furious that they had not been consulted || anonymous
found || A Marquette Law School poll released Wednesday || only 38 percent of Wisconsin Republicans viewed Mr. Trump favorably || document
According to || The Milwaukee Journal Sentinel || the speaker's office has received thousands of calls since the announcement || media
think || I || Mr. Ryan knows exactly what he has done || unknown
has said || He || he will speak out whenever Mr. Trump says something he disagrees with || named_person
believe || I || voters will hold him to that promise || unknown
""")

# ---------------------------------------------------------------- s05 (straight, author named: byline)
doc("s05", "Linda Marchetti", """
I Spent 22 Years at the F.B.I. Comey's Letter Broke the Rules I Was Taught

By Linda Marchetti

I spent 22 years as a special agent at the Federal Bureau of Investigation. On my first day at Quantico, an instructor told us that the bureau does not talk about pending investigations in the weeks before an election. On Friday, Director James Comey told eight congressional committees that the F.B.I. had found new emails that "may be relevant" to the Clinton investigation.

I believe Mr. Comey is an honorable man. But I think his letter did more damage to the bureau's reputation than anything I saw in two decades of service. The letter said the bureau "cannot yet assess" whether the material is significant, which is exactly why it should never have been sent. Agents are trained to keep their work out of the headlines until a case is ready for court.

Former colleagues tell me morale is low. One agent in the Washington field office, who spoke on condition of anonymity because he was not authorized to speak to the press, said many agents felt the director had been "boxed in" by leaks from the New York office. The New York Times reported on Sunday that senior Justice Department officials had urged Mr. Comey not to send the letter.

The campaigns were quick to pounce. John Podesta, the Clinton campaign chairman, said the letter was "an extraordinary intrusion into a presidential election." Donald Trump told a rally in New Hampshire that the development was "a total game-changer." Both men are playing politics, and I do not blame them for it. That is their job.

Mr. Comey's defenders argue that he had no choice, since he had promised Congress he would update lawmakers if anything new emerged. Perhaps. But I am convinced that the rules exist for moments exactly like this one, and that the bureau will pay for breaking them long after Nov. 8. The guidance has no exception for close races.
""", """
told || an instructor || the bureau does not talk about pending investigations in the weeks before an election || anonymous
told || Director James Comey || the F.B.I. had found new emails that "may be relevant" to the Clinton investigation || named_person
believe || I || Mr. Comey is an honorable man || named_person
think || I || his letter did more damage to the bureau's reputation than anything I saw in two decades of service || named_person
said || The letter || the bureau "cannot yet assess" whether the material is significant || document
tell || Former colleagues || morale is low || anonymous
said || One agent in the Washington field office || many agents felt the director had been "boxed in" by leaks from the New York office || anonymous
reported || The New York Times || senior Justice Department officials had urged Mr. Comey not to send the letter || media
said || John Podesta, the Clinton campaign chairman || the letter was "an extraordinary intrusion into a presidential election." || named_person
told || Donald Trump || the development was "a total game-changer." || named_person
argue || Mr. Comey's defenders || he had no choice, since he had promised Congress he would update lawmakers if anything new emerged || anonymous
am convinced || I || the rules exist for moments exactly like this one, and that the bureau will pay for breaking them long after Nov. 8 || named_person
""")

# ---------------------------------------------------------------- s06 (straight, author never named)
doc("s06", None, """
McCrory Bet His Governorship on HB2. He May Lose the Bet.

When Gov. Pat McCrory signed House Bill 2 in March, he insisted the law was about "common sense" and privacy. Six months later, the N.C.A.A. has pulled its championship games out of North Carolina, and I suspect even some of the governor's allies wish he had vetoed it. The law requires transgender people to use the bathrooms that match the sex on their birth certificates, and it blocks cities from passing their own anti-discrimination ordinances.

The governor's office says the economic damage has been exaggerated. His spokeswoman, Claire Hollings, told The News & Observer that the state's unemployment rate "continues to fall." The N.C.A.A. said in a statement that the law was inconsistent with its commitment to "fairness and inclusion."

Roy Cooper, the Democratic attorney general running against Mr. McCrory, has argued that the law has cost the state more than $400 million in lost business. That figure is hard to pin down. A report by the conservative John Locke Foundation concluded that the losses were far smaller, though it did not offer an estimate of its own.

Republican strategists in Raleigh are nervous. One veteran of three statewide campaigns said the law had turned a sleepy governor's race into "a referendum on whether North Carolina is open for business." Another said the governor simply cannot admit a mistake.

Pundits in Washington have argued all summer that HB2 will help Donald Trump carry the state by energizing social conservatives. The polls do not bear that out. A Public Policy Polling survey released last week showed Mr. Cooper leading by four points, with 55 percent of voters saying the law was hurting the state.

Mr. McCrory told a Charlotte radio station on Monday that he would "never apologize for protecting our children." I believe he means it. Whether the voters of North Carolina will reward him for it is another matter. The election is six weeks away.
""", """
insisted || he || the law was about "common sense" and privacy || named_person
suspect || I || even some of the governor's allies wish he had vetoed it || unknown
says || The governor's office || the economic damage has been exaggerated || named_org
told || His spokeswoman, Claire Hollings || the state's unemployment rate "continues to fall." || named_person
said || The N.C.A.A. || the law was inconsistent with its commitment to "fairness and inclusion." || named_org
has argued || Roy Cooper, the Democratic attorney general running against Mr. McCrory || the law has cost the state more than $400 million in lost business || named_person
concluded || A report by the conservative John Locke Foundation || the losses were far smaller || document
said || One veteran of three statewide campaigns || the law had turned a sleepy governor's race into "a referendum on whether North Carolina is open for business." || anonymous
said || Another || the governor simply cannot admit a mistake || anonymous
have argued || Pundits in Washington || HB2 will help Donald Trump carry the state by energizing social conservatives || anonymous
showed || A Public Policy Polling survey released last week || Mr. Cooper leading by four points, with 55 percent of voters saying the law was hurting the state || document
told || Mr. McCrory || he would "never apologize for protecting our children." || named_person
believe || I || he means it || unknown
""")

# ---------------------------------------------------------------- s07 (curly, author never named)
doc("s07", None, """
Rubio’s Return Is About 2020, Whatever He Says

Marco Rubio told us all spring that he would be a private citizen come January. On Wednesday he announced that he would seek a second term in the Senate after all, saying the stakes for the country were “too high to walk away.”

I do not doubt that the senator loves his country. But I think anyone who watched his presidential campaign collapse in Florida in March understands what this is really about. His advisers, according to two Republicans familiar with his thinking, have told him that a Senate win in a bad year for the party would make him the front-runner for 2020.

His spokesman, Alex Conant, said the decision had “nothing to do with 2020.” Mitch McConnell, who had lobbied Mr. Rubio for weeks, said in a statement that he was “delighted.”

Representative Patrick Murphy, the likely Democratic nominee, said Mr. Rubio was treating the Senate “like a consolation prize.” A Quinnipiac University poll released last month found Mr. Rubio leading Mr. Murphy by seven points, but the same poll showed that a majority of Florida voters thought he should have stayed out of the race.

The politics are not hard to follow. Florida’s Senate seat was always going to be one of the most expensive races of the year, and Mr. Rubio begins it with near-universal name recognition, a national donor list and a primary field that cleared out within hours of his decision.

My Republican friends in Tallahassee are thrilled. One of them texted me that Mr. Rubio was “the only thing standing between us and a Democratic Senate.” The Miami Herald reported that Mr. Trump had called Mr. Rubio last week to urge him to run, a detail the senator’s office would not confirm.

Voters may forgive him. I suspect they will remember that he called the Senate “frustrating” just a year ago. That is a lot of ground to cover before November.
""", """
told || Marco Rubio || he would be a private citizen come January || named_person
announced || he || he would seek a second term in the Senate after all || named_person
saying || Wednesday [[he]] announced || the stakes for the country were “too high to walk away.” || named_person
think || I || anyone who watched his presidential campaign collapse in Florida in March understands what this is really about || unknown
according to || two Republicans familiar with his thinking || His advisers ## have told him that a Senate win in a bad year for the party would make him the front-runner for 2020 || anonymous
said || His spokesman, Alex Conant || the decision had “nothing to do with 2020.” || named_person
said || Mitch McConnell || he was “delighted.” || named_person
said || Representative Patrick Murphy, the likely Democratic nominee || Mr. Rubio was treating the Senate “like a consolation prize.” || named_person
found || A Quinnipiac University poll released last month || Mr. Rubio leading Mr. Murphy by seven points || document
showed || the same poll || a majority of Florida voters thought he should have stayed out of the race || document
texted || One of them || Mr. Rubio was “the only thing standing between us and a Democratic Senate.” || anonymous
reported || The Miami Herald || Mr. Trump had called Mr. Rubio last week to urge him to run || media
suspect || I || they will remember that he called the Senate “frustrating” just a year ago || unknown
""")

# ---------------------------------------------------------------- s08 (curly, author named: tagline)
doc("s08", "Karen Whitfield", """
Obamacare’s Premium Spike Is a Warning, Not a Death Sentence

Last week the Department of Health and Human Services announced that premiums for the benchmark plan on HealthCare.gov would rise by an average of 25 percent next year. Some families in Arizona will see their premiums more than double. Donald Trump said the increase proved the law was “a total disaster.”

I helped write the rules for the exchanges when I worked in the administration, so I have a stake in this argument. I believe the increases are real and painful. But I think they are a correction, not a collapse. The Kaiser Family Foundation found in an analysis this summer that most enrollees would still be able to find a plan for under $100 a month after subsidies.

Insurers say the market can be stabilized. A senior executive at one large carrier, who spoke on the condition that neither she nor her company be named, told me the early pricing was simply too low. “We guessed wrong about who would sign up,” she said. “That’s fixable.” Carriers that priced cautiously in 2014 are in far better shape today.

Hillary Clinton has said she would add a public option and expand subsidies. Speaker Paul Ryan has said the House will pass a replacement plan next year, though he has not said what it would cost. My former colleagues in the Obama administration insist that the law’s core — protections for people with pre-existing conditions — is more popular than ever. A Pew Research Center survey released in September found that 70 percent of Americans want those protections kept.

I think the honest answer is to fix the law, not to burn it down. President Obama told an audience in Miami on Thursday that the Affordable Care Act needed “some improvements.” On that point, at least, he is right.

Karen Whitfield was a deputy administrator at the Centers for Medicare and Medicaid Services from 2011 to 2015.
""", """
announced || the Department of Health and Human Services || premiums for the benchmark plan on HealthCare.gov would rise by an average of 25 percent next year || named_org
said || Donald Trump || the increase proved the law was “a total disaster.” || named_person
believe || I || the increases are real and painful || named_person
think || I || they are a correction, not a collapse || named_person
found || The Kaiser Family Foundation || most enrollees would still be able to find a plan for under $100 a month after subsidies || named_org
say || Insurers || the market can be stabilized || anonymous
told || A senior executive at one large carrier || the early pricing was simply too low || anonymous
said || she || “We guessed wrong about who would sign up,” ## “That’s fixable.” || anonymous
has said || Hillary Clinton || she would add a public option and expand subsidies || named_person
has said || Speaker Paul Ryan || the House will pass a replacement plan next year || named_person
insist || My former colleagues in the Obama administration || the law’s core — protections for people with pre-existing conditions — is more popular than ever || anonymous
found || A Pew Research Center survey released in September || 70 percent of Americans want those protections kept || document
think || I || the honest answer is to fix the law, not to burn it down || named_person
told || President Obama || the Affordable Care Act needed “some improvements.” || named_person
""")

# ---------------------------------------------------------------- s09 (curly, author never named)
doc("s09", None, """
A Deadlocked Court Leaves Millions in Limbo

The Supreme Court’s 4-to-4 split on Thursday left in place a lower court ruling that blocked President Obama’s immigration programs. The programs would have shielded roughly four million parents of citizens and legal residents from deportation and let them work legally. The court’s one-sentence order said only that the judgment was “affirmed by an equally divided court.”

President Obama told reporters at the White House that the decision was “a painful setback” for millions of families. Texas Attorney General Ken Paxton, who led the challenge, said the ruling “keeps the president in his constitutional lane.”

I think both men are overstating what happened. A tie sets no precedent and binds no other appeals court. Legal scholars across the ideological spectrum agree that the question will return to the court once a ninth justice is seated. Dana Whitcomb, a law professor at Georgetown, wrote on SCOTUSblog that the case “was always going to be decided by the next appointment.”

That is why the presidential race matters so much here. The next president will fill the vacancy, and perhaps more than one. Donald Trump has said he would appoint justices “in the mold of Justice Scalia.” Mrs. Clinton has promised to defend the programs and to push for a broader overhaul in her first 100 days, according to her campaign website.

Advocates I spoke with in Houston were stunned. One organizer with a local immigrant rights group said families had been preparing paperwork for months. “People paid lawyers,” she said. “They trusted the government.” A Department of Homeland Security spokeswoman said the agency would not begin deporting people who had applied, though she declined to say for how long.

The Pew Research Center reported last year that 72 percent of Americans believe undocumented immigrants should be allowed to stay legally. I suspect a full court will revisit the question sooner than anyone in Washington expects. The families in Houston cannot wait that long.
""", """
said || The court’s one-sentence order || the judgment was “affirmed by an equally divided court.” || document
told || President Obama || the decision was “a painful setback” for millions of families || named_person
said || Texas Attorney General Ken Paxton || the ruling “keeps the president in his constitutional lane.” || named_person
think || I || both men are overstating what happened || unknown
agree || Legal scholars across the ideological spectrum || the question will return to the court once a ninth justice is seated || anonymous
wrote || Dana Whitcomb, a law professor at Georgetown || the case “was always going to be decided by the next appointment.” || named_person
has said || Donald Trump || he would appoint justices “in the mold of Justice Scalia.” || named_person
according to || her campaign website || Mrs. Clinton has promised to defend the programs and to push for a broader overhaul in her first 100 days || document
said || One organizer with a local immigrant rights group || families had been preparing paperwork for months || anonymous
said || she || “People paid lawyers,” ## “They trusted the government.” || anonymous
said || A Department of Homeland Security spokeswoman || the agency would not begin deporting people who had applied || anonymous
reported || The Pew Research Center || 72 percent of Americans believe undocumented immigrants should be allowed to stay legally || named_org
suspect || I || a full court will revisit the question sooner than anyone in Washington expects || unknown
""")

# ---------------------------------------------------------------- s10 (curly, author named: byline)
doc("s10", "Tomás Reyes", """
I Was a Sanders Delegate. Here’s Why I’m Voting for Clinton Anyway.

By Tomás Reyes

I came to Philadelphia angry. I had knocked on doors for Mr. Sanders in three states. Like many Sanders delegates, I believed the Democratic National Committee had put its thumb on the scale for Hillary Clinton, and the hacked emails that WikiLeaks released on the eve of the convention did nothing to change my mind.

One email showed a committee official suggesting that someone raise questions about Mr. Sanders’s faith before the Kentucky primary. Debbie Wasserman Schultz stepped down as chairwoman the day before the gavel, and the committee said in a statement that the messages “do not reflect our values or our commitment to neutrality.” Politico reported that several senior committee staff members would leave after the convention.

On the first morning, Senator Sanders told our delegation at breakfast that we had to “do everything we can” to defeat Donald Trump. Some of my fellow delegates booed. A woman from Oregon sitting next to me said she felt “betrayed.” I understood her. I still do.

But the next four days changed my mind. Mrs. Clinton’s running mate, Tim Kaine, told a room of progressive delegates that the party platform would guide a Clinton administration. Jeff Weaver, Mr. Sanders’s campaign manager, said “the political revolution is inside the tent now.”

A CNN/ORC poll taken after the convention found that 90 percent of Sanders supporters planned to vote for Mrs. Clinton. By the last night, the booing had mostly stopped. When I got home to Albuquerque, most of my friends told me they had already made peace with it.

Mr. Trump, for his part, has said Sanders voters should join him because the system was “rigged” against their candidate. I think this is the most cynical pitch of the year. I believe Mrs. Clinton will keep the promises she made in Philadelphia, and if she does not, I will be the first to complain. That is a promise.
""", """
believed || I || the Democratic National Committee had put its thumb on the scale for Hillary Clinton || named_person
showed || One email || a committee official suggesting that someone raise questions about Mr. Sanders’s faith before the Kentucky primary || document
said || the committee || the messages “do not reflect our values or our commitment to neutrality.” || named_org
reported || Politico || several senior committee staff members would leave after the convention || media
told || Senator Sanders || we had to “do everything we can” to defeat Donald Trump || named_person
said || A woman from Oregon sitting next to me || she felt “betrayed.” || anonymous
told || Mrs. Clinton’s running mate, Tim Kaine || the party platform would guide a Clinton administration || named_person
said || Jeff Weaver, Mr. Sanders’s campaign manager || “the political revolution is inside the tent now.” || named_person
found || A CNN/ORC poll taken after the convention || 90 percent of Sanders supporters planned to vote for Mrs. Clinton || document
told || most of my friends || they had already made peace with it || anonymous
has said || Mr. Trump || Sanders voters should join him because the system was “rigged” against their candidate || named_person
think || I || this is the most cynical pitch of the year || named_person
believe || I || Mrs. Clinton will keep the promises she made in Philadelphia || named_person
""")

# ---------------------------------------------------------------- s11 (curly, author never named)
doc("s11", None, """
Congress Went Home. Zika Didn’t.

I have written a lot of columns about congressional dysfunction, but I never expected to write one about mosquitoes. Yet here we are: Congress has left for its seven-week summer recess without approving any new money to fight the Zika virus. The virus has been spreading in Puerto Rico for months.

Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention, warned on Tuesday that the agency was “running on fumes” in its fight against the virus. The Florida Department of Health reported that 14 people in a Miami neighborhood had been infected by local mosquitoes. Local transmission in the continental United States had been a worst-case scenario only a few months ago.

Republicans say Democrats are to blame. Senator Mitch McConnell said Democrats had “filibustered funding for a public health emergency.” The bill in question also cut money for Planned Parenthood and rolled back some pesticide rules. A statement from Speaker Paul Ryan’s office said the Democratic position was “shameful.”

Democrats say the Planned Parenthood provision was a poison pill. Senator Harry Reid told reporters that Republicans had “larded up” the bill with partisan riders, and Senate Democrats, according to a leadership aide, will try again when Congress returns in September.

My friends on the right tell me the issue has been overhyped by the press. Some pundits have suggested on talk radio that the virus is a distraction from the president’s failures elsewhere. A Harvard School of Public Health poll released this month found that nearly half of Americans in Zika-affected states did not know the virus could cause birth defects.

I believe the people who will remember this summer are the expectant mothers in Miami. Business owners in Wynwood told The Miami Herald that foot traffic in the neighborhood had fallen by half. I think Congress should cancel the rest of its vacation. Mosquito season in South Florida lasts until November.
""", """
warned || Dr. Tom Frieden, the director of the Centers for Disease Control and Prevention || the agency was “running on fumes” in its fight against the virus || named_person
reported || The Florida Department of Health || 14 people in a Miami neighborhood had been infected by local mosquitoes || named_org
say || Republicans || Democrats are to blame || named_org
said || Senator Mitch McConnell || Democrats had “filibustered funding for a public health emergency.” || named_person
said || A statement from Speaker Paul Ryan’s office || the Democratic position was “shameful.” || document
say || Democrats || the Planned Parenthood provision was a poison pill || named_org
told || Senator Harry Reid || Republicans had “larded up” the bill with partisan riders || named_person
according to || a leadership aide || Senate Democrats ## will try again when Congress returns in September || anonymous
tell || My friends on the right || the issue has been overhyped by the press || anonymous
have suggested || Some pundits || the virus is a distraction from the president’s failures elsewhere || anonymous
found || A Harvard School of Public Health poll released this month || nearly half of Americans in Zika-affected states did not know the virus could cause birth defects || document
believe || I || the people who will remember this summer are the expectant mothers in Miami || unknown
told || Business owners in Wynwood || foot traffic in the neighborhood had fallen by half || anonymous
think || I || Congress should cancel the rest of its vacation || unknown
""")

# ---------------------------------------------------------------- s12 (curly, author named: tagline)
doc("s12", "Paul Hendricks", """
My Party Made a Deal With Trump. I Can’t Pretend It Worked.

I worked in Republican politics for fifteen years, and I have stuck with my party through plenty of bad weeks. This one is different. After a 2005 recording of Donald Trump making vulgar remarks about women surfaced on Friday, Reince Priebus, the chairman of the Republican National Committee, said the remarks were “indefensible” but that the committee would keep working to elect Republicans “up and down the ballot.”

Privately, the story was messier. Two people who were on a conference call with committee members on Saturday told me that several of them urged Mr. Priebus to cut the nominee loose. One of the two said the chairman “sounded like a man who had run out of options.” Sean Spicer, the committee’s chief strategist, told CNN that the R.N.C. remained “fully behind” the ticket.

I believe Mr. Priebus made the choice he thought he had to make. In 2013 he commissioned an autopsy of the party’s defeat. That report warned that the party had to reach women, minorities and young voters, and it said the party must “compete for every voter, in every community.” I helped run its rollout in Ohio.

Kellyanne Conway, the campaign manager, has argued that the tape is old news and that voters care more about jobs. Mike Pence said on Sunday that he was “offended” but that he would stand by the nominee. My friends who still work at the committee tell me the donors are not so forgiving.

According to Politico, at least three major donors have asked for their money back. A Fox News poll released Wednesday showed Hillary Clinton’s lead among women growing to 21 points. Several Republican senators, including John McCain, said they could no longer support Mr. Trump.

I think my party will survive this. But I am certain it will not survive another four years of pretending.

Paul Hendricks was communications director of the Ohio Republican Party from 2009 to 2013.
""", """
said || Reince Priebus, the chairman of the Republican National Committee || the remarks were “indefensible” but that the committee would keep working to elect Republicans “up and down the ballot.” || named_person
told || Two people who were on a conference call with committee members on Saturday || several of them urged Mr. Priebus to cut the nominee loose || anonymous
said || One of the two || the chairman “sounded like a man who had run out of options.” || anonymous
told || Sean Spicer, the committee’s chief strategist || the R.N.C. remained “fully behind” the ticket || named_person
believe || I || Mr. Priebus made the choice he thought he had to make || named_person
warned || That report || the party had to reach women, minorities and young voters || document
said || it || the party must “compete for every voter, in every community.” || document
has argued || Kellyanne Conway, the campaign manager || the tape is old news and that voters care more about jobs || named_person
said || Mike Pence || he was “offended” but that he would stand by the nominee || named_person
tell || My friends who still work at the committee || the donors are not so forgiving || anonymous
According to || Politico || at least three major donors have asked for their money back || media
showed || A Fox News poll released Wednesday || Hillary Clinton’s lead among women growing to 21 points || document
said || Several Republican senators, including John McCain || they could no longer support Mr. Trump || named_person
think || I || my party will survive this || named_person
am certain || I || it will not survive another four years of pretending || named_person
""")


# ---------------------------------------------------------------- span resolution
CTX_RE = re.compile(r"^(.*)\[\[(.+?)\]\](.*)$", re.S)


def _is_word(ch):
    return ch.isalnum()


def occurrences(text, s):
    """All start offsets of s in text, respecting word boundaries at alphanumeric ends."""
    out = []
    i = text.find(s)
    while i != -1:
        ok = True
        if _is_word(s[0]) and i > 0 and _is_word(text[i - 1]):
            ok = False
        j = i + len(s)
        if _is_word(s[-1]) and j < len(text) and _is_word(text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def explicit(text, spec):
    """Resolve 'left[[span]]right' to (start, end) or return None if no context given."""
    m = CTX_RE.match(spec)
    if not m:
        return None
    left, span, right = m.groups()
    full = left + span + right
    occ = [i for i in range(len(text)) if text.startswith(full, i)]
    assert len(occ) == 1, f"context {spec!r} occurs {len(occ)} times"
    s = occ[0] + len(left)
    return (s, s + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def dist(a, b):
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def nearest(text, spec, anchors, forbidden, what):
    ex = explicit(text, spec)
    if ex:
        return ex
    cands = []
    for i in occurrences(text, spec):
        sp = (i, i + len(spec))
        if any(overlaps(sp, f) for f in forbidden):
            continue
        d = min(dist(sp, a) for a in anchors)
        cands.append((d, sp))
    assert cands, f"{what} {spec!r} not found"
    cands.sort()
    if len(cands) > 1:
        assert cands[0][0] < cands[1][0], f"{what} {spec!r}: tie {cands[:2]}"
    return cands[0][1]


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(text, ann_block, doc_id):
    atts = []
    for ln, line in enumerate(ann_block.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id} line {ln}: {line!r}"
        cue_s, src_s, cont_s, typ = parts
        assert typ in TYPES, f"{doc_id} line {ln}: bad type {typ}"
        # content fragments
        frags = []
        for fs in [f.strip() for f in cont_s.split(" ## ")]:
            ex = explicit(text, fs)
            if ex:
                frags.append(ex)
            else:
                occ = occurrences(text, fs)
                assert len(occ) == 1, f"{doc_id} line {ln}: content {fs!r} occurs {len(occ)} times"
                frags.append((occ[0], occ[0] + len(fs)))
        assert all(frags[k][1] <= frags[k + 1][0] for k in range(len(frags) - 1)), f"{doc_id} line {ln}: fragment order"
        cue = nearest(text, cue_s, frags, frags, f"{doc_id} line {ln} cue")
        if src_s == "NULL":
            src = None
            assert typ == "unknown", f"{doc_id} line {ln}: null source must be unknown"
        else:
            src = nearest(text, src_s, [cue], frags + [cue], f"{doc_id} line {ln} source")
        cstart, cend = frags[0][0], frags[-1][1]
        content = span(text, (cstart, cend))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        # convention checks
        first = text[frags[0][0]:frags[0][1]]
        last = text[frags[-1][0]:frags[-1][1]]
        assert not first.lower().startswith("that "), f"{doc_id} line {ln}: leading that"
        assert not last.endswith("."), f"{doc_id} line {ln}: final period outside quotes: {last!r}"
        assert not last.endswith(","), f"{doc_id} line {ln}: trailing comma outside quotes"
        rec = {"cue": span(text, cue), "source": span(text, src) if src else None,
               "content": content, "source_type": typ}
        for sp in [rec["cue"], rec["source"], rec["content"]]:
            if sp:
                assert text[sp["start"]:sp["end"]] == sp["text"]
                assert sp["text"] == sp["text"].strip(), f"{doc_id} line {ln}: whitespace at span edge"
        for s, e in content.get("fragments", []):
            assert text[s:e].strip() == text[s:e]
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    return atts


def build():
    recs = []
    assert len(DOCS) == 12
    for idx, (doc_id, author, text, ann) in enumerate(DOCS):
        assert doc_id == f"s{idx + 1:02d}"
        # format: headline, blank line, paragraphs separated by blank lines
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "" and lines[2].strip(), doc_id
        assert "\n\n\n" not in text, doc_id
        for para in text.split("\n\n"):
            assert para.strip() and "\n" not in para, doc_id
        words = len(text.split())
        assert 300 <= words <= 500, f"{doc_id}: {words} words"
        # quote style: first half straight, second half curly
        if idx < 6:
            assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight half"
            assert '"' in text, doc_id
        else:
            assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly half"
            assert "\u201c" in text and "\u201d" in text and "\u2019" in text, doc_id
        # author named in the text in half of the articles
        if author:
            assert author in text, doc_id
        atts = parse_ann(text, ann, doc_id)
        assert 10 <= len(atts) <= 16, f"{doc_id}: {len(atts)} attributions"
        # the author's own "I": named_person when the author is named, else unknown
        for a in atts:
            if a["source"] and a["source"]["text"] == "I":
                assert a["source_type"] == ("named_person" if author else "unknown"), doc_id
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    assert sum(1 for d in DOCS if d[1]) == 6
    return recs


def review(recs):
    """Human-readable check: each attribution with its spans marked in context."""
    out = []
    for r in recs:
        t = r["text"]
        out.append(f"===== {r['doc_id']} ({len(r['attributions'])} attributions, {len(t.split())} words)")
        for k, a in enumerate(r["attributions"], 1):
            marks = [(a["cue"]["start"], "<C:"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "{S:"), (a["source"]["end"], "}")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "[Q:"), (e, "]")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            lo = max(0, lo - 30)
            hi = min(len(t), hi + 15)
            seg = ""
            pos = lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in (">", "}", "]") and 0 or 1)):
                seg += t[pos:p] + m
                pos = p
            seg += t[pos:hi]
            out.append(f"{k:2d} [{a['source_type']}] " + seg.replace("\n", " / "))
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind40.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
