#!/usr/bin/env python3
"""Build ``blind8.jsonl``: the eighth batch of blind test articles (session 15).

14 invented opinion, analysis and feature pieces in the style of 2016 HuffPost, Breitbart, Western
Journal and USA Today columns (a first-person author, pundits, unnamed critics and insiders),
written and annotated by a helper session that never read claimtrace's code, tests or data; see
NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind8/build_blind8.py [--check] [--review]`` (``--check``: exit 1
if blind8.jsonl is stale; ``--review``: print every attribution in context).

Annotation line format (one attribution per line):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE may be `null` (no source given in the article).
- CONTENT may have several fragments separated by ` ## ` (quote split by the cue).
- Any field (or fragment) may be written `TEXT @@ CONTEXT`: CONTEXT must occur exactly
  once in the article and TEXT is taken at its first occurrence inside CONTEXT.
- Without @@: the first content fragment must be unique in the text (later fragments are
  taken at their first occurrence after the previous one); the cue is the occurrence
  nearest to the content (not overlapping it); the source is the occurrence nearest to
  the cue (not overlapping cue or content). Ties raise an error.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
ARTICLES = []


def A(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- h01 (straight quotes)
A("h01", """
Trump's 'Rigged' Talk Is a Gift to His Critics

Donald Trump has found his excuse before a single vote is counted. At a rally in Green Bay on Monday, the Republican nominee told supporters that the election was being "stolen" from them by a "corrupt media" and a "crooked establishment."

I have covered campaigns for twenty years, and I think this is something new. Losing candidates have grumbled before. None of them asked their voters to stop trusting the count.

Is anyone in his party willing to say so out loud? A few are. "It's dangerous, and he knows it's dangerous," said one Republican senator, who asked not to be named because he did not want to anger the nominee's base. "But nobody wants to be the guy who says it first."

Mike Pence, for his part, has tried to soften the message. The Indiana governor said on Sunday that he and Trump would "absolutely accept the result" of the election. His running mate undercut him the next day.

Clinton campaign manager Robby Mook told reporters on a conference call that Trump was "laying the groundwork for a tantrum" and that the campaign would not let him "poison the well."

The critics are not only on the left. Conservative radio host Hugh Hewitt wrote on Twitter that the nominee's comments were "beneath a man who wants to be president." Many conservatives privately agree, according to a longtime GOP operative in Wisconsin who has worked for both Paul Ryan and Scott Walker.

"They'll never say it on television," the operative told me. "But in the room, they're mortified."

Trump, of course, sees things differently. He tweeted on Tuesday morning: "The media is trying to rig the election by pushing false stories. Voters see through it!" His campaign said in a statement that he was simply "telling the truth that the elites don't want to hear."

A Monmouth University poll released this week found that 41 percent of Republicans believe the vote could be stolen from Trump. That number should worry everyone. Who exactly benefits when half a country stops believing in elections?

One Democratic strategist told me the Clinton team is "not even slightly worried" about the numbers. Maybe they should be.
""", """
told || the Republican nominee || the election was being "stolen" from them by a "corrupt media" and a "crooked establishment." || named_person
think || I || this is something new || unknown
said || one Republican senator || "It's dangerous, and he knows it's dangerous," ## "But nobody wants to be the guy who says it first." || anonymous
said || The Indiana governor || he and Trump would "absolutely accept the result" of the election || named_person
told || Clinton campaign manager Robby Mook || Trump was "laying the groundwork for a tantrum" and that the campaign would not let him "poison the well." || named_person
wrote || Conservative radio host Hugh Hewitt || the nominee's comments were "beneath a man who wants to be president." || named_person
according to || a longtime GOP operative in Wisconsin who has worked for both Paul Ryan and Scott Walker || Many conservatives privately agree || anonymous
told || the operative || "They'll never say it on television," ## "But in the room, they're mortified." || anonymous
tweeted || He || "The media is trying to rig the election by pushing false stories. Voters see through it!" || named_person
said || His campaign || he was simply "telling the truth that the elites don't want to hear." || named_org
found || A Monmouth University poll released this week || 41 percent of Republicans believe the vote could be stolen from Trump || document
told || One Democratic strategist || the Clinton team is "not even slightly worried" about the numbers || anonymous
""")

# ---------------------------------------------------------------- h02
A("h02", """
EXCLUSIVE: GOP Insiders Fear Ryan's Trump Snub Will Backfire

House Speaker Paul Ryan's decision to keep his distance from Donald Trump is infuriating grassroots conservatives, and some of the speaker's own allies now fear it could cost Republicans the House, Breitbart News has learned.

Ryan told House Republicans on a conference call Monday that he would no longer defend the nominee and would spend the final weeks of the campaign "focused on protecting our majority." Two people who were on the call said the reaction was "stunned silence."

"Paul thinks he's protecting the members. He's doing the opposite," said a senior House Republican aide, who spoke on condition of anonymity to discuss private conversations. "Our voters see this as a betrayal, and they have long memories."

Breitbart News reached out to Ryan's office. Spokeswoman AshLee Strong said the speaker "is focused on the House" and had "nothing more to say about the presidential race."

That is not good enough for the base. Many conservatives believe the speaker is the face of a Washington establishment that never wanted Trump in the first place.

Radio host Laura Ingraham went further. "If Paul Ryan wants to hand Hillary Clinton the White House, he should just say so," she said on her show Tuesday.

Trump himself responded on Twitter within hours. "Paul Ryan should spend less time worrying about me and more time fighting for the people who elected him," the Republican nominee tweeted. "Sad!"

Insiders say the speaker's calculation is simple. According to a longtime GOP operative close to the leadership, Ryan's team believes Trump will lose by double digits and wants to limit the damage down the ballot.

But is that calculation right? A Breitbart/Gravis poll conducted last week showed Trump within three points in Wisconsin, Ryan's home state. And the Republican National Committee has told donors that it is standing firmly behind its nominee, according to an RNC official.

