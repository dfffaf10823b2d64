#!/usr/bin/env python3
"""Build ``blind56.jsonl``: the fifty-sixth batch of blind test articles (session 17).

12 invented stories of debate nights and television interviews (moderators, hosts, candidates,
pundits, focus groups), each with 14-17 attributions, written and annotated by a helper session
that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind56/build_blind56.py [--check]`` (``--check``: exit 1 if
blind56.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 56: invented 2016 TV/debate-coverage articles with hand attribution annotations.
Stdlib only. Run: python3 build_blind56.py [--check]  -> writes /tmp/blind56/blind56.jsonl
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

ARTICLES = []

ARTICLES.append(("x201", """Clinton and Trump Clash Over Trade and Taxes in Combative First Debate

HEMPSTEAD, N.Y. - Hillary Clinton and Donald J. Trump traded sharp accusations over trade, taxes and temperament on Monday night, in a first presidential debate that drew an audience expected to break television records.

Asked by the moderator, Lester Holt of NBC News, why voters should trust him to bring back manufacturing jobs, Mr. Trump said the country had been "ripped off" by trade deals signed by previous administrations.

"Our jobs are fleeing the country," Mr. Trump said. "They're going to Mexico. They're going to many other countries."

Mrs. Clinton countered that her opponent had built his own buildings with cheap Chinese steel. "Donald, you have lived in your own reality," she said.

Mr. Holt turned next to Mr. Trump's tax returns, which the nominee has declined to release for months. The Republican nominee said he would release them after an audit was finished, and suggested that Mrs. Clinton first release the 33,000 emails deleted from her private server.

Mrs. Clinton said the refusal suggested he had something to hide. "Maybe he's not as rich as he says he is," she said, drawing laughter from parts of the audience despite the rules of the evening.

Instant polls after the debate were kind to Mrs. Clinton. A CNN/ORC poll of debate watchers found that 62 percent thought she had won, compared with 27 percent who chose Mr. Trump.

Mr. Trump told reporters in the spin room that he had "won by a lot," and he complained that his microphone had been faulty. "Maybe it was done on purpose," he said.

Robby Mook, Mrs. Clinton's campaign manager, said on MSNBC that the debate had shown "a man who is temperamentally unfit to be commander in chief." Kellyanne Conway, Mr. Trump's campaign manager, told Fox News that her candidate had shown restraint by not raising "the Clintons' personal issues."

One Republican strategist who advises several Senate campaigns said the performance would do little to win over suburban women, a group that has drifted away from the party all year. "He needed to look presidential for ninety minutes, and he managed about twenty," the strategist said.

The audience at Hofstra University was largely quiet through the ninety minutes. The two candidates shook hands at the beginning and at the end, and their spouses, Bill Clinton and Melania Trump, greeted each other briefly in the front row.

The two candidates will meet again on Oct. 9 in St. Louis, in a town-hall format moderated by Anderson Cooper of CNN and Martha Raddatz of ABC News. Their running mates, Senator Tim Kaine of Virginia and Gov. Mike Pence of Indiana, will debate next week in Farmville, Va.
""", """
Asked by || the moderator, Lester Holt of NBC News || why voters should trust him to bring back manufacturing jobs || named_person
said || Mr. Trump || the country had been "ripped off" by trade deals signed by previous administrations || named_person
said || Mr. Trump || "Our jobs are fleeing the country," ## "They're going to Mexico. They're going to many other countries." || named_person
countered || Mrs. Clinton || her opponent had built his own buildings with cheap Chinese steel || named_person
said || she || "Donald, you have lived in your own reality," || named_person
said || The Republican nominee || he would release them after an audit was finished || named_person
suggested || The Republican nominee || Mrs. Clinton first release the 33,000 emails deleted from her private server || named_person
said || Mrs. Clinton || the refusal suggested he had something to hide || named_person
said || she || "Maybe he's not as rich as he says he is," || named_person
found || A CNN/ORC poll of debate watchers || 62 percent thought she had won, compared with 27 percent who chose Mr. Trump || document
told || Mr. Trump || he had "won by a lot," || named_person
complained || he || his microphone had been faulty || named_person
said || he || "Maybe it was done on purpose," || named_person
said || Robby Mook, Mrs. Clinton's campaign manager || the debate had shown "a man who is temperamentally unfit to be commander in chief." || named_person
told || Kellyanne Conway, Mr. Trump's campaign manager || her candidate had shown restraint by not raising "the Clintons' personal issues." || named_person
said || One Republican strategist who advises several Senate campaigns || the performance would do little to win over suburban women, a group that has drifted away from the party all year || anonymous
said || the strategist || "He needed to look presidential for ninety minutes, and he managed about twenty," || anonymous
"""))

ARTICLES.append(("x202", """Ryan, on 'Meet the Press,' Keeps His Distance From Trump

WASHINGTON - House Speaker Paul D. Ryan said on Sunday that he was still not prepared to appear on the campaign trail with Donald J. Trump, though he would vote for the Republican nominee in November.

In an interview on NBC's "Meet the Press," the moderator, Chuck Todd, asked Mr. Ryan whether he could defend Mr. Trump's remarks about a federal judge's Mexican heritage.

"No, I can't," Mr. Ryan said. "I think those comments were wrong, and I've said so."

The speaker called his relationship with the nominee "a work in progress" and said the two men spoke by telephone about once a week.

Mr. Todd pressed him on a new NBC News/Wall Street Journal poll, which showed that 58 percent of Republican voters wanted party leaders to stand behind their nominee. Mr. Ryan said he was "not in the business of reading polls."

The interview was Mr. Ryan's first on a Sunday program since he endorsed Mr. Trump in a newspaper column this month, and it came at a delicate moment for a party that is struggling to unite before its convention in Cleveland.

Across the dial, Senator Ted Cruz of Texas told Jake Tapper on CNN's "State of the Union" that he had "no plans" to endorse Mr. Trump. When Mr. Tapper asked whether that could change before the convention, the senator said, "I'm not going to engage in hypotheticals, Jake."

On "Fox News Sunday," Reince Priebus, the chairman of the Republican National Committee, said the party was "coming together faster than people think." He told the host, Chris Wallace, that the committee had raised more than $20 million in May.

Democrats seized on the interviews. Brian Fallon, a spokesman for Hillary Clinton, wrote on Twitter that Republican leaders were "twisting themselves into knots" to avoid criticizing their nominee.

Several House Republicans privately worry that Mr. Ryan's lukewarm support will depress turnout in swing districts, according to two aides to members of the Republican conference.

"It's a tightrope, and he knows it," one of the aides said.

Mr. Ryan, who was the party's vice-presidential nominee four years ago, has spent much of the spring promoting a policy agenda that House Republicans will roll out before the convention. He has scheduled speeches on poverty, national security and health care over the next several weeks, and his aides hope the plan will give vulnerable members something to run on other than the man at the top of the ticket.

