// Netlify build plugin: keeps the build cache (.cache/) between deploys, so a deploy that changed one
// chapter does not render every PDF again. https://docs.netlify.com/integrations/build-plugins/create-plugins/
export const onPreBuild = async ({ utils }) => {
  if (await utils.cache.restore(".cache")) console.log("Restored the build cache from the last deploy.");
};

export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(".cache");
};