"We're all in," RNC Chairman Reince Priebus told reporters in Washington on Wednesday. The question is whether the speaker is, too.
""", """
has learned || Breitbart News || House Speaker Paul Ryan's decision to keep his distance from Donald Trump is infuriating grassroots conservatives, and some of the speaker's own allies now fear it could cost Republicans the House || media
told || Ryan || he would no longer defend the nominee and would spend the final weeks of the campaign "focused on protecting our majority." || named_person
said || Two people who were on the call || the reaction was "stunned silence." || anonymous
said || a senior House Republican aide || "Paul thinks he's protecting the members. He's doing the opposite," ## "Our voters see this as a betrayal, and they have long memories." || anonymous
said || Spokeswoman AshLee Strong || the speaker "is focused on the House" and had "nothing more to say about the presidential race." || named_person
believe || Many conservatives || the speaker is the face of a Washington establishment that never wanted Trump in the first place || anonymous
said || she || "If Paul Ryan wants to hand Hillary Clinton the White House, he should just say so," || named_person
tweeted || the Republican nominee || "Paul Ryan should spend less time worrying about me and more time fighting for the people who elected him," ## "Sad!" || named_person
say || Insiders || the speaker's calculation is simple || anonymous
According to || a longtime GOP operative close to the leadership || Ryan's team believes Trump will lose by double digits and wants to limit the damage down the ballot || anonymous
showed || A Breitbart/Gravis poll conducted last week || Trump within three points in Wisconsin, Ryan's home state || document
according to || an RNC official || the Republican National Committee has told donors that it is standing firmly behind its nominee || anonymous
told || RNC Chairman Reince Priebus || "We're all in," || named_person
""")

# ---------------------------------------------------------------- h03
A("h03", """
Comey's Letter Changed the Race. Why Won't Democrats Admit It?

Eleven days before the election, FBI Director James Comey sent Congress a letter that nobody in Brooklyn saw coming. In it, he wrote that agents had found "additional material that may bear on" the Clinton email investigation and that the bureau would review it "as quickly as possible."

The reaction from Clinton's team was immediate and furious. Campaign chairman John Podesta said the letter was "long on innuendo and short on facts" and demanded that the director release everything he had.

I think all that fury missed the point. Whatever one makes of Comey's timing, the letter did not create the doubts voters had about Clinton. It confirmed them.

Consider the numbers. An ABC News/Washington Post tracking poll taken in the days after the letter showed Clinton's lead shrinking from twelve points to two. Among independents, the poll found, trust in the former secretary of state fell to its lowest level of the year.

Democrats see it differently, of course. Senate Minority Leader Harry Reid said Comey may have broken the law, and many in the party believe the director cost Clinton the election.

"The FBI put its thumb on the scale, and everybody in Washington knows it," one Democratic strategist who advised the campaign in Pennsylvania told me.

Maybe. But Republicans have their own theory, and it is not flattering to Brooklyn. According to people close to the Trump campaign, internal polling in Michigan and Wisconsin had shown the race tightening for weeks before the letter arrived.

Kellyanne Conway, Trump's campaign manager, made the same argument on Fox News on Sunday. "We were closing before Comey, and we kept closing after Comey," she said.

The Clinton campaign, for its part, insists the letter was decisive. In a memo to supporters, campaign manager Robby Mook wrote that the campaign's own data showed a "clear and sudden" drop in support among college-educated women after Oct. 28.

Who is right? Probably both. But a party that blames one letter for its defeat is a party that has not yet asked itself the harder questions.
""", """
wrote || he || agents had found "additional material that may bear on" the Clinton email investigation and that the bureau would review it "as quickly as possible." || named_person
said || Campaign chairman John Podesta || the letter was "long on innuendo and short on facts" || named_person
demanded || Campaign chairman John Podesta || the director release everything he had || named_person
think || I || all that fury missed the point || unknown
showed || An ABC News/Washington Post tracking poll taken in the days after the letter || Clinton's lead shrinking from twelve points to two || document
found || the poll || Among independents ## trust in the former secretary of state fell to its lowest level of the year || document
said || Senate Minority Leader Harry Reid || Comey may have broken the law || named_person
believe || many in the party || the director cost Clinton the election || anonymous
told || one Democratic strategist who advised the campaign in Pennsylvania || "The FBI put its thumb on the scale, and everybody in Washington knows it," || anonymous
According to || people close to the Trump campaign || internal polling in Michigan and Wisconsin had shown the race tightening for weeks before the letter arrived || anonymous
said || she || "We were closing before Comey, and we kept closing after Comey," || named_person
insists || The Clinton campaign || the letter was decisive || named_org
wrote || campaign manager Robby Mook || the campaign's own data showed a "clear and sudden" drop in support among college-educated women after Oct. 28 || named_person
""")

# ---------------------------------------------------------------- h04
A("h04", """
Can Clinton Win Back the Bernie Voters? Don't Bet on It Yet

PHILADELPHIA - Bernie Sanders did what he was asked to do. On Monday night, the Vermont senator stood before the Democratic convention and told delegates that Hillary Clinton "must become our next president."

Not everyone in the hall was listening. Outside the Wells Fargo Center, hundreds of his supporters chanted and waved signs, and inside, some California delegates booed every mention of the nominee. "I'm not voting for her. I don't care what Bernie says," said Karen Alvarado, a retired teacher from Fresno.

Her anger is not unusual. A Pew Research Center survey released this month found that only about half of Sanders backers say they are certain to vote for Clinton in November.

The Clinton campaign says it is not worried. "We have 100 days to earn every one of those votes, and we intend to," Clinton spokesman Brian Fallon told reporters.

Others are less sure. The New York Times reported on Tuesday, citing two people familiar with the discussions, that Sanders aides had pressed the campaign to give the senator a larger role in the fall, and that the request had been turned down.

Jeff Weaver, Sanders's campaign manager, would not confirm the report. But he said the senator's supporters "need to see that this party has changed, not just hear it."

I spent two days talking to delegates here. Most of them were tired more than angry. Many progressives believe the primary was tilted against their candidate from the start, and the leaked DNC emails only deepened that suspicion.

Critics of the party leadership say nothing will change until superdelegates are gone. "You can't ask people to trust a process that was rigged against them," one Sanders delegate from Oregon said. Is that fair? Probably not entirely. Does it matter? Absolutely.