Mr. Trump, for his part, has largely ignored the agenda. He spent Sunday afternoon at his golf course in Virginia and posted several messages on Twitter about the Clinton Foundation.
""", """
said || House Speaker Paul D. Ryan || he was still not prepared to appear on the campaign trail with Donald J. Trump, though he would vote for the Republican nominee in November || named_person
asked || the moderator, Chuck Todd || whether he could defend Mr. Trump's remarks about a federal judge's Mexican heritage || named_person
said || Mr. Ryan || "No, I can't," ## "I think those comments were wrong, and I've said so." || named_person
called || The speaker || his relationship with the nominee "a work in progress" || named_person
said || The speaker || the two men spoke by telephone about once a week || named_person
showed || a new NBC News/Wall Street Journal poll || 58 percent of Republican voters wanted party leaders to stand behind their nominee || document
said || Mr. Ryan @@ Mr. Ryan said he was "not || he was "not in the business of reading polls." || named_person
told || Senator Ted Cruz of Texas || he had "no plans" to endorse Mr. Trump || named_person
asked || Mr. Tapper || whether that could change before the convention || named_person
said || the senator || "I'm not going to engage in hypotheticals, Jake." || named_person
said || Reince Priebus, the chairman of the Republican National Committee || the party was "coming together faster than people think." || named_person
told || He || the committee had raised more than $20 million in May || named_person
wrote || Brian Fallon, a spokesman for Hillary Clinton || Republican leaders were "twisting themselves into knots" to avoid criticizing their nominee || named_person
according to || two aides to members of the Republican conference || Several House Republicans privately worry that Mr. Ryan's lukewarm support will depress turnout in swing districts || anonymous
said || one of the aides || "It's a tightrope, and he knows it," || anonymous
hope || his aides || the plan will give vulnerable members something to run on other than the man at the top of the ticket || anonymous
"""))

ARTICLES.append(("x203", """Rubio Goes on the Attack, and a Focus Group Takes Notice

HOUSTON - Senator Marco Rubio of Florida, trailing badly in the polls, spent much of Thursday night's Republican debate attacking Donald J. Trump, and a group of undecided voters watching in a nearby hotel ballroom appeared to reward him for it.

Mr. Rubio charged that Mr. Trump had hired undocumented Polish workers to build Trump Tower. "If he hadn't inherited $200 million, you know where Donald Trump would be right now? Selling watches in Manhattan," Mr. Rubio said.

Mr. Trump called the senator "a choke artist" and said he had "never seen a man sweat like that" on a debate stage.

Wolf Blitzer, the CNN anchor who moderated the debate, struggled at times to keep order as the two men talked over each other and the crowd booed and cheered.

Frank Luntz, the Republican pollster, gathered 25 undecided Republican voters to watch the debate for Fox News. By the end of the night, 14 of them said Mr. Rubio had won.

"He finally showed some fight," said Karen Ostrowski, a retired teacher from Katy. "I've been waiting for that for six months."

Not everyone was persuaded. A man in the group who identified himself only as a small-business owner from Sugar Land said Mr. Rubio had "sounded like a kid trying to pick a fight on the playground."

Mr. Luntz said on Fox News after the debate that he had "not seen a shift like this in a focus group all year." But he cautioned that the group was small and that Mr. Trump had led almost every national poll since July.

Senator Ted Cruz, whose home state votes on Tuesday, tried to stay above the fray for much of the evening. But he told the audience that a Trump nomination would hand the White House to Hillary Clinton. "Donald will lose to Hillary," Mr. Cruz said. "Every poll shows it."

A University of Houston poll released this week showed Mr. Cruz ahead in Texas by seven points, with Mr. Trump second and Mr. Rubio a distant third.

The Trump campaign brushed off the focus group. "Frank Luntz has been wrong about Mr. Trump since the day he came down the escalator," Hope Hicks, a campaign spokeswoman, said in an email.

Rubio aides said they expected the performance to bring in a wave of online donations by morning. The senator's campaign has struggled to raise money since his fifth-place finish in New Hampshire, where a halting debate performance stalled his momentum.

Gov. John Kasich of Ohio and Ben Carson, the retired neurosurgeon, were largely left out of the exchanges. Mr. Carson at one point asked the moderators, to laughter, if someone could attack him so that he could get a chance to speak.

The candidates head next to a dozen states that vote on Super Tuesday, including Texas, Georgia, Virginia and Massachusetts.
""", """
charged || Mr. Rubio || Mr. Trump had hired undocumented Polish workers to build Trump Tower || named_person
said || Mr. Rubio || "If he hadn't inherited $200 million, you know where Donald Trump would be right now? Selling watches in Manhattan," || named_person
called || Mr. Trump || the senator "a choke artist" || named_person
said || Mr. Trump || he had "never seen a man sweat like that" on a debate stage || named_person
said || 14 of them || Mr. Rubio had won || anonymous
said || Karen Ostrowski, a retired teacher from Katy || "He finally showed some fight," ## "I've been waiting for that for six months." || named_person
said || A man in the group who identified himself only as a small-business owner from Sugar Land || Mr. Rubio had "sounded like a kid trying to pick a fight on the playground." || anonymous
said || Mr. Luntz || he had "not seen a shift like this in a focus group all year." || named_person
cautioned || he || the group was small and that Mr. Trump had led almost every national poll since July || named_person
told || he || a Trump nomination would hand the White House to Hillary Clinton || named_person
said || Mr. Cruz || "Donald will lose to Hillary," ## "Every poll shows it." || named_person
showed || A University of Houston poll released this week || Mr. Cruz ahead in Texas by seven points, with Mr. Trump second and Mr. Rubio a distant third || document
said || Hope Hicks, a campaign spokeswoman || "Frank Luntz has been wrong about Mr. Trump since the day he came down the escalator," || named_person
said || Rubio aides || they expected the performance to bring in a wave of online donations by morning || anonymous
asked || Mr. Carson || if someone could attack him so that he could get a chance to speak || named_person
"""))
ARTICLES.append(("x204", """Kaine Interrupts, Pence Deflects in Only Vice-Presidential Debate

FARMVILLE, Va. - Senator Tim Kaine of Virginia came to Tuesday night's vice-presidential debate determined to make Gov. Mike Pence of Indiana answer for Donald J. Trump. Mr. Pence came determined not to.

Within minutes, Mr. Kaine had raised Mr. Trump's tax returns, his praise for Vladimir V. Putin and his remarks about a former Miss Universe. "I cannot imagine how Governor Pence can defend the insult-driven campaign that Donald Trump has run," he said.

Mr. Pence said his running mate had "built a great business" and that the Clinton campaign had run "an avalanche of insults."

The moderator, Elaine Quijano of CBS News, struggled to keep the two men from talking over each other. When she asked Mr. Pence whether he agreed with Mr. Trump that Mr. Putin was a stronger leader than President Obama, the governor said, "Inarguably," then added that he meant only that Mr. Putin had been more decisive.

That answer drew a sharp reply. Mr. Kaine said that Mr. Trump "loves dictators" and that "Governor Pence has not been able to say one critical word about it."

The two men, both sons of the Midwest and both known for their courtesy in the Senate and the statehouse, appeared at times to be reading from very different scripts. Mr. Kaine cited a long list of Mr. Trump's statements; Mr. Pence shook his head and smiled.

An instant CBS News poll of uncommitted voters who watched the debate found that 48 percent thought Mr. Pence had won, 42 percent thought Mr. Kaine had won and 10 percent called it a tie.

On Twitter, Mr. Trump declared that his running mate had won "big league."

Democrats acknowledged that Mr. Kaine's frequent interruptions had not played well. "He was a little overcaffeinated," one Clinton adviser said, speaking on the condition of anonymity to discuss internal deliberations. But the adviser insisted that the debate would be forgotten by the weekend.

Jennifer Palmieri, the Clinton campaign's communications director, told reporters in the spin room that Mr. Pence had spent the night "running away from his own running mate."

On CNN, the commentator David Axelrod, a former adviser to President Obama, said Mr. Pence had "probably done himself more good than he did Donald Trump."

Mr. Pence, asked by reporters on his plane whether he would be running for president in 2020, laughed. "I'm focused on Nov. 8," he said.

Vice-presidential debates have rarely moved the polls. The last one widely seen as consequential came in 1988, when Lloyd Bentsen told Dan Quayle that he was "no Jack Kennedy." The second presidential debate, on Sunday in St. Louis, is likely to matter far more.
""", """
said || he || "I cannot imagine how Governor Pence can defend the insult-driven campaign that Donald Trump has run," || named_person
said || Mr. Pence || his running mate had "built a great business" and that the Clinton campaign had run "an avalanche of insults." || named_person
asked || she || whether he agreed with Mr. Trump that Mr. Putin was a stronger leader than President Obama || named_person
said || the governor || "Inarguably," || named_person
added || the governor || he meant only that Mr. Putin had been more decisive || named_person
said || Mr. Kaine || Mr. Trump "loves dictators" and that "Governor Pence has not been able to say one critical word about it." || named_person
found || An instant CBS News poll of uncommitted voters who watched the debate || 48 percent thought Mr. Pence had won, 42 percent thought Mr. Kaine had won and 10 percent called it a tie || document
declared || Mr. Trump || his running mate had won "big league." || named_person
acknowledged || Democrats || Mr. Kaine's frequent interruptions had not played well || named_org
said || one Clinton adviser || "He was a little overcaffeinated," || anonymous
insisted || the adviser || the debate would be forgotten by the weekend || anonymous
told || Jennifer Palmieri, the Clinton campaign's communications director || Mr. Pence had spent the night "running away from his own running mate." || named_person
said || the commentator David Axelrod, a former adviser to President Obama || Mr. Pence had "probably done himself more good than he did Donald Trump." || named_person
asked by || reporters on his plane || whether he would be running for president in 2020 || anonymous
said || he || "I'm focused on Nov. 8," || named_person
told || Lloyd Bentsen || he was "no Jack Kennedy." || named_person
"""))

ARTICLES.append(("x205", """Conway and Cooper Spar Over Trump Tape on CNN

Kellyanne Conway, Donald J. Trump's campaign manager, insisted on Monday that her candidate's videotaped apology for lewd remarks about women had been "sincere and heartfelt," in a tense interview with Anderson Cooper on CNN.

Mr. Cooper asked Ms. Conway whether she was personally offended by the 2005 recording. She said she found the language "offensive and indefensible" but added that voters cared more about jobs and national security.

"He has apologized, Anderson. He has apologized to his family and to the American people," Ms. Conway said. "Hillary Clinton has never apologized for anything."

Mr. Cooper had moderated Sunday's town-hall debate in St. Louis with Martha Raddatz of ABC News. On Monday he noted that several women had accused Mr. Trump of the behavior he described on the tape. Ms. Conway said the campaign would not "relitigate" those accusations.

The interview came as Republican officials across the country withdrew their support. Senator John McCain of Arizona said in a statement on Saturday that Mr. Trump's behavior made it "impossible to continue to offer even conditional support."

Speaker Paul D. Ryan told House Republicans on a conference call on Monday that he would no longer defend Mr. Trump and would spend the rest of the campaign protecting the party's majority, according to two lawmakers on the call.

Mr. Trump responded on Twitter within hours. "Our very weak and ineffective leader, Paul Ryan, had a bad conference call with his members," he wrote.

On Fox News, the host Sean Hannity told viewers that Republicans who abandoned Mr. Trump were "handing the election to Hillary." Megyn Kelly, on the same network hours later, said that the tape had been "a gift to the Clinton campaign" and that no amount of spin could change that.

A Politico/Morning Consult poll conducted over the weekend found that Mrs. Clinton's lead among likely voters had grown to four points.

Clinton aides, meanwhile, said they would let the Republicans' divisions speak for themselves. "When your opponent is in a hole, you don't hand him a ladder," one aide said.

Mrs. Clinton spent Monday in Detroit, where she spoke to a largely African-American audience about criminal justice and did not mention the tape. Her running mate, Senator Tim Kaine of Virginia, was in Florida, where early voting begins in two weeks.

The Trump campaign has scheduled rallies in Pennsylvania and Wisconsin later this week, and the candidate's aides have been working to keep evangelical leaders, a crucial part of his coalition, from following Mr. McCain and others out the door. Several of those leaders were guests on Christian radio programs over the weekend.

Mr. Cooper ended the interview by thanking Ms. Conway for appearing. She smiled, and the segment cut to a commercial.
""", """
insisted || Kellyanne Conway, Donald J. Trump's campaign manager || her candidate's videotaped apology for lewd remarks about women had been "sincere and heartfelt," || named_person
asked || Mr. Cooper || whether she was personally offended by the 2005 recording || named_person
said || She || she found the language "offensive and indefensible" || named_person
added || She || voters cared more about jobs and national security || named_person
said || Ms. Conway || "He has apologized, Anderson. He has apologized to his family and to the American people," ## "Hillary Clinton has never apologized for anything." || named_person
noted || he || several women had accused Mr. Trump of the behavior he described on the tape || named_person
said || Ms. Conway || the campaign would not "relitigate" those accusations || named_person
said || Senator John McCain of Arizona || Mr. Trump's behavior made it "impossible to continue to offer even conditional support." || named_person
according to || two lawmakers on the call || Speaker Paul D. Ryan told House Republicans on a conference call on Monday that he would no longer defend Mr. Trump and would spend the rest of the campaign protecting the party's majority || anonymous
wrote || he || "Our very weak and ineffective leader, Paul Ryan, had a bad conference call with his members," || named_person
told || the host Sean Hannity || Republicans who abandoned Mr. Trump were "handing the election to Hillary." || named_person
said || Megyn Kelly || the tape had been "a gift to the Clinton campaign" and that no amount of spin could change that || named_person
found || A Politico/Morning Consult poll conducted over the weekend || Mrs. Clinton's lead among likely voters had grown to four points || document
said || Clinton aides || they would let the Republicans' divisions speak for themselves || anonymous
said || one aide || "When your opponent is in a hole, you don't hand him a ladder," || anonymous
"""))

ARTICLES.append(("x206", """In Flint, Sanders and Clinton Spar Over Auto Bailout