Tim Kaine, the vice presidential nominee, told me he thinks most Sanders voters will "come home" by October. Maybe he is right. But Clinton's team would be foolish to assume it, and the people in the streets outside this arena are not going home quietly.
""", """
told || the Vermont senator || Hillary Clinton "must become our next president." || named_person
said || Karen Alvarado, a retired teacher from Fresno || "I'm not voting for her. I don't care what Bernie says," || named_person
found || A Pew Research Center survey released this month || only about half of Sanders backers say they are certain to vote for Clinton in November || document
says || The Clinton campaign || it is not worried || named_org
told || Clinton spokesman Brian Fallon || "We have 100 days to earn every one of those votes, and we intend to," || named_person
reported || The New York Times || Sanders aides had pressed the campaign to give the senator a larger role in the fall, and that the request had been turned down || media
said || he || the senator's supporters "need to see that this party has changed, not just hear it." || named_person
believe || Many progressives || the primary was tilted against their candidate from the start || anonymous
say || Critics of the party leadership || nothing will change until superdelegates are gone || anonymous
said || one Sanders delegate from Oregon || "You can't ask people to trust a process that was rigged against them," || anonymous
told || Tim Kaine, the vice presidential nominee || he thinks most Sanders voters will "come home" by October || named_person
""")

# ---------------------------------------------------------------- h05
A("h05", """
Ted Cruz Says He's the Only True Conservative. Iowa Seems to Agree.

DES MOINES, Iowa - Ted Cruz has a simple pitch, and he repeats it everywhere he goes. The Texas senator tells voters that he is "the only consistent conservative" in the race, that he has "stood up to Washington" when others folded, and that Donald Trump is "a New York liberal in a red hat."

He delivers the line with a preacher's cadence. On Saturday, at a pizza restaurant in Ames, he told a crowd of about 200 that the caucuses were "a choice between a conservative and a con man." He did not mention Marco Rubio by name, but he said the Florida senator had "stood with Chuck Schumer" on immigration.

Rubio's campaign is not amused. "Ted Cruz has said so many things about Marco that aren't true, we've stopped counting," Rubio spokesman Alex Conant said in an email.

Cruz's message seems to be working. A Des Moines Register poll published Saturday showed him leading Trump by four points among likely caucusgoers. That is a reversal from December. The poll also found that evangelical voters, who made up more than half the sample, preferred Cruz by nearly two to one.

Trump, who has led nearly every national poll since summer, is not conceding anything. "Ted is a nice guy, but he's a nasty guy in the debates, and nobody likes him," the billionaire told reporters after a rally in Sioux City. Later, he tweeted: "Cruz is falling in Iowa. Big crowds, great enthusiasm for Trump!"

Some evangelical leaders are uneasy with the tone. "Ted is the candidate of conviction, but I wish he'd leave the name-calling to Mr. Trump," said Bob Vander Plaats, the influential Iowa activist who endorsed Cruz in December.

Others worry the senator has peaked too early. "The danger for Cruz is that he wins Iowa and then has nowhere to go," one Republican strategist who is neutral in the race said. "New Hampshire isn't Iowa."

Cruz dismisses such talk. Asked about it in Ames, he said his campaign had "a ground game in all 50 states" and predicted that the race would last until June. Does he believe that? Judging by the look on his face, absolutely.
""", """
Says || Ted Cruz || He's the Only True Conservative || named_person
tells || The Texas senator || he is "the only consistent conservative" in the race, that he has "stood up to Washington" when others folded, and that Donald Trump is "a New York liberal in a red hat." || named_person
told || he @@ he told a crowd || the caucuses were "a choice between a conservative and a con man." || named_person
said || he @@ but he said || the Florida senator had "stood with Chuck Schumer" on immigration || named_person
said || Rubio spokesman Alex Conant || "Ted Cruz has said so many things about Marco that aren't true, we've stopped counting," || named_person
showed || A Des Moines Register poll published Saturday || him leading Trump by four points among likely caucusgoers || document
also found || The poll || evangelical voters, who made up more than half the sample, preferred Cruz by nearly two to one || document
told || the billionaire || "Ted is a nice guy, but he's a nasty guy in the debates, and nobody likes him," || named_person
tweeted || he @@ he tweeted || "Cruz is falling in Iowa. Big crowds, great enthusiasm for Trump!" || named_person
said || Bob Vander Plaats, the influential Iowa activist who endorsed Cruz in December || "Ted is the candidate of conviction, but I wish he'd leave the name-calling to Mr. Trump," || named_person
worry || Others || the senator has peaked too early || anonymous
said || one Republican strategist who is neutral in the race || "The danger for Cruz is that he wins Iowa and then has nowhere to go," ## "New Hampshire isn't Iowa." || anonymous
said || he @@ he said his campaign || his campaign had "a ground game in all 50 states" || named_person
predicted || he @@ he said his campaign || the race would last until June || named_person
""")

# ---------------------------------------------------------------- h06
A("h06", """
Obama's Garland Gambit Is About November, Not the Court

Barack Obama says this is about the Constitution. It isn't.

When the president nominated Judge Merrick Garland to the Supreme Court in March, he told the country that the Senate had a "constitutional duty" to give his nominee a hearing and a vote. White House press secretary Josh Earnest has made the same case almost daily since.

On Thursday, Earnest told reporters that Republicans were "running out of excuses" and that voters would "hold them accountable" for the empty seat.

Senate Majority Leader Mitch McConnell has not budged. The Kentucky Republican has said repeatedly that the next president should fill the vacancy, and he reminded reporters on Tuesday that Democrats had argued the same thing when a Republican was in the White House.

I think McConnell is right, and I'm not alone. A CNN/ORC poll released last week found that 52 percent of Republicans want the Senate to wait for the election, though a majority of all voters say Garland should get a hearing.

Democrats, of course, read those numbers differently. "Every week this seat sits empty is another week Republicans look like obstructionists," said one Democratic Senate aide. "We're happy to keep talking about it until November."

That is the tell. The Garland fight is not really about the Court. It is about giving vulnerable Republican senators in Ohio, Pennsylvania and New Hampshire something to defend in the fall. According to a senior White House official, the administration has been tracking the issue in those states since the day Justice Antonin Scalia died.

Some Republicans have begun to sweat. Sen. Kelly Ayotte of New Hampshire met with Garland in April, and aides to Sen. Rob Portman say he has not ruled out doing the same.

"Nobody wants to be the senator who lost his seat over a judge," a longtime GOP operative in Ohio told me. Would McConnell let that happen? Don't count on it. The conservative Judicial Crisis Network said in a statement Friday that it would spend $2 million on ads thanking senators who "stood firm."
""", """
says || Barack Obama || this is about the Constitution || named_person
told || he || the Senate had a "constitutional duty" to give his nominee a hearing and a vote || named_person
told || Earnest || Republicans were "running out of excuses" and that voters would "hold them accountable" for the empty seat || named_person
has said || The Kentucky Republican || the next president should fill the vacancy || named_person
reminded || he || Democrats had argued the same thing when a Republican was in the White House || named_person
think || I || McConnell is right || unknown
found || A CNN/ORC poll released last week || 52 percent of Republicans want the Senate to wait for the election, though a majority of all voters say Garland should get a hearing || document
said || one Democratic Senate aide || "Every week this seat sits empty is another week Republicans look like obstructionists," ## "We're happy to keep talking about it until November." || anonymous
According to || a senior White House official || the administration has been tracking the issue in those states since the day Justice Antonin Scalia died || anonymous
say || aides to Sen. Rob Portman || he has not ruled out doing the same || anonymous
told || a longtime GOP operative in Ohio || "Nobody wants to be the senator who lost his seat over a judge," || anonymous
said || The conservative Judicial Crisis Network || it would spend $2 million on ads thanking senators who "stood firm." || named_org
""")

# ---------------------------------------------------------------- h07
A("h07", """
Court Strikes Texas Voter ID Law; Conservatives Cry Foul

The 5th U.S. Circuit Court of Appeals on Wednesday ruled that Texas's voter identification law discriminates against black and Hispanic voters, handing Democrats and civil rights groups a major victory months before the November election.

In a 9-6 decision, the full court found that the law, known as SB 14, had a "discriminatory effect" and sent the case back to a lower court to come up with a fix before Election Day.

Texas Attorney General Ken Paxton said the state would appeal. "Voter fraud is real, and this law was designed to stop it," Paxton said in a statement. "We will take this fight as far as it needs to go."

Gov. Greg Abbott went further. The ruling, he said, was "an attack on the integrity of every election in Texas." Is he wrong? Many conservatives don't think so.

The Obama administration, which sued Texas over the law, praised the decision. Attorney General Loretta Lynch said the ruling "reaffirms that every eligible American has the right to cast a ballot."

Critics of the law have long argued that it was written to keep minorities away from the polls. The court's majority did not go that far: Judge Catharina Haynes wrote that the evidence of intentional discrimination was "not conclusive" and sent that question back to the district court as well.

Republicans in Austin are furious. "This is judicial activism, plain and simple," said one Republican state senator who voted for the law in 2011. A spokesman for the Texas Republican Party said the party was "reviewing every option."

Democrats, meanwhile, see an opening. The Texas Democratic Party said in a fundraising email that the ruling proved Republicans "are scared of your vote." And according to a report by the Brennan Center for Justice, as many as 600,000 registered Texans lack the kind of ID the law requires.

I have read the ruling twice. I still don't know how a law that asks voters to show a driver's license became the most important civil rights case of the year. Maybe you do.
""", """
ruled || The 5th U.S. Circuit Court of Appeals || Texas's voter identification law discriminates against black and Hispanic voters || named_org
found || the full court || the law, known as SB 14, had a "discriminatory effect" || named_org
said || Texas Attorney General Ken Paxton || the state would appeal || named_person
said || Paxton || "Voter fraud is real, and this law was designed to stop it," ## "We will take this fight as far as it needs to go." || named_person
said || he || The ruling ## was "an attack on the integrity of every election in Texas." || named_person
said || Attorney General Loretta Lynch || the ruling "reaffirms that every eligible American has the right to cast a ballot." || named_person
have long argued || Critics of the law || it was written to keep minorities away from the polls || anonymous
wrote || Judge Catharina Haynes || the evidence of intentional discrimination was "not conclusive" || named_person
said || one Republican state senator who voted for the law in 2011 || "This is judicial activism, plain and simple," || anonymous
said || A spokesman for the Texas Republican Party || the party was "reviewing every option." || anonymous
said || The Texas Democratic Party || the ruling proved Republicans "are scared of your vote." || named_org
according to || a report by the Brennan Center for Justice || as many as 600,000 registered Texans lack the kind of ID the law requires || document
""")

# ---------------------------------------------------------------- h08 (curly quotes)
A("h08", """
Inside Trump’s Latest Shake-Up: ‘Let Trump Be Trump’

Donald Trump’s campaign is starting over again. Again.

The Republican nominee on Wednesday named Breitbart News chairman Stephen Bannon as his campaign’s chief executive and promoted pollster Kellyanne Conway to campaign manager, the campaign announced in a statement early Wednesday.

According to two people close to the campaign, the move was Trump’s idea, and it came after weeks of frustration with advisers who urged him to tone down his rallies. One of them said the nominee felt “boxed in” by staff who wanted him to read from a teleprompter.

“He wants to be himself again,” the person said. “He thinks the rallies are what got him here, and he’s right.”

Paul Manafort, the campaign chairman who had been running day-to-day operations since the spring, will keep his title, campaign spokeswoman Hope Hicks said. But insiders say his influence has been fading for weeks, and Politico reported on Tuesday that some senior aides had stopped returning his calls.

I was told last week, by someone who has worked for Trump since the primaries, that the nominee “only listens to the last person in the room.” If that’s true, Bannon and Conway just became the last people in the room.

Conway, for her part, insists nothing is changing. “Donald Trump is the same candidate he was yesterday, and he’s going to win,” she told CNN on Wednesday morning. She said her job was to make sure “the message is delivered with discipline.”

Clinton’s team is delighted. “They’ve hired the guy who runs Breitbart,” Clinton campaign manager Robby Mook wrote on Twitter. “Tells you everything.” Democrats believe the hire will make it even harder for Trump to win over suburban women.