FLINT, Mich. - Senator Bernie Sanders and Hillary Clinton fought over the 2009 auto industry rescue on Sunday night, in a Democratic debate held in a city still reeling from its poisoned water supply.

Mrs. Clinton said Mr. Sanders had voted against the money that "saved the auto industry," a charge she returned to three times during the two-hour debate on CNN.

"I voted against the bailout of Wall Street," Mr. Sanders replied, raising his voice. "If you want to talk about Wall Street, we can talk about your speeches to Goldman Sachs."

The moderator, Anderson Cooper, asked Mr. Sanders whether he believed Mrs. Clinton was telling the truth about his record. The senator said he would "let the American people make that judgment."

The debate opened with a long discussion of the water crisis and with questions from Flint residents in the audience. Mrs. Clinton told a mother whose children had been exposed to lead that the state had "betrayed" the city.

Mr. Sanders said he was "shocked" by what he had learned in Flint, and added, "If the children of Flint had been in a wealthy suburb, there would have been a revolution."

On CNN after the debate, a panel of 20 undecided Democratic voters assembled by the network was closely divided. Most of them said Mrs. Clinton had been more specific but Mr. Sanders more passionate.

"She knows the policy," said Darnell Rivers, a 44-year-old auto worker from Saginaw. "But he's the one who sounds angry about it, and I'm angry too."

Clinton campaign officials said afterward that they were confident of a comfortable win in Tuesday's primary. Polls in Michigan have shown Mrs. Clinton ahead by double digits for months.

Jeff Weaver, Mr. Sanders's campaign manager, told reporters that the polls were "missing a lot of young people and a lot of independents." He predicted that the senator would "surprise a lot of folks" in Michigan.

The Detroit Free Press reported on Sunday that the Sanders campaign had added 40 paid staff members in Michigan in the last two weeks, many of them in college towns like Ann Arbor and East Lansing.

The debate was the seventh between the two candidates, and by far the most heated. At several points the audience at the Whiting Auditorium booed, and Mr. Cooper reminded the crowd that the candidates deserved to be heard. The exchanges over trade were especially pointed in a state that has lost tens of thousands of manufacturing jobs since the 1990s.

Mrs. Clinton leads Mr. Sanders by more than 200 pledged delegates. Mississippi also votes on Tuesday, and the Clinton campaign expects a large margin there.
""", """
said || Mrs. Clinton || Mr. Sanders had voted against the money that "saved the auto industry," || named_person
replied || Mr. Sanders || "I voted against the bailout of Wall Street," ## "If you want to talk about Wall Street, we can talk about your speeches to Goldman Sachs." || named_person
asked || The moderator, Anderson Cooper || whether he believed Mrs. Clinton was telling the truth about his record || named_person
said || The senator || he would "let the American people make that judgment." || named_person
told || Mrs. Clinton || the state had "betrayed" the city || named_person
said || Mr. Sanders || he was "shocked" by what he had learned in Flint || named_person
added || Mr. Sanders || "If the children of Flint had been in a wealthy suburb, there would have been a revolution." || named_person
said || Most of them || Mrs. Clinton had been more specific but Mr. Sanders more passionate || anonymous
said || Darnell Rivers, a 44-year-old auto worker from Saginaw || "She knows the policy," ## "But he's the one who sounds angry about it, and I'm angry too." || named_person
said || Clinton campaign officials || they were confident of a comfortable win in Tuesday's primary || anonymous
reminded || Mr. Cooper || the candidates deserved to be heard || named_person
have shown || Polls in Michigan || Mrs. Clinton ahead by double digits for months || document
told || Jeff Weaver, Mr. Sanders's campaign manager || the polls were "missing a lot of young people and a lot of independents." || named_person
predicted || He || the senator would "surprise a lot of folks" in Michigan || named_person
reported || The Detroit Free Press || the Sanders campaign had added 40 paid staff members in Michigan in the last two weeks, many of them in college towns like Ann Arbor and East Lansing || media
expects || the Clinton campaign || a large margin there || named_org
"""))
ARTICLES.append(("x207", """Trump, Calling In to Sunday Shows, Says Delegate System Is ‘Rigged’

Donald J. Trump, who has made a habit of telephoning into the Sunday news programs rather than appearing in person, used two of those calls this weekend to renew his attack on the Republican Party’s nominating rules.

“It’s a rigged system, it’s a crooked system,” Mr. Trump told John Dickerson on CBS’s “Face the Nation.” “The people of Colorado didn’t get to vote.”

Mr. Dickerson asked whether Mr. Trump’s campaign had simply been outorganized by Senator Ted Cruz of Texas, who won all 34 of Colorado’s delegates at a state convention. Mr. Trump called the question “very unfair” and said the rules had been written “by the insiders, for the insiders.”

In a separate call to “Fox News Sunday,” he told the host, Chris Wallace, that he expected to reach the 1,237 delegates needed for the nomination before the convention in Cleveland.

Appearing on ABC’s “This Week,” Mr. Cruz said Mr. Trump was “whining” because he had lost. “The rules haven’t changed,” the senator told the host, George Stephanopoulos. “Donald just didn’t bother to learn them.”

Reince Priebus, the chairman of the Republican National Committee, wrote on Twitter that the nomination process had been “known for over a year” and that campaigns were responsible for understanding it.

Party officials in Colorado said they had received threatening phone calls since Mr. Trump began criticizing the state’s process. One of them, speaking on the condition of anonymity out of concern for her safety, said callers had left “dozens” of messages on her home phone.

Political analysts said the feud might help Mr. Trump with voters who already distrust the party establishment. A Monmouth University poll released last week found that 61 percent of Republican primary voters believed the candidate with the most delegates should be the nominee, even without a majority.

On MSNBC’s “Morning Joe” on Monday, the co-host Joe Scarborough said the Trump campaign had “nobody to blame but itself.”

A spokeswoman for Mr. Trump, Hope Hicks, did not respond to a request for comment on Monday.

The fight over Colorado is a preview of what could happen in Cleveland if no candidate arrives with a majority. Delegates in many states are bound to a candidate only on the first ballot, and the Cruz campaign has spent months placing its supporters in those seats. Mr. Trump’s campaign, which relied for most of the primary season on rallies and television interviews rather than a field operation, has only recently hired veteran operatives to compete for them.