Some Republicans were less diplomatic. “This is what happens when you run a campaign like a reality show,” one GOP strategist who advised Jeb Bush said. Will it work? Nobody knows. I suspect the candidate doesn’t either.
""", """
announced || the campaign || The Republican nominee on Wednesday named Breitbart News chairman Stephen Bannon as his campaign’s chief executive and promoted pollster Kellyanne Conway to campaign manager || named_org
According to || two people close to the campaign || the move was Trump’s idea, and it came after weeks of frustration with advisers who urged him to tone down his rallies || anonymous
said || One of them || the nominee felt “boxed in” by staff who wanted him to read from a teleprompter || anonymous
said || the person || “He wants to be himself again,” ## “He thinks the rallies are what got him here, and he’s right.” || anonymous
said || campaign spokeswoman Hope Hicks || Paul Manafort, the campaign chairman who had been running day-to-day operations since the spring, will keep his title || named_person
say || insiders || his influence has been fading for weeks || anonymous
reported || Politico || some senior aides had stopped returning his calls || media
was told || someone who has worked for Trump since the primaries || the nominee “only listens to the last person in the room.” || anonymous
insists || Conway || nothing is changing || named_person
told || she || “Donald Trump is the same candidate he was yesterday, and he’s going to win,” || named_person
said || She || her job was to make sure “the message is delivered with discipline.” || named_person
wrote || Clinton campaign manager Robby Mook || “They’ve hired the guy who runs Breitbart,” ## “Tells you everything.” || named_person
believe || Democrats || the hire will make it even harder for Trump to win over suburban women || named_org
said || one GOP strategist who advised Jeb Bush || “This is what happens when you run a campaign like a reality show,” || anonymous
suspect || I || the candidate doesn’t either || unknown
""")

# ---------------------------------------------------------------- h09
A("h09", """
Congress Left Town Without Fixing Zika. Who Gets the Blame?

WASHINGTON — Lawmakers went home for the summer on Thursday without approving a single dollar to fight the Zika virus, and the finger-pointing began before the last vote was cast.

Senate Majority Leader Mitch McConnell said Democrats had “chosen politics over pregnant women” by blocking a $1.1 billion package that passed the House in June. “The money is sitting right there,” the Kentucky Republican said. “All they have to do is vote yes.”

Democrats say the bill was loaded with poison pills, including a provision that would have cut funding for Planned Parenthood clinics in Puerto Rico. House Minority Leader Nancy Pelosi said the measure was “a cynical bill designed to fail.”

So who is right? I think both sides deserve some of the blame, but not in equal measure. The White House asked for $1.9 billion in February. It has now been more than five months.

According to the Centers for Disease Control and Prevention, more than 1,600 Americans have been infected, most of them after traveling abroad. Health officials in Florida said Friday they were investigating four cases that may have been spread by local mosquitoes.

The White House was blunt. “Republicans in Congress are going on vacation while the threat is growing,” press secretary Josh Earnest told reporters. Asked whether President Obama would call lawmakers back early, Earnest said the option was “not something we’re ruling out.”

Republican leaders are not worried about the politics, according to a senior GOP leadership aide. But some rank-and-file members are. “I’m going to get asked about this at every town hall in August,” said one Republican congressman from Florida, who asked not to be named because he did not want to criticize his leadership publicly.

Public health experts worry that the delay will make it harder to develop a vaccine. Dr. Anthony Fauci, director of the National Institute of Allergy and Infectious Diseases, has warned that his agency will run out of Zika money by the end of August.

Will anyone pay a price for this in November? Probably not. But the mosquitoes don’t care about the calendar, and neither, it seems, does Congress.
""", """
said || Senate Majority Leader Mitch McConnell || Democrats had “chosen politics over pregnant women” by blocking a $1.1 billion package that passed the House in June || named_person
said || the Kentucky Republican || “The money is sitting right there,” ## “All they have to do is vote yes.” || named_person
say || Democrats || the bill was loaded with poison pills, including a provision that would have cut funding for Planned Parenthood clinics in Puerto Rico || named_org
said || House Minority Leader Nancy Pelosi || the measure was “a cynical bill designed to fail.” || named_person
think || I || both sides deserve some of the blame, but not in equal measure || unknown
According to || the Centers for Disease Control and Prevention || more than 1,600 Americans have been infected, most of them after traveling abroad || named_org
said || Health officials in Florida || they were investigating four cases that may have been spread by local mosquitoes || anonymous
told || press secretary Josh Earnest || “Republicans in Congress are going on vacation while the threat is growing,” || named_person
said || Earnest @@ Earnest said || the option was “not something we’re ruling out.” || named_person
according to || a senior GOP leadership aide || Republican leaders are not worried about the politics || anonymous
said || one Republican congressman from Florida || “I’m going to get asked about this at every town hall in August,” || anonymous
worry || Public health experts || the delay will make it harder to develop a vaccine || anonymous
has warned || Dr. Anthony Fauci, director of the National Institute of Allergy and Infectious Diseases || his agency will run out of Zika money by the end of August || named_person
""")

# ---------------------------------------------------------------- h10
A("h10", """
Pence Won the Night. The Media Won’t Say So.

FARMVILLE, Va. — If you watched Tuesday night’s vice presidential debate with the sound off, Mike Pence looked like the one running for president.

The Indiana governor was calm, steady and almost sleepy, and he let Tim Kaine do what Tim Kaine apparently came to do: interrupt. According to The Washington Post, the Virginia senator cut off his opponent 70 times in 90 minutes.

Pundits on the right were thrilled. “That was the most presidential anybody on either ticket has looked all year,” conservative commentator Erick Erickson wrote on his blog. Fox News host Sean Hannity told viewers that Pence had “wiped the floor” with Kaine.

Even some Democrats were impressed. “Pence was better prepared, full stop,” one Democratic strategist told Breitbart News on Wednesday. “Kaine came in with a list of attacks and forgot to be likable.”

A CNN/ORC snap poll of debate watchers found that 48 percent thought Pence had won, compared with 42 percent for Kaine. Yet within minutes of the debate ending, the headlines were all about Trump.

Why? Because Kaine spent the night reading Trump’s own words back to him, and the press loved every minute. Critics say Pence “refused to defend his running mate.” The New York Times wrote in an editorial that the governor had spent the evening “pretending not to know the man at the top of his ticket.”

I think the criticism is unfair. Pence did what a running mate is supposed to do: he made his case, he kept his cool, and he did not take the bait. Clinton’s campaign, for its part, said in a statement that Pence had “spent 90 minutes running away from Donald Trump.”

And the man at the top of the ticket? Trump tweeted during the debate: “Mike Pence is doing a great job — and he’s winning big!” Aides said afterward that the nominee was “very happy” with his running mate’s performance.

Will any of this matter in four weeks? Probably not. But for one night, at least, the Republican ticket looked like it knew what it was doing.
""", """
According to || The Washington Post || the Virginia senator cut off his opponent 70 times in 90 minutes || media
wrote || conservative commentator Erick Erickson || “That was the most presidential anybody on either ticket has looked all year,” || named_person
told || Fox News host Sean Hannity || Pence had “wiped the floor” with Kaine || named_person
told || one Democratic strategist || “Pence was better prepared, full stop,” ## “Kaine came in with a list of attacks and forgot to be likable.” || anonymous
found || A CNN/ORC snap poll of debate watchers || 48 percent thought Pence had won, compared with 42 percent for Kaine || document
say || Critics || Pence “refused to defend his running mate.” || anonymous
wrote || The New York Times || the governor had spent the evening “pretending not to know the man at the top of his ticket.” || media
think || I || the criticism is unfair || unknown
said || Clinton’s campaign || Pence had “spent 90 minutes running away from Donald Trump.” || named_org
tweeted || Trump || “Mike Pence is doing a great job — and he’s winning big!” || named_person
said || Aides || the nominee was “very happy” with his running mate’s performance || anonymous
""")

# ---------------------------------------------------------------- h11
A("h11", """
Comey’s Long Day on the Hill Settled Nothing

WASHINGTON — For nearly five hours on Thursday, FBI Director James Comey sat before the House Oversight Committee to defend his decision not to charge Hillary Clinton with a crime. I’m not sure he convinced anyone.

Comey told lawmakers that Clinton and her aides had been “sloppy in ways that should trouble anyone” with classified information but that there was no evidence they had intended to break the law. He said the bureau’s career agents had agreed unanimously with his decision, and he repeated the point several times when pressed by Republicans.

Oversight Chairman Jason Chaffetz was not persuaded. “If you or I had done what she did, we would be in handcuffs,” the Utah Republican said. Later, he told reporters the committee would ask the State Department for “every document it has” on the server.

Rep. Elijah Cummings, the committee’s top Democrat, said Republicans were staging “a political circus.” He said the hearing had been called “for one reason, and her name is Hillary Clinton.”

What did we learn? Not much that we didn’t know. According to the bureau’s own findings, three emails on the server carried classified markings. The Clinton campaign has stressed that the number is tiny.

Clinton spokesman Brian Fallon said in a statement that the hearing “confirmed what the director said on Tuesday: this case is closed.” Is it? Many Republicans don’t think so, and they’re not only on Capitol Hill.

“The base thinks this was fixed from the start,” a veteran Republican fundraiser in Ohio told me after the hearing. “Comey didn’t change that today. He probably made it worse.”

Donald Trump, naturally, agreed. The system is “rigged,” he tweeted as the hearing wound down. “Crooked Hillary got off free — and the FBI knows it!”

Some Democrats worry that the hearing will keep the email story alive through the fall. “Every day we talk about emails is a day we lose,” one House Democratic aide said.

The director, for his part, seemed resigned. Asked whether the hearing would change anyone’s mind, Comey smiled. “Probably not,” he said.
""", """
told || Comey || Clinton and her aides had been “sloppy in ways that should trouble anyone” with classified information but that there was no evidence they had intended to break the law || named_person
said || He @@ He said the bureau || the bureau’s career agents had agreed unanimously with his decision || named_person
said || the Utah Republican || “If you or I had done what she did, we would be in handcuffs,” || named_person
told || he @@ he told reporters || the committee would ask the State Department for “every document it has” on the server || named_person
said || Rep. Elijah Cummings, the committee’s top Democrat || Republicans were staging “a political circus.” || named_person
said || He @@ He said the hearing || the hearing had been called “for one reason, and her name is Hillary Clinton.” || named_person
According to || the bureau’s own findings || three emails on the server carried classified markings || document
has stressed || The Clinton campaign || the number is tiny || named_org
said || Clinton spokesman Brian Fallon || the hearing “confirmed what the director said on Tuesday: this case is closed.” || named_person
told || a veteran Republican fundraiser in Ohio || “The base thinks this was fixed from the start,” ## “Comey didn’t change that today. He probably made it worse.” || anonymous
tweeted || he @@ he tweeted || The system is “rigged,” ## “Crooked Hillary got off free — and the FBI knows it!” || named_person
worry || Some Democrats || the hearing will keep the email story alive through the fall || anonymous
said || one House Democratic aide || “Every day we talk about emails is a day we lose,” || anonymous
said || he @@ he said. || “Probably not,” || named_person
""")

# ---------------------------------------------------------------- h12
A("h12", """
The Bathroom Bill Is Costing McCrory. Republicans Know It.

RALEIGH, N.C. — Gov. Pat McCrory insists that House Bill 2 is about privacy and safety. Voters in North Carolina increasingly disagree.

A new Elon University poll released Monday showed Democrat Roy Cooper, the state’s attorney general, leading the governor by six points, with more than half of respondents saying the law had hurt the state’s economy.

The governor’s campaign dismissed the survey. “The only poll that matters is on Nov. 8,” campaign spokesman Ricky Diaz said. McCrory told a Rotary Club luncheon in Greensboro that the law had been “misrepresented by the media and by the left.”

I’ve spent a week in Raleigh. More than once, I was told that the law was a mistake and that nobody in the legislature would ever admit it. “It was a political gift to Roy Cooper, wrapped in a bow,” one Republican state legislator said.

The economic fallout has been hard to ignore. PayPal canceled a planned expansion in Charlotte, the NBA moved its All-Star Game, and the NCAA announced that it would pull championship events from the state. According to the Associated Press, the law has cost North Carolina more than $400 million in lost business.

Cooper has made the law the center of his campaign. “Pat McCrory has made us a national punchline,” he told supporters at a rally in Durham on Saturday. He has promised that he will push for repeal on his first day in office.

Conservative groups are standing by the governor. The North Carolina Values Coalition said in a statement that McCrory had shown “real courage” and that “the people of this state are with him.” Are they? We will find out in November. But in a year when the polls have been wrong before, McCrory’s allies believe the silent majority will save him.