New York votes on April 19, and Mr. Trump, a native of Queens, holds a wide lead there. Mr. Cruz will spend much of the week campaigning upstate, in a handful of rural congressional districts where delegates are up for grabs.
""", """
Says || Trump || Delegate System Is ‘Rigged’ || named_person
told || Mr. Trump || “It’s a rigged system, it’s a crooked system,” ## “The people of Colorado didn’t get to vote.” || named_person
asked || Mr. Dickerson || whether Mr. Trump’s campaign had simply been outorganized by Senator Ted Cruz of Texas, who won all 34 of Colorado’s delegates at a state convention || named_person
called || Mr. Trump || the question “very unfair” || named_person
said || Mr. Trump || the rules had been written “by the insiders, for the insiders.” || named_person
told || he || he expected to reach the 1,237 delegates needed for the nomination before the convention in Cleveland || named_person
said || Mr. Cruz || Mr. Trump was “whining” because he had lost || named_person
told || the senator || “The rules haven’t changed,” ## “Donald just didn’t bother to learn them.” || named_person
wrote || Reince Priebus, the chairman of the Republican National Committee || the nomination process had been “known for over a year” and that campaigns were responsible for understanding it || named_person
said || Party officials in Colorado || they had received threatening phone calls since Mr. Trump began criticizing the state’s process || anonymous
said || One of them || callers had left “dozens” of messages on her home phone || anonymous
said || Political analysts || the feud might help Mr. Trump with voters who already distrust the party establishment || anonymous
found || A Monmouth University poll released last week || 61 percent of Republican primary voters believed the candidate with the most delegates should be the nominee, even without a majority || document
said || the co-host Joe Scarborough || the Trump campaign had “nobody to blame but itself.” || named_person
"""))

ARTICLES.append(("x208", """Trump Won’t Commit to Accepting Election Result in Final Debate

LAS VEGAS - Donald J. Trump refused on Wednesday night to say whether he would accept the outcome of the presidential election, a startling moment in the final debate that overshadowed his more disciplined performance on the economy and immigration.

The moderator, Chris Wallace of Fox News, asked Mr. Trump directly whether he would honor the result and concede if he lost. “I will look at it at the time,” Mr. Trump answered. “I’ll keep you in suspense, O.K.?”

Hillary Clinton called the answer “horrifying.” “That is not the way our democracy works,” she said. “He is talking down our democracy.”

Mr. Wallace, widely praised afterward for pressing both candidates, also pressed Mrs. Clinton on donations to the Clinton Foundation from foreign governments. She said she was “happy to talk about” the foundation’s work and then turned the question to Mr. Trump’s own charity.

Republicans were quick to distance themselves from Mr. Trump’s answer. Senator Jeff Flake of Arizona wrote on Twitter that “this is beyond the pale.” Senator Lindsey Graham of South Carolina said in a statement that if Mr. Trump loses, “it will not be because the election was rigged.”

Mr. Trump’s running mate, Gov. Mike Pence of Indiana, had said on Sunday that the ticket would “absolutely accept the result of the election.” Kellyanne Conway, Mr. Trump’s campaign manager, told MSNBC after the debate that her candidate “was saying what any candidate would say.”

A CNN/ORC poll of debate watchers found that 52 percent thought Mrs. Clinton had won, compared with 39 percent for Mr. Trump. It was the third consecutive CNN poll to give her the edge.

On Fox News after the debate, the host Bret Baier said Mr. Trump’s answer would be “the headline, and the only headline,” no matter how he had done on other questions.

Election officials in several battleground states said they were confident in the security of their voting systems. “Our elections are run by Republicans and Democrats together,” said Jon Husted, Ohio’s Republican secretary of state. “It would take a conspiracy of thousands of people.”

Some of Mr. Trump’s own advisers were dismayed. One senior adviser said the candidate had been urged in debate preparation to say he would accept the result. “He knew the question was coming,” the adviser said.

The rest of the debate, held at the University of Nevada, Las Vegas, was the most substantive of the three. The candidates clashed over abortion, gun rights and the Supreme Court seat left vacant by the death of Justice Antonin Scalia, and for long stretches they spoke directly to each other rather than to the cameras.

Mrs. Clinton travels to Ohio on Thursday, and Mr. Trump has rallies scheduled in North Carolina and Pennsylvania. Early voting is already underway in more than a dozen states.
""", """
asked || The moderator, Chris Wallace of Fox News || whether he would honor the result and concede if he lost || named_person
answered || Mr. Trump || “I will look at it at the time,” ## “I’ll keep you in suspense, O.K.?” || named_person
called || Hillary Clinton || the answer “horrifying.” || named_person
said || she || “That is not the way our democracy works,” ## “He is talking down our democracy.” || named_person
said || She || she was “happy to talk about” the foundation’s work || named_person
wrote || Senator Jeff Flake of Arizona || “this is beyond the pale.” || named_person
said || Senator Lindsey Graham of South Carolina || if Mr. Trump loses, “it will not be because the election was rigged.” || named_person
had said || Mr. Trump’s running mate, Gov. Mike Pence of Indiana || the ticket would “absolutely accept the result of the election.” || named_person
told || Kellyanne Conway, Mr. Trump’s campaign manager || her candidate “was saying what any candidate would say.” || named_person
found || A CNN/ORC poll of debate watchers || 52 percent thought Mrs. Clinton had won, compared with 39 percent for Mr. Trump || document
said || the host Bret Baier || Mr. Trump’s answer would be “the headline, and the only headline,” no matter how he had done on other questions || named_person
said || Election officials in several battleground states || they were confident in the security of their voting systems || anonymous
said || Jon Husted, Ohio’s Republican secretary of state || “Our elections are run by Republicans and Democrats together,” ## “It would take a conspiracy of thousands of people.” || named_person
said || One senior adviser || the candidate had been urged in debate preparation to say he would accept the result || anonymous
said || the adviser || “He knew the question was coming,” || anonymous
"""))

ARTICLES.append(("x209", """Clinton Aides Take to Sunday Shows to Attack Comey Letter

WASHINGTON - Hillary Clinton’s top advisers fanned out across the Sunday talk shows to question the judgment of the F.B.I. director, James B. Comey, two days after he told Congress that the bureau had found new emails that might be related to its closed investigation of Mrs. Clinton’s private server.

Robby Mook, the campaign manager, said on CNN’s “State of the Union” that Mr. Comey had broken with decades of Justice Department practice by commenting on an investigation so close to an election. “This is not a normal thing,” Mr. Mook told Jake Tapper. “It’s not how the F.B.I. operates.”

Mr. Tapper asked whether the campaign was trying to intimidate the director. Mr. Mook said it was not, and that the campaign was simply asking for “the full facts.”

John D. Podesta, the campaign chairman, told “Face the Nation” that Mr. Comey owed the public an explanation. He called the letter “long on innuendo and short on facts.”

Republicans said the campaign was attacking the messenger. On NBC’s “Meet the Press,” Kellyanne Conway, Donald J. Trump’s campaign manager, said Mrs. Clinton had “only herself to blame” for the investigation.

Chuck Todd, the program’s moderator, noted that Mr. Trump had called the bureau “corrupt” for months before praising it on Friday. “Well, that was then,” Ms. Conway said, laughing.