Maybe it will. Or maybe a law that was supposed to be about bathrooms will end up costing Republicans the one statewide office they most wanted to keep.
""", """
insists || Gov. Pat McCrory || House Bill 2 is about privacy and safety || named_person
showed || A new Elon University poll released Monday || Democrat Roy Cooper, the state’s attorney general, leading the governor by six points, with more than half of respondents saying the law had hurt the state’s economy || document
said || campaign spokesman Ricky Diaz || “The only poll that matters is on Nov. 8,” || named_person
told || McCrory @@ McCrory told || the law had been “misrepresented by the media and by the left.” || named_person
was told || null || the law was a mistake and that nobody in the legislature would ever admit it || unknown
said || one Republican state legislator || “It was a political gift to Roy Cooper, wrapped in a bow,” || anonymous
announced || the NCAA || it would pull championship events from the state || named_org
According to || the Associated Press || the law has cost North Carolina more than $400 million in lost business || media
told || he @@ he told supporters || “Pat McCrory has made us a national punchline,” || named_person
has promised || He @@ He has promised || he will push for repeal on his first day in office || named_person
said || The North Carolina Values Coalition || McCrory had shown “real courage” and that “the people of this state are with him.” || named_org
believe || McCrory’s allies || the silent majority will save him || anonymous
""")

# ---------------------------------------------------------------- h13
A("h13", """
Obama Is All In for Clinton. Is It Enough?

CHARLOTTE, N.C. — President Barack Obama has never hidden his contempt for Donald Trump. On Tuesday, he told a crowd of 8,000 at a university basketball arena that the Republican nominee was “not remotely ready” to be commander in chief.

“This isn’t about left or right,” the president said. “This is about whether we hand the nuclear codes to someone who can’t handle a bad review.”

The White House says Obama will hold at least a dozen rallies before Election Day. No sitting president in modern times has done as much for a would-be successor. People familiar with his thinking say he sees the election as a referendum on his own legacy, and he is not willing to leave it to chance.

He looks like he is enjoying himself. Obama has been freer on the trail than he ever was in office, and Democrats believe he is the most effective messenger they have with young and black voters.

The numbers back them up. A Gallup survey released last week found that 54 percent of Americans approve of the job the president is doing. That is the highest level of his second term.

Republicans are not impressed. “The president can campaign all he wants. Voters aren’t going to forget Obamacare premiums going up 25 percent,” Republican National Committee spokesman Sean Spicer said in a statement.

Trump has taken to mocking the president’s travel schedule. “Doesn’t he have a job to do?” the Republican nominee asked at a rally in Florida on Monday. Obama, asked about the line by CNN’s Jake Tapper in an interview that aired Wednesday, laughed and said he had “plenty of time to do both.”

Still, some Clinton allies worry that the president’s popularity will not transfer to her. “He can’t be on the ballot,” said one Democratic strategist who worked on both of Obama’s campaigns. “At some point she has to close this herself.” According to a senior Clinton campaign official, the candidate has asked the White House for even more of the president’s time in the final two weeks.
""", """
told || he @@ he told a crowd || the Republican nominee was “not remotely ready” to be commander in chief || named_person
said || the president @@ the president said || “This isn’t about left or right,” ## “This is about whether we hand the nuclear codes to someone who can’t handle a bad review.” || named_person
says || The White House || Obama will hold at least a dozen rallies before Election Day || named_org
say || People familiar with his thinking || he sees the election as a referendum on his own legacy, and he is not willing to leave it to chance || anonymous
believe || Democrats || he is the most effective messenger they have with young and black voters || named_org
found || A Gallup survey released last week || 54 percent of Americans approve of the job the president is doing || document
said || Republican National Committee spokesman Sean Spicer || “The president can campaign all he wants. Voters aren’t going to forget Obamacare premiums going up 25 percent,” || named_person
asked || the Republican nominee @@ the Republican nominee asked || “Doesn’t he have a job to do?” || named_person
said || Obama @@ Obama, asked about || he had “plenty of time to do both.” || named_person
worry || some Clinton allies || the president’s popularity will not transfer to her || anonymous
said || one Democratic strategist who worked on both of Obama’s campaigns || “He can’t be on the ballot,” ## “At some point she has to close this herself.” || anonymous
According to || a senior Clinton campaign official || the candidate has asked the White House for even more of the president’s time in the final two weeks || anonymous
""")

# ---------------------------------------------------------------- h14
A("h14", """
A 4-4 Court Just Handed Trump His Best Argument

The Supreme Court deadlocked on Thursday over President Obama’s executive actions on immigration, leaving in place a lower-court ruling that blocked the programs and handing Republicans a victory they had been waiting on for more than a year.

The one-sentence order said only that the judgment of the lower court was “affirmed by an equally divided Court.” Those few words, I think, may turn out to be the most important thing the justices did all term.

Obama was visibly frustrated. Speaking in the White House briefing room, the president said the ruling “takes us further from the country we aspire to be” and warned that millions of immigrants would remain “in the shadows.”

Texas Attorney General Ken Paxton said the decision was “a win for the separation of powers.” His office had led the challenge on behalf of 26 states.

For Trump, the timing could not be better. Within an hour, the presumptive nominee tweeted: “SCOTUS just blocked Obama’s illegal amnesty. Imagine what happens if Hillary picks the next justice!” His campaign said in a statement that the ruling showed “just how much is at stake in this election.”

Conservatives have been making that argument since Justice Antonin Scalia died in February. Many evangelical voters who were cool to Trump in the primaries now see the court as the reason to vote for him, according to Ralph Reed, chairman of the Faith and Freedom Coalition.

Immigration advocates were devastated. “Today’s decision is a heartbreak for five million families,” said Marielena Hincapié, executive director of the National Immigration Law Center. Some activists outside the court said they planned to march on the Capitol on Friday.

Clinton, for her part, said in a statement that the deadlock was “a reminder that the Senate must do its job” and confirm Judge Merrick Garland. Will that happen before November? Not in this Senate. A senior Republican leadership aide told me flatly that there would be “no hearings, no votes, nothing” until the election is over.