The F.B.I. has said little in public since the letter was sent. Officials at the bureau have told colleagues that Mr. Comey felt obligated to inform Congress because he had testified that the investigation was complete, according to two law enforcement officials.

The Wall Street Journal reported on Sunday that the emails had been found on a laptop belonging to Anthony D. Weiner, the estranged husband of Mrs. Clinton’s aide Huma Abedin.

A new ABC News/Washington Post tracking poll found that 34 percent of likely voters were less likely to support Mrs. Clinton because of the news, though most of them were Republicans who had not planned to vote for her anyway.

On Fox News, the commentator Brit Hume said the letter had “scrambled a race that seemed settled.”

The timing could hardly have been worse for the Clinton campaign. Its final week was meant to focus on Mr. Trump’s temperament and his treatment of women. Instead, Mrs. Clinton faced questions about the emails at two rallies in Florida on Saturday, and her campaign rushed to raise money off the controversy with an email to supporters.

Mr. Trump, campaigning in Nevada and Colorado, has made the letter the centerpiece of his closing message, a week after he had lambasted the same bureau at a rally in Pennsylvania.

Early voting has already begun in more than 30 states, and more than 20 million ballots have been cast. Both campaigns are sending their most prominent surrogates, including President Obama and Gov. Mike Pence of Indiana, to the battleground states this week.
""", """
told || he || the bureau had found new emails that might be related to its closed investigation of Mrs. Clinton’s private server || named_person
said || Robby Mook, the campaign manager || Mr. Comey had broken with decades of Justice Department practice by commenting on an investigation so close to an election || named_person
told || Mr. Mook || “This is not a normal thing,” ## “It’s not how the F.B.I. operates.” || named_person
asked || Mr. Tapper || whether the campaign was trying to intimidate the director || named_person
said || Mr. Mook @@ Mr. Mook said it was not || it was not, and that the campaign was simply asking for “the full facts.” || named_person
told || John D. Podesta, the campaign chairman || Mr. Comey owed the public an explanation || named_person
called || He || the letter “long on innuendo and short on facts.” || named_person
said || Republicans || the campaign was attacking the messenger || named_org
said || Kellyanne Conway, Donald J. Trump’s campaign manager || Mrs. Clinton had “only herself to blame” for the investigation || named_person
noted || Chuck Todd, the program’s moderator || Mr. Trump had called the bureau “corrupt” for months before praising it on Friday || named_person
said || Ms. Conway || “Well, that was then,” || named_person
according to || two law enforcement officials || Officials at the bureau have told colleagues that Mr. Comey felt obligated to inform Congress because he had testified that the investigation was complete || anonymous
reported || The Wall Street Journal || the emails had been found on a laptop belonging to Anthony D. Weiner, the estranged husband of Mrs. Clinton’s aide Huma Abedin || media
found || A new ABC News/Washington Post tracking poll || 34 percent of likely voters were less likely to support Mrs. Clinton because of the news, though most of them were Republicans who had not planned to vote for her anyway || document
said || the commentator Brit Hume || the letter had “scrambled a race that seemed settled.” || named_person
"""))
ARTICLES.append(("x210", """A Bitter Debate in Detroit Ends in Grudging Unity

DETROIT - Donald J. Trump’s three remaining rivals spent two hours on Thursday night attacking his character, his business record and his grasp of policy. Then, asked by the moderator Bret Baier whether they would support Mr. Trump if he became the Republican nominee, all three men raised their hands.

“Yes, because I gave my word that I would support the Republican nominee,” Senator Marco Rubio of Florida said. Senator Ted Cruz of Texas gave a similar answer, and Gov. John Kasich of Ohio said he would back Mr. Trump “but it gets hard sometimes.”

Much of the debate on Fox News was consumed by Mr. Trump’s business dealings. Megyn Kelly, one of the three moderators, asked Mr. Trump why voters should trust him after thousands of former students of Trump University had accused him of fraud.

“It’s a small case, and we’re going to win it,” Mr. Trump said. He insisted that the school had received high ratings from most of the people who attended.

Mr. Rubio said the case showed that Mr. Trump was “a con artist.” Mr. Cruz told the audience that Mr. Trump had “spent 40 years funding liberal Democrats.”

Chris Wallace, another moderator, put graphics on the screen showing that Mr. Trump’s proposed spending cuts would not come close to balancing the federal budget. “Your numbers don’t add up, sir,” Mr. Wallace said.

Earlier on Thursday, Mitt Romney, the party’s 2012 nominee, had called Mr. Trump “a phony, a fraud” in a speech in Salt Lake City. Responding to the speech, Mr. Trump said Mr. Romney had “begged” for his endorsement four years ago.

Frank Luntz’s focus group of Michigan Republicans, shown on Fox News after the debate, split sharply. Several participants said they had been turned off by the personal attacks on all sides.

“It looked like a middle school cafeteria,” said one woman, a nurse from Livonia. “I want to hear about jobs.”

A Fox News poll released before the debate showed Mr. Trump leading the field with 38 percent, followed by Mr. Cruz at 22 percent.

The debate was the first since Super Tuesday, when Mr. Trump won seven of the 11 states that voted. Mr. Cruz won three, including his home state, and Mr. Rubio won only Minnesota, a showing that has left the senator fighting for survival before the primary in his home state of Florida on March 15.

Mr. Kasich, who has staked his campaign on winning Ohio the same day, largely stayed out of the crossfire and spoke about his record as governor. His advisers believe that a win in Ohio would keep him alive into a contested convention.

Michigan votes on Tuesday, along with Mississippi, Idaho and Hawaii. Mr. Trump is scheduled to hold rallies in Warren and Traverse City before then.
""", """
asked by || the moderator Bret Baier || whether they would support Mr. Trump if he became the Republican nominee || named_person
said || Senator Marco Rubio of Florida || “Yes, because I gave my word that I would support the Republican nominee,” || named_person
said || Gov. John Kasich of Ohio || he would back Mr. Trump “but it gets hard sometimes.” || named_person
asked || Megyn Kelly, one of the three moderators || why voters should trust him after thousands of former students of Trump University had accused him of fraud || named_person
said || Mr. Trump || “It’s a small case, and we’re going to win it,” || named_person
insisted || He || the school had received high ratings from most of the people who attended || named_person
said || Mr. Rubio || the case showed that Mr. Trump was “a con artist.” || named_person
told || Mr. Cruz || Mr. Trump had “spent 40 years funding liberal Democrats.” || named_person
showing || graphics || Mr. Trump’s proposed spending cuts would not come close to balancing the federal budget || document
said || Mr. Wallace || “Your numbers don’t add up, sir,” || named_person
had called || Mitt Romney, the party’s 2012 nominee || Mr. Trump “a phony, a fraud” || named_person
said || Mr. Trump || Mr. Romney had “begged” for his endorsement four years ago || named_person
said || Several participants || they had been turned off by the personal attacks on all sides || anonymous
said || one woman, a nurse from Livonia || “It looked like a middle school cafeteria,” ## “I want to hear about jobs.” || anonymous
showed || A Fox News poll released before the debate || Mr. Trump leading the field with 38 percent, followed by Mr. Cruz at 22 percent || document
believe || His advisers || a win in Ohio would keep him alive into a contested convention || anonymous
"""))

ARTICLES.append(("x211", """After Clinton’s Stumble, Cable Networks Turn to Doctors and Speculation