So the next president will fill the seat, and perhaps two or three more. If you are a conservative who has been holding your nose about Trump, that is the whole argument in one sentence.
""", """
said || The one-sentence order || the judgment of the lower court was “affirmed by an equally divided Court.” || document
think || I || Those few words ## may turn out to be the most important thing the justices did all term || unknown
said || the president || the ruling “takes us further from the country we aspire to be” || named_person
warned || the president || millions of immigrants would remain “in the shadows.” || named_person
said || Texas Attorney General Ken Paxton || the decision was “a win for the separation of powers.” || named_person
tweeted || the presumptive nominee || “SCOTUS just blocked Obama’s illegal amnesty. Imagine what happens if Hillary picks the next justice!” || named_person
said || His campaign || the ruling showed “just how much is at stake in this election.” || named_org
according to || Ralph Reed, chairman of the Faith and Freedom Coalition || Many evangelical voters who were cool to Trump in the primaries now see the court as the reason to vote for him || named_person
said || Marielena Hincapié, executive director of the National Immigration Law Center || “Today’s decision is a heartbreak for five million families,” || named_person
said || Some activists outside the court || they planned to march on the Capitol on Friday || anonymous
said || Clinton || the deadlock was “a reminder that the Senate must do its job” and confirm Judge Merrick Garland || named_person
told || A senior Republican leadership aide || there would be “no hearings, no votes, nothing” until the election is over || anonymous
""")


# ====================================================================== machinery
def _occurrences(text, s):
    """All start offsets of s in text, with word boundaries where s begins/ends with a word char."""
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _with_context(text, field):
    """Resolve 'TEXT @@ CONTEXT' to (start, end) or return None if no context given."""
    if " @@ " not in field:
        return None
    s, ctx = field.split(" @@ ", 1)
    occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
    assert len(occ) == 1, f"context {ctx!r} occurs {len(occ)} times"
    i = ctx.find(s)
    assert i >= 0, f"{s!r} not inside context {ctx!r}"
    return occ[0] + i, occ[0] + i + len(s)


def _dist(a, b):
    (s1, e1), (s2, e2) = a, b
    if e1 <= s2:
        return s2 - e1
    if e2 <= s1:
        return s1 - e2
    return 0


def _overlaps(a, spans):
    return any(a[0] < e and s < a[1] for s, e in spans)


def _nearest(text, s, anchors, forbidden, what):
    occ = [(o, o + len(s)) for o in _occurrences(text, s)]
    occ = [o for o in occ if not _overlaps(o, forbidden)]
    assert occ, f"{what} {s!r} not found"
    d = [(min(_dist(o, a) for a in anchors), o) for o in occ]
    d.sort()
    if len(d) > 1 and d[0][0] == d[1][0]:
        raise AssertionError(f"{what} {s!r}: tie between {d[0][1]} and {d[1][1]}; give @@ context")
    return d[0][1]


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_article(doc_id, text, ann):
    atts = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split(" || ")]
        assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
        cue_f, src_f, con_f, typ = parts
        assert typ in TYPES, f"{doc_id}: bad type {typ}"
        # content
        frags = []
        for k, fr in enumerate(con_f.split(" ## ")):
            sp = _with_context(text, fr)
            if sp is None:
                if k == 0:
                    occ = _occurrences(text, fr)
                    assert len(occ) == 1, f"{doc_id}: content {fr!r} occurs {len(occ)} times"
                    sp = (occ[0], occ[0] + len(fr))
                else:
                    o = text.find(fr, frags[-1][1])
                    assert o >= 0, f"{doc_id}: fragment {fr!r} not found"
                    sp = (o, o + len(fr))
            frags.append(sp)
        cstart, cend = frags[0][0], frags[-1][1]
        # cue
        cue = _with_context(text, cue_f)
        if cue is None:
            cue = _nearest(text, cue_f, frags, frags, f"{doc_id} cue")
        assert not _overlaps(cue, frags), f"{doc_id}: cue overlaps content"
        # source
        if src_f == "null":
            src = None
        else:
            src = _with_context(text, src_f)
            if src is None:
                src = _nearest(text, src_f, [cue], frags + [cue], f"{doc_id} source")
            assert not _overlaps(src, frags + [cue]), f"{doc_id}: source overlaps"
        content = _span(text, cstart, cend)
        if len(frags) > 1:
            content["fragments"] = [[s, e] for s, e in frags]
        a = {
            "cue": _span(text, *cue),
            "source": _span(text, *src) if src else None,
            "content": content,
            "source_type": typ,
        }
        # self-checks
        for key in ("cue", "source", "content"):
            sp = a[key]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        for s, e in frags:
            assert text[s:e] == text[s:e].strip(), f"{doc_id}: fragment has outer whitespace"
        assert not content["text"].lower().startswith("that "), f"{doc_id}: leading that"
        if src is None:
            assert typ == "unknown"
        atts.append(a)
    atts.sort(key=lambda a: a["cue"]["start"])
    starts = [a["cue"]["start"] for a in atts]
    assert len(starts) == len(set(starts)), f"{doc_id}: duplicate cue span"
    return atts


CURLY = "“”‘’"


def check_text(doc_id, text, half):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline + blank line"
    paras = text.split("\n\n")
    assert all(p.strip() and "\n" not in p for p in paras), f"{doc_id}: paragraph layout"
    n = len(text.split())
    assert 250 <= n <= 400, f"{doc_id}: {n} words"
    if half == 1:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in first half"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in second half"
        assert "“" in text and "”" in text
    return n


def build():
    records = []
    ids = [a[0] for a in ARTICLES]
    assert len(ids) == 14 and len(set(ids)) == 14
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        check_text(doc_id, text, 1 if i < 7 else 2)
        records.append({"doc_id": doc_id, "text": text, "split": "blind",
                        "attributions": parse_article(doc_id, text, ann)})
    return records


def review(records):
    """Print each attribution marked up in its context, for checking by eye."""
    for r in records:
        t = r["text"]
        print(f"=== {r['doc_id']} ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "<C:"), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S:"), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{"), (e, "}")]
            lo = min(m[0] for m in marks) - 15
            hi = max(m[0] for m in marks) + 15
            lo, hi = max(lo, 0), min(hi, len(t))
            out, pos = [], lo
            for p, m in sorted(marks, key=lambda x: (x[0], x[1] in (">", "]", "}") and 0 or 1)):
                out.append(t[pos:p])
                out.append(m)
                pos = p
            out.append(t[pos:hi])
            print(f"  {a['source_type']:12s} " + "".join(out).replace("\n", " / "))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind8.jsonl", [a for a in argv if a != "--review"],
                          __doc__.split("\n\n")[0])
    if "--review" in argv:
        review(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