The video lasted only a few seconds: Hillary Clinton, leaving a Sept. 11 memorial in Manhattan on Sunday, buckling as Secret Service agents helped her into a van. By Monday morning it had been played hundreds of times on cable television.

Her campaign said on Sunday evening that Mrs. Clinton had been diagnosed with pneumonia on Friday and had become “overheated” at the ceremony. The disclosure came hours after aides had said only that she felt unwell.

On MSNBC’s “Morning Joe,” the co-host Mika Brzezinski said the campaign’s slow disclosure had been “a self-inflicted wound.” Her co-host, Joe Scarborough, said the episode “feeds every narrative about her secrecy.”

Dr. Sanjay Gupta, CNN’s chief medical correspondent, told viewers that walking pneumonia was common and usually treatable with antibiotics. “This is not something I would be alarmed by,” he said, “but she should have rested.”

Donald J. Trump has suggested for weeks that Mrs. Clinton lacks the stamina to be president. On Monday, he was uncharacteristically restrained. “I hope she gets well and gets back on the trail,” he told Fox News in a telephone interview.

His allies were less restrained. Rudolph W. Giuliani, the former New York mayor, said on CNN that the campaign had been “covering up” her condition for months.

Brian Fallon, a Clinton spokesman, acknowledged on Monday that the campaign “could have done better” in disclosing the diagnosis. He said Mrs. Clinton would release additional medical information this week.

Some Democratic donors privately questioned whether Mrs. Clinton should have attended the memorial at all, according to a party fund-raiser who spoke with several of them on Monday.

A Reuters/Ipsos poll taken before the episode found Mrs. Clinton leading Mr. Trump by five points nationally.

Mrs. Clinton, speaking by phone to CNN’s Anderson Cooper on Monday night, said she “just didn’t think it was going to be that big a deal.”

The episode dominated coverage on all three cable networks for most of Monday, crowding out Mrs. Clinton’s planned message on the economy and a new round of stories about Mr. Trump’s charitable foundation. Several hosts played the video in slow motion, over and over, while panels of guests discussed the footage and the age of a 68-year-old candidate.

Mrs. Clinton canceled a two-day fund-raising trip to California and remained at her home in Chappaqua, N.Y. Her husband, former President Bill Clinton, took her place at two events in Los Angeles, and President Obama is scheduled to campaign for her in Philadelphia on Tuesday.

Mr. Trump, who is 70, has released only a brief letter from his longtime physician. The letter said his health was “astonishingly excellent.” He said in an interview that he would soon make public the results of a recent physical examination.
""", """
said || Her campaign || Mrs. Clinton had been diagnosed with pneumonia on Friday and had become “overheated” at the ceremony || named_org
had said || aides || she felt unwell || anonymous
said || the co-host Mika Brzezinski || the campaign’s slow disclosure had been “a self-inflicted wound.” || named_person
said || Her co-host, Joe Scarborough || the episode “feeds every narrative about her secrecy.” || named_person
told || Dr. Sanjay Gupta, CNN’s chief medical correspondent || walking pneumonia was common and usually treatable with antibiotics || named_person
said || he @@ by,” he said || “This is not something I would be alarmed by,” ## “but she should have rested.” || named_person
has suggested || Donald J. Trump || Mrs. Clinton lacks the stamina to be president || named_person
told || he @@ he told Fox || “I hope she gets well and gets back on the trail,” || named_person
said || Rudolph W. Giuliani, the former New York mayor || the campaign had been “covering up” her condition for months || named_person
acknowledged || Brian Fallon, a Clinton spokesman || the campaign “could have done better” in disclosing the diagnosis || named_person
said || He @@ He said Mrs. Clinton || Mrs. Clinton would release additional medical information this week || named_person
according to || a party fund-raiser who spoke with several of them on Monday || Some Democratic donors privately questioned whether Mrs. Clinton should have attended the memorial at all || anonymous
found || A Reuters/Ipsos poll taken before the episode || Mrs. Clinton leading Mr. Trump by five points nationally || document
said || Mrs. Clinton @@ Mrs. Clinton, speaking by phone || she “just didn’t think it was going to be that big a deal.” || named_person
said || The letter || his health was “astonishingly excellent.” || document
said || He @@ He said in an interview || he would soon make public the results of a recent physical examination || named_person
"""))

ARTICLES.append(("x212", """Toomey Again Sidesteps Trump Question in Pennsylvania Senate Debate

PHILADELPHIA - Senator Patrick J. Toomey of Pennsylvania again refused on Monday night to say whether he would vote for Donald J. Trump, as his Democratic challenger, Katie McGinty, charged in a televised debate that he was hiding from voters.

The moderator, Jim Gardner of WPVI-TV, asked Mr. Toomey four times whether he would cast his ballot for Mr. Trump. Each time the senator said he had “not been persuaded either way.”

“I have been very clear that I have big differences with Donald Trump,” Mr. Toomey said. “But I will not pretend that Hillary Clinton is an acceptable alternative.”

Ms. McGinty, a former state environmental secretary, said Pennsylvanians deserved a straight answer. “If you can’t take a stand on this, what will you take a stand on?” she asked.

Mr. Toomey countered that Ms. McGinty had been “a rubber stamp” for Gov. Tom Wolf, a Democrat, and that her support for a state budget deal would raise taxes on working families.

Outside groups have spent more than $80 million on television advertising in the race, according to the Center for Responsive Politics. No Senate contest in the country has cost more.

A Quinnipiac University poll released last week found the race essentially tied, with Ms. McGinty at 47 percent and Mr. Toomey at 45 percent.

Republican strategists in the state said Mr. Toomey’s refusal was a calculated bet that suburban voters around Philadelphia would reward his independence. “He can’t win with just Trump voters, and he can’t win without them,” said Charlie Gerow, a Republican consultant in Harrisburg.

Mr. Trump’s campaign did not respond to a request for comment. But on Fox News on Tuesday, his running mate, Gov. Mike Pence of Indiana, said he was “confident” that Mr. Toomey would “come around.”

Democrats see Pennsylvania as essential to winning a Senate majority. Senator Harry Reid of Nevada, the minority leader, told reporters in Washington that Ms. McGinty was “running the best campaign in the country.”

The hourlong debate, broadcast across the state, also touched on gun laws, the opioid epidemic and fracking in the Marcellus Shale. The two candidates agreed on little, though both spoke at length about the heroin crisis in the western part of the state.

Mr. Toomey, a former president of the anti-tax Club for Growth, won his seat in 2010 by two points. He has run well ahead of Mr. Trump in most public polls of the state, particularly in the Philadelphia suburbs, where Mrs. Clinton holds a wide lead.

The candidates will meet for a final debate next week on KDKA-TV in Pittsburgh.
""", """
charged || his Democratic challenger, Katie McGinty || he was hiding from voters || named_person
asked || The moderator, Jim Gardner of WPVI-TV || whether he would cast his ballot for Mr. Trump || named_person
said || the senator || he had “not been persuaded either way.” || named_person
said || Mr. Toomey @@ Mr. Toomey said. || “I have been very clear that I have big differences with Donald Trump,” ## “But I will not pretend that Hillary Clinton is an acceptable alternative.” || named_person
said || Ms. McGinty, a former state environmental secretary || Pennsylvanians deserved a straight answer || named_person
asked || she || “If you can’t take a stand on this, what will you take a stand on?” || named_person
countered || Mr. Toomey || Ms. McGinty had been “a rubber stamp” for Gov. Tom Wolf, a Democrat, and that her support for a state budget deal would raise taxes on working families || named_person
according to || the Center for Responsive Politics || Outside groups have spent more than $80 million on television advertising in the race || named_org
found || A Quinnipiac University poll released last week || the race essentially tied, with Ms. McGinty at 47 percent and Mr. Toomey at 45 percent || document
said || Republican strategists in the state || Mr. Toomey’s refusal was a calculated bet that suburban voters around Philadelphia would reward his independence || anonymous
said || Charlie Gerow, a Republican consultant in Harrisburg || “He can’t win with just Trump voters, and he can’t win without them,” || named_person
said || his running mate, Gov. Mike Pence of Indiana || he was “confident” that Mr. Toomey would “come around.” || named_person
see || Democrats || Pennsylvania as essential to winning a Senate majority || named_org
told || Senator Harry Reid of Nevada, the minority leader || Ms. McGinty was “running the best campaign in the country.” || named_person
"""))

# ---------------------------------------------------------------------------
# Annotation line format:   CUE || SOURCE || CONTENT || TYPE
#   * each span spec is either  TEXT  or  TEXT @@ CONTEXT  (CONTEXT is a string
#     that occurs exactly once in the article and contains TEXT; the first
#     occurrence of TEXT inside CONTEXT is taken);
#   * CONTENT may be split into fragments with  ##  (a quote broken by the cue);
#   * SOURCE may be NULL.
# Resolution without a context: content fragments must be unique in the text;
# the cue is the word-bounded occurrence nearest to the content (not inside it);
# the source is the word-bounded occurrence nearest to the cue (not inside the
# cue or content).  Every choice is printed by check() for reading by eye.
# ---------------------------------------------------------------------------

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "“”‘’"


def _occurrences(text, s):
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def _split_ctx(spec):
    if "@@" in spec:
        t, c = spec.split("@@", 1)
        return t.strip(), c.strip()
    return spec.strip(), None


def _with_ctx(text, t, ctx):
    n = text.count(ctx)
    assert n == 1, f"context {ctx!r} occurs {n} times"
    base = text.index(ctx)
    i = ctx.find(t)
    assert i >= 0, f"{t!r} not in context {ctx!r}"
    return base + i


def _gap(a, b):
    # distance between intervals a=(s,e) b=(s,e)
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return -1  # overlap


def _nearest(text, spec, target, forbidden):
    t, ctx = _split_ctx(spec)
    if ctx:
        s = _with_ctx(text, t, ctx)
        return s, s + len(t)
    cands = []
    for s in _occurrences(text, t):
        iv = (s, s + len(t))
        if any(_gap(iv, f) < 0 for f in forbidden):
            continue
        cands.append((_gap(iv, target), s))
    assert cands, f"no occurrence of {t!r}"
    cands.sort()
    assert len(cands) == 1 or cands[0][0] != cands[1][0], f"tie for {t!r}"
    s = cands[0][1]
    return s, s + len(t)


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse(doc_id, text, ann):
    out = []
    for line in ann.strip().splitlines():
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, line
        cue_spec, src_spec, con_spec, typ = parts
        assert typ in TYPES, typ
        frags = []
        for f in con_spec.split("##"):
            t, ctx = _split_ctx(f)
            if ctx:
                s = _with_ctx(text, t, ctx)
            else:
                n = text.count(t)
                assert n == 1, f"{doc_id}: content {t!r} occurs {n} times"
                s = text.index(t)
            frags.append((s, s + len(t)))
        frags.sort()
        cstart, cend = frags[0][0], frags[-1][1]
        cue = _nearest(text, cue_spec, (cstart, cend), frags)
        src = None if src_spec == "NULL" else _nearest(text, src_spec, cue, frags + [cue])
        content = _span(text, cstart, cend)
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": _span(text, *cue),
               "source": _span(text, *src) if src else None,
               "content": content,
               "source_type": typ}
        # sanity on content conventions
        ct = content["text"]
        assert not ct.lower().startswith("that "), (doc_id, ct)
        if ct.endswith(".") :
            raise AssertionError(f"content ends with bare period: {doc_id} {ct!r}")
        for f in frags:
            assert text[f[0]:f[1]] == text[f[0]:f[1]].strip(), (doc_id, text[f[0]:f[1]])
        out.append(rec)
    out.sort(key=lambda a: a["cue"]["start"])
    for a in out:
        for k in ("cue", "source", "content"):
            sp = a[k]
            if sp is not None:
                assert text[sp["start"]:sp["end"]] == sp["text"]
        if "fragments" in a["content"]:
            fr = a["content"]["fragments"]
            assert fr[0][0] == a["content"]["start"] and fr[-1][1] == a["content"]["end"]
    return out


def words(text):
    return len(text.split())


def build():
    recs = []
    assert len(ARTICLES) == 12
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        text = text.strip("\n") + "\n"
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", doc_id  # headline, blank line
        w = words(text)
        assert 350 <= w <= 550, (doc_id, w)
        if i < 6:
            assert not any(c in text for c in CURLY), doc_id
            assert '"' in text, doc_id
        else:
            assert '"' not in text and "'" not in text, doc_id
            assert "“" in text and "”" in text and "’" in text, doc_id
        atts = parse(doc_id, text, ann)
        assert 12 <= len(atts) <= 18, (doc_id, len(atts))
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return recs


def check(recs):
    for r in recs:
        t = r["text"]
        print("=" * 20, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "atts")
        for a in r["attributions"]:
            c = a["cue"]
            s = a["source"]

            def ctx(sp, t=t):
                return (t[max(0, sp["start"] - 25):sp["start"]] + "[" + sp["text"] + "]" + t[sp["end"]:sp["end"] + 25]).replace("\n", " ")
            print(" CUE", ctx(c))
            print("  SRC", ctx(s) if s else None, "|", a["source_type"])
            print("  CON", repr(a["content"]["text"][:90]), a["content"].get("fragments", ""))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind56.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
